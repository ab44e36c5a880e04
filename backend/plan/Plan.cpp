#include "Plan.h"
#include "PlansTr.h"
#include "Privileges.h"
#include "transport/Batch.h"
#include "transport/ShellQuote.h"
#include "transport/StreamRun.h"

#include <QElapsedTimer>
#include <QtMath>
#include <QUuid>

namespace ftc {

PlanStep privilegedStep(const QString &title, const QString &subject, const Argv &argv, const QByteArray &input)
{
    PlanStep s;
    s.title = title;
    s.subject = subject;
    s.command.argv = argv;
    s.command.input = input;
    s.command.privileged = true;
    s.command.timeoutMs = 30000;
    return s;
}

namespace {

// A command as one shell line: its argv quoted, its input as an echo piped in.
// What the preview shows and what the operation report records.
QString commandLine(const Argv &argv, const QByteArray &input)
{
    QString line = QString::fromUtf8(shellQuote(argv));
    if (!input.isEmpty())
        line = QStringLiteral("echo %1 | %2").arg(QString::fromUtf8(shellQuoteWord(input.trimmed())), line);
    return line;
}

} // namespace

QStringList Plan::commandLines(bool viaSudo) const
{
    QStringList lines;
    for (const PlanStep &s : steps)
        lines << commandLine(withPrivilege(s.command.argv, viaSudo && s.command.privileged), s.command.input);
    return lines;
}

QList<Argv> Plan::privilegedArgvs() const
{
    QList<Argv> out;
    for (const PlanStep &s : steps)
        if (s.command.privileged && !out.contains(s.command.argv))
            out << s.command.argv;
    return out;
}

QString sudoersLine(const QString &user, const QString &programPath, const Argv &argv)
{
    // sudoers(5): in a Cmnd, ',' ':' '=' and '\' in arguments must be escaped.
    QStringList words{programPath.isEmpty() ? QString::fromUtf8(argv.value(0)) : programPath};
    for (const QByteArray &a : argv.mid(1)) {
        QString w = QString::fromUtf8(a);
        for (const QChar c : {QLatin1Char('\\'), QLatin1Char(','), QLatin1Char(':'), QLatin1Char('=')})
            w.replace(c, QStringLiteral("\\") + c);
        words << w;
    }
    return QStringLiteral("%1 ALL=(root) NOPASSWD: %2").arg(user, words.join(QLatin1Char(' ')));
}

QString checkDiskGuard(const Plan &plan, const DiskProbe &now)
{
    if (plan.guardDisk.isEmpty())
        return {};
    QStringList why;
    if (!plan.guardSerial.isEmpty() && now.complete() && now.serial != plan.guardSerial)
        why << Plans::tr("/dev/%1 is now a different disk (serial %2, the plan was made for %3): open the wizard again.")
                   .arg(plan.guardDisk, now.serial.isEmpty() ? Plans::tr("none") : now.serial, plan.guardSerial);
    if (plan.guardBlank)
        why << now.reasons();
    else if (!now.complete())
        why << now.reasons().mid(0, now.failures.size());
    return why.join(QLatin1Char(' '));
}

namespace {

// "Step 1 was applied" / "Steps 1-3 were applied": which steps changed the host.
QString appliedSteps(int done)
{
    return done == 1 ? Plans::tr("Step 1 was applied") : Plans::tr("Steps 1-%1 were applied").arg(done);
}

// The same within a sentence ("...: steps 1-3 were applied; ..."): words of
// its own, as lowercasing a translation would lowercase its nouns too.
QString appliedStepsInSentence(int done)
{
    return done == 1 ? Plans::tr("step 1 was applied") : Plans::tr("steps 1-%1 were applied").arg(done);
}

// Why sudo refused a step, in the console's words, with the sudoers line.
QString sudoRefusal(Runner &runner, const Argv &argv)
{
    // sudoers names programs by absolute path: ask the host where it is.
    const QList<PrivilegeCheck> where = checkPrivileges(runner, {argv});
    return Plans::tr("sudo on %1 refused it: the account %2 may not run `%3` as root without a password (or "
                     "sudoers requires a terminal). An administrator can allow exactly this command with "
                     "`visudo -f /etc/sudoers.d/ftconsole` and the line: %4")
        .arg(runner.hostLabel(), runner.userName(), QString::fromUtf8(shellQuote(argv)),
             sudoersLine(runner.userName(), where.value(0).programPath, argv));
}

// The run's report closes with the outcome and the steps it never reached.
ApplyResult finish(ApplyResult out, const Plan &plan, const QElapsedTimer &timer)
{
    for (qsizetype i = out.report.steps.size(); i < plan.steps.size(); ++i) {
        StepRecord never;
        never.title = plan.steps[i].title;
        never.command = commandLine(plan.steps[i].command.argv, plan.steps[i].command.input);
        out.report.steps << never;
    }
    out.report.ok = out.ok;
    // The message quotes the host (a failed step's stderr): kept as text.
    out.report.message = printableOutput(out.message.toUtf8());
    out.report.durationMs = timer.elapsed();
    return out;
}

// Runs the undo commands of steps [0, ran) newest first, and of step ran too
// when it failed and undoes itself (undoIfFailed). Returns the sentence for
// the plan's message ("Undone: ...", or which undo failed and what is left),
// empty when no step had an undo; *records gets what ran, for the report.
QString undoSteps(Runner &runner, const Plan &plan, int ran, bool includeFailed, ApplyResult *out,
                  QList<StepRecord> *records)
{
    QStringList undone, left;
    for (int k = qMin(int(plan.steps.size()) - 1, includeFailed ? ran : ran - 1); k >= 0; --k) {
        const PlanStep &st = plan.steps[k];
        if (st.undo.argv.isEmpty() || (k == ran && !(includeFailed && st.undoIfFailed)))
            continue;
        Command cmd = st.undo;
        cmd.argv = Argv{"env", "LC_ALL=C"} + withPrivilege(cmd.argv, cmd.privileged && runner.needsSudo());
        cmd.privileged = false;
        StepRecord record;
        record.title = Plans::tr("Undo: %1").arg(st.title);
        record.command = commandLine(cmd.argv, cmd.input);
        record.ran = true;
        record.started = QDateTime::currentDateTimeUtc();
        QElapsedTimer t;
        t.start();
        const CommandResult r = runner.run(cmd);
        record.durationMs = t.elapsed();
        record.status = r.status;
        record.exitCode = r.exitCode;
        record.output = printableOutput(r.out + r.err);
        record.error = printableOutput(r.error.toUtf8());
        *records << record;
        if (r.ok()) {
            undone << st.title;
            ++out->stepsUndone;
        } else {
            left << Plans::tr("%1 (its undo `%2` failed: %3)")
                        .arg(st.title, QString::fromUtf8(shellQuote(st.undo.argv)), r.summary());
        }
    }
    if (undone.isEmpty() && left.isEmpty())
        return {};
    if (left.isEmpty())
        return Plans::tr(" Everything it had done was undone, newest first: %1. The host is as it was before the plan.")
            .arg(undone.join(QStringLiteral("; ")));
    return Plans::tr(" Undone: %1. Still on the host: %2.")
        .arg(undone.isEmpty() ? Plans::tr("nothing") : undone.join(QStringLiteral("; ")), left.join(QStringLiteral("; ")));
}

} // namespace

QString qemuImgProgress(const QByteArray &out)
{
    const qsizetype end = out.lastIndexOf("/100%)");
    if (end < 0)
        return {};
    const qsizetype open = out.lastIndexOf('(', end);
    bool ok = false;
    const double pct = open < 0 ? -1 : out.mid(open + 1, end - open - 1).toDouble(&ok);
    return ok ? Plans::tr("%1 %").arg(qFloor(pct)) : QString();
}

ApplyResult applyPlan(Runner &runner, const Plan &plan, const QString &confirmation, const CancelFlag &cancel,
                      const std::function<void(const StepResult &)> &progress,
                      const std::function<void(int, const QString &)> &running)
{
    ApplyResult out;
    QElapsedTimer timer;
    timer.start();
    out.report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.report.host = runner.hostLabel();
    out.report.user = runner.userName();
    out.report.title = plan.title;
    out.report.started = QDateTime::currentDateTimeUtc();
    if (!plan.errors.isEmpty()) {
        out.message = Plans::tr("The plan is blocked: %1").arg(plan.errors.join(QStringLiteral(" ")));
        return finish(out, plan, timer);
    }
    if (!plan.confirmation.isEmpty() && confirmation.trimmed() != plan.confirmation) {
        out.message = Plans::tr("Confirmation does not match %1: nothing was changed.").arg(plan.confirmationWhat);
        return finish(out, plan, timer);
    }
    if (!plan.guardDisk.isEmpty()) {
        // Asked of the disk itself, in this same apply, right before anything
        // writes it: only then may a step like `mdadm --create --run` skip
        // mdadm's own question.
        const QString why = checkDiskGuard(plan, probeDisk(runner, plan.guardDisk, cancel, plan.libvirtUri));
        if (!why.isEmpty()) {
            out.message = Plans::tr("%1 Nothing was changed.").arg(why);
            return finish(out, plan, timer);
        }
    }
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (cancel.isCancelled()) {
            out.report.cancelled = true;
            out.message = i == 0 ? Plans::tr("Cancelled before it started: nothing was changed.")
                                 : Plans::tr("Cancelled after step %1 of %2: %3; the rest was not run.")
                                       .arg(i)
                                       .arg(plan.steps.size())
                                       .arg(appliedStepsInSentence(i));
            QList<StepRecord> undoRecords;
            out.message += undoSteps(runner, plan, i, false, &out, &undoRecords);
            ApplyResult done = finish(out, plan, timer);
            done.report.steps << undoRecords;
            return done;
        }
        Command cmd = plan.steps[i].command;
        const bool viaSudo = cmd.privileged && runner.needsSudo();
        // env, not a shell assignment: the step stays an argv whatever the
        // account's login shell is, and sudo's own refusals stay in English.
        cmd.argv = Argv{"env", "LC_ALL=C"} + withPrivilege(cmd.argv, viaSudo);
        cmd.privileged = false;
        StepRecord record;
        record.title = plan.steps[i].title;
        record.command = commandLine(cmd.argv, cmd.input);
        record.ran = true;
        record.started = QDateTime::currentDateTimeUtc();
        QElapsedTimer stepTimer;
        stepTimer.start();
        StepResult sr{i, CommandResult()};
        if (plan.steps[i].reportsProgress && running) {
            // Run as a stream so its progress is seen while it runs; like
            // run(), a running step is not cut off by cancel.
            Command open = cmd;
            open.input.clear();    // collectStream writes it
            const std::unique_ptr<Stream> stream = runner.openStream(open);
            QString last;
            sr.result = collectStream(*stream, cmd, CancelFlag(), 500, [&](const QByteArray &out) {
                const QString now = qemuImgProgress(out);
                if (!now.isEmpty() && now != last)
                    running(i, last = now);
            });
        } else {
            sr.result = runner.run(cmd);
        }
        record.durationMs = stepTimer.elapsed();
        record.status = sr.result.status;
        record.exitCode = sr.result.exitCode;
        record.output = printableOutput(sr.result.out + sr.result.err);
        record.error = printableOutput(sr.result.error.toUtf8());
        out.report.steps << record;
        out.results << sr;
        if (progress)
            progress(sr);
        if (!sr.result.ok()) {
            QString state = i == 0 ? Plans::tr("Nothing was changed.")
                                   : appliedSteps(i) + Plans::tr("; the rest was not run.");
            // A step that timed out or lost its connection may still be running
            // on the host, or may have finished there: nobody knows yet.
            if (sr.result.status != CommandResult::Status::Finished)
                state = Plans::tr("Step %1 may still have been applied on the host; refresh and check "
                                  "before trying again. %2")
                            .arg(i + 1)
                            .arg(i == 0 ? QString() : appliedSteps(i) + QLatin1Char('.'));
            // Plans over many objects (every VM's shares) say which were
            // changed and which were not, not only step numbers.
            QStringList changed, untouched;
            for (int k = 0; k < plan.steps.size(); ++k) {
                const QString &subject = plan.steps[k].subject;
                if (subject.isEmpty())
                    continue;
                QStringList &list = k < i ? changed : untouched;
                if (!list.contains(subject) && !(k >= i && changed.contains(subject)))
                    list << subject;
            }
            for (const QString &c : std::as_const(changed))
                untouched.removeAll(c);
            if (!changed.isEmpty() || !untouched.isEmpty())
                state += Plans::tr(" Changed: %1. Not changed: %2.")
                             .arg(changed.isEmpty() ? Plans::tr("none") : changed.join(QStringLiteral(", ")),
                                  untouched.isEmpty() ? Plans::tr("none") : untouched.join(QStringLiteral(", ")));
            const QString why = viaSudo && sudoWantsPassword(sr.result.err)
                ? sudoRefusal(runner, plan.steps[i].command.argv) : sr.result.summary();
            out.message = Plans::tr("Step %1 (%2) failed: %3. %4").arg(i + 1).arg(plan.steps[i].title, why, state);
            // A step that may still run on the host is not undone under it.
            const bool finished = sr.result.status == CommandResult::Status::Finished;
            QList<StepRecord> undoRecords;
            if (finished)
                out.message += undoSteps(runner, plan, i, true, &out, &undoRecords);
            ApplyResult done = finish(out, plan, timer);
            done.report.steps << undoRecords;
            return done;
        }
        ++out.stepsDone;
    }
    out.ok = true;
    return finish(out, plan, timer);
}

} // namespace ftc
