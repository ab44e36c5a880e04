#include "RawSources.h"

#include "Modules.h"
#include "parse/Bonding.h"
#include "parse/IpLink.h"
#include "parse/Lsblk.h"
#include "parse/MdDetail.h"
#include "parse/MdSysfs.h"
#include "parse/Mdstat.h"
#include "parse/ProcInfo.h"
#include "parse/SysLinks.h"
#include "parse/Virsh.h"

#include <QRegularExpression>

#include <numeric>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace ftc {

namespace {

// ---------------------------------------------------------------- problems

// Random bytes in one source must not flood the event log: the first few
// errors carry the detail, one more line says how many were left out.
constexpr int kMaxProblemsPerSource = 20;

void reportErrors(HostSnapshot *s, const RawSources &raw, const QString &key, const ParseErrors &errors)
{
    const QString command = raw.commands.value(key);
    for (int i = 0; i < errors.size() && i < kMaxProblemsPerSource; ++i) {
        const ParseError &e = errors[i];
        const QString where = e.line > 0 ? QStringLiteral("line %1: ").arg(e.line) : QString();
        s->problems.append({key, command,
                            QStringLiteral("Could not understand %1 output, %2%3").arg(key, where, e.message),
                            e.text});
    }
    if (errors.size() > kMaxProblemsPerSource)
        s->problems.append({key, command,
                            QStringLiteral("%1 more lines of %2 could not be understood")
                                .arg(errors.size() - kMaxProblemsPerSource)
                                .arg(key),
                            {}});
}

void reportToolErrors(HostSnapshot *s, const RawSources &raw, const QString &key, const QStringList &errors)
{
    for (const QString &e : errors)
        s->problems.append({key, raw.commands.value(key), e, {}});
}

const QByteArray *source(const RawSources &raw, const QString &key)
{
    const auto it = raw.files.constFind(key);
    return it == raw.files.constEnd() ? nullptr : &it.value();
}

// ---------------------------------------------------------------- host

void buildHost(HostSnapshot *s, const RawSources &raw)
{
    HostInfo &h = s->info;
    if (const QByteArray *t = source(raw, QStringLiteral("hostname")))
        h.name = QString::fromUtf8(*t).trimmed();
    if (h.name.isEmpty())
        h.name = raw.label;

    VirshNodeInfo node;
    if (const QByteArray *t = source(raw, QStringLiteral("virsh/nodeinfo"))) {
        node = parseVirshNodeInfo(*t);
        reportErrors(s, raw, QStringLiteral("virsh/nodeinfo"), node.errors);
    }
    if (const QByteArray *t = source(raw, QStringLiteral("cpuinfo"))) {
        const CpuInfo cpu = parseCpuInfo(*t);
        reportErrors(s, raw, QStringLiteral("cpuinfo"), cpu.errors);
        h.cpus = cpu.processors;
        h.mhz = cpu.mhz > 0 ? int(std::lround(cpu.mhz)) : 0;
        h.cpuModel = cpu.modelName.simplified(); // cpuinfo pads model names with runs of spaces
    }
    // nodeinfo fills what /proc/cpuinfo does not print (arm has no "cpu MHz").
    if (h.cpus <= 0 && node.cpus > 0)
        h.cpus = node.cpus;
    if (h.mhz <= 0 && node.mhz > 0)
        h.mhz = node.mhz;
    if (h.cpuModel.isEmpty())
        h.cpuModel = node.cpuModel;

    if (const QByteArray *t = source(raw, QStringLiteral("meminfo"))) {
        const MemInfo mem = parseMemInfo(*t);
        reportErrors(s, raw, QStringLiteral("meminfo"), mem.errors);
        h.memoryBytes = qMax<qint64>(0, mem.value(QStringLiteral("MemTotal")));
        h.memoryAvailableBytes = qMax<qint64>(0, mem.available());
    }
    if (h.memoryBytes <= 0 && node.memoryKiB > 0)
        h.memoryBytes = node.memoryKiB * 1024;
}

// ---------------------------------------------------------------- mirrors
//
// mdstat gives the structure (members, size, [UU_]); sysfs, read after mdstat
// in the same batch, is the newer word on whatever both describe: sync action
// and progress, degraded count, member states. Choosing one source per fact
// (instead of mixing per field) keeps a snapshot self-consistent when the two
// were read either side of a state change, as the lab captures show.

QString normalizeAction(const QString &a)
{
    if (a == QLatin1String("recover"))
        return QStringLiteral("recovery");
    if (a == QLatin1String("remote")) // clustered md: a peer is resyncing
        return QStringLiteral("resync");
    return a;
}

bool isWaitWord(const QString &a)
{
    return a == QLatin1String("pending") || a == QLatin1String("delayed");
}

std::optional<SyncProgress> syncFromMdstat(const MdstatArray &a);

// "external:/md127/0" (or "external:-md127/0" while mdmon has it blocked):
// the array lives in container md127. Empty for every other superblock.
QString containerOfMember(const QString &superblock)
{
    if (!superblock.startsWith(QLatin1String("external:")) || superblock.size() < 11)
        return {};
    const QChar lead = superblock.at(9);
    if (lead != QLatin1Char('/') && lead != QLatin1Char('-'))
        return {};
    return superblock.mid(10).section(QLatin1Char('/'), 0, 0);
}

// "external:imsm", "external:ddf": the array line is the container itself.
bool isContainer(const MdstatArray &a)
{
    return a.superblock.startsWith(QLatin1String("external:")) && containerOfMember(a.superblock).isEmpty();
}

// The console's three priorities are written as local limits (MirrorPlanner:
// Low = max 10000, High = min 50000); "(system)" means the host-wide default.
QString resyncPriorityOf(const MdSysfs &fs)
{
    const QString minText = fs.attributes.value(QStringLiteral("sync_speed_min"));
    const QString maxText = fs.attributes.value(QStringLiteral("sync_speed_max"));
    if (minText.isEmpty() || maxText.isEmpty())
        return {};
    const bool minSystem = minText.contains(QLatin1String("system"));
    const bool maxSystem = maxText.contains(QLatin1String("system"));
    if (minSystem && maxSystem)
        return QStringLiteral("normal");
    if (!maxSystem && fs.syncSpeedMax >= 0 && fs.syncSpeedMax <= 10000)
        return QStringLiteral("low");
    if (!minSystem && fs.syncSpeedMin >= 50000)
        return QStringLiteral("high");
    return QStringLiteral("custom");
}

std::optional<SyncProgress> syncFromSysfs(const MdSysfs &fs, const MdstatArray &a)
{
    const QString action = fs.syncAction;
    if (action == QLatin1String("idle") || action == QLatin1String("frozen")) {
        // sysfs has no word for "resync=PENDING" (auto-read-only arrays that
        // still owe a resync); only mdstat says so.
        if (a.sync && isWaitWord(a.sync->action))
            return SyncProgress{a.sync->action, 0, -1, -1, -1, -1};
        return std::nullopt;
    }
    SyncProgress p;
    p.action = normalizeAction(action);
    if (isWaitWord(fs.syncCompletedWord)) {
        p.action = fs.syncCompletedWord;
        return p;
    }
    if (fs.syncDoneSectors < 0 || fs.syncTotalSectors <= 0) {
        // At the very end of a recovery the kernel can still say "recover" in
        // sync_action after sync_completed went back to "none": the work is over,
        // and a 0 % bar would jump back. mdstat decides then.
        return a.sync ? syncFromMdstat(a) : std::nullopt;
    }
    {
        p.doneSectors = qMin(fs.syncDoneSectors, fs.syncTotalSectors);
        p.totalSectors = fs.syncTotalSectors;
        p.percent = 100.0 * double(p.doneSectors) / double(p.totalSectors);
    }
    // sync_completed moves in checkpoints (md_do_sync() updates it every few
    // seconds, by whole chunks of up to hundreds of GB on large disks), while
    // mdstat's "(done/total)" is the position right now: the further of the two
    // is the truth when both describe the same pass.
    if (a.sync && a.sync->doneKiB >= 0 && a.sync->totalKiB > 0
        && normalizeAction(a.sync->action) == p.action && a.sync->totalKiB * 2 == p.totalSectors) {
        const qint64 mdstatDone = qMin(a.sync->doneKiB, a.sync->totalKiB) * 2;
        if (mdstatDone > p.doneSectors) {
            p.doneSectors = mdstatDone;
            p.percent = 100.0 * double(p.doneSectors) / double(p.totalSectors);
        }
    }
    p.speedKiBs = fs.syncSpeedKiBs >= 0 ? fs.syncSpeedKiBs : -1;
    if (p.speedKiBs > 0 && p.totalSectors > 0)
        p.finishSeconds = std::llround(double(p.totalSectors - p.doneSectors) / 2.0 / double(p.speedKiBs));
    return p;
}

std::optional<SyncProgress> syncFromMdstat(const MdstatArray &a)
{
    if (!a.sync)
        return std::nullopt;
    const MdstatSync &m = *a.sync;
    SyncProgress p;
    p.action = normalizeAction(m.action);
    if (m.doneKiB >= 0 && m.totalKiB > 0) {
        p.doneSectors = qMin(m.doneKiB, m.totalKiB) * 2;
        p.totalSectors = m.totalKiB * 2;
        p.percent = 100.0 * double(p.doneSectors) / double(p.totalSectors);
    } else if (m.percent >= 0) {
        p.percent = qMin(100.0, m.percent);
    }
    p.speedKiBs = m.speedKiBs;
    if (m.finishMinutes >= 0)
        p.finishSeconds = std::llround(m.finishMinutes * 60.0);
    return p;
}

bool tooFewToRun(const QString &level, int expected, int working)
{
    if (working <= 0)
        return true;
    if (expected <= 0)
        return false;
    if (level == QLatin1String("raid0") || level == QLatin1String("linear"))
        return working < expected;
    if (level == QLatin1String("raid4") || level == QLatin1String("raid5"))
        return working < expected - 1;
    if (level == QLatin1String("raid6"))
        return working < expected - 2;
    return false; // raid1, raid10 (layout-dependent), multipath: one survivor may carry it
}

struct MemberWork {
    MirrorMember m;
    int descNr = -1;
    bool slotKnown = false;
};

Mirror buildMirror(const MdstatArray &a, const MdDetail *detail, const MdSysfs *fs)
{
    Mirror m;
    m.name = a.name;
    m.level = a.personality;
    if (m.level.isEmpty() && detail)
        m.level = detail->level;
    if (m.level.isEmpty() && fs)
        m.level = fs->level;
    m.readOnly = a.readOnly || a.autoReadOnly;
    m.sizeBytes = a.active && a.blocks > 0 ? a.blocks * 1024 : 0;
    m.bitmap = a.bitmap;
    m.layout = a.layout;
    m.container = containerOfMember(a.superblock);
    if (fs) {
        m.syncSpeedMinKiB = fs->syncSpeedMin;
        m.syncSpeedMaxKiB = fs->syncSpeedMax;
        m.resyncPriority = resyncPriorityOf(*fs);
    }
    if (detail) {
        m.uuid = detail->uuid;
        m.metadata = detail->metadata;
    }
    if (m.metadata.isEmpty()) // md_seq_show prints no "super" only for 0.90
        m.metadata = a.superblock.isEmpty() && a.blocks >= 0 ? QStringLiteral("0.90") : a.superblock;

    int expected = a.raidDisks;
    if (expected < 0 && fs && fs->raidDisks >= 0)
        expected = fs->raidDisks;
    if (expected < 0 && detail && detail->raidDevices >= 0)
        expected = detail->raidDevices;

    const bool sysfsSync = fs && !fs->syncAction.isEmpty();
    m.sync = sysfsSync ? syncFromSysfs(*fs, a) : syncFromMdstat(a);
    const bool fsSaysWhole = fs && fs->degraded == 0
        && (fs->syncAction.isEmpty() || fs->syncAction == QLatin1String("idle"));

    QList<MemberWork> work;
    for (const MdstatMember &mem : a.members) {
        if (mem.journal)
            continue; // a raid4/5/6 write journal is not a side of the array
        MemberWork w;
        w.descNr = mem.descNr;
        w.m.device = mem.device;
        const MdSysfsDevice *sd = fs ? fs->device(mem.device) : nullptr;
        const MdDetailDevice *dd = detail ? detail->device(mem.device) : nullptr;
        const bool faulty = mem.faulty || (sd && sd->states.contains(QLatin1String("faulty")))
            || (dd && dd->role == QLatin1String("faulty"));
        w.m.replacement = mem.replacement || (sd && sd->states.contains(QLatin1String("replacement")));
        if (w.m.replacement && !faulty) {
            // A replacement shares the slot of the member it is taking over; the
            // number in mdstat's brackets is its descriptor, never a slot of its
            // own. Until the kernel swaps it in, it holds no copy of the data.
            w.m.slot = sd && sd->hasSlot ? sd->slot : -1;
            w.slotKnown = true;
            const bool filled = sd && sd->states.contains(QLatin1String("in_sync"));
            w.m.state = filled ? MemberState::InSync : m.sync ? MemberState::Rebuilding : MemberState::Spare;
            work.append(w);
            continue;
        }
        if (sd && sd->hasSlot) {
            w.m.slot = sd->slot;
            w.slotKnown = true;
        } else if (dd && !dd->role.isEmpty() && !mem.faulty) {
            // mdadm reports a failed member as "spare"; mdstat's (F) outranks that.
            w.m.slot = dd->slot;
            w.slotKnown = true;
        } else if (mem.spare || mem.faulty || !a.active) {
            w.slotKnown = true;
        }
        if (faulty) {
            w.m.state = MemberState::Faulty;
        } else if ((w.slotKnown && w.m.slot < 0) || mem.spare) {
            w.m.state = MemberState::Spare;
            w.m.slot = -1;
        } else {
            w.m.state = MemberState::InSync; // refined below once the slot is known
        }
        work.append(w);
    }

    // Members mdstat lists without (S)/(F) hold a slot; without detail/sysfs the
    // bracket number is a hint only (it is the descriptor index, not the slot).
    QSet<int> taken;
    for (const MemberWork &w : work)
        if (w.slotKnown && w.m.slot >= 0 && w.m.state != MemberState::Spare && !w.m.replacement)
            taken.insert(w.m.slot);
    QList<int> unplaced;
    for (int i = 0; i < work.size(); ++i)
        if (!work[i].slotKnown && work[i].m.state != MemberState::Faulty)
            unplaced.append(i);
    std::sort(unplaced.begin(), unplaced.end(),
              [&](int x, int y) { return work[x].descNr < work[y].descNr; });
    for (int i : unplaced) {
        MemberWork &w = work[i];
        int slot = -1;
        if (w.descNr >= 0 && (expected < 0 || w.descNr < expected) && !taken.contains(w.descNr))
            slot = w.descNr;
        for (int pass = 0; slot < 0 && pass < 2 && expected > 0; ++pass)
            for (int s = 0; s < expected && slot < 0; ++s)
                if (!taken.contains(s) && (pass == 1 || (s < a.status.size() && a.status.at(s) == QLatin1Char('_'))))
                    slot = s;
        w.m.slot = slot;
        w.slotKnown = true;
        if (slot >= 0)
            taken.insert(slot);
    }

    for (MemberWork &w : work) {
        if (w.m.state != MemberState::InSync || w.m.slot < 0 || w.m.replacement)
            continue;
        const MdSysfsDevice *sd = fs ? fs->device(w.m.device) : nullptr;
        bool inSync;
        if (sd && !sd->states.isEmpty())
            inSync = sd->states.contains(QLatin1String("in_sync"));
        else if (fsSaysWhole)
            inSync = true;
        else if (w.m.slot < a.status.size())
            inSync = a.status.at(w.m.slot) == QLatin1Char('U');
        else
            inSync = !(m.sync && m.sync->action == QLatin1String("recovery"));
        // A slotted member that is not in sync is being (or about to be) rebuilt.
        w.m.state = inSync ? MemberState::InSync : MemberState::Rebuilding;
    }

    // Empty slots become "missing" members; a failed member whose slot is not
    // known still accounts for one of them (it is the side that failed).
    int faultyUnplaced = 0;
    for (const MemberWork &w : work)
        if (w.m.state == MemberState::Faulty && w.m.slot < 0)
            ++faultyUnplaced;
    QList<MirrorMember> members;
    if (a.active && expected > 0) {
        for (int s = 0; s < expected && s < 4096; ++s) {
            if (taken.contains(s))
                continue;
            if (faultyUnplaced > 0) {
                --faultyUnplaced;
                continue;
            }
            members.append({QString(), s, MemberState::Missing});
        }
    }
    for (const MemberWork &w : work)
        members.append(w.m);
    auto rank = [](const MirrorMember &x) {
        if (x.slot >= 0 && !x.replacement)
            return 0;
        if (x.replacement)
            return 1;
        return x.state == MemberState::Faulty ? 2 : 3;
    };
    std::stable_sort(members.begin(), members.end(), [&](const MirrorMember &x, const MirrorMember &y) {
        if (rank(x) != rank(y))
            return rank(x) < rank(y);
        return x.slot < y.slot;
    });
    m.members = members;

    int inSyncCount = 0;
    for (const MirrorMember &mm : m.members)
        if (mm.state == MemberState::InSync)
            ++inSyncCount;
    if (expected < 0) // linear/raid0 print no [n/m]: every listed member is needed
        expected = int(std::count_if(m.members.cbegin(), m.members.cend(), [](const MirrorMember &x) {
            return x.state != MemberState::Spare;
        }));
    int working;
    if (!a.active)
        working = 0;
    else if (fs && fs->degraded >= 0 && expected > 0)
        working = qMax(0, expected - fs->degraded);
    else if (a.workingDisks >= 0)
        working = a.workingDisks;
    else
        working = inSyncCount;
    m.membersExpected = qMax(0, expected);
    m.membersWorking = m.membersExpected > 0 ? qBound(0, working, m.membersExpected) : qMax(0, working);

    if (!a.active)
        m.state = OpState::Inactive;
    else if (tooFewToRun(m.level, m.membersExpected, m.membersWorking))
        m.state = OpState::Broken;
    else if (m.sync)
        m.state = OpState::Syncing;
    else if (m.membersWorking < m.membersExpected)
        m.state = OpState::Simplex;
    else
        m.state = OpState::Duplex;
    if (!a.active)
        m.sync.reset();
    return m;
}

// "md9" < "md10" < "md127" < "md_d0": text prefix, then the trailing number.
bool naturalLess(const QString &a, const QString &b)
{
    auto split = [](const QString &n) {
        qsizetype i = n.size();
        while (i > 0 && n.at(i - 1).isDigit())
            --i;
        return std::make_pair(QStringView(n).left(i), QStringView(n).mid(i));
    };
    const auto [pa, na] = split(a);
    const auto [pb, nb] = split(b);
    if (pa != pb)
        return pa < pb;
    if (na.size() != nb.size())
        return na.size() < nb.size();
    return na < nb;
}

void buildMirrors(HostSnapshot *s, const RawSources &raw, Mdstat *mdstatOut)
{
    const QByteArray *t = source(raw, QStringLiteral("mdstat"));
    if (!t)
        return;
    *mdstatOut = parseMdstat(*t);
    reportErrors(s, raw, QStringLiteral("mdstat"), mdstatOut->errors);
    s->mirrors.reserve(mdstatOut->arrays.size());
    for (const MdstatArray &a : mdstatOut->arrays) {
        if (isContainer(a)) {
            MdContainer c;
            c.name = a.name;
            c.metadata = a.superblock.mid(9);
            for (const MdstatMember &mem : a.members)
                c.devices.append(mem.device);
            for (const MdstatArray &other : mdstatOut->arrays)
                if (containerOfMember(other.superblock) == a.name)
                    c.arrays.append(other.name);
            s->containers.append(c);
            continue;
        }
        const QString detailKey = QLatin1String("md/") + a.name + QLatin1String("/detail");
        const QString sysfsKey = QLatin1String("md/") + a.name + QLatin1String("/sysfs");
        std::optional<MdDetail> detail;
        std::optional<MdSysfs> fs;
        if (const QByteArray *d = source(raw, detailKey)) {
            detail = parseMdDetailExport(*d);
            reportErrors(s, raw, detailKey, detail->errors);
        }
        if (const QByteArray *f = source(raw, sysfsKey)) {
            fs = parseMdSysfs(*f);
            reportErrors(s, raw, sysfsKey, fs->errors);
        }
        s->mirrors.append(buildMirror(a, detail ? &*detail : nullptr, fs ? &*fs : nullptr));
    }
    // mdstat lists the newest array first; people look for md0 before md127.
    // Sorting indices keeps the large Mirror values from being moved around.
    QList<qsizetype> order(s->mirrors.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        return naturalLess(s->mirrors[x].name, s->mirrors[y].name);
    });
    QList<Mirror> sorted;
    sorted.reserve(order.size());
    for (qsizetype i : order)
        sorted.append(std::move(s->mirrors[i]));
    s->mirrors = std::move(sorted);
}

