#include "HostSnapshot.h"

#include "ReadingsTr.h"

namespace ftc {

namespace {
template<typename T>
const T *byName(const QList<T> &list, const QString &name)
{
    for (const T &item : list)
        if (item.name == name)
            return &item;
    return nullptr;
}
} // namespace

const Mirror *HostSnapshot::mirror(const QString &name) const { return byName(mirrors, name); }
const Disk *HostSnapshot::disk(const QString &name) const { return byName(disks, name); }
const Vm *HostSnapshot::vm(const QString &name) const { return byName(vms, name); }
const Team *HostSnapshot::team(const QString &name) const { return byName(teams, name); }
const Bridge *HostSnapshot::bridge(const QString &name) const { return byName(bridges, name); }
const Nic *HostSnapshot::nic(const QString &name) const { return byName(nics, name); }

qint64 lastCheckMismatches(const Mirror &m)
{
    if (m.sync || m.mismatchSectors < 0)
        return -1;
    if (m.lastSyncAction != QLatin1String("check") && m.lastSyncAction != QLatin1String("repair"))
        return -1;
    return m.mismatchSectors;
}

int failuresTolerated(const Mirror &m)
{
    const int n = m.membersExpected;
    const int w = m.membersWorking;
    if (m.state == OpState::Inactive || n <= 0)
        return -1;
    if (m.state == OpState::Broken || w <= 0)
        return 0;
    const QString &l = m.level;
    if (l == QLatin1String("raid1") || l == QLatin1String("multipath"))
        return w - 1;
    if (l == QLatin1String("raid4") || l == QLatin1String("raid5"))
        return qMax(0, w - (n - 1));
    if (l == QLatin1String("raid6"))
        return qMax(0, w - (n - 2));
    if (l == QLatin1String("raid10")) {
        // raid10 keeps `copies` copies of each block on different members; the
        // unluckiest next failure hits a block whose copies already failed.
        bool ok = false;
        const int copies = m.layout.section(QLatin1Char(' '), 0, 0).toInt(&ok);
        return qMax(0, (ok && copies > 0 ? copies : 2) - 1 - (n - w));
    }
    if (l == QLatin1String("raid0") || l == QLatin1String("linear"))
        return 0;
    return -1;
}

QString opStateName(OpState s)
{
    switch (s) {
    case OpState::Duplex: return QStringLiteral("Duplex");
    case OpState::Syncing: return QStringLiteral("Syncing");
    case OpState::Simplex: return QStringLiteral("Simplex");
    case OpState::Broken: return QStringLiteral("Broken");
    case OpState::Inactive: return QStringLiteral("Inactive");
    }
    return {};
}

QString memberStateName(MemberState s)
{
    switch (s) {
    case MemberState::InSync: return QStringLiteral("in_sync");
    case MemberState::Rebuilding: return QStringLiteral("rebuilding");
    case MemberState::Spare: return QStringLiteral("spare");
    case MemberState::Faulty: return QStringLiteral("faulty");
    case MemberState::Missing: return QStringLiteral("missing");
    }
    return {};
}

QString diskRoleName(DiskRole r)
{
    switch (r) {
    case DiskRole::Unconfigured: return QStringLiteral("unconfigured");
    case DiskRole::MirrorMember: return QStringLiteral("member");
    case DiskRole::InUse: return QStringLiteral("in_use");
    }
    return {};
}

QString problemText(const Problem &p)
{
    QString text = p.message;
    if (!p.line.isEmpty())
        text += QStringLiteral(": ") + p.line;
    if (!p.command.isEmpty() && !p.message.contains(p.command))
        text += Readings::tr(" (from `%1`)").arg(p.command);
    return text;
}

} // namespace ftc
