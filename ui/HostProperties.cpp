#include "HostProperties.h"

#include "DisplayFormat.h"
#include "StateStyle.h"

#include <QLocale>

namespace ftc {

namespace {

QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }
QString orDash(int v) { return v < 0 ? QStringLiteral("—") : QString::number(v); }
QString speedLimitText(qint64 kib) { return kib < 0 ? QStringLiteral("?") : QLocale().toString(kib); }

} // namespace

PaneContent HostProperties::describe(const HostView &host, NodeKind kind, const QString &object)
{
    PaneContent out;
    const HostSnapshot *s = host.snapshot.get();
    out.subtitle = host.label;
    if (kind == NodeKind::Host || !s) {
        hostRows(host, out);
        return out;
    }
    switch (kind) {
    case NodeKind::Host:
        break;
    case NodeKind::Group:
        groupRows(*s, object, out);
        break;
    case NodeKind::Module:
        moduleRows(*s, object, out);
        break;
    case NodeKind::Disk:
        if (const Disk *d = s->disk(object))
            diskRows(*s, *d, out);
        break;
    case NodeKind::Mirror:
        if (const Mirror *m = s->mirror(object))
            mirrorRows(host, *m, out);
        break;
    case NodeKind::MirrorMember: {
        // "md0/sda1": show the mirror's member entry, then the disk it lives on.
        const QString mirrorName = object.section(QLatin1Char('/'), 0, 0);
        const QString device = object.section(QLatin1Char('/'), 1);
        out.icon = StateStyle::icon(QStringLiteral("disk"));
        out.title = device;
        if (const Mirror *m = s->mirror(mirrorName)) {
            for (const MirrorMember &member : m->members) {
                if (member.device != device)
                    continue;
                out.rows << PropertyRow::section(tr("Member of %1").arg(mirrorName))
                         << PropertyRow::badge(tr("State"), StateStyle::tone(member.state), StateStyle::text(member.state))
                         << PropertyRow::text(tr("Role number"), orDash(member.slot));
            }
        }
        for (const Disk &d : s->disks) {
            if (d.name == device || d.partitions.contains(device)) {
                PaneContent disk;
                diskRows(*s, d, disk);
                out.rows << PropertyRow::section(tr("Physical disk %1").arg(d.name));
                out.rows << disk.rows.mid(1);   // without the disk's own heading
            }
        }
        break;
    }
    case NodeKind::Container:
        for (const MdContainer &c : s->containers)
            if (c.name == object)
                containerRows(c, out);
        break;
    case NodeKind::Nic:
        if (const Nic *n = s->nic(object))
            nicRows(*n, out);
        break;
    case NodeKind::Team:
        if (const Team *t = s->team(object))
            teamRows(*s, *t, out);
        break;
    case NodeKind::TeamMember: {
        const QString nic = object.section(QLatin1Char('/'), 1);
        if (const Nic *n = s->nic(nic))
            nicRows(*n, out);
        else
            out.title = nic;
        break;
    }
    case NodeKind::Vm:
        if (const Vm *vm = s->vm(object))
            vmRows(*s, *vm, out);
        break;
    }
    if (out.title.isEmpty()) {
        out.title = object;
        out.rows << PropertyRow::note(tr("Gone"), BadgeTone::Neutral,
                                      tr("This object is no longer reported by the host."));
    }
    return out;
}

