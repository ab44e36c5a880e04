#include "Batch.h"
#include "ShellQuote.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace ftc {

namespace {
QByteArray tag(const QByteArray &nonce, qsizetype index, char kind)
{
    return "@@ftc-" + nonce + '-' + kind + '-' + QByteArray::number(index);
}

// Finds the text between "TAG\n" and "\nTAG-END..." markers on one stream.
// Returns false when the end marker is missing.
bool cut(const QByteArray &stream, const QByteArray &begin, const QByteArray &end,
         QByteArray *body, QByteArray *endRest)
{
    const QByteArray beginLine = begin + '\n';
    const qsizetype b = stream.indexOf(beginLine);
    if (b < 0) {
        body->clear();
        return false;
    }
    const qsizetype from = b + beginLine.size();
    const QByteArray endLine = '\n' + end;
    const qsizetype e = stream.indexOf(endLine, from);
    if (e < 0) {
        *body = stream.mid(from);
        return false;
    }
    *body = stream.mid(from, e - from);
    const qsizetype restFrom = e + endLine.size();
    const qsizetype nl = stream.indexOf('\n', restFrom);
    *endRest = stream.mid(restFrom, nl < 0 ? -1 : nl - restFrom);
    return true;
}
} // namespace

Command buildBatch(const QList<BatchStep> &steps, const QByteArray &nonce, bool useSudo,
                   int timeoutMs)
{
    QByteArray script;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QByteArray b = tag(nonce, i, 'b');
        const QByteArray e = tag(nonce, i, 'e');
        script += "printf '%s\\n' " + b + "; printf '%s\\n' " + b + " >&2; ";
        // Parsers read the C locale's words: virsh and friends translate theirs.
        script += "LC_ALL=C ";
        if (steps[i].timeoutSec > 0)
            script += "timeout -k 2 " + QByteArray::number(steps[i].timeoutSec) + ' ';
        script += shellQuote(withPrivilege(steps[i].argv, useSudo && steps[i].privileged));
        // The batch may be fed to a shell's stdin (the poller's persistent shell):
        // a step must never read the lines that follow it.
        script += " </dev/null";
        // The end marker starts with a newline so output without one still ends
        // cleanly; the splitter removes exactly that newline.
        script += "; printf '\\n%s-%s\\n' " + e + " \"$?\"; printf '\\n%s\\n' " + e + " >&2\n";
    }
    Command cmd;
    cmd.argv = {"sh", "-c", script};
    cmd.timeoutMs = timeoutMs;
    return cmd;
}

QHash<QString, CommandResult> splitBatch(const QList<BatchStep> &steps, const QByteArray &nonce,
                                         const CommandResult &whole)
{
    QHash<QString, CommandResult> out;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        CommandResult r;
        QByteArray rest;
        const QByteArray e = tag(nonce, i, 'e');
        const bool outDone = cut(whole.out, tag(nonce, i, 'b'), e + '-', &r.out, &rest);
        QByteArray errRest;
        cut(whole.err, tag(nonce, i, 'b'), e, &r.err, &errRest);
        bool numOk = false;
        const int code = rest.trimmed().toInt(&numOk);
        if (outDone && numOk) {
            r.status = CommandResult::Status::Finished;
            r.exitCode = code;
        } else {
            r.status = whole.status == CommandResult::Status::Finished
                ? CommandResult::Status::TransportError : whole.status;
            r.error = whole.error.isEmpty()
                ? QStringLiteral("the batched refresh ended before this command finished")
                : whole.error;
        }
        out.insert(steps[i].id, r);
    }
    return out;
}

namespace {
QByteArray freshNonce()
{
    return QByteArray::number(QRandomGenerator::global()->generate64(), 36);
}
} // namespace

QHash<QString, CommandResult> runBatchInShell(Stream &shell, bool useSudo, const QList<BatchStep> &steps,
                                              int timeoutMs, const CancelFlag &cancel, bool *shellLost)
{
    *shellLost = false;
    const QByteArray nonce = freshNonce();
    QByteArray script = buildBatch(steps, nonce, useSudo, timeoutMs).argv.value(2);
    // Both streams end with their own marker: the shell stays open, so the end
    // of the batch is only known from what it prints.
    const QByteArray done = "@@ftc-" + nonce + "-done";
    script += "printf '\\n%s\\n' " + done + "; printf '\\n%s\\n' " + done + " >&2\n";
    CommandResult whole;
    whole.status = CommandResult::Status::Finished;
    whole.exitCode = 0;
    if (!shell.write(script)) {
        // Nothing was sent: the caller may run the batch another way.
        *shellLost = true;
        return {};
    }
    const QByteArray doneLine = '\n' + done + '\n';
    QElapsedTimer timer;
    timer.start();
    while (!(whole.out.contains(doneLine) && whole.err.contains(doneLine))) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (cancel.isCancelled() || left <= 0) {
            whole.status = cancel.isCancelled() ? CommandResult::Status::Cancelled : CommandResult::Status::TimedOut;
            whole.error = QStringLiteral("the batch did not finish within %1 s").arg(timeoutMs / 1000);
            shell.terminate();
            *shellLost = true;
            break;
        }
        const StreamChunk chunk = shell.read(int(qMin<qint64>(left, 200)));
        whole.out += chunk.out;
        whole.err += chunk.err;
        if (chunk.finished && !(whole.out.contains(doneLine) && whole.err.contains(doneLine))) {
            whole.status = CommandResult::Status::TransportError;
            whole.error = chunk.error.isEmpty() ? QStringLiteral("the shell on the host ended") : chunk.error;
            *shellLost = true;
            break;
        }
    }
    return splitBatch(steps, nonce, whole);
}

QHash<QString, CommandResult> runBatch(Runner &runner, const QList<BatchStep> &steps,
                                       int timeoutMs, const CancelFlag &cancel)
{
    const QByteArray nonce = freshNonce();
    const Command cmd = buildBatch(steps, nonce, runner.needsSudo(), timeoutMs);
    return splitBatch(steps, nonce, runner.run(cmd, cancel));
}

} // namespace ftc
