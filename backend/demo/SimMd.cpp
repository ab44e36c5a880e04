// md RAID as the kernel and mdadm 4.2 show it: /proc/mdstat (md.c's md_seq_show
// and status_resync layout), mdadm --detail --export, the md sysfs directory, and
// the mdadm manage/create commands the console runs.

#include "SimCommands.h"

#include <QUuid>

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

QString devName(const QByteArray &arg)
{
    QString s = QString::fromUtf8(arg);
    if (s.startsWith(QLatin1String("/dev/")))
        s = s.mid(5);
    return s;
}

bool isSyncing(const SimArray &a) { return a.syncAction != QLatin1String("idle"); }

// The word mdstat prints for the running action.
QByteArray progressWord(const QString &action)
{
    if (action == QLatin1String("check"))
        return "check";
    if (action == QLatin1String("resync") || action == QLatin1String("repair"))
        return "resync";
    return "recovery";
}

// status_resync(): bar, per-mille, blocks, finish estimate and speed.
QByteArray progressLine(const SimState &s, const SimArray &a)
{
    const quint64 max = quint64(a.sectors());
    const quint64 done = quint64(qBound<qint64>(0, a.syncPos, a.sectors()));
    constexpr int scale = 10;
    const quint64 perMilli = ((done >> scale) * 1000) / ((max >> scale) + 1);
    const int x = int(perMilli / 50);
    QByteArray line = "[";
    line += QByteArray(x, '=');
    line += '>';
    line += QByteArray(20 - x, '.');
    line += "] ";
    char buf[200];
    std::snprintf(buf, sizeof buf, " %s =%3u.%u%% (%llu/%llu)", progressWord(a.syncAction).constData(),
                  unsigned(perMilli / 10), unsigned(perMilli % 10),
                  static_cast<unsigned long long>(done / 2), static_cast<unsigned long long>(max / 2));
    line += buf;
    const quint64 speed = quint64(s.syncSpeedKiB(a));
    const quint64 rt = (max - done) / 2 / qMax<quint64>(speed, 1);
    std::snprintf(buf, sizeof buf, " finish=%llu.%llumin speed=%lluK/sec",
                  static_cast<unsigned long long>(rt / 60), static_cast<unsigned long long>((rt % 60) / 6),
                  static_cast<unsigned long long>(speed));
    line += buf;
    return line;
}

QByteArray bitmapLine(const SimArray &a)
{
    const qint64 chunks = (a.componentKiB + 65535) / 65536;
    const qint64 pages = qMax<qint64>(1, (chunks + 2047) / 2048);
    // Pages hold dirty bits while a member is missing or catching up.
    const bool dirty = a.working() < a.raidDisks || isSyncing(a);
    const qint64 used = dirty ? pages : 0;
    return "bitmap: " + QByteArray::number(used) + '/' + QByteArray::number(pages) + " pages ["
        + QByteArray::number(used * 4) + "KB], 65536KB chunk";
}

QByteArray speedAttr(int local, int system)
{
    return local > 0 ? QByteArray::number(local) + " (local)" : QByteArray::number(system) + " (system)";
}

int nextDescNr(const SimArray &a)
{
    int next = a.raidDisks;
    for (const SimMember &m : a.members)
        next = qMax(next, m.descNr + 1);
    return next;
}

// mdadm's UUID: four groups of eight hex digits.
QString newMdUuid()
{
    const QString hex = QUuid::createUuid().toString(QUuid::Id128);
    return hex.mid(0, 8) + QLatin1Char(':') + hex.mid(8, 8) + QLatin1Char(':') + hex.mid(16, 8)
        + QLatin1Char(':') + hex.mid(24, 8);
}

