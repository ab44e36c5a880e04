#include "SshRunner.h"
#include "ShellQuote.h"
#include "StreamRun.h"
#include "SshChannelIo.h"
#include "SshConnection.h"
#include "session/SessionTr.h"

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

// One channel: what is written is queued and sent as the peer's window allows,
// each read() moves both ways, in short locked steps on the shared session.
class SshStream final : public Stream {
public:
    SshStream(std::shared_ptr<SshConnection> conn, ChannelIo io, const QString &failure)
        : m_conn(std::move(conn)), m_io(io), m_finished(!failure.isEmpty()), m_error(failure) {}
    ~SshStream() override { terminate(); }

    bool write(const QByteArray &data) override
    {
        std::lock_guard lock(m_conn->mutex);
        if (m_finished || m_closeRequested)
            return false;
        m_input += data;
        pumpOnceLocked(nullptr, nullptr);
        return !m_finished;
    }

    void closeInput() override
    {
        std::lock_guard lock(m_conn->mutex);
        m_closeRequested = true;
        if (!m_finished)
            pumpOnceLocked(nullptr, nullptr);
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
                if (!m_finished)
                    pumpOnceLocked(&chunk.out, &chunk.err);
                if (m_finished) {
                    chunk.finished = true;
                    chunk.exitCode = m_exitCode;
                    chunk.error = m_error;
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
    // Requires the lock. Sends what the window allows of the queued input (and
    // EOF once it is all out after closeInput()), reads what arrived into out and
    // err (or the pending buffers), and notices the end.
    void pumpOnceLocked(QByteArray *out, QByteArray *err)
    {
        QString error;
        const PumpResult r = pumpLocked(*m_conn, m_io, &m_input, m_closeRequested, out ? out : &m_pendingOut,
                                        err ? err : &m_pendingErr, &error);
        // Sent input is not kept: a shell kept open for days gets a batch a second.
        if (m_io.inputPos > 0 && m_io.inputPos >= m_input.size()) {
            m_input.clear();
            m_io.inputPos = 0;
        }
        if (r == PumpResult::Lost) {
            m_finished = true;
            m_error = error;
        } else if (r == PumpResult::Drained) {
            m_exitCode = exitStatusLocked(*m_conn, m_io);
            closeChannelLocked(*m_conn, m_io, false);
            m_finished = true;
        }
    }

    std::shared_ptr<SshConnection> m_conn;
    ChannelIo m_io;
    bool m_finished = false;
    QString m_error;
    QByteArray m_input;                // queued for the channel; m_io.inputPos is what went out
    bool m_closeRequested = false;
    QByteArray m_pendingOut, m_pendingErr;
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
            m_conn->lostLocked(Session::tr("keepalive failed: %1")
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
    if (cmd.argv.isEmpty()) {
        CommandResult r;
        r.error = Session::tr("%1: empty command").arg(m_conn->label);
        return r;
    }
    Command open = cmd;
    open.input.clear();   // collectStream writes it
    const std::unique_ptr<Stream> stream = openStream(open);
    // The connection may have taken a while; the command's own time starts now.
    CommandResult r = collectStream(*stream, cmd, cancel);
    if (r.status == CommandResult::Status::TimedOut)
        r.error = Session::tr("%1: `%2` timed out after %3 s")
                      .arg(m_conn->label, QString::fromUtf8(cmd.argv.first()))
                      .arg(cmd.timeoutMs / 1000.0);
    if (cmd.privileged && needsSudo() && r.exitCode != 0 && sudoWantsPassword(r.err)) {
        // Shown first by CommandResult::summary(): the raw sudo line alone does not
        // say what to change.
        r.err.prepend(Session::tr("%1: sudo on %2 wants a password, which the console "
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
        error = Session::tr("%1: empty command").arg(m_conn->label);
    // A failure shows in the stream's first read, like a process that could not start.
    auto stream = std::make_unique<SshStream>(m_conn, io, ok ? QString() : error);
    if (ok && !cmd.input.isEmpty())
        stream->write(cmd.input);
    return stream;
}

std::unique_ptr<Stream> SshRunner::openForward(const QByteArray &host, int port)
{
    ChannelIo io;
    QString error;
    bool ok = false;
    {
        std::lock_guard lock(m_conn->mutex);
        ok = openForwardChannelLocked(*m_conn, host, port, &io, &error);
    }
    return std::make_unique<SshStream>(m_conn, io, ok ? QString() : error);
}

} // namespace ftc
