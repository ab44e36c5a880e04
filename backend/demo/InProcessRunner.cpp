#include "InProcessRunner.h"

#include "MiniShell.h"
#include "vms/VirshSession.h"

#include <QMutex>
#include <QWaitCondition>

namespace ftc {

namespace {

bool isShell(const QByteArray &prog)
{
    return prog == "sh" || prog == "/bin/sh" || prog == "bash" || prog == "/bin/bash"
        || prog == "dash" || prog == "/bin/dash";
}

// `virsh [-c URI] [-q] ...` with no command: the interactive shell that reads one
// virsh command per line. Returns the options to put before each line's command.
bool interactiveVirsh(const Argv &argv, Argv *prefix)
{
    if (argv.isEmpty() || argv[0] != "virsh")
        return false;
    Argv opts{"virsh"};
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QByteArray &a = argv[i];
        if ((a == "-c" || a == "--connect") && i + 1 < argv.size()) {
            opts << a << argv[i + 1];
            ++i;
        } else if (a.startsWith("--connect=") || a == "-q" || a == "--quiet" || a == "-r"
                   || a == "--readonly") {
            opts << a;
        } else {
            return false;
        }
    }
    *prefix = opts;
    return true;
}

CommandResult finished(const ShellOutcome &o)
{
    CommandResult r;
    r.status = o.cancelled ? CommandResult::Status::Cancelled : CommandResult::Status::Finished;
    r.exitCode = o.cancelled ? -1 : o.status;
    r.out = o.out;
    r.err = o.err;
    if (o.cancelled)
        r.error = QStringLiteral("cancelled");
    return r;
}

// Output is produced synchronously on write(); read() only hands it over, so a
// caller never waits on anything but its own writes.
class InProcessStream : public Stream {
public:
    // VirshLines: an interactive virsh. Silent: a program that runs until it
    // is ended and has nothing to say here (`virsh event --loop`: the demo's
    // changes all come from the console, which reads the host after each).
    enum class Mode { ShellLines, VirshLines, OneShot, Silent };

    using ReachFn = std::function<QString()>;

    // mergeErr: stderr goes where stdout goes, as `2>&1` does. unreachable:
    // the runner's reason the host cannot be reached now, empty when it can.
    InProcessStream(MiniShell::ExecFn exec, ReachFn unreachable, Mode mode, Argv argv, bool mergeErr = false)
        : m_shell(std::move(exec)), m_unreachable(std::move(unreachable)), m_mode(mode), m_argv(std::move(argv)),
          m_mergeErr(mergeErr)
    {
        if (lostConnection())
            return;
        if (m_mode == Mode::OneShot) {
            // Long-lived programs (`virsh event --loop`) have nothing to say in
            // process; they answer once and end.
            if (m_argv.size() >= 3 && isShell(m_argv[0]) && m_argv[1] == "-c") {
                const ShellOutcome o = m_shell.run(m_argv[2], {});
                m_out = o.out;
                m_err = o.err;
                m_status = o.status;
            } else {
                const CommandResult r = m_shell.runSimple(m_argv, {});
                m_out = r.out;
                m_err = r.err;
                m_status = r.exitCode;
            }
            m_finished = true;
        }
    }

