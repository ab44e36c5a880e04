#pragma once
// Runs commands on this machine, without a shell: argv goes straight to execve
// after a PATH search, so no byte of it is ever interpreted.
//
// Every child starts as the leader of its own process group, so a timeout, a
// cancel or Stream::terminate() ends everything the command forked, not only the
// direct child.

#include "Runner.h"

namespace ftc {

class LocalRunner : public Runner {
public:
    QString hostLabel() const override;

    // A program that cannot be found or executed yields status Finished with the
    // exit code and message a shell would give (127/126), never an exception.
    CommandResult run(const Command &cmd, const CancelFlag &cancel = CancelFlag()) override;

    std::unique_ptr<Stream> openStream(const Command &cmd) override;
    // A socket connected here: the host is this machine.
    std::unique_ptr<Stream> openForward(const QByteArray &host, int port) override;

    // True when this process is not root; virtual so tests can pretend.
    bool needsSudo() const override;
    QString userName() const override;
};

} // namespace ftc
