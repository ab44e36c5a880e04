#include "VirshSession.h"

#include "session/SessionTr.h"

#include <QDeadlineTimer>

namespace ftc {

namespace {

const QByteArray kScript = "export LC_ALL=C.UTF-8 TERM=dumb COLUMNS=100000; exec virsh -q -c \"$@\" 2>&1";
const QByteArray kScriptName = "ftc-virsh";
const QByteArray kMark = "ftc-mark";

// virsh's prompt: "virsh # " for a privileged connection, "virsh > " otherwise.
qsizetype promptAt(const QByteArray &text, qsizetype from)
{
    const qsizetype a = text.indexOf("virsh # ", from);
    const qsizetype b = text.indexOf("virsh > ", from);
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return qMin(a, b);
}

qsizetype lastPrompt(const QByteArray &text)
{
    return qMax(text.lastIndexOf("virsh # "), text.lastIndexOf("virsh > "));
}

QByteArray markCommand(char kind, quint64 seq)
{
    // Printed as "ftc-mark b12": the quotes keep the printed text out of the
    // echoed command line "echo ftc-mark 'b12'".
    return "echo " + kMark + " '" + kind + QByteArray::number(seq) + "'";
}

QByteArray markPrinted(char kind, quint64 seq)
{
    return kMark + ' ' + kind + QByteArray::number(seq);
}

// The first occurrence of a printed mark that is a whole token (not a prefix
// of "ftc-mark b120" when looking for "ftc-mark b12").
qsizetype findMark(const QByteArray &text, const QByteArray &mark, qsizetype from = 0)
{
    for (qsizetype at = text.indexOf(mark, from); at >= 0; at = text.indexOf(mark, at + 1)) {
        const qsizetype end = at + mark.size();
        if (end < text.size() && text[end] >= '0' && text[end] <= '9')
            continue;
        return at;
    }
    return -1;
}

QByteArray errorLines(const QByteArray &text)
{
    QByteArray out;
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith("error:"))
            out += line + '\n';
    return out;
}

} // namespace

Command virshStreamCommand(const QByteArray &uri, const Argv &args)
{
    Command c;
    c.argv = Argv{"sh", "-c", kScript, kScriptName, uri} + args;
    c.timeoutMs = 0;
    return c;
}

bool parseVirshStreamCommand(const Argv &argv, QByteArray *uri, Argv *args)
{
    if (argv.size() < 5 || argv[1] != "-c" || argv[2] != kScript || argv[3] != kScriptName)
        return false;
    *uri = argv[4];
    *args = argv.mid(5);
    return true;
}

QByteArray virshCommandLine(const Argv &words)
{
    QByteArray line;
    for (const QByteArray &w : words) {
        if (w.contains('\n') || w.contains('\r') || w.contains('\0'))
            return {};
        if (!line.isEmpty())
            line += ' ';
        QByteArray q = w;
        q.replace('\'', "'\\''");
        line += '\'' + q + '\'';
    }
    return line;
}

VirshSession::VirshSession(Runner &runner, QByteArray uri)
    : m_runner(runner), m_uri(std::move(uri))
{
}

VirshSession::~VirshSession()
{
    close();
}

void VirshSession::close()
{
    if (m_stream)
        m_stream->terminate();
    m_stream.reset();
    m_buffer.clear();
}

QString VirshSession::takeNotice()
{
    return std::exchange(m_notice, QString());
}

bool VirshSession::ensureOpen()
{
    if (m_stream)
        return true;
    if (m_missing)
        return false;
    m_stream = m_runner.openStream(virshStreamCommand(m_uri));
    if (!m_stream)
        return false;
    ++m_opened;
    m_buffer.clear();
    // Only a session that worked and then died is news; one that cannot
    // start (libvirt down) is said by the answers' own errors, every refresh.
    if (m_opened > 1 && !m_endReason.isEmpty() && m_answered)
        m_notice = Session::tr("The virsh session on %1 ended (%2) and was started again.")
                       .arg(m_runner.hostLabel(),
                            m_endReason.isEmpty() ? Session::tr("no reason given") : m_endReason);
    m_endReason.clear();
    m_answered = false;
    return true;
}

void VirshSession::send(const QList<Argv> &commands)
{
    QByteArray text;
    const bool open = ensureOpen();
    for (const Argv &words : commands) {
        Pending p;
        p.words = words;
        p.seq = ++m_seq;
        const QByteArray line = virshCommandLine(words);
        p.refused = line.isEmpty() || !open;
        if (!p.refused)
            text += markCommand('b', p.seq) + '\n' + line + '\n' + markCommand('e', p.seq) + '\n';
        m_pending.append(p);
    }
    if (!text.isEmpty() && m_stream && !m_stream->write(text)) {
        m_endReason = Session::tr("it no longer takes input");
        close();
    }
}

