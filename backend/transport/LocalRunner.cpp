#include "LocalRunner.h"
#include "LocalRunnerText.h"
#include "StreamRun.h"
#include "UniqueFd.h"

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/extend.hpp>
#include <boost/process/group.hpp>
#include <boost/process/io.hpp>
#include <boost/process/pipe.hpp>
#include <boost/process/search_path.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bp = boost::process;

namespace ftc {

namespace {

// Short enough that cancel feels immediate, long enough not to spin.
constexpr int kSliceMs = 20;
constexpr size_t kIoChunk = 64 * 1024;
// Output still in the pipes when a tree is killed is worth keeping, but a
// process that escaped the group may hold them open forever.
constexpr int kDrainAfterKillMs = 500;
// sudo's complaint comes first; no need to keep more to recognise it.
constexpr int kErrHeadBytes = 4096;

void setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

// O_CLOEXEC from the start: another thread (or QProcess elsewhere in the app)
// may fork between pipe() and a later fcntl(), and a leaked write end would keep
// our reader from ever seeing EOF.
bp::pipe makePipe()
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw std::system_error(errno, std::generic_category(), "pipe2");
    return bp::pipe(fds[0], fds[1]);
}

// Writing to a pipe whose reader is gone raises SIGPIPE, which would kill the
// whole console. Ignoring it process-wide would be inherited by every child we
// start, so instead it is blocked in this thread only while writing, and a
// signal that became pending meanwhile is swallowed before unblocking.
class SigpipeBlocker {
public:
    SigpipeBlocker()
    {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &set, &m_old);
    }
    ~SigpipeBlocker()
    {
        if (!sigismember(&m_old, SIGPIPE)) {
            sigset_t pending;
            sigpending(&pending);
            if (sigismember(&pending, SIGPIPE)) {
                sigset_t set;
                sigemptyset(&set);
                sigaddset(&set, SIGPIPE);
                const timespec zero{0, 0};
                sigtimedwait(&set, nullptr, &zero);
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigpipeBlocker(const SigpipeBlocker &) = delete;
    SigpipeBlocker &operator=(const SigpipeBlocker &) = delete;

private:
    sigset_t m_old;
};

// What `$?` would say: 128+N for death by signal N.
int shellExitCode(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

struct Spawned {
    enum class Outcome { Started, NotRunnable, Failed };
    Outcome outcome = Outcome::Failed;
    int exitCode = -1;      // NotRunnable: what a shell would answer
    QByteArray message;     // NotRunnable: stderr a shell would print
    QString error;          // Failed
    bp::group group;
    bp::child child;
    UniqueFd in, out, err;
};

Spawned notRunnable(const std::string &name, int code, const char *why)
{
    Spawned s;
    s.outcome = Spawned::Outcome::NotRunnable;
    s.exitCode = code;
    s.message = QByteArray::fromStdString(name) + ": " + why + '\n';
    return s;
}

Spawned spawn(const Argv &argv)
{
    const std::string name = argv.first().toStdString();
    boost::filesystem::path exe;
    if (name.find('/') != std::string::npos) {
        if (::access(name.c_str(), F_OK) != 0)
            return notRunnable(name, 127, "command not found");
        if (::access(name.c_str(), X_OK) != 0)
            return notRunnable(name, 126, "Permission denied");
        exe = name;
    } else if (!name.empty()) {
        exe = bp::search_path(name);
    }
    if (exe.empty())
        return notRunnable(name, 127, "command not found");

    std::vector<std::string> args;
    args.reserve(size_t(argv.size()));
    for (qsizetype i = 1; i < argv.size(); ++i)
        args.push_back(argv.at(i).toStdString());

    Spawned s;
    try {
        bp::pipe inP = makePipe();
        bp::pipe outP = makePipe();
        bp::pipe errP = makePipe();
        std::error_code ec;
        s.child = bp::child(
            bp::exe = exe.string(), bp::args = args,
            bp::std_in < inP, bp::std_out > outP, bp::std_err > errP, s.group,
            // Runs in the forked child before execve, so only async-signal-safe calls.
            bp::extend::on_exec_setup = [](auto &) {
                // The worker thread's blocked signals and our SIGPIPE handling are
                // no business of the program we start.
                sigset_t none;
                sigemptyset(&none);
                ::sigprocmask(SIG_SETMASK, &none, nullptr);
                ::signal(SIGPIPE, SIG_DFL);
                // Descriptors other parts of the console opened without CLOEXEC
                // (sockets, pipes of concurrent commands) must not reach the
                // child: a leaked pipe end keeps another command from ending.
                if (::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
                    rlimit rl{};
                    rlim_t limit = 4096;
                    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
                        limit = std::min<rlim_t>(rl.rlim_cur, 65536);
                    for (int fd = 3; rlim_t(fd) < limit; ++fd)
                        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
                }
            },
            // Boost does not reap a child whose execve failed; do it here so a
            // failed start leaves no zombie.
            bp::extend::on_error = [](auto &exec, const std::error_code &) {
                if (exec.pid > 0)
                    ::waitpid(exec.pid, nullptr, 0);
            },
            ec);
        if (ec) {
            if (ec.value() == ENOENT)
                return notRunnable(name, 127, "command not found");
            return notRunnable(name, 126, std::strerror(ec.value()));
        }
        // Boost closed the child's ends; we keep ours.
        s.in.reset(inP.native_sink());
        inP.assign_sink(-1);
        s.out.reset(outP.native_source());
        outP.assign_source(-1);
        s.err.reset(errP.native_source());
        errP.assign_source(-1);
        setNonBlocking(s.in.get());
        setNonBlocking(s.out.get());
        setNonBlocking(s.err.get());
        s.outcome = Spawned::Outcome::Started;
    } catch (const std::exception &e) {
        s.outcome = Spawned::Outcome::Failed;
        s.error = LocalRunnerText::cannotStart(QString::fromLocal8Bit(name.c_str()), QString::fromLocal8Bit(e.what()));
    }
    return s;
}

// Reads what is there now. False once the pipe reached EOF (fd closed) or failed.
bool readSome(UniqueFd &fd, QByteArray &sink)
{
    char buf[kIoChunk];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n > 0) {
            sink.append(buf, qsizetype(n));
            return true;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        fd.reset();
        return false;
    }
}

// Everything buffered right now, bounded: a writer that escaped a kill could
// otherwise keep us here.
void readAvailable(UniqueFd &fd, QByteArray &sink)
{
    const qsizetype limit = sink.size() + 16 * 1024 * 1024;
    while (fd && sink.size() < limit) {
        const qsizetype before = sink.size();
        if (!readSome(fd, sink) || sink.size() == before)
            break;
    }
}

// A finished stream for commands that never started: it reports at once what a
// shell would have said.
class EndedStream final : public Stream {
public:
    explicit EndedStream(StreamChunk chunk) : m_chunk(std::move(chunk)) {}
    bool write(const QByteArray &) override { return false; }
    void closeInput() override {}
    StreamChunk read(int) override
    {
        StreamChunk c = m_chunk;
        m_chunk.out.clear();
        m_chunk.err.clear();
        return c;
    }
    void terminate() override {}

private:
    StreamChunk m_chunk;
};

// A started process: stdin written, stdout and stderr read by one thread that
// polls all three (and a wake-up pipe), so no amount of input or output
// deadlocks it and the caller never blocks on the child.
class LocalStream final : public Stream {
public:
    LocalStream(Spawned &&s, bool viaSudo)
        : m_group(std::move(s.group)),
          m_child(std::move(s.child)),
          m_pid(m_child.id()),
          m_in(std::move(s.in)),
          m_out(std::move(s.out)),
          m_err(std::move(s.err)),
          m_viaSudo(viaSudo)
    {
        int wake[2];
        if (::pipe2(wake, O_CLOEXEC | O_NONBLOCK) == 0) {
            m_wakeRead.reset(wake[0]);
            m_wakeWrite.reset(wake[1]);
        }
        m_thread = std::thread([this] { pump(); });
    }

    ~LocalStream() override
    {
        terminate();
        if (m_thread.joinable())
            m_thread.join();
    }

    // Queues the bytes; the pump thread writes them as the child reads.
    bool write(const QByteArray &data) override
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_inputClosed || m_inputGone || m_ended)
                return false;
            m_inBuf += data;
        }
        wake();
        return true;
    }

