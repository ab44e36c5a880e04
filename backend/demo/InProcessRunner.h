#pragma once
// Base for hosts that answer in process (the simulated demo host, test hosts
// made of captured files). It reads the command lines the rest of the backend
// sends: an argv directly, `sh -c LINE`, or `sh -s` with a script on stdin (the
// poller's batch, whose functions MiniShell has as builtins), in the small
// grammar MiniShell knows.

#include "transport/Runner.h"

namespace ftc {

class InProcessRunner : public Runner {
public:
    CommandResult run(const Command &cmd, const CancelFlag &cancel = CancelFlag()) override;
    std::unique_ptr<Stream> openStream(const Command &cmd) override;

protected:
    // One simple command after the shell layer has split and unwrapped it.
    // Unknown programs answer like a shell: exit 127, "sh: 1: NAME: not found".
    virtual CommandResult exec(const Argv &argv, const QByteArray &input) = 0;
    // Why the host cannot be reached just now (a simulated lost connection),
    // empty while it can. Asked before every command, and by open streams
    // before each line and read: a reason fails them as a transport error,
    // the way a connection that timed out does.
    virtual QString unreachable() { return {}; }
};

} // namespace ftc
