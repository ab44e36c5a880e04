#include "SshChannelIo.h"

#include "session/SessionTr.h"

#include <poll.h>

#include <algorithm>

namespace ftc {

namespace {
// Enough per locked step to keep large outputs fast, small enough that another
// channel waiting for the lock is not starved.
constexpr qsizetype kReadBudget = 1 << 20;
constexpr uint32_t kWriteChunk = 32768;

enum class ReadResult { Ok, Error };

ReadResult readStream(ssh_channel ch, int isStderr, QByteArray *into, bool *eof, qsizetype *moved)
{
    char buf[65536];
    qsizetype budget = kReadBudget;
    while (!*eof && budget > 0) {
        const int n = ssh_channel_read_nonblocking(ch, buf, sizeof buf, isStderr);
        if (n > 0) {
            into->append(buf, n);
            budget -= n;
            *moved += n;
            continue;
        }
        if (n == SSH_EOF) {
            *eof = true;
            break;
        }
        if (n == 0) {
            // A channel closed without an EOF has nothing more to give either.
            if (ssh_channel_is_closed(ch))
                *eof = true;
            break;
        }
        return ReadResult::Error;
    }
    return ReadResult::Ok;
}
void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                  void *userdata)
{
    static_cast<ChannelSignal *>(userdata)->name = signal ? QByteArray(signal) : QByteArray("?");
}

// RFC 4254 6.10 names signals without "SIG"; the numbers are Linux's.
int signalNumber(const QByteArray &name)
{
    static const struct { const char *name; int number; } table[] = {
        {"HUP", 1}, {"INT", 2}, {"QUIT", 3}, {"ILL", 4}, {"ABRT", 6}, {"FPE", 8}, {"KILL", 9},
        {"USR1", 10}, {"SEGV", 11}, {"USR2", 12}, {"PIPE", 13}, {"ALRM", 14}, {"TERM", 15},
    };
    for (const auto &e : table) {
        if (name == e.name)
            return e.number;
    }
    return 0;
}
} // namespace

bool openExecChannelLocked(SshConnection &c, const QByteArray &commandLine, ChannelIo *io,
                           QString *error)
{
    if (!c.ensureConnectedLocked(error))
        return false;
    ssh_channel ch = ssh_channel_new(c.session);
    if (!ch) {
        *error = c.lostLocked(Session::tr("cannot create a channel"));
        return false;
    }
    if (ssh_channel_open_session(ch) != SSH_OK) {
        const QString detail = QString::fromUtf8(ssh_get_error(c.session));
        ssh_channel_free(ch);
        if (!ssh_is_connected(c.session)) {
            *error = c.lostLocked(detail);
        } else {
            // Alive but unwilling (MaxSessions reached, say): the session is kept so
            // other channels on it go on.
            *error = Session::tr("%1: %2 refused to open a channel: %3")
                         .arg(c.label, c.target.host, detail);
        }
        return false;
    }
    ++c.channelsOpened;
    io->signal = std::make_shared<ChannelSignal>();
    ssh_callbacks_init(&io->signal->callbacks);
    io->signal->callbacks.userdata = io->signal.get();
    io->signal->callbacks.channel_exit_signal_function = onExitSignal;
    ssh_set_channel_callbacks(ch, &io->signal->callbacks);
    if (ssh_channel_request_exec(ch, commandLine.constData()) != SSH_OK) {
        const QString detail = QString::fromUtf8(ssh_get_error(c.session));
        if (!ssh_is_connected(c.session)) {
            *error = c.lostLocked(detail);
        } else {
            ChannelIo failed = *io;
            failed.ch = ch;
            failed.generation = c.generation;
            closeChannelLocked(c, failed, false);
            *error = Session::tr("%1: %2 refused to run the command: %3")
                         .arg(c.label, c.target.host, detail);
        }
        return false;
    }
    c.touchLocked();
    io->ch = ch;
    io->generation = c.generation;
    return true;
}