    // EOF once what was written has gone out.
    void closeInput() override
    {
        {
            std::lock_guard lock(m_mutex);
            m_inputClosed = true;
        }
        wake();
    }

    StreamChunk read(int timeoutMs) override
    {
        std::unique_lock lock(m_mutex);
        const auto ready = [this] { return !m_outBuf.isEmpty() || !m_errBuf.isEmpty() || m_ended; };
        if (timeoutMs < 0)
            m_cv.wait(lock, ready);
        else
            m_cv.wait_for(lock, std::chrono::milliseconds(timeoutMs), ready);
        StreamChunk c;
        c.out = std::exchange(m_outBuf, {});
        c.err = std::exchange(m_errBuf, {});
        if (m_ended) {
            c.finished = true;
            c.exitCode = m_exitCode;
            c.error = m_error;
        }
        return c;
    }

    void terminate() override
    {
        m_stopping.store(true);
        {
            // While the leader is unreaped its pid, and so the group id, cannot be
            // reused: killing under this lock never hits a stranger.
            std::lock_guard lock(m_mutex);
            if (!m_reaped) {
                std::error_code ec;
                if (m_group.valid())
                    m_group.terminate(ec);
                ::kill(m_pid, SIGKILL);
            }
        }
        wake();
    }

private:
    void wake()
    {
        if (m_wakeWrite) {
            // Full pipe means a wake-up is already pending; nothing to do then.
            [[maybe_unused]] const ssize_t n = ::write(m_wakeWrite.get(), "x", 1);
        }
    }

