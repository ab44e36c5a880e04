#include "SetupSteps.h"

#include "ChecksTr.h"

namespace ftc {

namespace {

SetupItem item(const char *id, const QString &title, const QStringList &ids)
{
    SetupItem i;
    i.id = QString::fromLatin1(id);
    i.title = title;
    i.findingIds = ids;
    return i;
}

} // namespace

QList<SetupStep> setupSteps(const QList<Finding> &findings)
{
    QList<SetupStep> steps{
        {Checks::tr("1. Hardware"),
         {item("power", Checks::tr("Two power supplies, on circuits A and B"), {QStringLiteral("host.power-supplies")}),
          item("ups", Checks::tr("A UPS the host can see"), {QStringLiteral("host.ups")})}},
        {Checks::tr("2. Host operating system"),
         {item("watchdog", Checks::tr("Boot monitoring (hardware watchdog)"), {QStringLiteral("host.watchdog")}),
          item("updates", Checks::tr("No automatic updates"), {QStringLiteral("host.auto-updates")}),
          item("scanning", Checks::tr("VM images excluded from virus scanning"), {QStringLiteral("host.on-access-scan")})}},
        {Checks::tr("3. Server hardware: disks and adapters"),
         {item("mirrors", Checks::tr("Every disk in a mirror, every mirror Duplex"),
               {QStringLiteral("storage.mirror-syncing"), QStringLiteral("storage.mirror-simplex"),
                QStringLiteral("storage.mirror-degraded"), QStringLiteral("storage.mirror-broken"),
                QStringLiteral("storage.mirror-inactive"), QStringLiteral("storage.mirror-read-only"),
                QStringLiteral("storage.unmirrored-disk"), QStringLiteral("storage.system-unmirrored")}),
          item("mirror-modules", Checks::tr("Each mirror's copies in different modules"),
               {QStringLiteral("storage.mirror-one-module")}),
          item("teams", Checks::tr("Adapters teamed, each team across modules"),
               {QStringLiteral("network.unteamed-adapter"), QStringLiteral("network.no-team"),
                QStringLiteral("network.team-single-module"), QStringLiteral("network.sft-members"),
                QStringLiteral("network.team-member-down"), QStringLiteral("network.team-down")})}},
        {Checks::tr("4. Hypervisor"),
         {item("libvirt", Checks::tr("libvirt running and answering"), {QStringLiteral("vm.libvirt")}),
          item("vm-network", Checks::tr("The VMs' network on a team"),
               {QStringLiteral("network.no-team"), QStringLiteral("network.no-team-for-vms"),
                QStringLiteral("network.vms-not-on-team"), QStringLiteral("vm.nic-not-on-team")}),
          item("save-on-stop", Checks::tr("VM states saved when the host stops"), {QStringLiteral("vm.save-on-stop")})}},
        {Checks::tr("5. Virtual machines"),
         {item("vm-storage", Checks::tr("Created on mirrored storage, fixed-size images"),
               {QStringLiteral("vm.image-unmirrored"), QStringLiteral("vm.image-storage"),
                QStringLiteral("vm.image-dynamic")}),
          item("vm-size", Checks::tr("Sized within the host's memory"), {QStringLiteral("vm.memory-overcommit")}),
          item("vm-cpu", Checks::tr("CPU reservations the host can keep"), {QStringLiteral("vm.cpu-reservations")}),
          item("vm-autostart", Checks::tr("Every VM starts with the host"), {QStringLiteral("vm.autostart-off")}),
          item("vm-tools", Checks::tr("Guest tools (QEMU guest agent) in every running VM"),
               {QStringLiteral("vm.guest-agent")})}},
    };
    for (SetupStep &step : steps)
        for (SetupItem &i : step.items) {
            for (const Finding &f : findings)
                if (i.findingIds.contains(f.id))
                    i.findings << f;
            std::stable_sort(i.findings.begin(), i.findings.end(),
                             [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
            const Severity worst = worstSeverity(i.findings);
            // A sync under way (info) is not done yet either.
            i.status = worst >= Severity::Warning || (!i.findings.isEmpty() && i.findings.first().id
                                                                                   == QLatin1String("storage.mirror-syncing"))
                ? SetupItem::Status::ToDo
                : worst == Severity::Unknown ? SetupItem::Status::Unknown
                                             : SetupItem::Status::Done;
        }
    return steps;
}

int setupDone(const QList<SetupStep> &steps)
{
    int n = 0;
    for (const SetupStep &s : steps)
        for (const SetupItem &i : s.items)
            n += i.status == SetupItem::Status::Done;
    return n;
}

int setupTotal(const QList<SetupStep> &steps)
{
    int n = 0;
    for (const SetupStep &s : steps)
        n += int(s.items.size());
    return n;
}

} // namespace ftc