// ---------------------------------------------------------------- disks

bool isPseudoDisk(const BlockDevice &d)
{
    static const QRegularExpression pseudo(QStringLiteral(R"(^(fd|zram|ram|loop|md|dm-|nbd)\d+)"));
    return d.sizeBytes <= 0 || pseudo.match(d.kname).hasMatch() || pseudo.match(d.name).hasMatch();
}

bool isMdNode(const BlockDevice &d)
{
    return d.type.startsWith(QLatin1String("raid")) || d.type == QLatin1String("md")
        || d.type == QLatin1String("linear");
}

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
        d.mirror = memberOf.value(top.name, memberOf.value(top.kname));
        QStringList holders;
        for (int j = i + 1; j < lsblk.devices.size() && lsblk.devices[j].depth > 0; ++j) {
            const BlockDevice &c = lsblk.devices[j];
            if (c.depth == 1 && c.type == QLatin1String("part")) {
                d.partitions.append(c.name);
                d.mountpoints.append(c.mountpoints);
                raidSignature = raidSignature || c.fstype == QLatin1String("linux_raid_member");
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
            d.inUseReason = QStringLiteral("belongs to the %1 container %2").arg(
                QString(mdstat.array(c) ? mdstat.array(c)->superblock.mid(9).toUpper() : QString()), c);
        } else {
            QStringList why;
            if (raidSignature && d.fstype != QLatin1String("linux_raid_member"))
                why.append(QStringLiteral("a partition holds a RAID member signature of an array that is not running"));
            if (!d.mountpoints.isEmpty())
                why.append(QStringLiteral("mounted at %1").arg(d.mountpoints.join(QLatin1String(", "))));
            if (!d.partitions.isEmpty())
                why.append(QStringLiteral("has partitions %1").arg(d.partitions.join(QLatin1String(", "))));
            if (d.fstype == QLatin1String("linux_raid_member"))
                why.append(QStringLiteral("holds a RAID member signature of an array that is not running"));
            else if (!d.fstype.isEmpty())
                why.append(QStringLiteral("holds a %1 signature").arg(d.fstype));
            if (!holders.isEmpty())
                why.append(QStringLiteral("used by %1").arg(holders.join(QLatin1String(", "))));
            if (!why.isEmpty()) {
                d.role = DiskRole::InUse;
                d.inUseReason = why.join(QLatin1String("; "));
            }
        }
        locations.append({d.name, blockLinks.value(d.name, blockLinks.value(top.kname))});
        s->disks.append(d);
    }
    const QMap<QString, Placement> places = placeDevices(locations, raw.moduleOverrides);
    for (Disk &d : s->disks) {
        const Placement p = places.value(d.name);
        d.module = p.module;
        d.slot = p.slot;
    }
}