QString blkidUuid(const QString &mdUuid)
{
    QString hex = mdUuid;
    hex.remove(QLatin1Char(':'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

// Whether a device cannot be opened exclusively: in an array, mounted, or a disk
// whose partitions are.
bool deviceBusy(const SimState &s, const QString &dev)
{
    if (s.arrayOf(dev))
        return true;
    const SimDisk *d = s.diskOf(dev);
    if (!d)
        return false;
    if (d->name == dev) {
        for (const SimPartition &p : d->parts)
            if (s.arrayOf(p.name) || !p.mountpoint.isEmpty())
                return true;
        return false;
    }
    for (const SimPartition &p : d->parts)
        if (p.name == dev)
            return !p.mountpoint.isEmpty();
    return false;
}

// The signature mdadm warns about before creating over it.
QByteArray existingContent(const SimState &s, const QString &dev)
{
    const SimDisk *d = s.diskOf(dev);
    if (!d)
        return {};
    if (d->name == dev) {
        if (!d->ptType.isEmpty())
            return "mdadm: partition table exists on /dev/" + b(dev) + "\n";
        if (d->fstype == QLatin1String("linux_raid_member"))
            return "mdadm: /dev/" + b(dev) + " appears to be part of a raid array:\n"
                   "       level=raid1 devices=2 ctime=Tue Nov 24 23:04:11 2026\n";
        if (!d->fstype.isEmpty())
            return "mdadm: /dev/" + b(dev) + " appears to contain an " + b(d->fstype) + " file system\n";
        return {};
    }
    for (const SimPartition &p : d->parts)
        if (p.name == dev && !p.fstype.isEmpty())
            return p.fstype == QLatin1String("linux_raid_member")
                ? "mdadm: /dev/" + b(dev) + " appears to be part of a raid array:\n"
                  "       level=raid1 devices=2 ctime=Tue Nov 24 23:04:11 2026\n"
                : "mdadm: /dev/" + b(dev) + " appears to contain an " + b(p.fstype) + " file system\n";
    return {};
}

QString superblockUuid(const SimState &s, const QString &dev)
{
    const SimDisk *d = s.diskOf(dev);
    if (!d)
        return {};
    if (d->name == dev)
        return d->fstype == QLatin1String("linux_raid_member") ? d->fsUuid : QString();
    for (const SimPartition &p : d->parts)
        if (p.name == dev && p.fstype == QLatin1String("linux_raid_member"))
            return p.fsUuid;
    return {};
}

QByteArray detailExport(const SimArray &a)
{
    QByteArray out = "MD_LEVEL=raid1\nMD_DEVICES=" + QByteArray::number(a.raidDisks)
        + "\nMD_METADATA=1.2\nMD_UUID=" + b(a.uuid) + "\nMD_NAME=" + b(a.mdName) + "\n";
    for (qsizetype i = a.members.size() - 1; i >= 0; --i) {
        const SimMember &m = a.members[i];
        const QByteArray key = "MD_DEVICE_dev_" + b(m.dev);
        // mdadm 4.2 calls a failed member a spare in this format.
        const QByteArray role = m.slot >= 0 && m.state != QLatin1String("faulty")
            ? QByteArray::number(m.slot) : QByteArray("spare");
        out += key + "_ROLE=" + role + "\n" + key + "_DEV=/dev/" + b(m.dev) + "\n";
    }
    return out;
}

QByteArray sizeWithUnits(qint64 kib)
{
    char buf[120];
    std::snprintf(buf, sizeof buf, "%lld (%.2f GiB %.2f GB)", static_cast<long long>(kib),
                  double(kib) / (1024.0 * 1024.0), double(kib) * 1024.0 / 1e9);
    return buf;
}

QByteArray detailHuman(const SimState &s, const SimArray &a)
{
    int active = 0, working = 0, failed = 0, spare = 0;
    for (const SimMember &m : a.members) {
        if (m.state == QLatin1String("faulty")) {
            ++failed;
            continue;
        }
        ++working;
        if (m.state == QLatin1String("in_sync") && m.slot >= 0)
            ++active;
        else
            ++spare;
    }
    QByteArray state = "clean";
    if (a.working() < a.raidDisks)
        state += ", degraded";
    if (a.syncAction == QLatin1String("recover"))
        state += ", recovering";
    else if (a.syncAction == QLatin1String("resync"))
        state += ", resyncing";
    else if (a.syncAction == QLatin1String("check") || a.syncAction == QLatin1String("repair"))
        state += ", checking";
    const auto line = [](const char *key, const QByteArray &v) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%18s : ", key);
        return QByteArray(buf) + v + "\n";
    };
    QByteArray out = "/dev/" + b(a.name) + ":\n";
    out += line("Version", "1.2");
    out += line("Creation Time", "Tue Nov 24 23:04:11 2026");
    out += line("Raid Level", "raid1");
    out += line("Array Size", sizeWithUnits(a.componentKiB));
    out += line("Used Dev Size", sizeWithUnits(a.componentKiB));
    out += line("Raid Devices", QByteArray::number(a.raidDisks));
    out += line("Total Devices", QByteArray::number(a.members.size()));
    out += line("Persistence", "Superblock is persistent");
    out += "\n";
    if (a.bitmap)
        out += line("Intent Bitmap", "Internal") + "\n";
    out += line("Update Time", "Tue Nov 24 23:04:41 2026");
    out += line("State", state + " ");
    out += line("Active Devices", QByteArray::number(active));
    out += line("Working Devices", QByteArray::number(working));
    out += line("Failed Devices", QByteArray::number(failed));
    out += line("Spare Devices", QByteArray::number(spare));
    out += "\n";
    out += line("Consistency Policy", a.bitmap ? "bitmap" : "resync");
    out += "\n";
    if (isSyncing(a)) {
        const qint64 pct = a.sectors() > 0 ? a.syncPos * 100 / a.sectors() : 0;
        const char *key = a.syncAction == QLatin1String("recover") ? "Rebuild Status"
            : a.syncAction == QLatin1String("resync") ? "Resync Status" : "Check Status";
        out += line(key, QByteArray::number(pct) + "% complete") + "\n";
    }
    out += line("Name", b(a.mdName) + "  (local to host " + b(s.hostname) + ")");
    out += line("UUID", b(a.uuid));
    out += line("Events", "27");
    out += "\n    Number   Major   Minor   RaidDevice State\n";
    QList<QByteArray> rows, extra;
    for (int slot = 0; slot < a.raidDisks; ++slot) {
        const SimMember *found = nullptr;
        for (const SimMember &m : a.members)
            if (m.slot == slot && m.state != QLatin1String("faulty"))
                found = &m;
        char buf[200];
        if (!found) {
            std::snprintf(buf, sizeof buf, "       -       0        0        %d      removed\n", slot);
        } else {
            const SimDisk *d = s.diskOf(found->dev);
            const int minor = d ? d->minor + (found->dev == d->name ? 0 : found->dev.right(1).toInt()) : 0;
            std::snprintf(buf, sizeof buf, "%8d     %3d     %4d        %d      %s   /dev/%s\n", found->descNr,
                          d ? d->major : 8, minor, slot,
                          found->state == QLatin1String("rebuilding") ? "spare rebuilding" : "active sync",
                          found->dev.toUtf8().constData());
        }
        rows.append(buf);
    }
    for (const SimMember &m : a.members) {
        if (m.slot >= 0 && m.state != QLatin1String("faulty"))
            continue;
        const SimDisk *d = s.diskOf(m.dev);
        const int minor = d ? d->minor + (m.dev == d->name ? 0 : m.dev.right(1).toInt()) : 0;
        char buf[200];
        std::snprintf(buf, sizeof buf, "\n%8d     %3d     %4d        -      %s   /dev/%s\n", m.descNr,
                      d ? d->major : 8, minor, m.state == QLatin1String("faulty") ? "faulty" : "spare",
                      m.dev.toUtf8().constData());
        extra.append(buf);
    }
    for (const QByteArray &r : rows)
        out += r;
    for (const QByteArray &r : extra)
        out += r;
    return out;
}

struct CreateOpts {
    QString array;
    int level = -1;
    int raidDevices = -1;
    bool run = false;
    bool metadataGiven = false;
    QString bitmap;  // "", internal, none
    QStringList devices;
    QByteArray badOption;
    bool assumeClean = false;
};

CommandResult create(SimState &s, const CreateOpts &o, const QByteArray &input)
{
    if (o.array.isEmpty() || !o.array.startsWith(QLatin1String("md")))
        return fail(2, "mdadm: an md device must be given in this mode\n");
    if (o.level < 0)
        return fail(2, "mdadm: a RAID level is needed to create an array.\n");
    if (o.raidDevices < 0)
        return fail(2, "mdadm: no raid-devices specified.\n");
    if (o.level != 1)
        return fail(1, "mdadm: only RAID1 is modelled by the simulated host\n");
    if (o.devices.size() < o.raidDevices)
        return fail(2, "mdadm: You haven't given enough devices (real or missing) to create this array\n");
    if (o.devices.size() > o.raidDevices)
        return fail(2, "mdadm: You have listed more devices (" + QByteArray::number(o.devices.size())
                           + ") than are in the array(" + QByteArray::number(o.raidDevices) + ")!\n");
    bool okNum = false;
    const int minor = o.array.mid(2).toInt(&okNum);
    if (!okNum || minor < 0 || minor > 1048575)
        return fail(1, "mdadm: /dev/" + b(o.array) + " is an invalid name for an md device.\n");
    if (s.array(o.array))
        return fail(1, "mdadm: cannot open /dev/" + b(o.array) + ": Device or resource busy\n");
    QByteArray err;
    qint64 minSectors = -1;
    int real = 0;
    for (const QString &dev : o.devices) {
        if (dev == QLatin1String("missing"))
            continue;
        ++real;
        const qint64 sectors = s.blockSectors(dev);
        if (sectors < 0)
            return fail(1, "mdadm: cannot open /dev/" + b(dev) + ": No such file or directory\n");
        if (deviceBusy(s, dev))
            return fail(1, "mdadm: cannot open /dev/" + b(dev) + ": Device or resource busy\n");
        err += existingContent(s, dev);
        minSectors = minSectors < 0 ? sectors : qMin(minSectors, sectors);
    }
    if (real == 0)
        return fail(2, "mdadm: at least one device must be given that is not 'missing'\n");
    if (!err.isEmpty() && !o.run) {
        err += "Continue creating array? ";
        if (!input.trimmed().toLower().startsWith('y'))
            return fail(1, err + "mdadm: create aborted.\n");
        err += "\n";
    }
    if (!o.metadataGiven)
        err += "mdadm: Note: this array has metadata at the start and\n"
               "    may not be suitable as a boot device.  If you plan to\n"
               "    store '/boot' on this device please ensure that\n"
               "    your boot-loader understands md/v1.x metadata, or use\n"
               "    --metadata=0.90\n"
               "mdadm: Defaulting to version 1.2 metadata\n";
    SimArray a;
    a.name = o.array;
    a.minor = minor;
    a.uuid = newMdUuid();
    a.mdName = s.hostname + QLatin1Char(':') + QString::number(minor);
    a.raidDisks = o.raidDevices;
    const qint64 kib = (minSectors - 264192) / 2;
    a.componentKiB = qMax<qint64>(0, kib - kib % 64);
    // mdadm adds a write-intent bitmap to arrays over 100 GB unless told otherwise.
    a.bitmap = o.bitmap.isEmpty() ? a.componentKiB > 100LL * 1024 * 1024
                                  : o.bitmap == QLatin1String("internal");
    for (int i = 0; i < o.devices.size(); ++i)
        if (o.devices[i] != QLatin1String("missing"))
            a.members.append(SimMember{o.devices[i], i, i, QStringLiteral("in_sync")});
    if (real > 1 && !o.assumeClean) {
        a.syncAction = QStringLiteral("resync");
        a.syncPos = 0;
    }
    for (const SimMember &m : a.members)
        markRaidMember(s, m.dev, a);
    // Newest arrays come last; mdstat prints them first.
    s.arrays.append(a);
    err += "mdadm: array /dev/" + b(o.array) + " started.\n";
    return ok({}, err);
}

CommandResult manage(SimState &s, const QString &arrayName, const QList<QPair<QByteArray, QString>> &ops)
{
    SimArray *a = s.array(arrayName);
    if (!a)
        return fail(1, "mdadm: error opening /dev/" + b(arrayName) + ": No such file or directory\n");
    QByteArray err;
    for (const auto &op : ops) {
        const QString &dev = op.second;
        const QByteArray path = "/dev/" + b(dev);
        if (op.first == "add" || op.first == "re-add") {
            const qint64 sectors = s.blockSectors(dev);
            if (sectors < 0)
                return fail(1, err + "mdadm: cannot find " + path + ": No such file or directory\n");
            if (deviceBusy(s, dev))
                return fail(1, err + "mdadm: Cannot open " + path + ": Device or resource busy\n");
            if ((sectors - 264192) / 2 < a->componentKiB)
                return fail(1, err + "mdadm: " + path + " not large enough to join array\n");
            const bool former = superblockUuid(s, dev) == blkidUuid(a->uuid);
            const bool reAdd = former && a->bitmap;
            if (op.first == "re-add" && !reAdd)
                return fail(1, err + "mdadm: --re-add for " + path + " to /dev/" + b(arrayName)
                                   + " is not possible\n");
            SimMember m{dev, nextDescNr(*a), -1, QStringLiteral("spare")};
            a->members.append(m);
            markRaidMember(s, dev, *a);
            const bool wasIdle = !isSyncing(*a);
            kickRecovery(*a);
            // The bitmap lets a returning member copy only what changed while it was away.
            if (reAdd && wasIdle && a->syncAction == QLatin1String("recover"))
                a->syncPos = a->sectors() * 9 / 10;
            err += (reAdd ? "mdadm: re-added " : "mdadm: added ") + path + "\n";
        } else if (op.first == "fail") {
            SimMember *m = a->member(dev);
            if (!m)
                return fail(1, err + "mdadm: set device faulty failed for " + path + ":  No such device\n");
            if (m->state == QLatin1String("in_sync") && a->working() == 1)
                return fail(1, err + "mdadm: set device faulty failed for " + path
                                   + ":  Device or resource busy\n");
            // A failure interrupts whatever sync runs; recovery takes over below.
            if (isSyncing(*a)) {
                a->syncAction = QStringLiteral("idle");
                a->syncPos = 0;
            }
            m->state = QStringLiteral("faulty");
            m->slot = -1;
            err += "mdadm: set " + path + " faulty in /dev/" + b(arrayName) + "\n";
            kickRecovery(*a);
        } else if (op.first == "remove") {
            SimMember *m = a->member(dev);
            if (!m)
                return fail(1, err + "mdadm: hot remove failed for " + path + ": No such device or address\n");
            if (m->slot >= 0 && m->state != QLatin1String("faulty"))
                return fail(1, err + "mdadm: hot remove failed for " + path + ": Device or resource busy\n");
            a->members.removeIf([&](const SimMember &x) { return x.dev == dev; });
            err += "mdadm: hot removed " + path + " from /dev/" + b(arrayName) + "\n";
        }
    }
    return ok({}, err);
}

} // namespace

CommandResult ok(const QByteArray &out, const QByteArray &err)
{
    CommandResult r;
    r.status = CommandResult::Status::Finished;
    r.exitCode = 0;
    r.out = out;
    r.err = err;
    return r;
}

CommandResult fail(int code, const QByteArray &err, const QByteArray &out)
{
    CommandResult r = ok(out, err);
    r.exitCode = code;
    return r;
}

void markRaidMember(SimState &s, const QString &dev, const SimArray &a)
{
    const SimDisk *cd = s.diskOf(dev);
    if (!cd)
        return;
    SimDisk *d = s.disk(cd->name);
    if (d->name == dev) {
        // The superblock lands on top of whatever partition table was there.
        d->ptType.clear();
        d->parts.clear();
        d->fstype = QStringLiteral("linux_raid_member");
        d->fsUuid = blkidUuid(a.uuid);
        d->label = a.mdName;
        return;
    }
    for (SimPartition &p : d->parts)
        if (p.name == dev) {
            p.fstype = QStringLiteral("linux_raid_member");
            p.fsUuid = blkidUuid(a.uuid);
            p.label = a.mdName;
            p.mountpoint.clear();
        }
}

void kickRecovery(SimArray &a)
{
    if (isSyncing(a) || a.broken())
        return;
    for (int slot = 0; slot < a.raidDisks; ++slot) {
        bool taken = false;
        for (const SimMember &m : a.members)
            if (m.slot == slot && m.state != QLatin1String("faulty"))
                taken = true;
        if (taken)
            continue;
        for (SimMember &m : a.members) {
            if (m.state == QLatin1String("spare") && m.slot < 0) {
                m.slot = slot;
                m.state = QStringLiteral("rebuilding");
                a.syncAction = QStringLiteral("recover");
                a.syncPos = 0;
                break;
            }
        }
    }
}

QByteArray mdstat(const SimState &s)
{
    QByteArray out = "Personalities : [linear] [multipath] [raid0] [raid1] [raid6] [raid5] [raid4] [raid10] \n";
    for (qsizetype i = s.arrays.size() - 1; i >= 0; --i) {
        const SimArray &a = s.arrays[i];
        out += b(a.name) + " : active raid1";
        for (qsizetype k = a.members.size() - 1; k >= 0; --k) {
            const SimMember &m = a.members[k];
            out += ' ' + b(m.dev) + '[' + QByteArray::number(m.descNr) + ']';
            if (m.state == QLatin1String("faulty"))
                out += "(F)";
            else if (m.slot < 0)
                out += "(S)";
        }
        out += "\n      " + QByteArray::number(a.componentKiB) + " blocks super 1.2 ["
            + QByteArray::number(a.raidDisks) + '/' + QByteArray::number(a.working()) + "] [";
        for (int slot = 0; slot < a.raidDisks; ++slot) {
            bool up = false;
            for (const SimMember &m : a.members)
                if (m.slot == slot && m.state == QLatin1String("in_sync"))
                    up = true;
            out += up ? 'U' : '_';
        }
        out += "]\n      ";
        if (isSyncing(a) && !a.broken())
            out += progressLine(s, a) + "\n      ";
        if (a.bitmap)
            out += bitmapLine(a) + "\n";
        out += "\n";
    }
    out += "unused devices: <none>\n";
    return out;
}

QList<QPair<QByteArray, QByteArray>> mdSysfs(const SimState &s, const SimArray &a)
{
    QList<QPair<QByteArray, QByteArray>> f;
    const auto add = [&f](const std::pair<QByteArray, QByteArray> &kv) { f.append(kv); };
    const bool syncing = isSyncing(a) && !a.broken();
    const int degraded = a.raidDisks - a.working();
    add({"level", "raid1"});
    add({"raid_disks", QByteArray::number(a.raidDisks)});
    add({"metadata_version", "1.2"});
    add({"component_size", QByteArray::number(a.componentKiB)});
    add({"array_state", a.broken() ? "broken" : "clean"});
    add({"array_size", "default"});
    add({"chunk_size", "0"});
    add({"layout", "0"});
    add({"consistency_policy", a.bitmap ? "bitmap" : "resync"});
    add({"degraded", QByteArray::number(degraded)});
    add({"sync_action", b(a.syncAction == QLatin1String("idle") || a.broken() ? QStringLiteral("idle")
                                                                                    : a.syncAction)});
    add({"last_sync_action", b(a.lastSyncAction)});
    add({"sync_completed", syncing ? QByteArray::number(qMin(a.syncPos, a.sectors())) + " / "
                                              + QByteArray::number(a.sectors())
                                        : QByteArray("none")});
    add({"sync_speed", syncing ? QByteArray::number(s.syncSpeedKiB(a)) : QByteArray("none")});
    add({"sync_speed_min", speedAttr(a.speedMinLocal, s.speedMinSystem)});
    add({"sync_speed_max", speedAttr(a.speedMaxLocal, s.speedMaxSystem)});
    add({"sync_min", "0"});
    add({"sync_max", "max"});
    add({"mismatch_cnt", QByteArray::number(a.mismatchCnt)});
    add({"resync_start", "none"});
    add({"reshape_position", "none"});
    add({"safe_mode_delay", "0.204"});
    add({"max_read_errors", "20"});
    add({"suspend_lo", "0"});
    add({"suspend_hi", "0"});
    if (a.bitmap) {
        add({"bitmap/location", "+8"});
        add({"bitmap/chunksize", "67108864"});
        add({"bitmap/metadata", "internal"});
        add({"bitmap/time_base", "5"});
        add({"bitmap/backlog", "0"});
        add({"bitmap/can_clear", "false"});
    }
    for (const SimMember &m : a.members) {
        const QByteArray dir = "dev-" + b(m.dev) + "/";
        QByteArray state = m.state == QLatin1String("in_sync") ? "in_sync"
            : m.state == QLatin1String("faulty") ? "faulty" : "spare";
        add({dir + "state", state});
        add({dir + "slot", m.slot >= 0 && m.state != QLatin1String("faulty")
                                    ? QByteArray::number(m.slot) : QByteArray("none")});
        add({dir + "offset", "264192"});
        add({dir + "size", QByteArray::number(a.componentKiB)});
        add({dir + "errors", "0"});
        add({dir + "recovery_start", m.state == QLatin1String("rebuilding") && syncing
                                              ? QByteArray::number(a.syncPos) : QByteArray("none")});
    }
    return f;
}

CommandResult writeMdAttr(SimState &s, SimArray &a, const QByteArray &path, const QByteArray &attr,
                          const QByteArray &valueIn)
{
    const QByteArray value = valueIn.trimmed();
    const QByteArray echoed = valueIn;
    const auto einval = [&] { return fail(1, "tee: " + path + ": Invalid argument\n", echoed); };
    if (attr == "sync_action") {
        if (value == "idle" || value == "frozen") {
            if (a.syncAction == QLatin1String("check") || a.syncAction == QLatin1String("repair")) {
                a.lastSyncAction = a.syncAction;
                a.syncAction = QStringLiteral("idle");
                a.syncPos = 0;
            }
            return ok(echoed);
        }
        if (value == "check" || value == "repair") {
            if (isSyncing(a))
                return fail(1, "tee: " + path + ": Device or resource busy\n", echoed);
            if (a.working() == a.raidDisks) {
                a.syncAction = QString::fromUtf8(value);
                a.syncPos = 0;
            }
            return ok(echoed);
        }
        if (value == "resync" || value == "recover") {
            kickRecovery(a);
            return ok(echoed);
        }
        return einval();
    }
    if (attr == "sync_speed_min" || attr == "sync_speed_max") {
        int v = 0;
        if (value != "system") {
            bool good = false;
            v = value.toInt(&good);
            if (!good || v < 0)
                return einval();
        }
        (attr == "sync_speed_min" ? a.speedMinLocal : a.speedMaxLocal) = v;
        return ok(echoed);
    }
    for (const auto &f : mdSysfs(s, a))
        if (f.first == attr)
            return fail(1, "tee: " + path + ": Permission denied\n", echoed);
    return fail(1, "tee: " + path + ": No such file or directory\n", echoed);
}

CommandResult mdadm(SimState &s, const Argv &argv, const QByteArray &input)
{
    enum Mode { None, Detail, Create, Manage, Stop, Zero, Grow, Version };
    Mode mode = None;
    bool exportFmt = false;
    bool scan = false;
    CreateOpts co;
    QStringList targets;
    QList<QPair<QByteArray, QString>> ops;
    QByteArray pendingOp;
    QString growBitmap;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        QByteArray a = argv[i];
        QByteArray val;
        const qsizetype eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
            val = a.mid(eq + 1);
            a = a.left(eq);
        }
        const auto takeVal = [&]() -> QByteArray {
            if (!val.isEmpty())
                return val;
            return i + 1 < argv.size() ? argv[++i] : QByteArray();
        };
        if (a == "--detail" || a == "-D") {
            mode = Detail;
        } else if (a == "--export" || a == "-Y") {
            exportFmt = true;
        } else if (a == "--scan" || a == "-s") {
            scan = true;
        } else if (a == "--create" || a == "-C") {
            mode = Create;
        } else if (a == "--stop" || a == "-S") {
            mode = Stop;
        } else if (a == "--zero-superblock") {
            mode = Zero;
        } else if (a == "--grow" || a == "-G") {
            mode = Grow;
        } else if (a == "--version" || a == "-V") {
            mode = Version;
        } else if (a == "--manage") {
            mode = Manage;
        } else if (a == "--add" || a == "-a") {
            pendingOp = "add";
            if (mode == None) mode = Manage;
        } else if (a == "--re-add") {
            pendingOp = "re-add";
            if (mode == None) mode = Manage;
        } else if (a == "--fail" || a == "-f" || a == "--set-faulty") {
            pendingOp = "fail";
            if (mode == None) mode = Manage;
        } else if (a == "--remove" || a == "-r") {
            pendingOp = "remove";
            if (mode == None) mode = Manage;
        } else if (a == "--level" || a.startsWith("-l")) {
            const QByteArray v = a.startsWith("-l") && a.size() > 2 ? a.mid(2) : takeVal();
            co.level = (v == "1" || v == "raid1" || v == "mirror") ? 1 : (v.isEmpty() ? -1 : 99);
        } else if (a == "--raid-devices" || a.startsWith("-n")) {
            const QByteArray v = a.startsWith("-n") && a.size() > 2 ? a.mid(2) : takeVal();
            bool good = false;
            co.raidDevices = v.toInt(&good);
            if (!good || co.raidDevices < 1 || co.raidDevices > 64)
                return fail(2, "mdadm: invalid number of raid devices: " + v + "\n");
        } else if (a == "--run" || a == "-R" || a == "--force" || a == "--quiet" || a == "-q"
                   || a == "--verbose" || a == "-v") {
            if (a == "--run" || a == "-R" || a == "--force")
                co.run = true;
        } else if (a == "--assume-clean") {
            co.assumeClean = true;
        } else if (a == "--metadata" || a == "-e") {
            takeVal();
            co.metadataGiven = true;
        } else if (a == "--bitmap" || a == "-b") {
            const QByteArray v = takeVal();
            co.bitmap = QString::fromUtf8(v);
            growBitmap = co.bitmap;
        } else if (a == "--name" || a == "-N" || a == "--homehost" || a == "--size" || a == "-z") {
            takeVal();
        } else if (a.startsWith('-') && a != "-") {
            return fail(2, "mdadm: unrecognized option '" + argv[i] + "'\nUsage: mdadm --help\n"
                           "  for help\n");
        } else {
            const QString dev = devName(a);
            if (!pendingOp.isEmpty() && !targets.isEmpty())
                ops.append({pendingOp, dev});
            else
                targets.append(dev);
        }
    }
    switch (mode) {
    case Version:
        return ok({}, "mdadm - v4.2 - 2021-12-30 - Debian 4.2-5\n");
    case Detail: {
        if (scan && targets.isEmpty()) {
            QByteArray out;
            for (const SimArray &a : s.arrays)
                out += "ARRAY /dev/" + b(a.name) + " metadata=1.2 name=" + b(a.mdName) + " UUID="
                    + b(a.uuid) + "\n";
            return ok(out);
        }
        if (targets.isEmpty())
            return fail(2, "mdadm: No devices given.\n");
        QByteArray out;
        int rc = 0;
        QByteArray err;
        for (const QString &t : targets) {
            const SimArray *a = s.array(t);
            if (!a) {
                err += s.diskOf(t) ? "mdadm: /dev/" + b(t) + " does not appear to be an md device\n"
                                   : "mdadm: cannot open /dev/" + b(t) + ": No such file or directory\n";
                rc = 1;
                continue;
            }
            out += exportFmt ? detailExport(*a) : detailHuman(s, *a);
        }
        return fail(rc, err, out);
    }
    case Create:
        co.array = targets.value(0);
        co.devices = targets.mid(1);
        return create(s, co, input);
    case Manage:
        if (targets.isEmpty())
            return fail(2, "mdadm: an md device must be given in this mode\n");
        if (ops.isEmpty())
            return fail(2, "mdadm: No devices given.\n");
        return manage(s, targets[0], ops);
    case Stop: {
        QByteArray err;
        for (const QString &t : targets) {
            SimArray *a = s.array(t);
            if (!a)
                return fail(1, err + "mdadm: error opening /dev/" + b(t) + ": No such file or directory\n");
            if (!a->mountpoint.isEmpty())
                return fail(1, err + "mdadm: Cannot get exclusive access to /dev/" + b(t)
                                   + ":Perhaps a running process, mounted filesystem or active volume group?\n");
            s.arrays.removeIf([&](const SimArray &x) { return x.name == t; });
            err += "mdadm: stopped /dev/" + b(t) + "\n";
        }
        return ok({}, err);
    }
    case Zero:
        for (const QString &t : targets) {
            if (s.blockSectors(t) < 0)
                return fail(1, "mdadm: Couldn't open /dev/" + b(t) + " for write - not zeroing\n");
            if (deviceBusy(s, t))
                return fail(1, "mdadm: Couldn't open /dev/" + b(t) + " for write - not zeroing\n");
            SimDisk *d = s.disk(s.diskOf(t)->name);
            if (d->name == t) {
                if (d->fstype == QLatin1String("linux_raid_member")) {
                    d->fstype.clear();
                    d->fsUuid.clear();
                    d->label.clear();
                }
            } else {
                for (SimPartition &p : d->parts)
                    if (p.name == t && p.fstype == QLatin1String("linux_raid_member")) {
                        p.fstype.clear();
                        p.fsUuid.clear();
                        p.label.clear();
                    }
            }
        }
        return ok();
    case Grow: {
        SimArray *a = s.array(targets.value(0));
        if (!a)
            return fail(1, "mdadm: cannot open /dev/" + b(targets.value(0)) + ": No such file or directory\n");
        if (growBitmap == QLatin1String("internal"))
            a->bitmap = true;
        else if (growBitmap == QLatin1String("none"))
            a->bitmap = false;
        return ok();
    }
    case None:
        if (!targets.isEmpty() && s.array(targets[0]))
            return ok(detailHuman(s, *s.array(targets[0])));
        return fail(2, "Usage: mdadm --help\n  for help\n");
    }
    return fail(2, "Usage: mdadm --help\n  for help\n");
}

} // namespace ftc::sim
