#include "BuildSupport.h"
#include "StorageParts.h"

#include "model/Modules.h"
#include "model/ReadingsTr.h"
#include "parse/Lsblk.h"

#include <QRegularExpression>
#include <QSet>

namespace ftc::snapshot {

namespace {


bool isPseudoDisk(const BlockDevice &d)
{
    static const QRegularExpression pseudo(QStringLiteral(R"(^(fd|zram|ram|loop|md|dm-|nbd)\d+)"));
    return d.sizeBytes <= 0 || pseudo.match(d.kname).hasMatch() || pseudo.match(d.name).hasMatch();
}

// The UUID without its separators, lowercase: libblkid prints an md array's
// UUID as 8-4-4-4-12, mdadm --detail as 8:8:8:8.
QString plainUuid(QString uuid)
{
    return uuid.remove(u'-').remove(u':').toLower();
}

// The first (device, mirror) of signatures (device -> array UUID) whose UUID is a
// running mirror's; empty when none is.
QPair<QString, QString> returningMember(const HostSnapshot &s, const QList<QPair<QString, QString>> &signatures)
{
    for (const auto &[device, uuid] : signatures) {
        const QString want = plainUuid(uuid);
        if (want.isEmpty())
            continue;
        for (const Mirror &m : s.mirrors)
            if (!m.uuid.isEmpty() && plainUuid(m.uuid) == want)
                return {device, m.name};
    }
    return {};
}

bool isMdNode(const BlockDevice &d)
{
    return d.type.startsWith(QLatin1String("raid")) || d.type == QLatin1String("md")
        || d.type == QLatin1String("linear");
}

} // namespace

void buildDisks(HostSnapshot *s, const RawSources &raw, const Mdstat &mdstat,
                const QMap<QString, QString> &blockLinks)
{
    const QByteArray *t = source(raw, QStringLiteral("lsblk.json"));
    if (!t)
        return;
    const Lsblk lsblk = parseLsblkJson(*t);
    reportErrors(s, raw, QStringLiteral("lsblk.json"), lsblk.errors);

    // An md device appears under each of its members; its own mountpoints say
    // whether the mirror holds the system.
    for (const BlockDevice &dev : lsblk.devices) {
        for (Mirror &m : s->mirrors) {
            if ((dev.name == m.name || dev.kname == m.name) && m.mountpoints.isEmpty())
                m.mountpoints = dev.mountpoints;
        }
    }

    QMap<QString, QString> memberOf; // device -> array, from mdstat
    QMap<QString, QString> inContainer; // device -> container
    QSet<QString> containers;
    for (const MdstatArray &a : mdstat.arrays) {
        if (isContainer(a)) {
            containers.insert(a.name);
            for (const MdstatMember &m : a.members)
                inContainer.insert(m.device, a.name);
            continue;
        }
        for (const MdstatMember &m : a.members)
            memberOf.insert(m.device, a.name);
    }

    QList<DeviceLocation> locations;
    for (int i = 0; i < lsblk.devices.size(); ++i) {
        const BlockDevice &top = lsblk.devices[i];
        if (top.depth != 0 || top.type != QLatin1String("disk") || isPseudoDisk(top))
            continue;
        Disk d;
        d.name = top.name;
        d.path = top.path.isEmpty() ? QStringLiteral("/dev/") + top.name : top.path;
        d.sizeBytes = top.sizeBytes;
        d.serial = top.serial;
        d.model = top.model;
        d.hctl = top.hctl;
        d.transport = top.transport;
        d.fstype = top.fstype;
        d.mountpoints = top.mountpoints;
        bool raidSignature = top.fstype == QLatin1String("linux_raid_member");
        // device -> array UUID of each RAID signature on the disk
        QList<QPair<QString, QString>> signatures;
        if (raidSignature)
            signatures.append({top.name, top.uuid});
        d.mirror = memberOf.value(top.name, memberOf.value(top.kname));
        QStringList holders;
        for (int j = i + 1; j < lsblk.devices.size() && lsblk.devices[j].depth > 0; ++j) {
            const BlockDevice &c = lsblk.devices[j];
            if (c.depth == 1 && c.type == QLatin1String("part")) {
                d.partitions.append(c.name);
                // GPT's EFI System type, or MBR's 0xef.
                if (c.parttype == QLatin1String("c12a7328-f81f-11d2-ba4b-00a0c93ec93b") || c.parttype == QLatin1String("0xef"))
                    d.espPartitions.append(c.name);
                d.mountpoints.append(c.mountpoints);
                if (c.fstype == QLatin1String("linux_raid_member")) {
                    raidSignature = true;
                    signatures.append({c.name, c.uuid});
                }
                if (d.mirror.isEmpty())
                    d.mirror = memberOf.value(c.name, memberOf.value(c.kname));
            } else if (isMdNode(c) && d.mirror.isEmpty() && !containers.contains(c.name)) {
                d.mirror = c.name;
            } else if (c.depth == 1 && !isMdNode(c)) {
                holders.append(c.name);
            }
        }
        d.mountpoints.removeDuplicates();
        // A member is a disk some assembled array (mdstat, or the md node lsblk
        // shows under it) is using. A RAID signature alone - a removed member,
        // a disk from another host - names no array: it is in use (it may hold
        // data) but "member of nothing" would mislead the wizards.
        if (!d.mirror.isEmpty()) {
            d.role = DiskRole::MirrorMember;
        } else if (const QString c = inContainer.value(top.name, inContainer.value(top.kname)); !c.isEmpty()) {
            // A container's disk that no member array uses yet is still the
            // firmware RAID's: neither blank nor a spare for an md mirror.
            d.role = DiskRole::InUse;
            d.inUseReason = Readings::tr("belongs to the %1 container %2").arg(
                QString(mdstat.array(c) ? mdstat.array(c)->superblock.mid(9).toUpper() : QString()), c);
        } else if (const auto back = returningMember(*s, signatures); !back.first.isEmpty()) {
            // A member pulled and put back (or failed and removed) still carries
            // its array's UUID: it is that mirror's, to re-add, not a stranger.
            d.role = DiskRole::InUse;
            d.returningDevice = back.first;
            d.returningMirror = back.second;
            d.inUseReason = Readings::tr("%1 is a former member of %2 (the array UUID matches): re-add it")
                                .arg(back.first, back.second);
        } else {
            QStringList why;
            if (raidSignature && d.fstype != QLatin1String("linux_raid_member"))
                why.append(Readings::tr("a partition holds a RAID member signature of an array that is not running"));
            if (!d.mountpoints.isEmpty())
                why.append(Readings::tr("mounted at %1").arg(d.mountpoints.join(QLatin1String(", "))));
            if (!d.partitions.isEmpty())
                why.append(Readings::tr("has partitions %1").arg(d.partitions.join(QLatin1String(", "))));
            if (d.fstype == QLatin1String("linux_raid_member"))
                why.append(Readings::tr("holds a RAID member signature of an array that is not running"));
            else if (!d.fstype.isEmpty())
                why.append(Readings::tr("holds a %1 signature").arg(d.fstype));
            if (!holders.isEmpty())
                why.append(Readings::tr("used by %1").arg(holders.join(QLatin1String(", "))));
            if (!why.isEmpty()) {
                d.role = DiskRole::InUse;
                d.inUseReason = why.join(QLatin1String("; "));
            }
        }
        d.sysPath = blockLinks.value(d.name, blockLinks.value(top.kname));
        locations.append({d.name, d.sysPath, moduleOverrideKey(d)});
        s->disks.append(d);
    }
    // Disks seen before and gone now keep their place in the numbering; a disk
    // back under a new name in the same bay (same bus path) is that bay's.
    QSet<QString> presentNames, presentPaths;
    for (const DeviceLocation &l : std::as_const(locations)) {
        presentNames.insert(l.name);
        if (!l.sysPath.isEmpty())
            presentPaths.insert(l.sysPath);
    }
    QStringList gone;
    for (const DeviceLocation &l : raw.formerDisks)
        if (!presentNames.contains(l.name) && !l.sysPath.isEmpty() && !presentPaths.contains(l.sysPath)) {
            locations.append(l);
            presentPaths.insert(l.sysPath);
            gone.append(l.name);
        }
    const QMap<QString, Placement> places = placeDevices(locations, raw.moduleOverrides);
    for (Disk &d : s->disks) {
        const Placement p = places.value(d.name);
        d.module = p.module;
        d.slot = p.slot;
    }
    for (const QString &name : std::as_const(gone)) {
        const Placement p = places.value(name);
        if (!p.module.isEmpty() && p.slot >= 0)
            s->emptyDiskSlots[p.module].append(EmptySlot{p.slot, name});
    }
}


} // namespace ftc::snapshot