// ---------------------------------------------------------------- network

bool isPhysicalNic(const IpLink &l, const QMap<QString, QString> &netLinks)
{
    if (l.name == QLatin1String("lo") || l.linkType == QLatin1String("loopback") || !l.kind.isEmpty())
        return false;
    if (!l.linkType.isEmpty() && l.linkType != QLatin1String("ether")
        && l.linkType != QLatin1String("infiniband"))
        return false;
    if (!l.parentBus.isEmpty())
        return true;
    const auto it = netLinks.constFind(l.name);
    if (it != netLinks.constEnd())
        return !isVirtualDevicePath(it.value());
    // Old iproute2 prints no parentbus and sys-net is missing: an ether link
    // without a link kind is most likely hardware.
    return true;
}

QString teamKind(const QString &mode)
{
    if (mode == QLatin1String("active-backup"))
        return QStringLiteral("AFT"); // SFT needs the switches, which are not known yet
    if (mode == QLatin1String("balance-alb"))
        return QStringLiteral("ALB");
    if (mode == QLatin1String("balance-tlb"))
        return QStringLiteral("TLB");
    if (mode == QLatin1String("802.3ad"))
        return QStringLiteral("LACP");
    if (mode == QLatin1String("balance-rr"))
        return QStringLiteral("RR");
    if (mode == QLatin1String("balance-xor"))
        return QStringLiteral("XOR");
    if (mode == QLatin1String("broadcast"))
        return QStringLiteral("BROADCAST");
    return {};
}