void HostProperties::hostRows(const HostView &host, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("host"));
    const HostSnapshot *s = host.snapshot.get();
    out.title = s && !s->info.name.isEmpty() ? s->info.name : host.label;
    out.rows << PropertyRow::section(tr("Host"))
             << PropertyRow::text(tr("Name"), s ? orDash(s->info.name) : host.label)
             << PropertyRow::text(tr("Opened as"), host.label)
             << PropertyRow::badge(tr("Connection"), StateStyle::tone(host.state), StateStyle::text(host.state));
    if (host.state == ConnectionState::Failed || host.state == ConnectionState::Disconnected) {
        out.rows << PropertyRow::note(tr("Cannot read %1").arg(host.label), BadgeTone::Bad,
                                      host.message.isEmpty() ? tr("The connection was lost.") : host.message);
    } else if (!host.message.isEmpty() && host.state == ConnectionState::Connecting) {
        out.rows << PropertyRow::text(tr("Status"), host.message);
    }
    if (!s)
        return;
    out.rows << PropertyRow::text(tr("CPUs"), s->info.cpus > 0 ? QString::number(s->info.cpus) : QStringLiteral("—"))
             << PropertyRow::text(tr("CPU model"), orDash(s->info.cpuModel))
             << PropertyRow::text(tr("MHz"), s->info.mhz > 0 ? QString::number(s->info.mhz) : QStringLiteral("—"))
             << PropertyRow::text(tr("Memory"), s->info.memoryBytes > 0 ? displayBytes(s->info.memoryBytes) : QStringLiteral("—"))
             << PropertyRow::text(tr("Memory available"),
                                  s->info.memoryAvailableBytes > 0 ? displayBytes(s->info.memoryAvailableBytes)
                                                                   : QStringLiteral("—"))
             << PropertyRow::text(tr("Last refresh"), QLocale().toString(s->takenAt.toLocalTime().time(), QLocale::LongFormat));

    out.rows << PropertyRow::section(tr("Summary"));
    int duplex = 0;
    for (const Mirror &m : s->mirrors)
        if (m.state == OpState::Duplex)
            ++duplex;
    const BadgeTone mirrorsTone = s->mirrors.isEmpty() ? BadgeTone::Neutral
                                  : duplex == s->mirrors.size() ? BadgeTone::Good : BadgeTone::Warning;
    out.rows << PropertyRow::badge(tr("Virtual disks"), mirrorsTone,
                                   tr("%1 of %2 Duplex").arg(duplex).arg(s->mirrors.size()));
    int running = 0;
    for (const Vm &vm : s->vms)
        if (vm.state == QLatin1String("running"))
            ++running;
    out.rows << PropertyRow::text(tr("Virtual machines"), tr("%1 of %2 running").arg(running).arg(s->vms.size()))
             << PropertyRow::text(tr("Teams"), QString::number(s->teams.size()));

    if (!s->problems.isEmpty()) {
        out.rows << PropertyRow::section(tr("Problems"));
        for (const Problem &p : s->problems) {
            QString body = p.message;
            if (!p.command.isEmpty())
                body += QLatin1Char('\n') + tr("Command: %1").arg(p.command);
            if (!p.line.isEmpty())
                body += QLatin1Char('\n') + tr("Line: %1").arg(p.line);
            out.rows << PropertyRow::note(p.source, BadgeTone::Warning, body);
        }
    }
}

