#include "StateStyle.h"

#include <QHash>

namespace ftc {

BadgeTone StateStyle::tone(OpState s)
{
    switch (s) {
    case OpState::Duplex: return BadgeTone::Good;
    case OpState::Syncing: return BadgeTone::Busy;
    case OpState::Simplex: return BadgeTone::Bad;
    case OpState::Broken: return BadgeTone::Bad;
    case OpState::Inactive: return BadgeTone::Neutral;
    }
    return BadgeTone::Neutral;
}

QString StateStyle::text(OpState s)
{
    switch (s) {
    case OpState::Duplex: return tr("Duplex");
    case OpState::Syncing: return tr("Syncing");
    case OpState::Simplex: return tr("Simplex");
    case OpState::Broken: return tr("Broken");
    case OpState::Inactive: return tr("Inactive");
    }
    return {};
}

BadgeTone StateStyle::tone(MemberState s)
{
    switch (s) {
    case MemberState::InSync: return BadgeTone::Good;
    case MemberState::Rebuilding: return BadgeTone::Busy;
    case MemberState::Spare: return BadgeTone::Neutral;
    case MemberState::Faulty: return BadgeTone::Bad;
    case MemberState::Missing: return BadgeTone::Bad;
    }
    return BadgeTone::Neutral;
}

QString StateStyle::text(MemberState s)
{
    switch (s) {
    case MemberState::InSync: return tr("In sync");
    case MemberState::Rebuilding: return tr("Rebuilding");
    case MemberState::Spare: return tr("Spare");
    case MemberState::Faulty: return tr("Faulty");
    case MemberState::Missing: return tr("Missing");
    }
    return {};
}

BadgeTone StateStyle::tone(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Connecting: return BadgeTone::Busy;
    case ConnectionState::Connected: return BadgeTone::Good;
    case ConnectionState::Disconnected: return BadgeTone::Neutral;
    case ConnectionState::Failed: return BadgeTone::Bad;
    }
    return BadgeTone::Neutral;
}

QString StateStyle::text(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Connecting: return tr("Connecting");
    case ConnectionState::Connected: return tr("Connected");
    case ConnectionState::Disconnected: return tr("Disconnected");
    case ConnectionState::Failed: return tr("Failed");
    }
    return {};
}

QString StateStyle::text(DiskRole r)
{
    switch (r) {
    case DiskRole::Unconfigured: return tr("Unconfigured");
    case DiskRole::MirrorMember: return tr("Mirror member");
    case DiskRole::InUse: return tr("In use");
    }
    return {};
}

const MirrorMember *StateStyle::memberFor(const Disk &d, const Mirror &m)
{
    // A member may be the whole disk or one of its partitions.
    for (const MirrorMember &member : m.members)
        if (member.device == d.name || d.partitions.contains(member.device))
            return &member;
    return nullptr;
}

BadgeTone StateStyle::guestAgentTone(GuestAgentState s)
{
    switch (s) {
    case GuestAgentState::Answers: return BadgeTone::Good;
    case GuestAgentState::NoChannel:
    case GuestAgentState::NotAnswering: return BadgeTone::Warning;
    case GuestAgentState::NotRunning:
    case GuestAgentState::Unknown: return BadgeTone::Neutral;
    }
    return BadgeTone::Neutral;
}

BadgeTone StateStyle::diskTone(const Disk &d, const HostSnapshot &s)
{
    // A former member waiting to be re-added: its mirror runs without it.
    if (!d.returningMirror.isEmpty())
        return BadgeTone::Warning;
    if (d.role != DiskRole::MirrorMember)
        return BadgeTone::Neutral;
    if (const Mirror *m = s.mirror(d.mirror)) {
        if (const MirrorMember *member = memberFor(d, *m))
            return tone(member->state);
        return tone(m->state);
    }
    return BadgeTone::Neutral;
}

QString StateStyle::diskText(const Disk &d, const HostSnapshot &s)
{
    if (!d.returningMirror.isEmpty())
        return tr("Former member of %1").arg(d.returningMirror);
    if (d.role != DiskRole::MirrorMember)
        return text(d.role);
    if (const Mirror *m = s.mirror(d.mirror)) {
        if (const MirrorMember *member = memberFor(d, *m))
            return tr("%1: %2").arg(d.mirror, text(member->state));
    }
    return tr("Member of %1").arg(d.mirror);
}

BadgeTone StateStyle::nicTone(const Nic &n)
{
    if (!n.adminUp)
        return BadgeTone::Neutral;
    return n.carrier ? BadgeTone::Good : BadgeTone::Bad;
}

QString StateStyle::nicText(const Nic &n)
{
    if (!n.adminUp)
        return tr("Disabled");
    if (!n.carrier)
        return tr("No link");
    return n.speedMbps > 0 ? tr("Link up, %1 Mb/s").arg(n.speedMbps) : tr("Link up");
}

BadgeTone StateStyle::teamTone(const Team &t)
{
    int up = 0;
    for (const TeamMember &m : t.members)
        if (m.link == QLatin1String("up"))
            ++up;
    if (up == 0)
        return BadgeTone::Bad;
    return up == t.members.size() ? BadgeTone::Good : BadgeTone::Warning;
}

QString StateStyle::teamText(const Team &t)
{
    int up = 0;
    for (const TeamMember &m : t.members)
        if (m.link == QLatin1String("up"))
            ++up;
    if (up == 0)
        return tr("Down");
    if (up < t.members.size())
        return tr("Degraded (%1 of %2 up)").arg(up).arg(t.members.size());
    return tr("Redundant");
}

BadgeTone StateStyle::vmTone(const Vm &vm)
{
    if (vm.state == QLatin1String("running"))
        return BadgeTone::Good;
    if (vm.state == QLatin1String("paused") || vm.state == QLatin1String("in shutdown")
        || vm.state == QLatin1String("pmsuspended"))
        return BadgeTone::Warning;
    if (vm.state == QLatin1String("crashed"))
        return BadgeTone::Bad;
    return BadgeTone::Neutral;
}

QString StateStyle::vmText(const Vm &vm)
{
    if (vm.state == QLatin1String("running"))
        return tr("Running");
    if (vm.state == QLatin1String("paused"))
        return tr("Paused");
    if (vm.state == QLatin1String("shut off"))
        return vm.managedSave ? tr("Saved") : tr("Shut off");
    if (vm.state == QLatin1String("in shutdown"))
        return tr("Shutting down");
    if (vm.state == QLatin1String("pmsuspended"))
        return tr("Suspended by guest");
    if (vm.state == QLatin1String("unknown"))
        return tr("Unknown");
    if (vm.state == QLatin1String("crashed"))
        return tr("Crashed");
    return vm.state;
}

QIcon StateStyle::icon(const QString &id)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, QIcon(QStringLiteral(":/icons/%1.svg").arg(id)));
    return *it;
}

} // namespace ftc
