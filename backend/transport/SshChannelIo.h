#pragma once
// Internal to SshRunner: moving bytes through one channel of a shared session in
// short locked steps, so several channels (a refresh, a stream) interleave and no
// thread holds the session lock while it waits for the network.

#include "SshConnection.h"

#include <libssh/callbacks.h>

#include <QByteArray>
#include <QString>
#include <memory>

namespace ftc {

// Where libssh reports an exit-signal; it needs a stable address for the channel's life.
struct ChannelSignal {
    ssh_channel_callbacks_struct callbacks{};
    QByteArray name;                   // "TERM", "KILL", ... empty: none
};

struct ChannelIo {
    ssh_channel ch = nullptr;
    std::shared_ptr<ChannelSignal> signal;
    quint64 generation = 0;
    bool outEof = false;
    bool errEof = false;
    bool eofSent = false;
    qsizetype inputPos = 0;

    bool drained() const { return outEof && errEof; }
};

enum class PumpResult { Progress, Idle, Drained, Lost };

// Requires the lock. Opens a session channel and execs commandLine.
bool openExecChannelLocked(SshConnection &c, const QByteArray &commandLine, ChannelIo *io,
                           QString *error);

// Requires the lock. Opens a channel to port on host as the host sees it
// (direct-tcpip), or with port < 0 to the unix socket at the path host
// (direct-streamlocal@openssh.com).
bool openForwardChannelLocked(SshConnection &c, const QByteArray &host, int port, ChannelIo *io, QString *error);

// Requires the lock. Writes what the window allows of input (closing stdin once it
// is all out when closeWhenDone), then reads what has arrived.
PumpResult pumpLocked(SshConnection &c, ChannelIo &io, const QByteArray *input, bool closeWhenDone,
                      QByteArray *out, QByteArray *err, QString *error);

// Requires the lock. Exit status of a drained channel: the remote's status, 128 + N
// when a signal ended it (as a shell reports it), -1 when the server sent neither.
int exitStatusLocked(SshConnection &c, ChannelIo &io);

// Requires the lock. Signals the remote process, closes and frees the channel if it
// still belongs to the live session.
void closeChannelLocked(SshConnection &c, ChannelIo &io, bool kill);

// Waits, without the lock, until the socket is readable or ms passed.
void waitForSocket(int fd, int ms);

} // namespace ftc
