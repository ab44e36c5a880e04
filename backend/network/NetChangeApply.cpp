#include "NetChangeApply.h"

#include "parse/Bonding.h"
#include "plan/PlansTr.h"

#include <QElapsedTimer>
#include <QThread>

namespace ftc {

QString netVerifyProblem(const NetVerify &v, const QByteArray &output)
{
    // "status\n@@\nbonding\n@@\nbridge operstate\n@@\nlink operstate": split on the "@@" lines.
    QList<QByteArray> sections;
    QByteArray cur;
    for (const QByteArray &line : output.split('\n')) {
        if (line == "@@") {
            sections << cur;
            cur.clear();
        } else {
            cur += line + '\n';
        }
    }
    sections << cur;
    if (!v.bond.isEmpty()) {
        const QByteArray bonding = sections.value(1);
        if (bonding.trimmed().isEmpty())
            return Plans::tr("%1 does not exist yet").arg(v.bond);
        const Bonding b = parseBonding(bonding);
        if (b.miiStatus != QLatin1String("up"))
            return Plans::tr("%1's link is %2").arg(v.bond, b.miiStatus.isEmpty() ? Plans::tr("unknown") : b.miiStatus);
        if (v.needsActive && b.activeSlave.isEmpty())
            return Plans::tr("%1 has no active adapter yet").arg(v.bond);
        int up = 0;
        for (const BondingSlave &s : b.slaves)
            up += s.miiStatus == QLatin1String("up");
        if (up == 0)
            return Plans::tr("no adapter of %1 has link").arg(v.bond);
        for (const QString &m : v.members)
            if (!b.slave(m))
                return Plans::tr("%1 is not a port of %2 yet").arg(m, v.bond);
        for (const QString &m : v.notMembers)
            if (b.slave(m))
                return Plans::tr("%1 is still a port of %2").arg(m, v.bond);
        if (v.checkPrimary && b.primary != v.primary)
            return Plans::tr("%1's primary is %2").arg(v.bond, b.primary.isEmpty() ? Plans::tr("none") : b.primary);
    }
    const auto operUp = [&](int section, const QString &name, const QString &what) -> QString {
        const QByteArray state = sections.value(section).trimmed();
        if (state == "up")
            return {};
        return Plans::tr("%1 %2 is %3").arg(what, name, state.isEmpty() ? Plans::tr("missing")
                                                                               : QString::fromUtf8(state));
    };
    if (!v.bridge.isEmpty())
        if (const QString p = operUp(2, v.bridge, Plans::tr("bridge")); !p.isEmpty())
            return p;
    if (!v.link.isEmpty())
        if (const QString p = operUp(3, v.link, Plans::tr("adapter")); !p.isEmpty())
            return p;
    return {};
}

namespace {
QByteArray statusPart(const QByteArray &output)
{
    const qsizetype at = output.indexOf("\n@@\n");
    return at < 0 ? output : output.left(at + 1);
}

QString lastWord(const QList<NetChangeEvent> &events) { return events.isEmpty() ? QString() : events.last().word; }

QString eventText(const QList<NetChangeEvent> &events, const QString &word)
{
    for (qsizetype i = events.size() - 1; i >= 0; --i)
        if (events[i].word == word)
            return events[i].text;
    return {};
}

// Sleeps in short slices so a cancel is seen at once.
void pause(int ms, const CancelFlag &cancel)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !cancel.isCancelled())
        QThread::msleep(50);
}
} // namespace