void HostProperties::groupRows(const HostSnapshot &s, const QString &id, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("folder"));
    if (id == QLatin1String(groups::VirtualDisks) || id == QLatin1String(groups::Storage)) {
        out.icon = StateStyle::icon(QStringLiteral("mirror"));
        out.title = id == QLatin1String(groups::Storage) ? tr("Storage") : tr("Virtual disks");
        out.rows << PropertyRow::section(tr("Virtual disks"));
        for (const Mirror &m : s.mirrors)
            out.rows << PropertyRow::badge(m.name, StateStyle::tone(m.state), StateStyle::text(m.state));
        if (s.mirrors.isEmpty())
            out.rows << PropertyRow::text(tr("None"), QString());
        if (id == QLatin1String(groups::Storage)) {
            out.rows << PropertyRow::section(tr("Physical disks"));
            for (const Disk &d : s.disks)
                out.rows << PropertyRow::badge(d.name, StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
        }
    } else if (id == QLatin1String(groups::PhysicalDisks)) {
        out.icon = StateStyle::icon(QStringLiteral("disk"));
        out.title = tr("Physical disks");
        for (const Disk &d : s.disks)
            out.rows << PropertyRow::badge(d.name, StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
    } else if (id == QLatin1String(groups::Network) || id == QLatin1String(groups::Adapters)
               || id == QLatin1String(groups::Teams)) {
        out.icon = StateStyle::icon(QStringLiteral("network"));
        out.title = id == QLatin1String(groups::Teams) ? tr("Teams")
                    : id == QLatin1String(groups::Adapters) ? tr("Adapters") : tr("Network");
        if (id != QLatin1String(groups::Teams)) {
            out.rows << PropertyRow::section(tr("Adapters"));
            for (const Nic &n : s.nics)
                out.rows << PropertyRow::badge(n.name, StateStyle::nicTone(n), StateStyle::nicText(n));
        }
        if (id != QLatin1String(groups::Adapters)) {
            out.rows << PropertyRow::section(tr("Teams"));
            for (const Team &t : s.teams)
                out.rows << PropertyRow::badge(t.name, StateStyle::teamTone(t), StateStyle::teamText(t));
            if (s.teams.isEmpty())
                out.rows << PropertyRow::note(QString(), BadgeTone::Neutral,
                                              tr("No adapter teams yet. Team two adapters on different modules so "
                                                 "the host stays reachable when one module is down."));
        }
    } else if (id == QLatin1String(groups::Vms)) {
        out.icon = StateStyle::icon(QStringLiteral("vm"));
        out.title = tr("Virtual machines");
        for (const Vm &vm : s.vms)
            out.rows << PropertyRow::badge(vm.name, StateStyle::vmTone(vm), StateStyle::vmText(vm));
    } else if (id == QLatin1String(groups::Modules)) {
        out.icon = StateStyle::icon(QStringLiteral("module"));
        out.title = tr("Modules");
        for (const Module &m : s.modules)
            out.rows << PropertyRow::text(tr("Module %1").arg(m.id),
                                          tr("%1 disks, %2 adapters").arg(m.disks.size()).arg(m.nics.size()));
    } else {
        out.title = tr("Not in a module");
        for (const Disk &d : s.disks)
            if (d.module.isEmpty())
                out.rows << PropertyRow::badge(d.name, StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
        for (const Nic &n : s.nics)
            if (n.module.isEmpty())
                out.rows << PropertyRow::badge(n.name, StateStyle::nicTone(n), StateStyle::nicText(n));
    }
}

void HostProperties::moduleRows(const HostSnapshot &s, const QString &id, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("module"));
    out.title = tr("Module %1").arg(id);
    out.rows << PropertyRow::section(tr("Disks"));
    for (const Disk &d : s.disks)
        if (d.module == id)
            out.rows << PropertyRow::badge(d.slot >= 0 ? tr("Slot %1: %2").arg(d.slot).arg(d.name) : d.name,
                                           StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
    out.rows << PropertyRow::section(tr("Adapters"));
    for (const Nic &n : s.nics)
        if (n.module == id)
            out.rows << PropertyRow::badge(n.slot >= 0 ? tr("Slot %1: %2").arg(n.slot).arg(n.name) : n.name,
                                           StateStyle::nicTone(n), StateStyle::nicText(n));
}

void HostProperties::diskRows(const HostSnapshot &s, const Disk &d, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("disk"));
    out.title = d.name;
    out.subtitle = d.model.isEmpty() ? d.path : d.model;
    out.rows << PropertyRow::section(tr("Physical disk"))
             << PropertyRow::badge(tr("State"), StateStyle::diskTone(d, s), StateStyle::diskText(d, s))
             << PropertyRow::text(tr("Device"), orDash(d.path))
             << PropertyRow::text(tr("Module"), orDash(d.module))
             << PropertyRow::text(tr("Slot"), orDash(d.slot))
             << PropertyRow::text(tr("Size"), displayBytes(d.sizeBytes))
             << PropertyRow::text(tr("Model"), orDash(d.model))
             << PropertyRow::text(tr("Serial"), orDash(d.serial))
             << PropertyRow::text(tr("Transport"), orDash(d.transport))
             << PropertyRow::text(tr("Role"), StateStyle::text(d.role))
             << PropertyRow::text(tr("Mirror"), orDash(d.mirror));
    if (!d.partitions.isEmpty())
        out.rows << PropertyRow::text(tr("Partitions"), d.partitions.join(QStringLiteral(", ")));
    if (!d.fstype.isEmpty())
        out.rows << PropertyRow::text(tr("Signature"), d.fstype);
    if (!d.mountpoints.isEmpty())
        out.rows << PropertyRow::text(tr("Mounted at"), d.mountpoints.join(QStringLiteral(", ")));
    if (!d.inUseReason.isEmpty())
        out.rows << PropertyRow::text(tr("In use because"), d.inUseReason);
}

void HostProperties::mirrorRows(const HostView &host, const Mirror &m, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("mirror"));
    out.title = m.name;
    out.subtitle = tr("Virtual disk (%1)").arg(m.level);
    // "OpState" is the guide's own word; it is kept as the row's label.
    out.rows << PropertyRow::section(tr("Virtual disk"))
             << PropertyRow::badge(tr("OpState"), StateStyle::tone(m.state), StateStyle::text(m.state))
             << PropertyRow::text(tr("Level"), orDash(m.level))
             << PropertyRow::text(tr("Size"), displayBytes(m.sizeBytes))
             << PropertyRow::text(tr("Members"), tr("%1 of %2 working").arg(m.membersWorking).arg(m.membersExpected));
    const int more = failuresTolerated(m);
    if (more >= 0)
        out.rows << PropertyRow::text(tr("Redundancy"), more == 0 ? tr("None: one more failed member loses data")
                                                                  : tr("Survives %n more failed member(s)", nullptr, more));
    if (!m.container.isEmpty())
        out.rows << PropertyRow::text(tr("Container"), m.container);
    if (m.readOnly)
        out.rows << PropertyRow::text(tr("Access"), tr("Read-only"));
    if (!m.metadata.isEmpty())
        out.rows << PropertyRow::text(tr("Metadata"), m.metadata);
    if (!m.uuid.isEmpty())
        out.rows << PropertyRow::text(tr("UUID"), m.uuid);
    if (!m.bitmap.isEmpty())
        out.rows << PropertyRow::text(tr("Bitmap"), m.bitmap);

    out.rows << PropertyRow::section(tr("Synchronization"));
    if (!m.resyncPriority.isEmpty()) {
        QString prio;
        if (m.resyncPriority == QLatin1String("low"))
            prio = tr("Low");
        else if (m.resyncPriority == QLatin1String("high"))
            prio = tr("High");
        else if (m.resyncPriority == QLatin1String("normal"))
            prio = tr("Normal");
        else
            prio = tr("Custom");
        out.rows << PropertyRow::text(tr("Resync priority"),
                                      tr("%1 (%2 – %3 KiB/s)").arg(prio, speedLimitText(m.syncSpeedMinKiB),
                                                                   speedLimitText(m.syncSpeedMaxKiB)));
    }
    if (m.sync) {
        out.rows << PropertyRow::progress(tr("Progress"), m.sync->action, m.sync->percent, m.sync->speedKiBs,
                                          m.sync->finishSeconds);
    } else {
        out.rows << PropertyRow::text(tr("Progress"), tr("Nothing running"));
    }
    const QList<QPointF> speed = host.syncSpeed.value(m.name);
    if (!speed.isEmpty())
        out.rows << PropertyRow::chart(m.sync ? tr("Speed") : tr("Last sync speed"), speed);

    out.rows << PropertyRow::section(tr("Members"));
    for (const MirrorMember &member : m.members)
        out.rows << PropertyRow::badge(member.replacement ? tr("%1 (replacement)").arg(member.device) : member.device,
                                       StateStyle::tone(member.state), StateStyle::text(member.state));
    if (m.state == OpState::Simplex && more == 0)
        out.rows << PropertyRow::note(tr("Not redundant"), BadgeTone::Bad,
                                      tr("%1 runs without redundancy. Add a physical disk from the other module "
                                         "of the same or larger size to make it Duplex again.")
                                          .arg(m.name));
    else if (m.state == OpState::Simplex)
        out.rows << PropertyRow::note(tr("Degraded"), BadgeTone::Warning,
                                      tr("%1 of %2 members of %3 work; it survives %4 more failed member(s). "
                                         "Replace the failed member to restore full redundancy.")
                                          .arg(m.membersWorking).arg(m.membersExpected).arg(m.name).arg(more));
    else if (m.state == OpState::Broken)
        out.rows << PropertyRow::note(tr("Broken"), BadgeTone::Bad,
                                      tr("%1 has no working member. Its data cannot be read; restore from backup.")
                                          .arg(m.name));
}

