#include "MirrorPlanner.h"

#include "plan/PlansTr.h"

namespace ftc {

namespace {

QByteArray dev(const QString &name) { return "/dev/" + name.toUtf8(); }

QString human(qint64 bytes)
{
    const double gb = double(bytes) / 1e9;
    return gb >= 1 ? QStringLiteral("%1 GB").arg(gb, 0, 'f', gb < 10 ? 1 : 0)
                   : QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 0);
}

Command mdadm(const Argv &args)
{
    Command c;
    c.argv = Argv{"mdadm"} + args;
    c.privileged = true;
    c.timeoutMs = 60000;
    return c;
}

Command writeSysfs(const QString &mirror, const QByteArray &attr, const QByteArray &value)
{
    Command c;
    // tee, not a shell redirection: the step stays an argv and works through sudo.
    c.argv = {"tee", "/sys/block/" + mirror.toUtf8() + "/md/" + attr};
    c.input = value + '\n';
    c.privileged = true;
    return c;
}

// The checks every disk joining a mirror must pass: the guide's "no partitions,
// basic disk", and never anything that could hold data. What the disk itself
// says (probe, read with privileges just now) outranks the snapshot, whose
// lsblk view repeats udev's cache; without a probe the snapshot's facts stand
// and applyPlan() probes before anything is written.
void checkBlank(const Disk &d, const DiskProbe *probe, Plan &p)
{
    if (d.role == DiskRole::MirrorMember) {
        p.errors << Plans::tr("%1 is already a member of %2: remove it there first.").arg(d.name, d.mirror);
        return;
    }
    const QString keep = Plans::tr(" The console never writes over a disk that may hold data: find out what it "
                                   "holds and who uses it, or choose a blank disk.");
    if (probe) {
        for (const QString &reason : probe->reasons())
            p.errors << reason + keep;
        return;
    }
    if (!d.partitions.isEmpty())
        p.errors << Plans::tr("%1 has partitions (%2): the disk that joins a mirror must have none.")
                        .arg(d.name, d.partitions.join(QStringLiteral(", "))) + keep;
    if (!d.fstype.isEmpty())
        p.errors << Plans::tr("%1 carries a %2 signature and may hold data.").arg(d.name, d.fstype) + keep;
    if (!d.mountpoints.isEmpty())
        p.errors << Plans::tr("%1 is mounted at %2: something is using it.")
                        .arg(d.name, d.mountpoints.join(QStringLiteral(", ")));
    if (d.role == DiskRole::InUse && p.errors.isEmpty())
        p.errors << Plans::tr("%1 is in use (%2).").arg(d.name, d.inUseReason);
    if (p.errors.isEmpty())
        p.warnings << Plans::tr("%1 looks blank to the last refresh; the disk itself is checked again (wipefs, "
                                "partitions, holders, mounts, VMs) right before anything is written.").arg(d.name);
}

void requireSerial(const Disk &d, Plan &p)
{
    p.guardDisk = d.name;
    p.guardSerial = d.serial;
    p.guardBlank = true;
    // Typing the serial proves the admin looked at the physical disk; virtual
    // disks without one are confirmed by their device path.
    if (!d.serial.isEmpty()) {
        p.confirmation = d.serial;
        p.confirmationWhat = Plans::tr("the serial number of %1").arg(d.name);
    } else {
        p.confirmation = QStringLiteral("/dev/") + d.name;
        p.confirmationWhat = Plans::tr("the device path of %1 (it reports no serial number)").arg(d.name);
    }
}

bool isSystemMount(const QString &mp)
{
    return mp == QLatin1String("/") || mp == QLatin1String("/boot") || mp == QLatin1String("/boot/efi");
}

bool isBootMirror(const HostSnapshot &s, const Mirror &m)
{
    for (const QString &mp : m.mountpoints)
        if (isSystemMount(mp))
            return true;
    for (const MirrorMember &mm : m.members) {
        const Disk *d = diskHolding(s, mm.device);
        if (!d)
            continue;
        for (const QString &mp : d->mountpoints)
            if (isSystemMount(mp))
                return true;
    }
    return false;
}

// The mirror a plan is about, or nullptr with the reason added to the plan.
const Mirror *requireMirror(const HostSnapshot &s, const QString &name, Plan &p)
{
    const Mirror *m = s.mirror(name);
    if (!m)
        p.errors << Plans::tr("There is no virtual disk %1 on %2: refresh and pick one from the list.").arg(name, s.label);
    return m;
}

} // namespace

