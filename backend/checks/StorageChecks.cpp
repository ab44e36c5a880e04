// Storage: every disk mirrored, every mirror Duplex, each mirror's members in
// different modules, the system itself on a mirror.

#include "Findings.h"
#include "storage/MirrorPlanner.h"

#include "ChecksTr.h"

#include <QCoreApplication>

namespace ftc {

namespace {


// The module of the disk that holds a member device ("sda2" -> sda's).
QString moduleOfMember(const HostSnapshot &s, const QString &device)
{
    for (const Disk &d : s.disks)
        if (d.name == device || d.partitions.contains(device))
            return d.module;
    return {};
}

void mirrorState(const Mirror &m, QList<Finding> &out)
{
    if (m.state == OpState::Syncing) {
        const QString pct = m.sync ? QString::number(m.sync->percent, 'f', 1) : QStringLiteral("?");
        out.append({QStringLiteral("storage.mirror-syncing"), Severity::Info, m.name,
                    Checks::tr("%1 is Syncing (%2 %): it has a second copy once the sync ends.").arg(m.name, pct),
                    Checks::tr("Nothing to do: keep both disks in until %1 is Duplex.").arg(m.name)});
    } else if (m.state == OpState::Simplex) {
        // Say what is really left: a 4-way mirror with one failed member
        // still holds three copies.
        const int more = failuresTolerated(m);
        const QString counted = Checks::tr("%1 of %2 members of %3 work").arg(m.membersWorking).arg(m.membersExpected).arg(m.name);
        if (more == 0)
            out.append({QStringLiteral("storage.mirror-simplex"), Severity::Error, m.name,
                        Checks::tr("%1 (Simplex): it has no redundancy left, one more failure loses its data.").arg(counted),
                        Checks::tr("Add a disk of at least the same size from the other module to %1.").arg(m.name)});
        else
            out.append({QStringLiteral("storage.mirror-degraded"), Severity::Warning, m.name,
                        more > 0 ? Checks::tr("%1 (degraded): it survives %2 more failed member(s).").arg(counted).arg(more)
                                 : Checks::tr("%1 (degraded).").arg(counted),
                        Checks::tr("Replace the failed member of %1 with a disk of at least the same size.").arg(m.name)});
    } else if (m.state == OpState::Broken) {
        out.append({QStringLiteral("storage.mirror-broken"), Severity::Error, m.name,
                    Checks::tr("%1 has lost data: only %2 of %3 members work, too few to run.")
                        .arg(m.name).arg(m.membersWorking).arg(m.membersExpected),
                    Checks::tr("Do not write to the member disks. Reseat or reconnect the failed disks of %1 and refresh: a "
                       "member that comes back intact can make it whole again.").arg(m.name)});
    } else if (m.state == OpState::Inactive) {
        // The superblocks of a stopped array are the only record of how it
        // was put together: the remedy must never be to erase them.
        out.append({QStringLiteral("storage.mirror-inactive"), Severity::Warning, m.name,
                    Checks::tr("%1 is not started.").arg(m.name),
                    Checks::tr("Look at its members first (mdadm --examine on each), then assemble it (mdadm --assemble "
                       "--scan). Leave their superblocks alone: they are what brings the array back.")});
    } else if (m.readOnly) {
        out.append({QStringLiteral("storage.mirror-read-only"), Severity::Warning, m.name,
                    Checks::tr("%1 is read-only.").arg(m.name),
                    Checks::tr("Make it writable with mdadm --readwrite /dev/%1 if it is in use.").arg(m.name)});
    }
}

} // namespace

// Every member of the system mirror must be able to boot the host alone: a
// UEFI firmware needs an EFI system partition on its disk, a BIOS the boot
// loader in its boot sector (what grub-install writes).
void systemBoot(const HostSnapshot &s, const CheckFacts &f, QList<Finding> &out)
{
    for (const Mirror &m : s.mirrors) {
        if (!m.mountpoints.contains(QStringLiteral("/")) && !m.mountpoints.contains(QStringLiteral("/boot")))
            continue;
        for (const MirrorMember &mm : m.members) {
            const Disk *d = mm.device.isEmpty() ? nullptr : diskHolding(s, mm.device);
            if (!d || !d->espPartitions.isEmpty() || mm.state == MemberState::Faulty)
                continue;
            const BootSectorFacts b = f.bootSectors.value(d->name);
            if (!f.read || !b.read)
                out.append({QStringLiteral("storage.system-boot"), Severity::Unknown, d->name,
                            Checks::tr("Whether %1, half of the system mirror %2, can boot the host was not read: %3.")
                                .arg(d->name, m.name, !f.read ? f.error : b.why),
                            Checks::tr("Let the console read the disk's boot sector (file -s through sudo), or check it "
                                       "on the host.")});
            else if (!b.grub)
                out.append({QStringLiteral("storage.system-boot"), Severity::Error, d->name,
                            Checks::tr("%1 holds half of the system mirror %2 but cannot boot the host: it has no EFI "
                                       "system partition and no boot loader in its boot sector. If the other disk "
                                       "fails, the host does not start.").arg(d->name, m.name),
                            Checks::tr("Install the boot loader on %1 as on the other half (grub-install /dev/%1 on a "
                                       "BIOS host), then check again.").arg(d->name)});
        }
    }
}

void storageChecks(const HostSnapshot &s, const CheckFacts &f, QList<Finding> &out)
{
    systemBoot(s, f, out);
    for (const Mirror &m : s.mirrors) {
        mirrorState(m, out);
        // Two copies in one module: the module's failure takes both.
        QStringList modules;
        int placed = 0;
        for (const MirrorMember &mm : m.members) {
            if (mm.state == MemberState::Spare || mm.state == MemberState::Faulty)
                continue;
            const QString mod = moduleOfMember(s, mm.device);
            if (mod.isEmpty())
                continue;
            ++placed;
            if (!modules.contains(mod))
                modules << mod;
        }
        if (placed >= 2 && modules.size() == 1)
            out.append({QStringLiteral("storage.mirror-one-module"), Severity::Warning, m.name,
                        Checks::tr("Both copies of %1 are in module %2: if that module fails, %1 is lost.")
                            .arg(m.name, modules.first()),
                        Checks::tr("Move one member of %1 to a disk in the other module: add that disk to %1 (Add Disk), "
                           "and once it is in sync remove the member it replaces.").arg(m.name)});
    }
    for (const Disk &d : s.disks) {
        const bool system = d.mountpoints.contains(QStringLiteral("/")) || d.mountpoints.contains(QStringLiteral("/boot"));
        if (d.role != DiskRole::MirrorMember && system)
            out.append({QStringLiteral("storage.system-unmirrored"), Severity::Error, d.name,
                        Checks::tr("The host's operating system (%1) is on disk %2, which is in no mirror: if %2 fails, the host stops.")
                            .arg(d.mountpoints.join(QStringLiteral(", ")), d.name),
                        Checks::tr("Back up the host first. Then, in a maintenance window, move the system onto a RAID1 "
                           "mirror with a disk of the other module: build the mirror on the new disk with one "
                           "member missing, copy the system onto it, boot from it, and only then add %1 to it.")
                            .arg(d.name)});
        else if (d.role == DiskRole::Unconfigured)
            out.append({QStringLiteral("storage.unmirrored-disk"), Severity::Warning, d.name,
                        Checks::tr("Disk %1 (%2) is not part of any virtual disk.").arg(d.name, d.serial),
                        Checks::tr("Add it to a Simplex virtual disk, or mirror it with the disk in the same slot of the "
                           "other module.")});
    }
}

} // namespace ftc