    // Writes what the child will take now; closes stdin once all of it went
    // out and closeInput() was called, or when the child stops reading.
    void feed()
    {
        std::lock_guard lock(m_mutex);
        if (!m_in)
            return;
        SigpipeBlocker blockSigpipe;
        while (!m_inBuf.isEmpty()) {
            const size_t len = std::min<size_t>(size_t(m_inBuf.size()), kIoChunk);
            const ssize_t n = ::write(m_in.get(), m_inBuf.constData(), len);
            if (n > 0) {
                m_inBuf.remove(0, n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            // EPIPE: the child does not want the rest.
            m_in.reset();
            m_inBuf.clear();
            m_inputGone = true;
            return;
        }
        if (m_inputClosed)
            m_in.reset();
    }

    void pump()
    {
        QByteArray out, err;
        bool stopped = false;
        while ((m_out || m_err) && !stopped) {
            bool wantIn;
            {
                std::lock_guard lock(m_mutex);
                wantIn = m_in && !m_inBuf.isEmpty();
            }
            pollfd fds[4];
            nfds_t n = 0;
            int inIx = -1, outIx = -1, errIx = -1, wakeIx = -1;
            if (wantIn) { inIx = int(n); fds[n++] = {m_in.get(), POLLOUT, 0}; }
            if (m_out) { outIx = int(n); fds[n++] = {m_out.get(), POLLIN, 0}; }
            if (m_err) { errIx = int(n); fds[n++] = {m_err.get(), POLLIN, 0}; }
            if (m_wakeRead) { wakeIx = int(n); fds[n++] = {m_wakeRead.get(), POLLIN, 0}; }
            // Without a wake pipe, wake up now and then to notice input and terminate().
            const int rc = ::poll(fds, n, m_wakeRead ? -1 : kSliceMs);
            if (rc < 0 && errno != EINTR)
                break;
            if (wakeIx >= 0 && fds[wakeIx].revents) {
                char drain[64];
                while (::read(m_wakeRead.get(), drain, sizeof drain) > 0) {
                }
            }
            if (m_stopping.load()) {
                stopped = true;
                break;
            }
            if (inIx < 0 || fds[inIx].revents)
                feed();
            if (outIx >= 0 && fds[outIx].revents)
                readSome(m_out, out);
            if (errIx >= 0 && fds[errIx].revents)
                readSome(m_err, err);
            publish(out, err);
        }
        if (stopped) {
            // Terminated: take what already sits in the pipes, but do not wait for
            // a process that escaped the group and still holds them.
            readAvailable(m_out, out);
            readAvailable(m_err, err);
            publish(out, err);
        }
        {
            std::lock_guard lock(m_mutex);
            m_in.reset();
        }
        m_out.reset();
        m_err.reset();

        // Wait without reaping, so terminate() can still kill by pid and group
        // safely. Bounded once killed: a process stuck in the kernel (D state on
        // a failing disk) dies only when its I/O returns, and nobody waits for that.
        constexpr int kAfterKillMs = 5000;
        int afterKill = 0;
        bool exited = false;
        for (;;) {
            siginfo_t info{};
            info.si_pid = 0;
            const int w = ::waitid(P_PID, id_t(m_pid), &info, WEXITED | WNOWAIT | WNOHANG);
            if (w == 0 && info.si_pid != 0) {
                exited = true;
                break;
            }
            if (w < 0 && errno != EINTR)
                break;
            if (m_stopping.load() && (afterKill += kSliceMs) > kAfterKillMs)
                break;
            ::poll(nullptr, 0, kSliceMs);
        }

        std::lock_guard lock(m_mutex);
        if (exited) {
            std::error_code ec;
            m_child.wait(ec);
            m_reaped = true;
            m_exitCode = ec ? -1 : shellExitCode(m_child.native_exit_code());
        } else {
            m_error = LocalRunnerText::notEndedAfterKill();
            m_child.detach();
        }
        if (m_viaSudo && m_exitCode != 0 && sudoWantsPassword(m_errHead))
            m_error = LocalRunnerText::sudoPasswordError();
        // The group is ours to clean only while the leader lives; what it left
        // behind on purpose stays.
        m_group.detach();
        m_ended = true;
        m_cv.notify_all();
    }

    void publish(QByteArray &out, QByteArray &err)
    {
        if (out.isEmpty() && err.isEmpty())
            return;
        std::lock_guard lock(m_mutex);
        m_outBuf += out;
        m_errBuf += err;
        if (m_errHead.size() < kErrHeadBytes)
            m_errHead += err.left(kErrHeadBytes - m_errHead.size());
        out.clear();
        err.clear();
        m_cv.notify_all();
    }

    bp::group m_group;
    bp::child m_child;
    const pid_t m_pid;

    UniqueFd m_in;             // guarded by m_mutex
    UniqueFd m_out, m_err, m_wakeRead, m_wakeWrite;
    const bool m_viaSudo;
    std::atomic_bool m_stopping{false};

    std::mutex m_mutex;
    std::condition_variable m_cv;
    QByteArray m_inBuf;
    bool m_inputClosed = false;
    bool m_inputGone = false;  // the child closed its stdin
    QByteArray m_outBuf, m_errBuf, m_errHead;
    bool m_ended = false;
    bool m_reaped = false;
    int m_exitCode = -1;
    QString m_error;

    std::thread m_thread; // last: starts after everything it touches exists
};

} // namespace

QString LocalRunner::hostLabel() const
{
    return QStringLiteral("local");
}

bool LocalRunner::needsSudo() const
{
    return ::geteuid() != 0;
}

QString LocalRunner::userName() const
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(::geteuid());
}