const Disk *diskHolding(const HostSnapshot &s, const QString &device)
{
    if (const Disk *d = s.disk(device))
        return d;
    for (const Disk &d : s.disks)
        if (d.partitions.contains(device))
            return &d;
    return nullptr;
}

QString nextFreeMirrorName(const HostSnapshot &s)
{
    for (int i = 0;; ++i) {
        const QString name = QStringLiteral("md%1").arg(i);
        if (!s.mirror(name))
            return name;
    }
}

Plan planNewMirror(const HostSnapshot &s, const QString &diskName, const QString &mdName, const DiskProbe *probe)
{
    Plan p;
    const QString md = mdName.isEmpty() ? nextFreeMirrorName(s) : mdName;
    p.title = Plans::tr("Create virtual disk %1 from %2").arg(md, diskName);
    const Disk *d = s.disk(diskName);
    if (!d) {
        p.errors << Plans::tr("There is no disk %1 on %2: refresh and pick a disk from the list.").arg(diskName, s.label);
        return p;
    }
    if (s.mirror(md))
        p.errors << Plans::tr("%1 already exists: choose another name.").arg(md);
    checkBlank(*d, probe, p);
    if (!p.errors.isEmpty())
        return p;
    p.warnings << Plans::tr("%1 will run Simplex on %2 alone until a second disk is added; "
                            "add the disk in slot %3 of the other module next.")
                      .arg(md, d->name, d->slot >= 0 ? QString::number(d->slot) : QStringLiteral("?"));
    p.steps << PlanStep{Plans::tr("Create %1 (RAID1) on %2 with the second side missing").arg(md, d->name),
                        mdadm({"--create", dev(md), "--run", "--level=1", "--raid-devices=2", "--metadata=1.2",
                               "--bitmap=internal", dev(d->name), "missing"})};
    requireSerial(*d, p);
    return p;
}

Plan planAddToMirror(const HostSnapshot &s, const QString &mirrorName, const QString &diskName, const DiskProbe *probe)
{
    Plan p;
    p.title = Plans::tr("Add %1 to virtual disk %2").arg(diskName, mirrorName);
    const Mirror *m = requireMirror(s, mirrorName, p);
    const Disk *d = s.disk(diskName);
    if (!d)
        p.errors << Plans::tr("There is no disk %1 on %2: refresh and pick a disk from the list.").arg(diskName, s.label);
    if (!m || !d)
        return p;
    if (m->state == OpState::Broken || m->state == OpState::Inactive)
        p.errors << Plans::tr("%1 is %2: a disk can only join a running mirror.").arg(m->name, opStateName(m->state));

    const Disk *workingDisk = nullptr;
    for (const MirrorMember &mm : m->members) {
        const Disk *holder = diskHolding(s, mm.device);
        if (holder && holder->name == d->name) {
            if (mm.state == MemberState::InSync && m->membersWorking <= 1)
                p.errors << Plans::tr("%1 holds %2's only working copy (%3): adding its own disk protects nothing. "
                                      "Pick a disk in the other module.").arg(d->name, m->name, mm.device);
            else
                p.errors << Plans::tr("%1 is already part of %2 (%3).").arg(d->name, m->name, mm.device);
            return p;
        }
        if (mm.state == MemberState::InSync && holder && !workingDisk)
            workingDisk = holder;
    }
    checkBlank(*d, probe, p);
    if (m->sizeBytes > 0 && d->sizeBytes > 0 && d->sizeBytes < m->sizeBytes)
        p.errors << Plans::tr("%1 (%2) is smaller than %3 (%4): pick a disk at least as large.")
                        .arg(d->name, human(d->sizeBytes), m->name, human(m->sizeBytes));
    if (!p.errors.isEmpty())
        return p;

    if (workingDisk && !d->module.isEmpty() && d->module == workingDisk->module)
        p.warnings << Plans::tr("%1 and %2 are both in module %3: if that module fails, both copies go with it. "
                                "The guide pairs slot N of module 10 with slot N of module 11.")
                          .arg(d->name, workingDisk->name, d->module);
    else if (workingDisk && d->slot >= 0 && workingDisk->slot >= 0 && d->slot != workingDisk->slot)
        p.warnings << Plans::tr("%1 is in slot %2 but %3 is in slot %4: the guide uses corresponding slots.")
                          .arg(d->name).arg(d->slot).arg(workingDisk->name).arg(workingDisk->slot);
    if (m->sizeBytes > 0 && d->sizeBytes > m->sizeBytes + m->sizeBytes / 100)
        p.warnings << Plans::tr("%1 (%2) is larger than %3 (%4): the extra space stays unused.")
                          .arg(d->name, human(d->sizeBytes), m->name, human(m->sizeBytes));
    if (m->members.size() >= m->membersExpected && m->membersWorking >= m->membersExpected)
        p.warnings << Plans::tr("%1 is complete: %2 joins as a hot spare.").arg(m->name, d->name);

    const bool boot = isBootMirror(s, *m);
    if (boot && workingDisk && !m->members.isEmpty()) {
        bool onPartitions = false;
        for (const MirrorMember &mm : m->members)
            onPartitions |= !mm.device.isEmpty() && !s.disk(mm.device);
        if (onPartitions) {
            // A blank whole disk in a system mirror built on partitions would hold
            // the data but never boot: it lacks the EFI or BIOS boot partition.
            p.errors << Plans::tr("%1 holds the system on partitions of %2: the new disk needs the same "
                                  "partition layout first (for example `sfdisk -d /dev/%2 | sfdisk /dev/%3`), "
                                  "then its matching partition joins %1. This console does not partition disks.")
                            .arg(m->name, workingDisk->name, d->name);
            return p;
        }
    }
    p.steps << PlanStep{Plans::tr("Add %1 to %2; the mirror then synchronizes").arg(d->name, m->name),
                        mdadm({dev(m->name), "--add", dev(d->name)})};
    if (boot) {
        p.warnings << Plans::tr("%1 holds the system: the boot loader must be on both disks, or the host "
                                "cannot boot when the first one fails.").arg(m->name);
        Command grub;
        grub.argv = {"grub-install", dev(d->name)};
        grub.privileged = true;
        grub.timeoutMs = 120000;
        p.steps << PlanStep{Plans::tr("Install the boot loader on %1").arg(d->name), grub};
    }
    requireSerial(*d, p);
    return p;
}