QString miiWord(const QString &ipWord)
{
    // ip's UP/DOWN/GOING_BACK -> /proc's up/down/going back
    return ipWord.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
}

void buildNetwork(HostSnapshot *s, const RawSources &raw, const QMap<QString, QString> &netLinks)
{
    IpLinks links;
    if (const QByteArray *t = source(raw, QStringLiteral("ip-link.json"))) {
        links = parseIpLinkJson(*t);
        reportErrors(s, raw, QStringLiteral("ip-link.json"), links.errors);
    }

    QStringList bondNames;
    for (const IpLink &l : links.links)
        if (l.kind == QLatin1String("bond"))
            bondNames.append(l.name);
    for (auto it = raw.files.constBegin(); it != raw.files.constEnd(); ++it)
        if (it.key().startsWith(QLatin1String("bonding/"))) {
            const QString name = it.key().mid(8);
            if (!name.isEmpty() && !bondNames.contains(name))
                bondNames.append(name);
        }
    QMap<QString, Bonding> bondings;
    for (const QString &b : bondNames) {
        const QString key = QStringLiteral("bonding/%1").arg(b);
        if (const QByteArray *t = source(raw, key)) {
            Bonding info = parseBonding(*t);
            reportErrors(s, raw, key, info.errors);
            bondings.insert(b, info);
        }
    }
    auto bondSlave = [&](const QString &nic) -> const BondingSlave * {
        for (const Bonding &b : bondings)
            if (const BondingSlave *sl = b.slave(nic))
                return sl;
        return nullptr;
    };

    QList<DeviceLocation> locations;
    for (const IpLink &l : links.links) {
        if (!isPhysicalNic(l, netLinks))
            continue;
        Nic n;
        n.name = l.name;
        n.mac = !l.permAddress.isEmpty() ? l.permAddress
            : !l.slavePermAddress.isEmpty() ? l.slavePermAddress : l.address;
        n.adminUp = l.adminUp();
        n.carrier = l.carrier();
        n.operState = l.operState;
        n.master = l.master;
        if (const BondingSlave *sl = bondSlave(l.name)) {
            n.speedMbps = sl->speedMbps;
            if (n.mac.isEmpty())
                n.mac = sl->permanentAddress;
        }
        const QString path = netLinks.value(l.name);
        n.pciPath = pciFunction(path);
        if (n.pciPath.isEmpty() && l.parentBus == QLatin1String("pci"))
            n.pciPath = l.parentDev;
        locations.append({n.name, path});
        s->nics.append(n);
    }
    const QMap<QString, Placement> places = placeDevices(locations, raw.moduleOverrides);
    for (Nic &n : s->nics) {
        const Placement p = places.value(n.name);
        n.module = p.module;
        n.slot = p.slot;
    }

    for (const QString &b : bondNames) {
        const IpLink *l = links.link(b);
        const auto bit = bondings.constFind(b);
        const Bonding *info = bit == bondings.constEnd() ? nullptr : &bit.value();
        Team t;
        t.name = b;
        t.mode = info && !info->mode.isEmpty() ? info->mode : (l ? l->bondMode : QString());
        t.kind = teamKind(t.mode);
        if (info) {
            t.active = info->activeSlave;
            t.primary = info->primary;
            t.miimonMs = qMax(0, info->miimonMs);
            t.miiStatus = info->miiStatus;
        } else if (l) {
            t.active = l->bondActiveSlave;
            t.primary = l->bondPrimary;
            t.miimonMs = qMax(0, l->bondMiimon);
            t.miiStatus = l->operState.toLower();
        }
        QStringList memberNames;
        if (info)
            for (const BondingSlave &sl : info->slaves)
                memberNames.append(sl.name);
        for (const IpLink &p : links.links)
            if (p.master == b && !memberNames.contains(p.name))
                memberNames.append(p.name);
        for (const QString &mn : memberNames) {
            TeamMember tm;
            tm.name = mn;
            const BondingSlave *sl = info ? info->slave(mn) : nullptr;
            const IpLink *pl = links.link(mn);
            if (sl) {
                tm.link = sl->miiStatus;
                tm.failures = sl->linkFailures;
                tm.speedMbps = sl->speedMbps;
            } else if (pl) {
                tm.link = miiWord(pl->slaveMiiStatus.isEmpty() ? pl->operState : pl->slaveMiiStatus);
                tm.failures = qMax(0, pl->slaveLinkFailures);
            }
            if (const Nic *n = s->nic(mn))
                tm.module = n->module;
            t.members.append(tm);
        }
        s->teams.append(t);
    }
}

