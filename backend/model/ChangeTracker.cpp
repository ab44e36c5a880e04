#include "ChangeTracker.h"

#include <QCoreApplication>
#include <QSet>

namespace ftc {

QString formatDuration(qint64 s)
{
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min").arg((s + 30) / 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

namespace {

class Events {
    Q_DECLARE_TR_FUNCTIONS(ftc::Events)
};

// The words the console shows for a member and a disk, not the JSON's.
QString memberStateText(MemberState s)
{
    switch (s) {
    case MemberState::InSync: return Events::tr("In sync");
    case MemberState::Rebuilding: return Events::tr("Rebuilding");
    case MemberState::Spare: return Events::tr("Spare");
    case MemberState::Faulty: return Events::tr("Faulty");
    case MemberState::Missing: return Events::tr("Missing");
    }
    return {};
}

QString diskRoleText(DiskRole r)
{
    switch (r) {
    case DiskRole::Unconfigured: return Events::tr("not in a virtual disk");
    case DiskRole::MirrorMember: return Events::tr("member");
    case DiskRole::InUse: return Events::tr("in use");
    }
    return {};
}

// md's names of a pass (SyncProgress::action) in the console's words.
QString syncActionText(const QString &action)
{
    if (action == QLatin1String("check"))
        return Events::tr("consistency check");
    if (action == QLatin1String("repair"))
        return Events::tr("repair");
    if (action == QLatin1String("resync"))
        return Events::tr("resync");
    if (action == QLatin1String("recovery"))
        return Events::tr("recovery");
    if (action == QLatin1String("reshape"))
        return Events::tr("reshape");
    return action;
}

HostEvent::Severity severityOf(OpState s)
{
    switch (s) {
    case OpState::Duplex: return HostEvent::Severity::Info;
    case OpState::Syncing: return HostEvent::Severity::Info;
    // Red as in the tree: one more failure loses the data.
    case OpState::Simplex: return HostEvent::Severity::Error;
    case OpState::Broken: return HostEvent::Severity::Error;
    case OpState::Inactive: return HostEvent::Severity::Warning;
    }
    return HostEvent::Severity::Info;
}

struct Emitter {
    const HostSnapshot &after;
    QList<HostEvent> events;
    void add(const QString &object, const QString &message,
             HostEvent::Severity sev = HostEvent::Severity::Info)
    {
        events.append({after.takenAt, after.label, object, message, sev});
    }
};

void diffMirrors(const HostSnapshot &before, Emitter &e, QHash<QString, QDateTime> *since)
{
    for (const Mirror &m : e.after.mirrors) {
        const Mirror *old = before.mirror(m.name);
        if (!old) {
            e.add(m.name, Events::tr("%1: new %2 virtual disk, %3").arg(m.name, m.level, opStateName(m.state)));
            if (since)
                since->insert(m.name, e.after.takenAt);
            continue;
        }
        if (old->state != m.state) {
            QString text = Events::tr("%1: %2 → %3").arg(m.name, opStateName(old->state), opStateName(m.state));
            // How long a sync took is worth saying; how long a mirror sat idle is not.
            if (since && since->contains(m.name) && old->state == OpState::Syncing) {
                const qint64 secs = since->value(m.name).secsTo(e.after.takenAt);
                if (secs >= 0)
                    text += Events::tr(" after %1").arg(formatDuration(secs));
            }
            e.add(m.name, text, severityOf(m.state));
            e.events.last().acknowledge = m.state == OpState::Broken;
            e.events.last().reachedOpState = m.state;
            if (since)
                since->insert(m.name, e.after.takenAt);
        }
        const QString oldAction = old->sync ? old->sync->action : QString();
        const QString newAction = m.sync ? m.sync->action : QString();
        if (oldAction != newAction && !newAction.isEmpty())
            e.add(m.name, Events::tr("%1: %2 started").arg(m.name, syncActionText(newAction)));
        // A check's end says what it found. md's sysfs looks the same after a check
        // that was stopped (only the kernel log says "interrupted"), so a pass that
        // ended in well under md's own estimate of the time it had left counts as
        // stopped at its last position; a check is rarely that far ahead of it.
        if ((oldAction == QLatin1String("check") || oldAction == QLatin1String("repair")) && newAction.isEmpty()) {
            const qint64 found = lastCheckMismatches(m);
            const qint64 left = old->sync->finishSeconds;
            const qint64 took = before.takenAt.secsTo(e.after.takenAt);
            if (old->sync->percent < 99.0 && left > 0 && took >= 0 && took * 2 < left)
                e.add(m.name, Events::tr("%1: %2 stopped at %3 %").arg(m.name, syncActionText(oldAction)).arg(old->sync->percent, 0, 'f', 1));
            else if (found == 0)
                e.add(m.name, Events::tr("%1: %2 finished, no differences between the members").arg(m.name, syncActionText(oldAction)));
            else if (found > 0)
                e.add(m.name, Events::tr("%1: %2 finished, %3 sectors differed between the members")
                                  .arg(m.name, syncActionText(oldAction)).arg(found),
                      HostEvent::Severity::Warning);
            else
                e.add(m.name, Events::tr("%1: %2 finished").arg(m.name, syncActionText(oldAction)));
        }
        for (const MirrorMember &mem : m.members) {
            if (mem.device.isEmpty())
                continue;
            for (const MirrorMember &om : old->members) {
                if (om.device == mem.device && om.state != mem.state)
                {
                    e.add(m.name, Events::tr("%1: member %2 %3 → %4")
                                      .arg(m.name, mem.device, memberStateText(om.state), memberStateText(mem.state)),
                          mem.state == MemberState::Faulty ? HostEvent::Severity::Error : HostEvent::Severity::Info);
                    e.events.last().reachedMemberState = mem.state;
                }
            }
        }
    }
    for (const Mirror &old : before.mirrors)
        if (!e.after.mirror(old.name)) {
            e.add(old.name, Events::tr("%1: virtual disk is gone").arg(old.name), HostEvent::Severity::Warning);
            if (since)
                since->remove(old.name);
        }
}

void diffDisks(const HostSnapshot &before, Emitter &e)
{
    for (const Disk &d : e.after.disks) {
        const Disk *old = before.disk(d.name);
        if (!old)
            e.add(d.name, Events::tr("disk %1 appeared (%2)").arg(d.name, d.serial));
        else if (old->role != d.role || old->mirror != d.mirror)
            e.add(d.name, Events::tr("disk %1: %2 → %3").arg(d.name, diskRoleText(old->role), diskRoleText(d.role)));
    }
    for (const Disk &old : before.disks)
        if (!e.after.disk(old.name))
            e.add(old.name, Events::tr("disk %1 removed (%2)").arg(old.name, old.serial), HostEvent::Severity::Warning);
}

// The console's network changes on the host. When the console first looks
// (it was closed, or crashed, while a change was pending): every change of
// the last day that did not end confirmed. Later: a change whose status moved
// on without this console following it (the host's timer fired after the
// console gave up waiting). A change this console follows to its end reports
// itself; it is not repeated here.
void diffNetChanges(const HostSnapshot *before, Emitter &e)
{
    const qint64 now = e.after.takenAt.isValid() ? e.after.takenAt.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    for (const NetChangeRecord &c : e.after.netChanges) {
        if (c.word.isEmpty() || c.word == QLatin1String("confirmed"))
            continue;
        const NetChangeRecord *was = nullptr;
        if (before)
            for (const NetChangeRecord &b : before->netChanges)
                if (b.id == c.id)
                    was = &b;
        if (before && (!was || was->word == c.word || was->word.isEmpty()))
            continue;
        if (!before && c.epoch >= 0 && now - c.epoch > 24 * 3600)
            continue;
        const QString at = c.epoch >= 0 ? QDateTime::fromSecsSinceEpoch(c.epoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                        : QStringLiteral("?");
        if (c.word == QLatin1String("rolled-back"))
            e.add(c.id, Events::tr("network change %1: the host rolled it back at %2: %3").arg(c.id, at, c.text),
                  HostEvent::Severity::Warning);
        else if (c.word == QLatin1String("failed"))
            e.add(c.id, Events::tr("network change %1 failed at %2 (%3); the host rolls it back").arg(c.id, at, c.text),
                  HostEvent::Severity::Error);
        else if (c.word == QLatin1String("refused"))
            e.add(c.id, Events::tr("network change %1 was refused by the host at %2, nothing changed: %3")
                            .arg(c.id, at, c.text),
                  HostEvent::Severity::Info);
        else
            e.add(c.id, Events::tr("network change %1 is not confirmed (%2 at %3): unless it is, the host rolls it "
                                   "back; see /var/lib/ftconsole/net/%1/log")
                            .arg(c.id, c.word, at),
                  HostEvent::Severity::Warning);
    }
}

void diffNetwork(const HostSnapshot &before, Emitter &e)
{
    for (const Nic &n : e.after.nics) {
        const Nic *old = before.nic(n.name);
        if (old && old->carrier != n.carrier)
            e.add(n.name, n.carrier ? Events::tr("%1: link up").arg(n.name)
                                    : Events::tr("%1: link down").arg(n.name),
                  n.carrier ? HostEvent::Severity::Info : HostEvent::Severity::Warning);
    }
    for (const Team &t : e.after.teams) {
        const Team *old = before.team(t.name);
        if (!old) {
            e.add(t.name, Events::tr("team %1 (%2) created").arg(t.name, t.kind));
            continue;
        }
        // "bond0: active adapter eno1 → eno3, link down on eno1": which
        // adapter carries the traffic now, and why it moved when a member's
        // link dropped in the same refresh.
        QStringList dropped;
        for (const TeamMember &m : t.members) {
            const TeamMember *was = nullptr;
            for (const TeamMember &o : old->members)
                if (o.name == m.name)
                    was = &o;
            if (was && was->link == QLatin1String("up") && m.link != QLatin1String("up"))
                dropped << m.name;
        }
        const QString why = dropped.isEmpty() ? QString()
                                              : Events::tr(", link down on %1").arg(dropped.join(QStringLiteral(", ")));
        if (old->active != t.active && !old->active.isEmpty())
            e.add(t.name, Events::tr("%1: active adapter %2 → %3%4")
                              .arg(t.name, old->active, t.active.isEmpty() ? Events::tr("none") : t.active, why),
                  HostEvent::Severity::Warning);
    }
    for (const Team &old : before.teams)
        if (!e.after.team(old.name))
            e.add(old.name, Events::tr("team %1 removed").arg(old.name));
}

void diffVms(const HostSnapshot &before, Emitter &e)
{
    for (const Vm &v : e.after.vms) {
        const Vm *old = before.vm(v.name);
        if (!old)
            e.add(v.name, Events::tr("VM %1 defined (%2)").arg(v.name, v.state));
        else if (old->state != v.state)
            e.add(v.name, Events::tr("VM %1: %2 → %3").arg(v.name, old->state, v.state));
    }
    for (const Vm &old : before.vms)
        if (!e.after.vm(old.name))
            e.add(old.name, Events::tr("VM %1 undefined").arg(old.name));
}

QList<HostEvent> diff(const HostSnapshot *before, const HostSnapshot &after,
                      QHash<QString, QDateTime> *since, QSet<QString> *knownProblems)
{
    Emitter e{after, {}};
    if (!before) {
        for (const Mirror &m : after.mirrors) {
            if (since)
                since->insert(m.name, after.takenAt);
            if (m.state != OpState::Duplex) {
                e.add(m.name, Events::tr("%1 is %2").arg(m.name, opStateName(m.state)), severityOf(m.state));
                e.events.last().acknowledge = m.state == OpState::Broken;
            }
        }
    } else {
        diffMirrors(*before, e, since);
        diffDisks(*before, e);
        diffNetwork(*before, e);
        diffVms(*before, e);
    }
    diffNetChanges(before, e);
    QSet<QString> seenBefore;
    if (!knownProblems && before)
        for (const Problem &p : before->problems)
            seenBefore.insert(problemText(p));
    if (!knownProblems)
        knownProblems = &seenBefore;
    QSet<QString> now;
    for (const Problem &p : after.problems) {
        const QString text = problemText(p);
        now.insert(text);
        if (!knownProblems->contains(text))
            e.add(p.source, text, HostEvent::Severity::Warning);
    }
    *knownProblems = now;
    return e.events;
}

} // namespace

QList<HostEvent> diffSnapshots(const HostSnapshot *before, const HostSnapshot &after)
{
    return diff(before, after, nullptr, nullptr);
}

QList<HostEvent> ChangeTracker::update(const HostSnapshotPtr &snapshot)
{
    if (!snapshot)
        return {};
    QList<HostEvent> events = diff(m_previous.get(), *snapshot, &m_stateSince, &m_knownProblems);
    record(*snapshot);
    m_previous = snapshot;
    return events;
}

void ChangeTracker::record(const HostSnapshot &s)
{
    // A new object each time: the snapshots already handed on keep theirs.
    auto h = std::make_shared<HostHistory>(*m_history);
    const double x = double(s.takenAt.toMSecsSinceEpoch());
    for (const Mirror &m : s.mirrors) {
        QStringList &former = h->formerMembers[m.name];
        for (const MirrorMember &mm : m.members)
            if (!mm.device.isEmpty() && !former.contains(mm.device))
                former << mm.device;
        if (!m.sync || m.sync->speedKiBs < 0)
            continue;
        QList<QPointF> &points = h->syncSpeed[m.name];
        // A new sync (the last snapshot had none for this mirror) starts a fresh line.
        const Mirror *before = m_previous ? m_previous->mirror(m.name) : nullptr;
        if (!points.isEmpty() && !(before && before->sync))
            points.clear();
        points << QPointF(x, double(m.sync->speedKiBs));
        while (points.size() > HostHistory::kMaxSpeedSamples)
            points.removeFirst();
    }
    for (auto it = h->syncSpeed.begin(); it != h->syncSpeed.end();)
        it = s.mirror(it.key()) ? std::next(it) : h->syncSpeed.erase(it);
    // What the VM pages draw: unknown figures leave a gap, not a zero.
    const auto sample = [x](QList<QPointF> &points, double y) {
        points << QPointF(x, y);
        while (points.size() > HostHistory::kMaxVmSamples)
            points.removeFirst();
    };
    for (const Vm &vm : s.vms) {
        if (vm.cpuPct >= 0)
            sample(h->vmCpu[vm.name], vm.cpuPct);
        if (vm.memoryBytes >= 0 && vm.active())
            sample(h->vmMemory[vm.name], double(vm.memoryBytes));
    }
    for (auto *series : {&h->vmCpu, &h->vmMemory})
        for (auto it = series->begin(); it != series->end();)
            it = s.vm(it.key()) ? std::next(it) : series->erase(it);
    for (const Disk &d : s.disks)
        if (!h->seenDisks.contains(d.name))
            h->seenDisks << d.name;
    for (const Nic &n : s.nics)
        if (!h->seenNics.contains(n.name))
            h->seenNics << n.name;
    m_history = h;
}

} // namespace ftc