Plan planRemoveMember(const HostSnapshot &s, const QString &mirrorName, const QString &device)
{
    Plan p;
    p.title = Plans::tr("Remove %1 from virtual disk %2").arg(device, mirrorName);
    const Mirror *m = requireMirror(s, mirrorName, p);
    if (!m)
        return p;
    if (device.isEmpty()) {
        // An empty slot has no device to fail or remove.
        p.errors << Plans::tr("That slot of %1 is already empty: there is nothing to remove.").arg(mirrorName);
        return p;
    }
    const MirrorMember *member = nullptr;
    int inSyncOthers = 0;
    for (const MirrorMember &mm : m->members) {
        if (mm.device == device)
            member = &mm;
        else if (mm.state == MemberState::InSync && !mm.device.isEmpty())
            ++inSyncOthers;
    }
    if (!member) {
        p.errors << Plans::tr("%1 is not a member of %2.").arg(device, mirrorName);
        return p;
    }
    if (inSyncOthers == 0 && member->state != MemberState::Faulty && member->state != MemberState::Spare)
        p.errors << Plans::tr("%1 is the last in-sync member of %2: removing it would take the data offline. "
                              "Add and synchronize another disk first.").arg(device, mirrorName);
    if (!p.errors.isEmpty())
        return p;
    if (member->state == MemberState::InSync)
        p.warnings << Plans::tr("%1 will run Simplex (one copy) until a disk is added back.").arg(mirrorName);
    if (member->state != MemberState::Faulty)
        p.steps << PlanStep{Plans::tr("Mark %1 failed in %2").arg(device, mirrorName),
                            mdadm({dev(mirrorName), "--fail", dev(device)})};
    p.steps << PlanStep{Plans::tr("Remove %1 from %2").arg(device, mirrorName),
                        mdadm({dev(mirrorName), "--remove", dev(device)})};
    p.confirmation = device;
    p.confirmationWhat = Plans::tr("the name of the member to remove");
    return p;
}