CommandResult LocalRunner::run(const Command &cmd, const CancelFlag &cancel)
{
    if (cmd.argv.isEmpty()) {
        CommandResult r;
        r.error = LocalRunnerText::emptyCommand();
        return r;
    }
    if (cancel.isCancelled()) {
        CommandResult r;
        r.status = CommandResult::Status::Cancelled;
        r.error = QStringLiteral("cancelled");
        return r;
    }
    Command open = cmd;
    open.input.clear();   // collectStream writes it
    const std::unique_ptr<Stream> stream = openStream(open);
    return collectStream(*stream, cmd, cancel, kDrainAfterKillMs);
}

std::unique_ptr<Stream> LocalRunner::openStream(const Command &cmd)
{
    StreamChunk ended;
    ended.finished = true;
    if (cmd.argv.isEmpty()) {
        ended.error = LocalRunnerText::emptyCommand();
        return std::make_unique<EndedStream>(ended);
    }
    const bool viaSudo = cmd.privileged && needsSudo();
    Spawned s = spawn(withPrivilege(cmd.argv, viaSudo));
    switch (s.outcome) {
    case Spawned::Outcome::Failed:
        ended.error = s.error;
        return std::make_unique<EndedStream>(ended);
    case Spawned::Outcome::NotRunnable:
        ended.exitCode = s.exitCode;
        ended.err = s.message;
        return std::make_unique<EndedStream>(ended);
    case Spawned::Outcome::Started:
        break;
    }
    auto stream = std::make_unique<LocalStream>(std::move(s), viaSudo);
    if (!cmd.input.isEmpty())
        stream->write(cmd.input);
    return stream;
}

} // namespace ftc
