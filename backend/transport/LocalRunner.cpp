#include "LocalRunner.h"
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

QString sudoPasswordError()
{
    return QStringLiteral(
        "sudo asks for a password, which the console cannot type: add a NOPASSWD sudoers rule "
        "for this user and command, or run the console as root.");
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
        s.error = QStringLiteral("cannot start %1: %2")
                      .arg(QString::fromLocal8Bit(name.c_str()), QString::fromLocal8Bit(e.what()));
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

// Kills the group first so grandchildren die too, then the direct child in case
// it moved itself to another group. Boost's child::terminate() reaps only with
// WNOHANG and so leaves a zombie; reap here instead, but bounded, because a
// process stuck in the kernel (D state on a failing disk) dies only when its
// I/O returns.
void killTree(bp::group &group, bp::child &child)
{
    std::error_code ec;
    if (group.valid())
        group.terminate(ec);
    if (!child.valid())
        return;
    ::kill(child.id(), SIGKILL);
    constexpr int kReapWaitMs = 5000;
    for (int waited = 0; waited < kReapWaitMs; waited += 5) {
        if (!child.running(ec) || ec)
            return;
        ::poll(nullptr, 0, 5);
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

    bool write(const QByteArray &data) override
    {
        std::lock_guard inLock(m_inMutex);
        if (!m_in)
            return false;
        SigpipeBlocker blockSigpipe;
        qsizetype pos = 0;
        while (pos < data.size()) {
            const size_t len = std::min<size_t>(size_t(data.size() - pos), kIoChunk);
            const ssize_t n = ::write(m_in.get(), data.constData() + pos, len);
            if (n > 0) {
                pos += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                // A child that stops reading must not pin the caller after terminate().
                if (m_stopping.load())
                    return false;
                pollfd p{m_in.get(), POLLOUT, 0};
                ::poll(&p, 1, kSliceMs);
                continue;
            }
            m_in.reset();
            return false;
        }
        return true;
    }

    void closeInput() override
    {
        std::lock_guard inLock(m_inMutex);
        m_in.reset();
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
        if (m_wakeWrite) {
            // Full pipe means a wake-up is already pending; nothing to do then.
            [[maybe_unused]] const ssize_t n = ::write(m_wakeWrite.get(), "x", 1);
        }
    }

private:
    void pump()
    {
        QByteArray out, err;
        bool woken = false;
        while ((m_out || m_err) && !woken) {
            pollfd fds[3];
            nfds_t n = 0;
            int outIx = -1, errIx = -1, wakeIx = -1;
            if (m_out) { outIx = int(n); fds[n++] = {m_out.get(), POLLIN, 0}; }
            if (m_err) { errIx = int(n); fds[n++] = {m_err.get(), POLLIN, 0}; }
            if (m_wakeRead) { wakeIx = int(n); fds[n++] = {m_wakeRead.get(), POLLIN, 0}; }
            // Without a wake pipe, wake up now and then to notice terminate().
            const int rc = ::poll(fds, n, m_wakeRead ? -1 : kSliceMs);
            if (rc < 0 && errno != EINTR)
                break;
            if (outIx >= 0 && fds[outIx].revents)
                readSome(m_out, out);
            if (errIx >= 0 && fds[errIx].revents)
                readSome(m_err, err);
            if ((wakeIx >= 0 && fds[wakeIx].revents) || (!m_wakeRead && m_stopping.load()))
                woken = true;
            publish(out, err);
        }
        if (woken) {
            // Terminated: take what already sits in the pipes, but do not wait for
            // a process that escaped the group and still holds them.
            readAvailable(m_out, out);
            readAvailable(m_err, err);
            publish(out, err);
        }
        m_out.reset();
        m_err.reset();

        // Wait without reaping, so terminate() can still kill by pid and group
        // safely; reap under the lock.
        siginfo_t info{};
        int w;
        do {
            w = ::waitid(P_PID, id_t(m_pid), &info, WEXITED | WNOWAIT);
        } while (w < 0 && errno == EINTR);

        std::lock_guard lock(m_mutex);
        std::error_code ec;
        m_child.wait(ec);
        m_reaped = true;
        m_exitCode = ec ? -1 : shellExitCode(m_child.native_exit_code());
        if (m_viaSudo && m_exitCode != 0 && sudoWantsPassword(m_errHead))
            m_error = sudoPasswordError();
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

    std::mutex m_inMutex;
    UniqueFd m_in;

    UniqueFd m_out, m_err, m_wakeRead, m_wakeWrite;
    const bool m_viaSudo;
    std::atomic_bool m_stopping{false};

    std::mutex m_mutex;
    std::condition_variable m_cv;
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
    CommandResult r;
    if (cmd.argv.isEmpty()) {
        r.error = QStringLiteral("empty command");
        return r;
    }
    const bool viaSudo = cmd.privileged && needsSudo();
    Spawned s = spawn(withPrivilege(cmd.argv, viaSudo));
    if (s.outcome == Spawned::Outcome::Failed) {
        r.error = s.error;
        return r;
    }
    if (s.outcome == Spawned::Outcome::NotRunnable) {
        r.status = CommandResult::Status::Finished;
        r.exitCode = s.exitCode;
        r.err = s.message;
        return r;
    }

    using Clock = std::chrono::steady_clock;
    const bool hasDeadline = cmd.timeoutMs > 0;
    const Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(hasDeadline ? cmd.timeoutMs : 0);

    SigpipeBlocker blockSigpipe;
    qsizetype inPos = 0;
    if (cmd.input.isEmpty())
        s.in.reset();

    // One poll loop serves stdin, stdout and stderr together: whichever side the
    // child blocks on gets served, so no amount of output deadlocks it.
    std::optional<CommandResult::Status> stoppedAs;
    for (;;) {
        if (cancel.isCancelled()) {
            stoppedAs = CommandResult::Status::Cancelled;
            break;
        }
        int sliceMs = kSliceMs;
        if (hasDeadline) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0) {
                stoppedAs = CommandResult::Status::TimedOut;
                break;
            }
            sliceMs = int(std::min<long long>(sliceMs, left));
        }

        pollfd fds[3];
        nfds_t n = 0;
        int inIx = -1, outIx = -1, errIx = -1;
        if (s.in) { inIx = int(n); fds[n++] = {s.in.get(), POLLOUT, 0}; }
        if (s.out) { outIx = int(n); fds[n++] = {s.out.get(), POLLIN, 0}; }
        if (s.err) { errIx = int(n); fds[n++] = {s.err.get(), POLLIN, 0}; }

        if (n == 0) {
            // Output is closed but the child may still run (it closed its stdout,
            // or is busy finishing): keep honouring cancel and the deadline.
            std::error_code ec;
            if (!s.child.running(ec) || ec)
                break;
            ::poll(nullptr, 0, sliceMs);
            continue;
        }

        if (::poll(fds, n, sliceMs) < 0) {
            if (errno == EINTR)
                continue;
            r.error = QStringLiteral("poll failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            killTree(s.group, s.child);
            return r;
        }
        if (inIx >= 0 && fds[inIx].revents) {
            const size_t len = std::min<size_t>(size_t(cmd.input.size() - inPos), kIoChunk);
            const ssize_t w = ::write(s.in.get(), cmd.input.constData() + inPos, len);
            if (w > 0)
                inPos += w;
            else if (w < 0 && errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK)
                s.in.reset(); // EPIPE: the child does not want the rest
            if (inPos >= cmd.input.size())
                s.in.reset(); // EOF tells the child the input is complete
        }
        if (outIx >= 0 && fds[outIx].revents)
            readSome(s.out, r.out);
        if (errIx >= 0 && fds[errIx].revents)
            readSome(s.err, r.err);
    }

    if (stoppedAs) {
        killTree(s.group, s.child);
        s.in.reset();
        const Clock::time_point drainEnd = Clock::now() + std::chrono::milliseconds(kDrainAfterKillMs);
        while ((s.out || s.err) && Clock::now() < drainEnd) {
            pollfd fds[2];
            nfds_t n = 0;
            int outIx = -1, errIx = -1;
            if (s.out) { outIx = int(n); fds[n++] = {s.out.get(), POLLIN, 0}; }
            if (s.err) { errIx = int(n); fds[n++] = {s.err.get(), POLLIN, 0}; }
            if (::poll(fds, n, kSliceMs) < 0 && errno != EINTR)
                break;
            if (outIx >= 0 && fds[outIx].revents)
                readSome(s.out, r.out);
            if (errIx >= 0 && fds[errIx].revents)
                readSome(s.err, r.err);
        }
        r.status = *stoppedAs;
        r.error = *stoppedAs == CommandResult::Status::TimedOut
            ? QStringLiteral("timed out after %1 ms").arg(cmd.timeoutMs)
            : QStringLiteral("cancelled");
        return r;
    }

    r.status = CommandResult::Status::Finished;
    r.exitCode = shellExitCode(s.child.native_exit_code());
    // A daemon the command started on purpose (outputs closed) outlives it, as
    // it would from a shell; only timeout and cancel end the whole group.
    s.group.detach();
    if (viaSudo && r.exitCode != 0 && sudoWantsPassword(r.err))
        r.error = sudoPasswordError();
    return r;
}

std::unique_ptr<Stream> LocalRunner::openStream(const Command &cmd)
{
    StreamChunk ended;
    ended.finished = true;
    if (cmd.argv.isEmpty()) {
        ended.error = QStringLiteral("empty command");
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
