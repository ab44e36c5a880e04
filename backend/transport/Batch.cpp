#include "Batch.h"
#include "ShellQuote.h"
#include "session/SessionTr.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace ftc {

BatchStep BatchStep::run(const QString &id, const Argv &argv, bool privileged, int timeoutSec)
{
    BatchStep s;
    s.id = id;
    s.argv = argv;
    s.privileged = privileged;
    s.timeoutSec = timeoutSec;
    s.kind = Kind::Run;
    return s;
}

BatchStep BatchStep::readFile(const QString &id, const QByteArray &path)
{
    BatchStep s;
    s.id = id;
    s.argv = {path};
    s.kind = Kind::ReadFile;
    return s;
}

BatchStep BatchStep::readFiles(const QString &id, const QList<QByteArray> &paths)
{
    BatchStep s;
    s.id = id;
    s.argv = paths;
    s.kind = Kind::ReadFiles;
    return s;
}

BatchStep BatchStep::listDir(const QString &id, const QByteArray &dir)
{
    BatchStep s;
    s.id = id;
    s.argv = {dir};
    s.kind = Kind::ListDir;
    return s;
}

QByteArray batchPrologue()
{
    // One line, so a shell that reads its input line by line (the in-process
    // hosts) meets it whole. Only POSIX sh: dash, bash, busybox ash.
    // - LC_ALL=C for every tool (parsers read the C locale's words) and so that
    //   ${#var} counts bytes in shells that would count characters.
    // - fd 4 keeps the real stdout while a command substitution captures fd 1.
    // - ftc_rd reads a file with `read` into $ftc_c, each line prefixed by
    //   $ftc_q: no process per file.
    // - ftc_x: the inner substitution captures stdout, the outer one stderr (fd
    //   3); the stdout record is printed from inside, where it is known.
    return QByteArrayLiteral(
        ": ftc-batch-v1; export LC_ALL=C; ftc_nl=$(printf '\\n.'); ftc_nl=${ftc_nl%.}; exec 4>&1; "
        "ftc_put() { printf '@%s %s %s%s\\n%s\\n' \"$1\" \"$2\" \"${#3}\" \"$4\" \"$3\"; }; "
        "ftc_rd() { ftc_l=; while IFS= read -r ftc_l || [ -n \"$ftc_l\" ]; do "
        "ftc_c=$ftc_c$ftc_q$ftc_l$ftc_nl; ftc_l=; done; }; "
        "ftc_f() { ftc_c= ftc_q=; if [ -f \"$2\" ] && ftc_rd 2>/dev/null <\"$2\"; then "
        "ftc_put o \"$1\" \"$ftc_c\" ''; ftc_put e \"$1\" '' ' 0'; else "
        "ftc_put o \"$1\" '' ''; ftc_put e \"$1\" \"$2: No such file or cannot be read\" ' 1'; fi; }; "
        "ftc_k() { ftc_i=$1; shift; ftc_c=; for ftc_p in \"$@\"; do ftc_q=$ftc_p:; "
        "[ -f \"$ftc_p\" ] && ftc_rd 2>/dev/null <\"$ftc_p\"; done; "
        "ftc_put o \"$ftc_i\" \"$ftc_c\" ''; ftc_put e \"$ftc_i\" '' ' 0'; }; "
        "ftc_l() { ftc_c=; for ftc_p in \"$2\"/*; do [ -e \"$ftc_p\" ] || [ -L \"$ftc_p\" ] || continue; "
        "ftc_c=$ftc_c${ftc_p##*/}$ftc_nl; done; ftc_put o \"$1\" \"$ftc_c\" ''; "
        "if [ -d \"$2\" ]; then ftc_put e \"$1\" '' ' 0'; else ftc_put e \"$1\" \"$2: No such directory\" ' 2'; fi; }; "
        "ftc_x() { ftc_i=$1; shift; ftc_e=$( { ftc_o=$(\"$@\" </dev/null 2>&3 3>&- 4>&-); ftc_r=$?; "
        "ftc_put o \"$ftc_i\" \"$ftc_o\" '' >&4; exit $ftc_r; } 3>&1 ); ftc_put e \"$ftc_i\" \"$ftc_e\" \" $?\"; }; "
        "ftc_end() { printf '@z %s\\n' \"$1\"; }\n");
}

