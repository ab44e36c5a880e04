// The host OS: boot monitoring (hardware watchdog), no automatic updates, VM
// images excluded from on-access scanning, two power supplies and a UPS.
// Unknown whenever the tool is absent or lacks privileges: never a pass.

#include "Findings.h"

#include "ChecksTr.h"

#include <QCoreApplication>

namespace ftc {

namespace {


QString notRead(const CheckFacts &f)
{
    return f.error.isEmpty() ? Checks::tr("not read (a capture holds no such facts)") : f.error;
}

QStringList imageDirs(const CheckFacts &f)
{
    QStringList dirs;
    for (const QString &p : vmImagePaths(f.vms)) {
        const QString d = p.section(QLatin1Char('/'), 0, -2);
        if (!d.isEmpty() && !dirs.contains(d))
            dirs << d;
    }
    return dirs;
}

} // namespace

void hostChecks(const HostSnapshot &, const CheckFacts &f, QList<Finding> &out)
{
    const HostOsFacts &o = f.os;
    const auto unknown = [&](const char *id, const QString &what, const QString &why, const QString &remedy) {
        out.append({QString::fromLatin1(id), Severity::Unknown, QString(), Checks::tr("%1: %2.").arg(what, why), remedy});
    };
    if (!f.read) {
        for (const char *id : {"host.watchdog", "host.auto-updates", "host.power-supplies", "host.ups"})
            unknown(id, Checks::tr("Not checked"), notRead(f), Checks::tr("Open the live host to check it."));
        return;
    }

    if (!o.watchdogDevices || !o.runtimeWatchdogUs) {
        unknown("host.watchdog", Checks::tr("Boot monitoring (hardware watchdog)"), o.watchdogWhy,
                Checks::tr("Check `systemctl show -p RuntimeWatchdogUSec` and /sys/class/watchdog on the host."));
    } else if (o.watchdogDevices->isEmpty()) {
        out.append({QStringLiteral("host.watchdog"), Severity::Warning, QString(),
                    Checks::tr("The host has no hardware watchdog: a hung host is not restarted."),
                    Checks::tr("Turn on the board's watchdog in the firmware setup, or load its driver (e.g. iTCO_wdt, "
                       "ipmi_watchdog).")});
    } else if (*o.runtimeWatchdogUs == 0 && !o.watchdogDaemon) {
        out.append({QStringLiteral("host.watchdog"), Severity::Warning, QString(),
                    Checks::tr("The hardware watchdog (%1) is not used: a hung host is not restarted.")
                        .arg(o.watchdogDevices->join(QStringLiteral(", "))),
                    Checks::tr("Set RuntimeWatchdogSec=30s in a file under /etc/systemd/system.conf.d/ and run systemctl "
                       "daemon-reexec.")});
    }

    if (!o.autoUpdates)
        unknown("host.auto-updates", Checks::tr("Automatic updates"), o.autoUpdatesWhy,
                Checks::tr("Check whether unattended-upgrades or dnf-automatic install updates on the host."));
    else if (*o.autoUpdates)
        out.append({QStringLiteral("host.auto-updates"), Severity::Warning, QString(),
                    Checks::tr("The host installs updates by itself (%1): an update can restart services or the host "
                       "while the VMs run.").arg(o.autoUpdatesBy),
                    o.autoUpdatesBy == QLatin1String("unattended-upgrades")
                        ? Checks::tr("Set APT::Periodic::Unattended-Upgrade \"0\" in /etc/apt/apt.conf.d/20auto-upgrades and "
                             "install updates in a maintenance window.")
                        : Checks::tr("Disable %1 and install updates in a maintenance window.").arg(o.autoUpdatesBy)});

    if (o.onAccessScanner.value_or(false) && !o.scanExclusionsKnown) {
        unknown("host.on-access-scan", Checks::tr("Virus scanning of the VM images"),
                Checks::tr("%1 scans files as they are opened, and its exclusions are kept in its own policy, which the "
                           "console cannot read").arg(o.scannerName),
                Checks::tr("In %1's management, exclude the VM image directories (%2) from on-access scanning.")
                    .arg(o.scannerName, imageDirs(f).isEmpty() ? QStringLiteral("/var/lib/libvirt/images")
                                                               : imageDirs(f).join(QStringLiteral(", "))));
    } else if (o.onAccessScanner.value_or(false)) {
        QStringList missing;
        for (const QString &d : imageDirs(f)) {
            bool excluded = false;
            for (const QString &e : o.scanExcluded)
                excluded = excluded || d == e || d.startsWith(e.endsWith(QLatin1Char('/')) ? e : e + QLatin1Char('/'));
            if (!excluded)
                missing << d;
        }
        if (!missing.isEmpty())
            out.append({QStringLiteral("host.on-access-scan"), Severity::Warning, QString(),
                        Checks::tr("%1 scans files as they are opened, and the VM image directories %2 are not excluded: "
                           "every guest write is scanned.").arg(o.scannerName, missing.join(QStringLiteral(", "))),
                        Checks::tr("Add OnAccessExcludePath lines for them to /etc/clamav/clamd.conf and restart "
                           "clamav-clamonacc.")});
    }

    if (!o.powerSupplies)
        unknown("host.power-supplies", Checks::tr("Power supplies"), o.powerWhy,
                Checks::tr("Install ipmitool and give the console's account sudo rights for it, or check the supplies on "
                   "the server's management board."));
    else if (!o.powerFailures.isEmpty())
        out.append({QStringLiteral("host.power-supplies"), Severity::Error, QString(),
                    Checks::tr("A power supply reports a fault: %1.").arg(o.powerFailures.join(QStringLiteral("; "))),
                    Checks::tr("Check its power cord and input; replace the supply if the fault stays.")});
    else if (*o.powerSupplies < 2)
        out.append({QStringLiteral("host.power-supplies"), Severity::Warning, QString(),
                    Checks::tr("The host has %1 power supply: losing it or its input stops the host.").arg(*o.powerSupplies),
                    Checks::tr("Fit a second supply and connect the two to different circuits (A and B).")});

    if (!o.upses)
        unknown("host.ups", Checks::tr("UPS"), o.upsWhy, Checks::tr("Install nut-client and configure the UPS in /etc/nut."));
    else if (o.upses->isEmpty())
        out.append({QStringLiteral("host.ups"), Severity::Warning, QString(),
                    Checks::tr("No UPS is configured (upsc -l lists none): a power cut stops the host without a clean "
                       "shutdown."),
                    Checks::tr("Connect the host to a UPS and configure it in /etc/nut.")});
}

} // namespace ftc