Plan planReAddMember(const HostSnapshot &s, const QString &mirrorName, const QString &device)
{
    Plan p;
    p.title = Plans::tr("Re-add %1 to virtual disk %2").arg(device, mirrorName);
    const Mirror *m = requireMirror(s, mirrorName, p);
    if (!m)
        return p;
    for (const MirrorMember &mm : m->members)
        if (mm.device == device)
            p.errors << Plans::tr("%1 is still listed in %2 (%3): remove it first.")
                            .arg(device, mirrorName, memberStateName(mm.state));
    const Disk *holder = diskHolding(s, device);
    if (!holder)
        p.errors << Plans::tr("There is no device %1 on %2: is the disk inserted?").arg(device, s.label);
    else if (holder->role == DiskRole::MirrorMember && holder->mirror != mirrorName)
        p.errors << Plans::tr("%1 belongs to %2 now.").arg(device, holder->mirror);
    if (!p.errors.isEmpty())
        return p;
    // Only --re-add: mdadm accepts it for a former member whose superblock still
    // names this array (with a bitmap only the blocks written meanwhile are
    // copied), and refuses any other disk. A full --add would overwrite whatever
    // sits under that name now, so it goes through planAddToMirror's checks and
    // serial confirmation instead.
    if (m->bitmap.isEmpty()) {
        p.errors << Plans::tr("%1 has no write-intent bitmap, so %2 cannot simply rejoin it: use Add disk, "
                              "which checks %2 and asks for its serial number before it is overwritten.")
                        .arg(mirrorName, device);
        return p;
    }
    p.steps << PlanStep{Plans::tr("Re-add %1 to %2 (only changed blocks are copied)").arg(device, mirrorName),
                        mdadm({dev(mirrorName), "--re-add", dev(device)})};
    return p;
}

Plan planStartCheck(const HostSnapshot &s, const QString &mirrorName)
{
    Plan p;
    p.title = Plans::tr("Check consistency of %1").arg(mirrorName);
    const Mirror *m = requireMirror(s, mirrorName, p);
    if (!m)
        return p;
    if (m->sync)
        p.errors << Plans::tr("%1 is busy (%2): wait until it is done.").arg(mirrorName, m->sync->action);
    else if (m->state != OpState::Duplex)
        p.errors << Plans::tr("%1 is %2: a check compares two copies, so it needs Duplex.").arg(mirrorName, opStateName(m->state));
    if (!p.errors.isEmpty())
        return p;
    p.steps << PlanStep{Plans::tr("Start a consistency check of %1").arg(mirrorName),
                        writeSysfs(mirrorName, "sync_action", "check")};
    return p;
}

Plan planCancelCheck(const HostSnapshot &s, const QString &mirrorName)
{
    Plan p;
    p.title = Plans::tr("Cancel the check of %1").arg(mirrorName);
    const Mirror *m = requireMirror(s, mirrorName, p);
    if (!m)
        return p;
    if (!m->sync || (m->sync->action != QLatin1String("check") && m->sync->action != QLatin1String("repair")))
        p.errors << Plans::tr("%1 runs no check to cancel; a resync or recovery must finish to protect the data.").arg(mirrorName);
    if (!p.errors.isEmpty())
        return p;
    p.steps << PlanStep{Plans::tr("Stop the check of %1").arg(mirrorName), writeSysfs(mirrorName, "sync_action", "idle")};
    return p;
}

Plan planSetResyncPriority(const HostSnapshot &s, const QString &mirrorName, ResyncPriority prio)
{
    Plan p;
    p.title = Plans::tr("Set the resync priority of %1").arg(mirrorName);
    if (!requireMirror(s, mirrorName, p))
        return p;
    // The kernel refuses a minimum above the maximum, so the order depends on the
    // direction of the change. Speeds are said in KiB/s, md's own unit
    // (sync_speed_min/max), as everywhere in the console.
    switch (prio) {
    case ResyncPriority::Low:
        p.steps << PlanStep{Plans::tr("Guarantee %1 only 1000 KiB/s").arg(mirrorName), writeSysfs(mirrorName, "sync_speed_min", "1000")}
                << PlanStep{Plans::tr("Limit %1 to 10000 KiB/s").arg(mirrorName), writeSysfs(mirrorName, "sync_speed_max", "10000")};
        break;
    case ResyncPriority::Normal:
        p.steps << PlanStep{Plans::tr("Use the system's maximum for %1").arg(mirrorName), writeSysfs(mirrorName, "sync_speed_max", "system")}
                << PlanStep{Plans::tr("Use the system's minimum for %1").arg(mirrorName), writeSysfs(mirrorName, "sync_speed_min", "system")};
        break;
    case ResyncPriority::High:
        // The system's maximum (200000 KiB/s by default) holds a resync below what
        // current disks do even on an idle host, so High lifts it as well.
        p.steps << PlanStep{Plans::tr("Let %1 resync at up to 2000000 KiB/s").arg(mirrorName), writeSysfs(mirrorName, "sync_speed_max", "2000000")}
                << PlanStep{Plans::tr("Guarantee %1 50000 KiB/s even under load").arg(mirrorName), writeSysfs(mirrorName, "sync_speed_min", "50000")};
        break;
    }
    return p;
}

} // namespace ftc
