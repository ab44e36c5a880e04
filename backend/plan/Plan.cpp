#include "Plan.h"
#include "transport/ShellQuote.h"

namespace ftc {

QStringList Plan::commandLines() const
{
    QStringList lines;
    for (const PlanStep &s : steps) {
        QString line = QString::fromUtf8(shellQuote(s.command.argv));
        if (!s.command.input.isEmpty())
            line = QStringLiteral("echo %1 | %2").arg(QString::fromUtf8(shellQuoteWord(s.command.input.trimmed())), line);
        lines << line;
    }
    return lines;
}

QString checkPlanGuard(const Plan &plan, const HostSnapshot &fresh)
{
    if (plan.guardDisk.isEmpty())
        return {};
    const Disk *d = fresh.disk(plan.guardDisk);
    if (!d)
        return QStringLiteral("%1 is no longer on %2.").arg(plan.guardDisk, fresh.label);
    if (d->serial != plan.guardSerial)
        return QStringLiteral("/dev/%1 is now a different disk (serial %2, the plan was made for %3): "
                              "open the wizard again.")
            .arg(d->name, d->serial.isEmpty() ? QStringLiteral("none") : d->serial,
                 plan.guardSerial.isEmpty() ? QStringLiteral("none") : plan.guardSerial);
    if (plan.guardBlank && d->role != DiskRole::Unconfigured)
        return QStringLiteral("%1 is no longer blank (%2): open the wizard again.")
            .arg(d->name, d->role == DiskRole::MirrorMember ? QStringLiteral("member of %1").arg(d->mirror)
                                                           : d->inUseReason);
    return {};
}

ApplyResult applyPlan(Runner &runner, const Plan &plan, const QString &confirmation, const CancelFlag &cancel,
                      const std::function<void(const StepResult &)> &progress)
{
    ApplyResult out;
    if (!plan.errors.isEmpty()) {
        out.message = QStringLiteral("The plan is blocked: %1").arg(plan.errors.join(QStringLiteral(" ")));
        return out;
    }
    if (!plan.confirmation.isEmpty() && confirmation.trimmed() != plan.confirmation) {
        out.message = QStringLiteral("Confirmation does not match %1: nothing was changed.").arg(plan.confirmationWhat);
        return out;
    }
    for (int i = 0; i < plan.steps.size(); ++i) {
        if (cancel.isCancelled()) {
            out.message = i == 0 ? QStringLiteral("Cancelled before it started: nothing was changed.")
                                 : QStringLiteral("Cancelled after step %1 of %2: steps 1-%1 were applied; the rest was not run.")
                                       .arg(i).arg(plan.steps.size());
            return out;
        }
        Command cmd = plan.steps[i].command;
        cmd.argv = withPrivilege(cmd.argv, cmd.privileged && runner.needsSudo());
        cmd.privileged = false;
        StepResult sr{i, runner.run(cmd)};
        out.results << sr;
        if (progress)
            progress(sr);
        if (!sr.result.ok()) {
            QString state = i == 0 ? QStringLiteral("Nothing was changed.")
                                   : QStringLiteral("Steps 1-%1 were applied; the rest was not run.").arg(i);
            // A step that timed out or lost its connection may still be running
            // on the host, or may have finished there: nobody knows yet.
            if (sr.result.status != CommandResult::Status::Finished)
                state = QStringLiteral("Step %1 may still have been applied on the host; refresh and check "
                                       "before trying again. %2")
                            .arg(i + 1)
                            .arg(i == 0 ? QString() : QStringLiteral("Steps 1-%1 were applied.").arg(i));
            out.message = QStringLiteral("Step %1 (%2) failed: %3. %4")
                              .arg(i + 1)
                              .arg(plan.steps[i].title, sr.result.summary(), state);
            return out;
        }
        ++out.stepsDone;
    }
    out.ok = true;
    return out;
}

} // namespace ftc