void HostProperties::containerRows(const MdContainer &c, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("mirror"));
    out.title = c.name;
    out.subtitle = tr("%1 container").arg(c.metadata.toUpper());
    // md lists a container as "inactive": that is how every container looks,
    // not a fault. Its disks are used by the arrays it holds.
    out.rows << PropertyRow::section(tr("External-metadata container"))
             << PropertyRow::text(tr("Metadata"), c.metadata)
             << PropertyRow::text(tr("Disks"), orDash(c.devices.join(QStringLiteral(", "))))
             << PropertyRow::text(tr("Arrays it holds"), c.arrays.isEmpty() ? tr("None yet") : c.arrays.join(QStringLiteral(", ")))
             << PropertyRow::note(QString(), BadgeTone::Neutral,
                                  tr("The firmware RAID's set of disks. md shows every container as inactive; "
                                     "the state to watch is that of the arrays it holds."));
}

void HostProperties::nicRows(const Nic &n, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("nic"));
    out.title = n.name;
    out.rows << PropertyRow::section(tr("Network adapter"))
             << PropertyRow::badge(tr("State"), StateStyle::nicTone(n), StateStyle::nicText(n))
             << PropertyRow::text(tr("MAC address"), orDash(n.mac))
             << PropertyRow::text(tr("Module"), orDash(n.module))
             << PropertyRow::text(tr("Slot"), orDash(n.slot))
             << PropertyRow::text(tr("Speed"), n.speedMbps > 0 ? tr("%1 Mb/s").arg(n.speedMbps) : QStringLiteral("—"))
             << PropertyRow::text(tr("Operational state"), orDash(n.operState))
             << PropertyRow::text(tr("Team"), orDash(n.master));
    if (!n.pciPath.isEmpty())
        out.rows << PropertyRow::text(tr("PCI path"), n.pciPath);
}

