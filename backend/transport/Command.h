#pragma once
// What a Runner executes and what it hands back. Argv elements are bytes, not
// QStrings: file names and user input on a host need not be UTF-8.

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <memory>

namespace ftc {

using Argv = QList<QByteArray>;

struct Command {
    Argv argv;
    QByteArray input;          // written to stdin, then stdin is closed
    int timeoutMs = 30000;     // <= 0: no timeout
    bool privileged = false;   // runs through `sudo -n` when the session is not root
};

struct CommandResult {
    enum class Status { Finished, TimedOut, Cancelled, TransportError };
    Status status = Status::TransportError;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString error;             // transport-level message, empty when Finished

    bool ok() const { return status == Status::Finished && exitCode == 0; }
    // One line for logs and dialogs: the transport error, or stderr's first line.
    QString summary() const;
};

// Shared between the thread that runs a command and whoever may cancel it.
class CancelFlag {
public:
    CancelFlag() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }
private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// `sudo -n --` in front when asked to; -n so a password prompt becomes an error
// instead of a hang.
Argv withPrivilege(const Argv &argv, bool useSudo);

// True when stderr shows that sudo refused to run the command as asked: it
// wanted a password (or a terminal to ask for one), or its sudoers says
// `requiretty`. Needs sudo's messages in English: commands run with LC_ALL=C.
bool sudoWantsPassword(const QByteArray &err);

} // namespace ftc