// ---------------------------------------------------------------- VMs

// libvirt's largest vcpu_quota (2^44 - 1, "no limit" on cgroup v2 hosts).
constexpr qint64 kUnlimitedQuota = 17592186044415LL;

VmCpu vmCpu(const SchedInfo *sched, int vcpus)
{
    VmCpu c;
    const int n = qMax(1, vcpus);
    c.maxPct = 100 * n;
    if (!sched)
        return c;
    c.cpuShares = sched->param(QStringLiteral("cpu_shares"));
    c.vcpuQuota = sched->param(QStringLiteral("vcpu_quota"));
    c.vcpuPeriod = sched->param(QStringLiteral("vcpu_period"));
    // 1024 shares is the kernel's and libvirt's default, shown as weight 100:
    // the weight is a percentage of a default VM's claim.
    if (c.cpuShares >= 0)
        c.weight = int(std::lround(double(c.cpuShares) * 100.0 / 1024.0));
    // The quota limits each vCPU thread per period, so the VM's ceiling is
    // vcpus * quota/period of one CPU; a thread cannot exceed one CPU.
    if (c.vcpuQuota > 0 && c.vcpuQuota < kUnlimitedQuota && c.vcpuPeriod > 0)
        c.maxPct = int(qMin<double>(100.0 * n,
                                    std::round(double(n) * double(c.vcpuQuota) * 100.0 / double(c.vcpuPeriod))));
    c.reservePct = 0; // reservations belong to the console, not the host
    return c;
}

