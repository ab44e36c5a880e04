#include "HostFixes.h"

#include "ChecksTr.h"
#include "model/HostSnapshot.h"

#include <QRegularExpression>

namespace ftc {

namespace {

bool refuse(Plan *plan, const HostSnapshot &s, const CheckFacts &f)
{
    if (s.isCapture)
        plan->errors << Checks::tr("%1 is a read-only capture: nothing can be changed there.").arg(s.label);
    else if (!f.read)
        plan->errors << Checks::tr("The host's settings have not been read (%1): run Check Now first.")
                            .arg(f.error.isEmpty() ? Checks::tr("not asked yet") : f.error);
    return !plan->errors.isEmpty();
}

// Write `text` to path through path.ftconsole-new and one rename.
void writeSteps(Plan *plan, const QString &path, const QByteArray &text, bool existed)
{
    const QString temp = path + QStringLiteral(".ftconsole-new");
    plan->steps << privilegedStep(Checks::tr("Write the new text to %1").arg(temp), temp, {"tee", temp.toUtf8()}, text);
    if (existed)
        plan->steps << privilegedStep(Checks::tr("Give %1 the owner and group of %2").arg(temp, path), temp,
                                      {"chown", "--reference=" + path.toUtf8(), temp.toUtf8()})
                    << privilegedStep(Checks::tr("Give %1 the permissions of %2").arg(temp, path), temp,
                                      {"chmod", "--reference=" + path.toUtf8(), temp.toUtf8()});
    else
        plan->steps << privilegedStep(Checks::tr("Make %1 readable by everyone, writable by root (0644)").arg(temp),
                                      temp, {"chmod", "0644", temp.toUtf8()});
    plan->steps << privilegedStep(
        Checks::tr("Put %1 in place of %2 (one rename: the file is never half written)").arg(temp, path), path,
        {"mv", "-f", "-T", temp.toUtf8(), path.toUtf8()});
}

} // namespace

Plan planWatchdogOn(const HostSnapshot &s, const CheckFacts &f)
{
    Plan plan;
    plan.title = Checks::tr("Turn on boot monitoring: systemd feeds the hardware watchdog");
    if (refuse(&plan, s, f))
        return plan;
    if (!f.os.watchdogDevices || f.os.watchdogDevices->isEmpty()) {
        plan.errors << Checks::tr("The host has no hardware watchdog device (/sys/class/watchdog is empty): turn the "
                                  "board's watchdog on in the firmware setup or load its driver first.");
        return plan;
    }
    if (f.os.runtimeWatchdogUs.value_or(0) != 0 || f.os.watchdogDaemon) {
        plan.errors << Checks::tr("The watchdog is already in use: nothing to change.");
        return plan;
    }
    const QString path = QString::fromLatin1(kWatchdogDropIn);
    plan.warnings << Checks::tr("If the host hangs so badly that systemd cannot answer the watchdog for 30 s, the "
                                "watchdog restarts the host: that is what it is for.")
                  << Checks::tr("systemd re-executes itself to read the setting (systemctl daemon-reexec); services "
                                "and VMs keep running.");
    plan.steps << privilegedStep(Checks::tr("Check that %1 does not exist yet (else stop here, changing nothing)").arg(path),
                                 QString(), {"test", "!", "-e", path.toUtf8()})
               << privilegedStep(Checks::tr("Make sure /etc/systemd/system.conf.d exists"), QString(),
                                 {"install", "-d", "-m", "0755", "/etc/systemd/system.conf.d"});
    writeSteps(&plan,
               path,
               "# Written by ftconsole: systemd feeds the hardware watchdog, which restarts the host\n"
               "# when systemd stops answering for 30 s (the guide's boot monitoring).\n"
               "[Manager]\nRuntimeWatchdogSec=30s\n",
               false);
    plan.steps << privilegedStep(Checks::tr("Let systemd read its settings again"), QString(),
                                 {"systemctl", "daemon-reexec"});
    return plan;
}

QByteArray aptAutoUpgradesText(const CheckFacts &f)
{
    const QByteArray prefix = QByteArray(kAptAutoUpgrades) + ':';
    QByteArray text;
    for (const QByteArray &l : f.raw.value(QStringLiteral("checks/apt-auto")).split('\n'))
        if (l.startsWith(prefix))
            text += l.mid(prefix.size()) + '\n';
    return text;
}

QByteArray withUnattendedUpgradeOff(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral(R"re(^(\s*APT::Periodic::Unattended-Upgrade\s+)"[^"]*"(\s*;.*)$)re"));
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    bool found = false;
    for (QByteArray &l : lines) {
        const auto m = re.match(QString::fromUtf8(l));
        if (m.hasMatch()) {
            l = (m.captured(1) + QStringLiteral("\"0\"") + m.captured(2)).toUtf8();
            found = true;
        }
    }
    if (!found)
        lines << "APT::Periodic::Unattended-Upgrade \"0\";";
    return lines.join('\n') + '\n';
}

Plan planAutoUpdatesOff(const HostSnapshot &s, const CheckFacts &f)
{
    Plan plan;
    plan.title = Checks::tr("Turn off automatic updates (unattended-upgrades)");
    if (refuse(&plan, s, f))
        return plan;
    if (!f.os.autoUpdates.value_or(false)) {
        plan.errors << Checks::tr("The host does not install updates by itself: nothing to change.");
        return plan;
    }
    if (f.os.autoUpdatesBy.startsWith(QLatin1String("dnf-automatic"))) {
        // dnf-automatic installs from its timer: the timer off is all it takes,
        // and `systemctl enable --now` undoes it.
        plan.title = Checks::tr("Turn off automatic updates (%1)").arg(f.os.autoUpdatesBy);
        plan.warnings << Checks::tr("The host stops installing updates by itself: install them in a maintenance window "
                                    "(dnf upgrade), with the VMs' owners told.");
        plan.steps << privilegedStep(Checks::tr("Stop and disable %1").arg(f.os.autoUpdatesBy), QString(),
                                     {"systemctl", "disable", "--now", f.os.autoUpdatesBy.toUtf8()});
        return plan;
    }
    if (f.os.autoUpdatesBy != QLatin1String("unattended-upgrades")) {
        plan.errors << Checks::tr("Updates are installed by %1: turn it off with systemctl disable --now %1.")
                           .arg(f.os.autoUpdatesBy);
        return plan;
    }
    const QString path = QString::fromLatin1(kAptAutoUpgrades);
    const QByteArray now = aptAutoUpgradesText(f);
    if (now.isEmpty()) {
        plan.errors << Checks::tr("%1 was not read: run Check Now first.").arg(path);
        return plan;
    }
    plan.warnings << Checks::tr("The host stops installing updates by itself: install them in a maintenance window "
                                "(apt-get update && apt-get upgrade), with the VMs' owners told.");
    plan.steps << privilegedStep(Checks::tr("Check that %1 is as it was read (else stop here, changing nothing)").arg(path),
                                 QString(), {"cmp", "-", path.toUtf8()}, now);
    writeSteps(&plan, path, withUnattendedUpgradeOff(now), true);
    return plan;
}

} // namespace ftc
