#include "SshRunner.h"
#include "ShellQuote.h"
#include "SshChannelIo.h"
#include "SshConnection.h"

#include <QElapsedTimer>

#include <condition_variable>
#include <mutex>
#include <thread>

#include <pwd.h>
#include <unistd.h>

namespace ftc {

namespace {

// How long a waiting thread sleeps between looks at its channel when the socket
// stays quiet: another thread may have read our data into libssh's buffers.
constexpr int kSliceMs = 20;

QString localUserName()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

class SshStream final : public Stream {
public:
    SshStream(std::shared_ptr<SshConnection> conn, ChannelIo io, const QString &failure)
        : m_conn(std::move(conn)), m_io(io), m_finished(!failure.isEmpty()), m_error(failure) {}
    ~SshStream() override { terminate(); }

    bool write(const QByteArray &data) override
    {
        QElapsedTimer t;
        t.start();
        ChannelIo &io = m_io;
        qsizetype pos = 0;
        while (pos < data.size()) {
            int fd = -1;
            {
                std::lock_guard lock(m_conn->mutex);
                if (m_finished || m_inputClosed || !io.ch || io.generation != m_conn->generation)
                    return false;
                const uint32_t window = ssh_channel_window_size(io.ch);
                const qsizetype n = std::min<qsizetype>({qsizetype(window), 32768, data.size() - pos});
                if (n > 0) {
                    const int w = ssh_channel_write(io.ch, data.constData() + pos, uint32_t(n));
                    if (w == SSH_ERROR)
                        return false;
                    pos += w;
                    m_conn->touchLocked();
                    continue;
                }
                // A zero window means the remote has not read yet: let incoming
                // packets (its window adjust) be processed, keeping what arrived.
                QString error;
                if (pumpLocked(*m_conn, io, nullptr, false, &m_pendingOut, &m_pendingErr, &error)
                    == PumpResult::Lost) {
                    m_error = error;
                    return false;
                }
                fd = m_conn->fd;
            }
            if (t.elapsed() > 30000)
                return false;
            waitForSocket(fd, kSliceMs);
        }
        return true;
    }

    void closeInput() override
    {
        std::lock_guard lock(m_conn->mutex);
        if (!m_inputClosed && m_io.ch && m_io.generation == m_conn->generation)
            ssh_channel_send_eof(m_io.ch);
        m_inputClosed = true;
        m_io.eofSent = true;
    }

    StreamChunk read(int timeoutMs) override
    {
        StreamChunk chunk;
        QElapsedTimer t;
        t.start();
        for (;;) {
            int fd = -1;
            {
                std::lock_guard lock(m_conn->mutex);
                chunk.out += std::exchange(m_pendingOut, {});
                chunk.err += std::exchange(m_pendingErr, {});
                if (m_finished) {
                    chunk.finished = true;
                    chunk.exitCode = m_exitCode;
                    chunk.error = m_error;
                    return chunk;
                }
                QString error;
                const PumpResult r = pumpLocked(*m_conn, m_io, nullptr, false, &chunk.out,
                                                &chunk.err, &error);
                if (r == PumpResult::Lost) {
                    m_finished = true;
                    m_error = error;
                    chunk.finished = true;
                    chunk.error = error;
                    return chunk;
                }
                if (r == PumpResult::Drained) {
                    m_exitCode = exitStatusLocked(*m_conn, m_io);
                    closeChannelLocked(*m_conn, m_io, false);
                    m_finished = true;
                    chunk.finished = true;
                    chunk.exitCode = m_exitCode;
                    return chunk;
                }
                if (!chunk.out.isEmpty() || !chunk.err.isEmpty())
                    return chunk;
                fd = m_conn->fd;
            }
            const qint64 left = qint64(timeoutMs) - t.elapsed();
            if (left <= 0)
                return chunk;
            waitForSocket(fd, int(std::min<qint64>(left, kSliceMs)));
        }
    }

    void terminate() override
    {
        std::lock_guard lock(m_conn->mutex);
        if (m_finished)
            return;
        closeChannelLocked(*m_conn, m_io, true);
        m_finished = true;
    }

private:
    std::shared_ptr<SshConnection> m_conn;
    ChannelIo m_io;
    bool m_finished = false;
    QString m_error;
    QByteArray m_pendingOut, m_pendingErr;
    bool m_inputClosed = false;
    int m_exitCode = -1;
};

} // namespace

// Sends an SSH_MSG_IGNORE when the session has been idle for the interval, so a
// dead link is found (the write fails) before the user's next click.
class SshKeepalive {
public:
    SshKeepalive(std::shared_ptr<SshConnection> conn, int intervalMs)
        : m_conn(std::move(conn)), m_interval(intervalMs),
          m_thread([this] { loop(); }) {}
    ~SshKeepalive()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            m_cv.wait_for(lock, std::chrono::milliseconds(std::max(100, m_interval / 2)));
            if (!m_stop)
                probe();
        }
    }

    void probe()
    {
        // A busy session proves itself; never queue behind a running command.
        std::unique_lock lock(m_conn->mutex, std::try_to_lock);
        if (!lock.owns_lock() || !m_conn->connected || !m_conn->session)
            return;
        if (std::chrono::steady_clock::now() - m_conn->lastActivity
            < std::chrono::milliseconds(m_interval))
            return;
        if (ssh_send_ignore(m_conn->session, "") != SSH_OK || !ssh_is_connected(m_conn->session)) {
            m_conn->lostLocked(QStringLiteral("keepalive failed: %1")
                                   .arg(QString::fromUtf8(ssh_get_error(m_conn->session))));
            return;
        }
        m_conn->touchLocked();
    }

    std::shared_ptr<SshConnection> m_conn;
    int m_interval;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    std::thread m_thread;       // last: starts once everything above exists
};