void buildVms(HostSnapshot *s, const RawSources &raw)
{
    const QByteArray *t = source(raw, QStringLiteral("virsh/domstats"));
    if (!t)
        return;
    const DomStats stats = parseVirshDomStats(*t);
    reportErrors(s, raw, QStringLiteral("virsh/domstats"), stats.errors);
    reportToolErrors(s, raw, QStringLiteral("virsh/domstats"), stats.toolErrors);

    QSet<QString> autostart;
    if (const QByteArray *a = source(raw, QStringLiteral("virsh/autostart"))) {
        const VirshNameList list = parseVirshNameList(*a);
        reportErrors(s, raw, QStringLiteral("virsh/autostart"), list.errors);
        reportToolErrors(s, raw, QStringLiteral("virsh/autostart"), list.toolErrors);
        autostart = QSet<QString>(list.names.cbegin(), list.names.cend());
    }
    for (const DomainStats &d : stats.domains) {
        Vm vm;
        vm.name = d.name;
        vm.state = d.state >= 0 ? domainStateName(d.state) : QStringLiteral("unknown");
        vm.memoryBytes = qMax<qint64>(0, d.balloonCurrentKiB) * 1024;
        vm.maxMemoryBytes = qMax<qint64>(0, d.balloonMaximumKiB) * 1024;
        vm.vcpus = d.vcpuCurrent > 0 ? d.vcpuCurrent : qMax(0, d.vcpuMaximum);
        vm.cpuTimeNs = d.cpuTimeNs;
        vm.autostart = autostart.contains(d.name);
        const QString key = QStringLiteral("virsh/schedinfo/%1").arg(d.name);
        std::optional<SchedInfo> sched;
        if (const QByteArray *si = source(raw, key)) {
            sched = parseVirshSchedInfo(*si);
            reportErrors(s, raw, key, sched->errors);
            reportToolErrors(s, raw, key, sched->toolErrors);
        }
        vm.cpu = vmCpu(sched ? &*sched : nullptr, vm.vcpus);
        s->vms.append(vm);
    }
}

QMap<QString, QString> links(HostSnapshot *s, const RawSources &raw, const QString &key)
{
    const QByteArray *t = source(raw, key);
    if (!t)
        return {};
    const SysLinks l = parseLsLinks(*t);
    reportErrors(s, raw, key, l.errors);
    return l.targets;
}

} // namespace

HostSnapshot buildSnapshot(const RawSources &raw)
{
    HostSnapshot s;
    s.label = raw.label;
    s.takenAt = raw.takenAt;
    s.isCapture = raw.isCapture;
    s.capturedFrom = raw.capturedFrom;
    s.user = raw.user;
    s.viaSudo = raw.viaSudo;
    s.problems = raw.problems;
    buildHost(&s, raw);
    Mdstat mdstat;
    buildMirrors(&s, raw, &mdstat);
    const QMap<QString, QString> blockLinks = links(&s, raw, QStringLiteral("sys-block"));
    const QMap<QString, QString> netLinks = links(&s, raw, QStringLiteral("sys-net"));
    buildDisks(&s, raw, mdstat, blockLinks);
    buildNetwork(&s, raw, netLinks);
    buildVms(&s, raw);
    s.modules = collectModules(s.disks, s.nics);
    return s;
}

} // namespace ftc