QByteArray batchBody(const QList<BatchStep> &steps, const QByteArray &nonce, bool useSudo)
{
    QByteArray body;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const BatchStep &s = steps[i];
        const QByteArray n = QByteArray::number(i);
        switch (s.kind) {
        case BatchStep::Kind::ReadFile:
            body += "ftc_f " + n + ' ' + shellQuoteWord(s.argv.value(0)) + '\n';
            break;
        case BatchStep::Kind::ReadFiles:
            body += "ftc_k " + n + ' ' + shellQuote(s.argv) + '\n';
            break;
        case BatchStep::Kind::ListDir:
            body += "ftc_l " + n + ' ' + shellQuoteWord(s.argv.value(0)) + '\n';
            break;
        case BatchStep::Kind::Run: {
            Argv argv = withPrivilege(s.argv, useSudo && s.privileged);
            if (s.timeoutSec > 0)
                argv = Argv{"timeout", "-k", "2", QByteArray::number(s.timeoutSec)} + argv;
            body += "ftc_x " + n + ' ' + shellQuote(argv) + '\n';
            break;
        }
        }
    }
    body += "ftc_end " + shellQuoteWord(nonce) + '\n';
    return body;
}

Command buildBatch(const QList<BatchStep> &steps, const QByteArray &nonce, bool useSudo, int timeoutMs)
{
    Command cmd;
    cmd.argv = {"sh", "-s"};
    cmd.input = batchPrologue() + batchBody(steps, nonce, useSudo);
    cmd.timeoutMs = timeoutMs;
    return cmd;
}

QByteArray batchRecord(char kind, int index, const QByteArray &data, int rc)
{
    if (kind == 'z')
        return "@z " + data + '\n';
    QByteArray head = '@' + QByteArray(1, kind) + ' ' + QByteArray::number(index) + ' '
        + QByteArray::number(data.size());
    if (kind == 'e')
        head += ' ' + QByteArray::number(rc);
    return head + '\n' + data + '\n';
}

namespace {

// A command's output as the shell hands it over: trailing newlines gone. Give
// a non-empty one exactly one back, so real and in-process hosts read alike.
QByteArray oneTrailingNewline(QByteArray data)
{
    while (data.endsWith('\n'))
        data.chop(1);
    if (!data.isEmpty())
        data += '\n';
    return data;
}

bool parseNumber(const QByteArray &t, qint64 *out)
{
    if (t.isEmpty() || t.size() > 15)
        return false;
    bool negative = false;
    qsizetype i = 0;
    if (t.startsWith('-')) {
        negative = true;
        i = 1;
        if (t.size() == 1)
            return false;
    }
    qint64 v = 0;
    for (; i < t.size(); ++i) {
        if (t[i] < '0' || t[i] > '9')
            return false;
        v = v * 10 + (t[i] - '0');
    }
    *out = negative ? -v : v;
    return true;
}

} // namespace

QHash<QString, CommandResult> decodeBatch(const QList<BatchStep> &steps, const QByteArray &nonce,
                                          const QByteArray &stream, bool *complete, qsizetype *consumed,
                                          QString *protocolError)
{
    QHash<QString, CommandResult> out;
    *complete = false;
    qsizetype pos = 0;
    // Records come strictly in order: o0 e0 o1 e1 ... z.
    qsizetype nextStep = 0;
    bool haveOut = false;
    QByteArray pendingOut;
    const auto violation = [&](const QString &what) {
        if (protocolError)
            *protocolError = what;
    };
    while (pos < stream.size()) {
        const qsizetype nl = stream.indexOf('\n', pos);
        if (nl < 0)
            break;
        const QByteArray header = stream.mid(pos, nl - pos);
        const QList<QByteArray> f = header.split(' ');
        if (f.value(0) == "@z" && f.size() == 2) {
            if (f[1] != nonce || nextStep != steps.size() || haveOut) {
                violation(Session::tr("the batch ended out of order"));
                break;
            }
            *complete = true;
            pos = nl + 1;
            break;
        }
        const bool isOut = f.value(0) == "@o" && f.size() == 3;
        const bool isErr = f.value(0) == "@e" && f.size() == 4;
        qint64 index = -1, length = -1, rc = 0;
        if (!(isOut || isErr) || !parseNumber(f[1], &index) || !parseNumber(f[2], &length) || length < 0
            || (isErr && !parseNumber(f[3], &rc))) {
            violation(Session::tr("the host's shell printed a line that is not a record: \"%1\"")
                          .arg(QString::fromUtf8(header.left(80))));
            break;
        }
        if (index != nextStep || isOut == haveOut) {
            violation(Session::tr("record %1 of step %2 came out of order").arg(QLatin1String(f[0])).arg(index));
            break;
        }
        if (nl + 1 + length + 1 > stream.size())
            break; // the rest has not arrived yet
        if (stream.at(nl + 1 + length) != '\n') {
            violation(Session::tr("record of step %1 is longer than it said").arg(index));
            break;
        }
        const QByteArray data = stream.mid(nl + 1, length);
        pos = nl + 1 + length + 1;
        if (isOut) {
            pendingOut = data;
            haveOut = true;
            continue;
        }
        const BatchStep &step = steps[nextStep];
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        r.exitCode = int(rc);
        const bool run = step.kind == BatchStep::Kind::Run;
        r.out = run ? oneTrailingNewline(pendingOut) : pendingOut;
        r.err = run ? oneTrailingNewline(data) : data;
        out.insert(step.id, r);
        haveOut = false;
        pendingOut.clear();
        ++nextStep;
    }
    if (consumed)
        *consumed = pos;
    return out;
}