SshRunner::SshRunner(const SshTarget &target, SessionPrompter *prompter)
    : m_target(target), m_conn(std::make_shared<SshConnection>())
{
    m_conn->target = target;
    m_conn->prompter = prompter;
    m_conn->userName = target.user.isEmpty() ? localUserName() : target.user;
    m_conn->label = QStringLiteral("ssh://%1@%2:%3")
                        .arg(m_conn->userName, target.host)
                        .arg(target.port > 0 ? target.port : 22);
    if (target.keepaliveIntervalMs > 0)
        m_keepalive = std::make_unique<SshKeepalive>(m_conn, target.keepaliveIntervalMs);
}

SshRunner::~SshRunner()
{
    m_keepalive.reset();
    std::lock_guard lock(m_conn->mutex);
    m_conn->dropLocked();
}

QString SshRunner::hostLabel() const
{
    return m_conn->label;
}

bool SshRunner::needsSudo() const
{
    // Decided by the login name: a forced-command key (the simulator) could not
    // answer `id -u`, and renamed uid-0 accounts are rare enough to use sudo anyway.
    return m_conn->userName != QLatin1String("root");
}

QString SshRunner::userName() const
{
    return m_conn->userName;
}

bool SshRunner::isConnected() const
{
    return m_conn->connected;
}

int SshRunner::channelsOpened() const
{
    return m_conn->channelsOpened;
}

bool SshRunner::connectNow(QString *error)
{
    std::lock_guard lock(m_conn->mutex);
    QString e;
    const bool ok = m_conn->ensureConnectedLocked(&e);
    if (error)
        *error = e;
    return ok;
}

void SshRunner::disconnect()
{
    std::lock_guard lock(m_conn->mutex);
    m_conn->dropLocked();
}

CommandResult SshRunner::run(const Command &cmd, const CancelFlag &cancel)
{
    CommandResult r;
    if (cmd.argv.isEmpty()) {
        r.error = QStringLiteral("%1: empty command").arg(m_conn->label);
        return r;
    }
    const QByteArray line = shellQuote(withPrivilege(cmd.argv, cmd.privileged && needsSudo()));
    QElapsedTimer timer;
    timer.start();
    ChannelIo io;
    {
        std::lock_guard lock(m_conn->mutex);
        if (!openExecChannelLocked(*m_conn, line, &io, &r.error))
            return r;
    }
    // The connection may have taken a while; the command's own time starts now.
    timer.restart();
    for (;;) {
        int fd = -1;
        {
            std::lock_guard lock(m_conn->mutex);
            const bool cancelled = cancel.isCancelled();
            const bool timedOut = cmd.timeoutMs > 0 && timer.elapsed() >= cmd.timeoutMs;
            if (cancelled || timedOut) {
                closeChannelLocked(*m_conn, io, true);
                r.status = cancelled ? CommandResult::Status::Cancelled
                                     : CommandResult::Status::TimedOut;
                if (timedOut)
                    r.error = QStringLiteral("%1: `%2` timed out after %3 s")
                                  .arg(m_conn->label, QString::fromUtf8(cmd.argv.first()))
                                  .arg(cmd.timeoutMs / 1000.0);
                return r;
            }
            QString error;
            const PumpResult p = pumpLocked(*m_conn, io, &cmd.input, true, &r.out, &r.err, &error);
            if (p == PumpResult::Lost) {
                r.status = CommandResult::Status::TransportError;
                r.error = error;
                return r;
            }
            if (p == PumpResult::Drained) {
                r.exitCode = exitStatusLocked(*m_conn, io);
                closeChannelLocked(*m_conn, io, false);
                r.status = CommandResult::Status::Finished;
                break;
            }
            if (p == PumpResult::Progress)
                continue;
            fd = m_conn->fd;
        }
        int wait = kSliceMs;
        if (cmd.timeoutMs > 0)
            wait = int(std::clamp<qint64>(cmd.timeoutMs - timer.elapsed(), 0, kSliceMs));
        waitForSocket(fd, wait);
    }
    if (cmd.privileged && needsSudo() && r.exitCode != 0 && sudoWantsPassword(r.err)) {
        // Shown first by CommandResult::summary(): the raw sudo line alone does not
        // say what to change.
        r.err.prepend(QStringLiteral("%1: sudo on %2 wants a password, which the console "
                                     "cannot type: add a NOPASSWD sudoers rule for %3 "
                                     "(see sudoers(5)) or connect as root\n")
                          .arg(m_conn->label, m_target.host, m_conn->userName)
                          .toUtf8());
    }
    return r;
}

std::unique_ptr<Stream> SshRunner::openStream(const Command &cmd)
{
    const QByteArray line = shellQuote(withPrivilege(cmd.argv, cmd.privileged && needsSudo()));
    ChannelIo io;
    QString error;
    bool ok = false;
    {
        std::lock_guard lock(m_conn->mutex);
        ok = !cmd.argv.isEmpty() && openExecChannelLocked(*m_conn, line, &io, &error);
    }
    if (!ok && error.isEmpty())
        error = QStringLiteral("%1: empty command").arg(m_conn->label);
    // A failure shows in the stream's first read, like a process that could not start.
    auto stream = std::make_unique<SshStream>(m_conn, io, ok ? QString() : error);
    if (ok && !cmd.input.isEmpty())
        stream->write(cmd.input);
    return stream;
}

} // namespace ftc