    bool write(const QByteArray &data) override
    {
        QMutexLocker lock(&m_mutex);
        if (lostConnection() || m_finished || m_inputClosed)
            return false;
        m_pending += data;
        qsizetype nl;
        while ((nl = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(nl);
            m_pending.remove(0, nl + 1);
            runLine(line);
        }
        m_cond.wakeAll();
        return true;
    }

    void closeInput() override
    {
        QMutexLocker lock(&m_mutex);
        if (m_finished || m_inputClosed)
            return;
        m_inputClosed = true;
        if (!m_pending.isEmpty())
            runLine(m_pending);
        m_pending.clear();
        m_finished = true;
        m_cond.wakeAll();
    }

    StreamChunk read(int timeoutMs) override
    {
        QMutexLocker lock(&m_mutex);
        lostConnection();
        if (m_out.isEmpty() && m_err.isEmpty() && !m_finished && timeoutMs > 0)
            m_cond.wait(&m_mutex, timeoutMs);
        StreamChunk c;
        c.out = m_out;
        c.err = m_err;
        m_out.clear();
        m_err.clear();
        c.finished = m_finished;
        c.exitCode = m_finished ? m_status : -1;
        c.error = m_error;
        return c;
    }

    void terminate() override
    {
        QMutexLocker lock(&m_mutex);
        if (!m_finished) {
            m_finished = true;
            m_status = 143;
        }
        m_cond.wakeAll();
    }

private:
    // A connection that is lost ends the stream for good (a new one must be
    // opened), with what went wrong. Called with m_mutex held.
    bool lostConnection()
    {
        if (m_finished)
            return !m_error.isEmpty();
        const QString why = m_unreachable ? m_unreachable() : QString();
        if (why.isEmpty())
            return false;
        m_error = why;
        m_finished = true;
        m_status = 255;
        m_cond.wakeAll();
        return true;
    }

    void runLine(const QByteArray &line)
    {
        if (m_mode == Mode::Silent)
            return;
        if (m_mode == Mode::ShellLines) {
            const ShellOutcome o = m_shell.run(line, {}, CancelFlag(), m_status);
            m_out += o.out;
            m_err += o.err;
            m_status = o.status;
            return;
        }
        QList<Argv> cmds;
        if (!MiniShell::splitCommands(line, &cmds)) {
            m_err += "error: command parsing failed\n";
            m_status = 1;
            return;
        }
        for (const Argv &c : cmds) {
            if (c.value(0) == "quit" || c.value(0) == "exit") {
                m_finished = true;
                return;
            }
            const CommandResult r = m_shell.runSimple(m_argv + c, {});
            if (r.exitCode == 127 || r.err.contains("failed to connect to the hypervisor")) {
                // No virsh, or a connection virsh cannot open: the session
                // ends at once, as a real shell's exec or a real virsh does.
                (m_mergeErr ? m_out : m_err) += r.err;
                m_status = r.exitCode == 127 ? 127 : 1;
                m_finished = true;
                return;
            }
            m_out += r.out;
            (m_mergeErr ? m_out : m_err) += r.err;
            m_status = r.exitCode;
        }
    }

    QMutex m_mutex;
    QWaitCondition m_cond;
    MiniShell m_shell;
    ReachFn m_unreachable;
    QString m_error;
    Mode m_mode;
    Argv m_argv;
    QByteArray m_pending;
    QByteArray m_out;
    QByteArray m_err;
    int m_status = 0;
    bool m_mergeErr = false;
    bool m_inputClosed = false;
    bool m_finished = false;
};

} // namespace

CommandResult InProcessRunner::run(const Command &cmd, const CancelFlag &cancel)
{
    MiniShell shell([this](const Argv &argv, const QByteArray &input) { return exec(argv, input); });
    if (cancel.isCancelled())
        return finished(ShellOutcome{{}, {}, -1, true});
    if (const QString why = unreachable(); !why.isEmpty()) {
        CommandResult r;
        r.status = CommandResult::Status::TransportError;
        r.error = why;
        return r;
    }
    if (cmd.argv.isEmpty()) {
        CommandResult r;
        r.status = CommandResult::Status::TransportError;
        r.error = QStringLiteral("empty command");
        return r;
    }
    if (isShell(cmd.argv[0])) {
        if (cmd.argv.size() >= 3 && cmd.argv[1] == "-c")
            return finished(shell.run(cmd.argv[2], cmd.input, cancel));
        // `sh` reading its script from stdin.
        if (cmd.argv.size() == 1 || (cmd.argv.size() == 2 && cmd.argv[1] == "-s"))
            return finished(shell.run(cmd.input, {}, cancel));
    }
    return shell.runSimple(cmd.argv, cmd.input);
}

std::unique_ptr<Stream> InProcessRunner::openStream(const Command &cmd)
{
    MiniShell::ExecFn exec = [this](const Argv &argv, const QByteArray &input) {
        return this->exec(argv, input);
    };
    const InProcessStream::ReachFn reach = [this] { return unreachable(); };
    Argv prefix;
    std::unique_ptr<Stream> stream;
    QByteArray uri;
    Argv virshArgs;
    if (parseVirshStreamCommand(cmd.argv, &uri, &virshArgs)) {
        if (virshArgs.value(0) == "event")
            stream = std::make_unique<InProcessStream>(exec, reach, InProcessStream::Mode::Silent, Argv{});
        else if (virshArgs.isEmpty())
            stream = std::make_unique<InProcessStream>(exec, reach, InProcessStream::Mode::VirshLines,
                                                       Argv{"virsh", "-c", uri}, true);
        else
            stream = std::make_unique<InProcessStream>(exec, reach, InProcessStream::Mode::OneShot,
                                                       Argv{"virsh", "-c", uri} + virshArgs);
    } else if (!cmd.argv.isEmpty() && isShell(cmd.argv[0]) && cmd.argv.size() <= 2)
        stream = std::make_unique<InProcessStream>(exec, reach, InProcessStream::Mode::ShellLines, Argv{});
    else if (interactiveVirsh(cmd.argv, &prefix))
        stream = std::make_unique<InProcessStream>(exec, reach, InProcessStream::Mode::VirshLines, prefix);
    else
        return std::make_unique<InProcessStream>(exec, reach, InProcessStream::Mode::OneShot, cmd.argv);
    if (!cmd.input.isEmpty())
        stream->write(cmd.input);
    return stream;
}

} // namespace ftc