namespace {

QHash<QString, CommandResult> finishResults(const QList<BatchStep> &steps, QHash<QString, CommandResult> decoded,
                                            CommandResult::Status status, const QString &error)
{
    for (const BatchStep &s : steps) {
        if (decoded.contains(s.id))
            continue;
        CommandResult r;
        r.status = status == CommandResult::Status::Finished ? CommandResult::Status::TransportError : status;
        r.error = error.isEmpty() ? Session::tr("the batched refresh ended before this command finished") : error;
        decoded.insert(s.id, r);
    }
    return decoded;
}

QByteArray freshNonce()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

QHash<QString, CommandResult> splitBatch(const QList<BatchStep> &steps, const QByteArray &nonce,
                                         const CommandResult &whole)
{
    bool complete = false;
    QString violation;
    QHash<QString, CommandResult> decoded = decodeBatch(steps, nonce, whole.out, &complete, nullptr, &violation);
    QString error = whole.error;
    if (!violation.isEmpty())
        error = violation;
    else if (error.isEmpty() && whole.status == CommandResult::Status::Finished && whole.exitCode == 127)
        error = Session::tr("the host has no sh: %1").arg(QString::fromUtf8(whole.err.trimmed()));
    else if (error.isEmpty() && !whole.err.trimmed().isEmpty() && !complete)
        error = Session::tr("the host's shell stopped: %1")
                    .arg(QString::fromUtf8(whole.err.trimmed().split('\n').value(0)));
    return finishResults(steps, decoded, whole.status, error);
}

QHash<QString, CommandResult> runBatchInShell(Stream &shell, bool useSudo, const QList<BatchStep> &steps,
                                              int timeoutMs, const CancelFlag &cancel, bool *shellLost)
{
    *shellLost = false;
    const QByteArray nonce = freshNonce();
    if (!shell.write(batchBody(steps, nonce, useSudo))) {
        // Nothing was sent: the caller may run the batch another way.
        *shellLost = true;
        return {};
    }
    QByteArray received, errTail;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        bool complete = false;
        QString violation;
        const QHash<QString, CommandResult> decoded =
            decodeBatch(steps, nonce, received, &complete, nullptr, &violation);
        if (complete)
            return decoded;
        const qint64 left = timeoutMs - timer.elapsed();
        QString error;
        CommandResult::Status status = CommandResult::Status::TransportError;
        if (!violation.isEmpty()) {
            error = violation;
        } else if (cancel.isCancelled() || left <= 0) {
            status = cancel.isCancelled() ? CommandResult::Status::Cancelled : CommandResult::Status::TimedOut;
            error = Session::tr("the batch did not finish within %1 s").arg(timeoutMs / 1000);
        } else {
            const StreamChunk chunk = shell.read(int(qMin<qint64>(left, 200)));
            received += chunk.out;
            errTail = (errTail + chunk.err).right(2048);
            if (!chunk.finished)
                continue;
            bool nowComplete = false;
            const QHash<QString, CommandResult> last =
                decodeBatch(steps, nonce, received, &nowComplete, nullptr, &violation);
            if (nowComplete)
                return last;
            error = !chunk.error.isEmpty() ? chunk.error
                : !errTail.trimmed().isEmpty()
                    ? Session::tr("the shell on the host ended: %1")
                          .arg(QString::fromUtf8(errTail.trimmed().split('\n').constLast()))
                    : Session::tr("the shell on the host ended");
        }
        shell.terminate();
        *shellLost = true;
        return finishResults(steps, decoded, status, error);
    }
}

QHash<QString, CommandResult> runBatch(Runner &runner, const QList<BatchStep> &steps,
                                       int timeoutMs, const CancelFlag &cancel)
{
    const QByteArray nonce = freshNonce();
    const Command cmd = buildBatch(steps, nonce, runner.needsSudo(), timeoutMs);
    return splitBatch(steps, nonce, runner.run(cmd, cancel));
}

} // namespace ftc
