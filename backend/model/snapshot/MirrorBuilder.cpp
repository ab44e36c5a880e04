#include "BuildSupport.h"
#include "StorageParts.h"

#include "parse/MdDetail.h"
#include "parse/MdSysfs.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ftc::snapshot {

namespace {

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

// What each listed device is, from the best source that knows: sysfs (state,
// slot), then mdadm's detail (role), then mdstat's flags. InSync stands for
// "holds a slot" until settleInSync() looks at whether it really is in sync.
QList<MemberWork> classifyMembers(const MdstatArray &a, const MdDetail *detail, const MdSysfs *fs, bool syncing)
{
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
            w.m.state = filled ? MemberState::InSync : syncing ? MemberState::Rebuilding : MemberState::Spare;
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
            w.m.state = MemberState::InSync;
        }
        work.append(w);
    }
    return work;
}

// Members mdstat lists without (S)/(F) hold a slot; without detail/sysfs the
// bracket number is a hint only (it is the descriptor index, not the slot).
// Returns the slots taken.
QSet<int> placeMembers(QList<MemberWork> &work, int expected, const QString &status)
{
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
                if (!taken.contains(s) && (pass == 1 || (s < status.size() && status.at(s) == QLatin1Char('_'))))
                    slot = s;
        w.m.slot = slot;
        w.slotKnown = true;
        if (slot >= 0)
            taken.insert(slot);
    }

    return taken;
}

// A slotted member that is not in sync is being (or about to be) rebuilt.
void settleInSync(QList<MemberWork> &work, const MdSysfs *fs, const MdstatArray &a, const std::optional<SyncProgress> &sync)
{
    const bool fsSaysWhole = fs && fs->degraded == 0
        && (fs->syncAction.isEmpty() || fs->syncAction == QLatin1String("idle"));
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
            inSync = !(sync && sync->action == QLatin1String("recovery"));
        w.m.state = inSync ? MemberState::InSync : MemberState::Rebuilding;
    }

}

// The members in slot order, an empty slot as a "missing" member; a failed
// member whose slot is not known accounts for one of them (it is the side that
// failed).
QList<MirrorMember> withMissingSlots(const QList<MemberWork> &work, const QSet<int> &taken, int expected, bool active)
{
    int faultyUnplaced = 0;
    for (const MemberWork &w : work)
        if (w.m.state == MemberState::Faulty && w.m.slot < 0)
            ++faultyUnplaced;
    QList<MirrorMember> members;
    if (active && expected > 0) {
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
    return members;
}

// How many members the array has and how many work (sysfs's degraded count is
// the newest word, then mdstat's [n/m]), and the OpState that follows.
void setCountsAndState(Mirror &m, const MdstatArray &a, const MdSysfs *fs, int expected)
{
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
    // A consistency check (or repair) reads a mirror whose copies are all in
    // sync: it stays Duplex, the check being its activity (DESIGN.md). Only a
    // resync, recovery or reshape makes it Syncing.
    else if (m.sync && !((m.sync->action == QLatin1String("check") || m.sync->action == QLatin1String("repair"))
                         && m.membersWorking >= m.membersExpected))
        m.state = OpState::Syncing;
    else if (m.membersWorking < m.membersExpected)
        m.state = OpState::Simplex;
    else
        m.state = OpState::Duplex;
}

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
        m.lastSyncAction = fs->attributes.value(QStringLiteral("last_sync_action")).trimmed();
        bool numeric = false;
        const qint64 mismatches = fs->attributes.value(QStringLiteral("mismatch_cnt")).trimmed().toLongLong(&numeric);
        if (numeric && mismatches >= 0)
            m.mismatchSectors = mismatches;
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

    QList<MemberWork> work = classifyMembers(a, detail, fs, m.sync.has_value());
    const QSet<int> taken = placeMembers(work, expected, a.status);
    settleInSync(work, fs, a, m.sync);
    m.members = withMissingSlots(work, taken, expected, a.active);
    setCountsAndState(m, a, fs, expected);
    if (!a.active)
        m.sync.reset();
    return m;
}

} // namespace

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


} // namespace ftc::snapshot
