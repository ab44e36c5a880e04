#include "StreamRun.h"

#include "session/SessionTr.h"

#include <QElapsedTimer>

namespace ftc {

namespace {
// Short enough that cancel feels immediate, long enough not to spin.
constexpr int kSliceMs = 20;
} // namespace

CommandResult collectStream(Stream &stream, const Command &cmd, const CancelFlag &cancel, int drainMs,
                            const std::function<void(const QByteArray &)> &onOutput)
{
    CommandResult r;
    if (!cmd.input.isEmpty())
        stream.write(cmd.input);
    stream.closeInput();
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const bool cancelled = cancel.isCancelled();
        const bool timedOut = cmd.timeoutMs > 0 && timer.elapsed() >= cmd.timeoutMs;
        if (cancelled || timedOut) {
            stream.terminate();
            QElapsedTimer drain;
            drain.start();
            while (drain.elapsed() < drainMs) {
                const StreamChunk c = stream.read(kSliceMs);
                r.out += c.out;
                r.err += c.err;
                if (c.finished)
                    break;
            }
            r.status = cancelled ? CommandResult::Status::Cancelled : CommandResult::Status::TimedOut;
            r.error = cancelled ? QStringLiteral("cancelled") : Session::tr("timed out after %1 ms").arg(cmd.timeoutMs);
            return r;
        }
        int wait = kSliceMs;
        if (cmd.timeoutMs > 0)
            wait = int(qBound<qint64>(0, qint64(cmd.timeoutMs) - timer.elapsed(), qint64(kSliceMs)));
        const StreamChunk c = stream.read(wait);
        r.out += c.out;
        r.err += c.err;
        if (onOutput && !c.out.isEmpty())
            onOutput(r.out);
        if (!c.finished)
            continue;
        r.exitCode = c.exitCode;
        r.error = c.error;
        r.status = c.exitCode < 0 && !c.error.isEmpty() ? CommandResult::Status::TransportError
                                                        : CommandResult::Status::Finished;
        return r;
    }
}

} // namespace ftc