NetChangeOutcome applyNetChange(Runner &runner, const NetChange &change, const NetApplyOptions &opt,
                                const CancelFlag &cancel, const std::function<void(const StepResult &)> &stepDone,
                                const std::function<void(const QString &)> &progress)
{
    NetChangeOutcome out;
    const auto say = [&](const QString &s) {
        if (progress)
            progress(s);
    };
    if (!change.ok()) {
        out.kind = NetChangeOutcome::Kind::NothingChanged;
        out.message = change.errors.isEmpty() ? Plans::tr("The change has no steps: nothing was changed.")
                                              : change.errors.join(QLatin1Char('\n'));
        return out;
    }
    const int armIndex = int(change.plan.steps.size()) - 2;
    QElapsedTimer sinceArmed;
    out.apply = applyPlan(runner, change.plan, QString(), cancel, [&](const StepResult &sr) {
        if (sr.index == armIndex && sr.result.ok()) {
            sinceArmed.start();
            out.rollbackAt = QDateTime::currentDateTimeUtc().addSecs(change.rollbackSec);
        }
        if (stepDone)
            stepDone(sr);
    });
    if (!sinceArmed.isValid()) {
        // Stopped while staging: the scripts never ran and no timer waits.
        out.kind = NetChangeOutcome::Kind::NothingChanged;
        out.message = Plans::tr("%1\nNothing was changed on the host's network.").arg(out.apply.message);
        return out;
    }
    if (out.apply.stepsDone <= armIndex) {
        // Armed, but apply.sh never started (cancelled, or the session failed
        // just then): the timer would only write "nothing had been changed".
        const CommandResult r = runner.run(change.rollbackNowCommand(), CancelFlag());
        out.kind = r.ok() ? NetChangeOutcome::Kind::NothingChanged : NetChangeOutcome::Kind::Unknown;
        out.message = Plans::tr("%1\nThe change did not start; nothing was changed on the host's network.")
                          .arg(out.apply.message);
        return out;
    }

    // apply.sh ran (or is running while the session is gone): ask the host.
    const qint64 deadlineMs = qint64(change.rollbackSec) * 1000 - 5000;
    const qint64 giveUpMs = qint64(change.rollbackSec + opt.afterRollbackSec) * 1000;
    bool lost = !out.apply.ok && !out.apply.results.isEmpty()
        && out.apply.results.last().result.status != CommandResult::Status::Finished;
    QString lastProblem;
    bool rollbackAsked = false;
    while (true) {
        if (lost)
            say(Plans::tr("Reconnecting to %1…").arg(runner.hostLabel()));
        const CommandResult r = runner.run(change.verifyCommand(), CancelFlag());
        if (r.status != CommandResult::Status::Finished) {
            // A session whose TCP connection stalled while the links changed
            // may never answer again: start a fresh one.
            runner.dropConnection();
            lost = true;
            lastProblem = r.error.isEmpty() ? r.summary() : r.error;
            if (sinceArmed.elapsed() > giveUpMs || cancel.isCancelled()) {
                out.kind = NetChangeOutcome::Kind::Unknown;
                out.message = Plans::tr("The console lost %1 during the change and could not get back in (%2). "
                                        "Unless the change was confirmed, the host restores its previous network "
                                        "configuration by itself at %3 UTC; reconnect to see what it did "
                                        "(%4/status).")
                                  .arg(runner.hostLabel(), lastProblem,
                                       out.rollbackAt.toString(QStringLiteral("HH:mm:ss")),
                                       QString::fromUtf8(change.dir()));
                return out;
            }
            pause(opt.pollIntervalMs, cancel);
            continue;
        }
        if (lost) {
            out.reconnected = true;
            lost = false;
        }
        out.events = parseNetChangeStatus(statusPart(r.out));
        const QString word = lastWord(out.events);
        if (word == QLatin1String("rolled-back")) {
            out.kind = NetChangeOutcome::Kind::RolledBack;
            out.message = Plans::tr("The host rolled the change back%1: %2.")
                              .arg(lastProblem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(lastProblem),
                                   eventText(out.events, QStringLiteral("rolled-back")));
            const QString failed = eventText(out.events, QStringLiteral("failed"));
            if (!failed.isEmpty())
                out.message.prepend(Plans::tr("The change failed at: %1.\n").arg(failed));
            return out;
        }
        if (word == QLatin1String("refused")) {
            runner.run(change.rollbackNowCommand(), CancelFlag());
            out.kind = NetChangeOutcome::Kind::NothingChanged;
            out.message = Plans::tr("The host refused the change, changing nothing: %1.")
                              .arg(eventText(out.events, QStringLiteral("refused")));
            return out;
        }
        if (word == QLatin1String("confirmed")) {
            out.kind = NetChangeOutcome::Kind::Confirmed;
            out.message = Plans::tr("%1 is up and the change is confirmed.")
                              .arg(change.verify.bond.isEmpty() ? change.verify.link : change.verify.bond);
            return out;
        }
        if (word == QLatin1String("failed") && !rollbackAsked) {
            lastProblem = eventText(out.events, QStringLiteral("failed"));
            say(Plans::tr("The change failed (%1): rolling back now.").arg(lastProblem));
            rollbackAsked = true;
            runner.run(change.rollbackNowCommand(), CancelFlag());
            continue;
        }
        if (word == QLatin1String("applied")) {
            lastProblem = netVerifyProblem(change.verify, r.out);
            if (lastProblem.isEmpty()) {
                say(Plans::tr("%1 is up: confirming.")
                        .arg(change.verify.bond.isEmpty() ? change.verify.link : change.verify.bond));
                const CommandResult k = runner.run(change.confirmCommand(), CancelFlag());
                if (k.ok()) {
                    out.events.append({QStringLiteral("confirmed"), QDateTime::currentSecsSinceEpoch(), QString()});
                    out.kind = NetChangeOutcome::Kind::Confirmed;
                    out.message = Plans::tr("%1 is up%2 and the change is confirmed; the host's rollback is "
                                            "disarmed.")
                                      .arg(change.verify.bond.isEmpty() ? change.verify.link : change.verify.bond,
                                           out.reconnected ? Plans::tr(", the console reconnected") : QString());
                    return out;
                }
                // exit 3: the timer won the race; the next round reads what it did.
                lastProblem = QString::fromUtf8(k.out + k.err).trimmed();
                if (k.status != CommandResult::Status::Finished) {
                    runner.dropConnection();
                    lost = true;
                }
                continue;
            }
            say(Plans::tr("Waiting: %1.").arg(lastProblem));
            if (sinceArmed.elapsed() > deadlineMs && !rollbackAsked) {
                // Not up in time: roll back now rather than leave a team that
                // does not work until the timer fires.
                say(Plans::tr("%1 did not come up (%2): rolling back.")
                        .arg(change.verify.bond.isEmpty() ? change.verify.link : change.verify.bond, lastProblem));
                rollbackAsked = true;
                runner.run(change.rollbackNowCommand(), CancelFlag());
                continue;
            }
        }
        if (sinceArmed.elapsed() > giveUpMs) {
            out.kind = NetChangeOutcome::Kind::Unknown;
            out.message = Plans::tr("The change is still \"%1\" on the host after %2 s: see %3/log.")
                              .arg(word)
                              .arg(sinceArmed.elapsed() / 1000)
                              .arg(QString::fromUtf8(change.dir()));
            return out;
        }
        pause(opt.pollIntervalMs, cancel);
    }
}

} // namespace ftc