bool openForwardChannelLocked(SshConnection &c, const QByteArray &host, int port, ChannelIo *io, QString *error)
{
    if (!c.ensureConnectedLocked(error))
        return false;
    ssh_channel ch = ssh_channel_new(c.session);
    if (!ch) {
        *error = c.lostLocked(Session::tr("cannot create a channel"));
        return false;
    }
    // direct-tcpip (RFC 4254 7.2) or OpenSSH's direct-streamlocal: sshd
    // connects on the host; the originator address is only informational.
    const int rc = port < 0 ? ssh_channel_open_forward_unix(ch, host.constData(), "127.0.0.1", 0)
                            : ssh_channel_open_forward(ch, host.constData(), port, "127.0.0.1", 0);
    if (rc != SSH_OK) {
        const QString detail = QString::fromUtf8(ssh_get_error(c.session));
        ssh_channel_free(ch);
        if (!ssh_is_connected(c.session))
            *error = c.lostLocked(detail);
        else
            *error = Session::tr("%1: %2 refused to connect to %3 (sshd's AllowTcpForwarding, or nothing listens "
                                 "there): %4")
                         .arg(c.label, c.target.host,
                              port < 0 ? QString::fromUtf8(host) : QStringLiteral("%1:%2").arg(QString::fromUtf8(host)).arg(port),
                              detail);
        return false;
    }
    ++c.channelsOpened;
    c.touchLocked();
    io->ch = ch;
    io->generation = c.generation;
    return true;
}

PumpResult pumpLocked(SshConnection &c, ChannelIo &io, const QByteArray *input, bool closeWhenDone,
                      QByteArray *out, QByteArray *err, QString *error)
{
    if (!io.ch || io.generation != c.generation || !c.session) {
        io.ch = nullptr;
        *error = Session::tr("%1: connection to %2 lost; the next command reconnects")
                     .arg(c.label, c.target.host);
        return PumpResult::Lost;
    }
    qsizetype moved = 0;
    if (input && io.inputPos < input->size()) {
        // Never more than the peer's window: a blocking write would otherwise wait
        // for a window the remote only opens after we read its output.
        const uint32_t window = ssh_channel_window_size(io.ch);
        const qsizetype n = std::min<qsizetype>({qsizetype(window), qsizetype(kWriteChunk),
                                                 input->size() - io.inputPos});
        if (n > 0) {
            const int w = ssh_channel_write(io.ch, input->constData() + io.inputPos, uint32_t(n));
            if (w == SSH_ERROR) {
                if (!ssh_is_connected(c.session)) {
                    io.ch = nullptr;
                    *error = c.lostLocked(QString::fromUtf8(ssh_get_error(c.session)));
                    return PumpResult::Lost;
                }
                // The remote closed its stdin (the command ignores input): drop the rest.
                io.inputPos = input->size();
            } else {
                io.inputPos += w;
                moved += w;
            }
        }
    }
    if (closeWhenDone && !io.eofSent && (!input || io.inputPos >= input->size())) {
        ssh_channel_send_eof(io.ch);
        io.eofSent = true;
    }
    if (readStream(io.ch, 0, out, &io.outEof, &moved) == ReadResult::Error
        || readStream(io.ch, 1, err, &io.errEof, &moved) == ReadResult::Error) {
        const QString detail = QString::fromUtf8(ssh_get_error(c.session));
        if (ssh_is_connected(c.session) && c.generation == io.generation) {
            // Only this channel failed; the session stays.
            closeChannelLocked(c, io, false);
            *error = Session::tr("%1: the channel failed: %2").arg(c.label, detail);
            return PumpResult::Lost;
        }
        io.ch = nullptr;
        *error = c.lostLocked(detail);
        return PumpResult::Lost;
    }
    if (moved > 0)
        c.touchLocked();
    if (io.drained())
        return PumpResult::Drained;
    return moved > 0 ? PumpResult::Progress : PumpResult::Idle;
}

int exitStatusLocked(SshConnection &c, ChannelIo &io)
{
    if (!io.ch || io.generation != c.generation)
        return -1;
    const int status = ssh_channel_get_exit_status(io.ch);
    if (status < 0 && io.signal && !io.signal->name.isEmpty()) {
        const int n = signalNumber(io.signal->name);
        return n > 0 ? 128 + n : 255;
    }
    return status;
}

void closeChannelLocked(SshConnection &c, ChannelIo &io, bool kill)
{
    if (io.ch && io.generation == c.generation && c.session) {
        if (kill && ssh_channel_is_open(io.ch))
            ssh_channel_request_send_signal(io.ch, "TERM");
        if (!ssh_channel_is_closed(io.ch))
            ssh_channel_close(io.ch);
        // libssh may keep a freed channel until the peer's close arrives; it must
        // not call back into state that goes away with io.
        if (io.signal)
            ssh_remove_channel_callbacks(io.ch, &io.signal->callbacks);
        ssh_channel_free(io.ch);
    }
    io.ch = nullptr;
}

void waitForSocket(int fd, int ms)
{
    if (ms <= 0)
        return;
    if (fd < 0) {
        ::poll(nullptr, 0, ms);
        return;
    }
    pollfd p{fd, POLLIN, 0};
    ::poll(&p, 1, ms);
}

} // namespace ftc