void HostProperties::teamRows(const HostSnapshot &s, const Team &t, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("team"));
    out.title = t.name;
    out.subtitle = t.kind;
    out.rows << PropertyRow::section(tr("Team"))
             << PropertyRow::badge(tr("State"), StateStyle::teamTone(t), StateStyle::teamText(t))
             << PropertyRow::text(tr("Type"), orDash(t.kind))
             << PropertyRow::text(tr("Bonding mode"), orDash(t.mode))
             << PropertyRow::text(tr("Active adapter"), orDash(t.active))
             << PropertyRow::text(tr("Primary"), orDash(t.primary))
             << PropertyRow::text(tr("Link monitoring"), t.miimonMs > 0 ? tr("every %1 ms").arg(t.miimonMs) : QStringLiteral("—"));
    out.rows << PropertyRow::section(tr("Members"));
    for (const TeamMember &m : t.members) {
        const bool up = m.link == QLatin1String("up");
        QString text = up ? tr("Up") : tr("Down (%1)").arg(m.link);
        if (m.name == t.active)
            text = tr("%1, active").arg(text);
        QString module = m.module;
        if (module.isEmpty())
            if (const Nic *n = s.nic(m.name))
                module = n->module;
        const QString label = module.isEmpty() ? m.name : tr("%1 (module %2)").arg(m.name, module);
        out.rows << PropertyRow::badge(label, up ? BadgeTone::Good : BadgeTone::Bad, text);
        if (m.failures > 0)
            out.rows << PropertyRow::text(tr("%1 link failures").arg(m.name), QString::number(m.failures));
    }
}

void HostProperties::vmRows(const HostSnapshot &s, const Vm &vm, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("vm"));
    out.title = vm.name;
    out.rows << PropertyRow::section(tr("Virtual machine"))
             << PropertyRow::badge(tr("State"), StateStyle::vmTone(vm), StateStyle::vmText(vm))
             << PropertyRow::text(tr("Memory"), displayBytes(vm.memoryBytes));
    if (vm.maxMemoryBytes > 0 && vm.maxMemoryBytes != vm.memoryBytes)
        out.rows << PropertyRow::text(tr("Maximum memory"), displayBytes(vm.maxMemoryBytes));
    out.rows << PropertyRow::text(tr("Virtual CPUs"), QString::number(vm.vcpus))
             << PropertyRow::text(tr("Start with host"), vm.autostart ? tr("Yes") : tr("No"));
    out.rows << PropertyRow::section(tr("CPU resources"))
             << PropertyRow::text(tr("Relative weight"), QString::number(vm.cpu.weight))
             << PropertyRow::text(tr("Reserved capacity"), tr("%1 % of one CPU").arg(vm.cpu.reservePct));
    const int cpus = s.info.cpus > 0 ? s.info.cpus : 1;
    out.rows << PropertyRow::text(tr("Maximum capacity"), tr("%1 % of one CPU (%2 % of system)")
                                                              .arg(vm.cpu.maxPct)
                                                              .arg(QLocale().toString(double(vm.cpu.maxPct) / cpus, 'f', 0)));
    if (!vm.uuid.isEmpty())
        out.rows << PropertyRow::text(tr("UUID"), vm.uuid);
}

} // namespace ftc