bool VirshSession::takeAnswer(const Pending &p, CommandResult *result)
{
    const QByteArray begin = markPrinted('b', p.seq);
    const QByteArray end = markPrinted('e', p.seq);
    const qsizetype b = findMark(m_buffer, begin);
    if (b < 0)
        return false;
    const qsizetype e = findMark(m_buffer, end, b + begin.size());
    if (e < 0)
        return false;
    QByteArray answer = m_buffer.mid(b + begin.size(), e - b - begin.size());
    m_buffer.remove(0, e + end.size());

    // With readline (every distribution's virsh) the answer reads
    // "virsh # <the command line>\n<output>virsh # echo ftc-mark 'eN'\n";
    // without it "virsh # <output>virsh # ". The demo host prints neither.
    if (answer.startsWith('\n'))
        answer.remove(0, 1);
    if (promptAt(answer, 0) == 0) {
        answer.remove(0, 8);
        const qsizetype nl = answer.indexOf('\n');
        if (nl >= 0 && !p.words.isEmpty() && answer.left(nl).contains(p.words.first()))
            answer.remove(0, nl + 1);
    }
    const qsizetype tail = lastPrompt(answer);
    if (tail >= 0)
        answer.truncate(tail);

    m_answered = true;
    result->status = CommandResult::Status::Finished;
    result->out = answer;
    result->err = errorLines(answer);
    result->exitCode = result->err.isEmpty() ? 0 : 1;
    return true;
}

QList<CommandResult> VirshSession::collect(int timeoutMs, const CancelFlag &cancel)
{
    QList<CommandResult> results;
    const QList<Pending> pending = std::exchange(m_pending, {});
    QDeadlineTimer deadline(timeoutMs > 0 ? timeoutMs : -1);
    bool ended = false;
    int exitCode = -1;
    QString failure;
    for (const Pending &p : pending) {
        CommandResult r;
        if (p.refused) {
            r.status = CommandResult::Status::TransportError;
            r.error = m_missing ? Session::tr("the host has no virsh command")
                : (m_stream ? Session::tr("a word holds a line break, which virsh cannot take")
                            : Session::tr("the virsh session could not be started"));
            if (m_missing) {
                r.status = CommandResult::Status::Finished;
                r.exitCode = 127;
            }
            results.append(r);
            continue;
        }
        while (!takeAnswer(p, &r)) {
            if (ended || !m_stream) {
                r = CommandResult{};
                if (exitCode == 127 && m_buffer.contains("not found")) {
                    m_missing = true;
                    r.status = CommandResult::Status::Finished;
                    r.exitCode = 127;
                    r.err = m_buffer;
                } else {
                    r.status = CommandResult::Status::TransportError;
                    r.error = failure.isEmpty() ? Session::tr("the virsh session ended") : failure;
                }
                break;
            }
            if (cancel.isCancelled() || deadline.hasExpired()) {
                r = CommandResult{};
                r.status = cancel.isCancelled() ? CommandResult::Status::Cancelled : CommandResult::Status::TimedOut;
                r.error = cancel.isCancelled() ? QStringLiteral("cancelled")
                                               : Session::tr("virsh did not answer in time");
                // What is still running would answer into the next collect.
                m_endReason = r.error;
                close();
                ended = true;
                break;
            }
            const StreamChunk c = m_stream->read(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))));
            m_buffer += c.out;
            m_buffer += c.err;
            if (c.finished) {
                ended = true;
                exitCode = c.exitCode;
                // virsh's own "error:" line says why; else the last thing it printed.
                QByteArray last = m_buffer.trimmed().split('\n').last().left(200);
                QByteArrayList errors;
                for (const QByteArray &line : m_buffer.split('\n'))
                    if (line.startsWith("error:") && errors.size() < 2)
                        errors << line.left(200);
                if (!errors.isEmpty())
                    last = errors.join("; ");
                failure = !c.error.isEmpty() ? c.error
                    : Session::tr("virsh exited with status %1%2")
                          .arg(c.exitCode)
                          .arg(last.isEmpty() ? QString() : QStringLiteral(": ") + QString::fromUtf8(last));
                m_endReason = failure;
                // The buffer stays for the answers that did arrive.
                m_stream.reset();
            }
        }
        results.append(r);
    }
    return results;
}

QList<CommandResult> VirshSession::run(const QList<Argv> &commands, int timeoutMs, const CancelFlag &cancel)
{
    send(commands);
    return collect(timeoutMs, cancel);
}

} // namespace ftc
