#include "HostDetails.h"

#include "CheckMarks.h"
#include "checks/CheckText.h"

#include "common/StateStyle.h"
#include "DisplayFormat.h"
#include "vms/LibvirtGuestsPlanner.h"

#include <QLocale>

#include <climits>

namespace ftc {

void HostDetails::hostRows(const HostView &host, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("host"));
    const HostSnapshot *s = host.snapshot.get();
    out.title = s && !s->info.name.isEmpty() ? s->info.name : host.label;
    out.rows << PropertyRow::section(tr("Host"))
             << PropertyRow::text(tr("Name"), s ? orDash(s->info.name) : host.label)
             << PropertyRow::text(tr("Opened as"), host.label)
             << (s && s->isCapture
                     ? PropertyRow::badge(tr("Connection"), BadgeTone::Neutral, tr("Read-only capture"))
                     : PropertyRow::badge(tr("Connection"), StateStyle::tone(host.state), StateStyle::text(host.state)));
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
             << (s->isCapture
                     ? PropertyRow::text(tr("Captured"),
                                         s->takenAt.isValid()
                                             ? tr("%1 (from %2)")
                                                   .arg(QLocale().toString(s->takenAt.toLocalTime(), QLocale::LongFormat),
                                                        s->capturedFrom.isEmpty() ? tr("a host it does not name")
                                                                                  : s->capturedFrom)
                                             : tr("at a time the capture does not say"))
                     : PropertyRow::text(tr("Last refresh"),
                                         QLocale().toString(s->takenAt.toLocalTime().time(), QLocale::LongFormat)));

    out.rows << PropertyRow::section(tr("Summary"));
    int duplex = 0;
    for (const Mirror &m : s->mirrors)
        if (m.state == OpState::Duplex)
            ++duplex;
    // The worst mirror's colour: a Simplex or Broken one is red here as in the tree.
    BadgeTone mirrorsTone = s->mirrors.isEmpty() ? BadgeTone::Neutral : BadgeTone::Good;
    for (const Mirror &m : s->mirrors)
        mirrorsTone = worseTone(mirrorsTone, StateStyle::tone(m.state));
    out.rows << PropertyRow::badge(tr("Virtual disks"), mirrorsTone,
                                   tr("%1 of %2 Duplex").arg(duplex).arg(s->mirrors.size()));
    int running = 0;
    for (const Vm &vm : s->vms)
        if (vm.state == QLatin1String("running"))
            ++running;
    out.rows << PropertyRow::text(tr("Virtual machines"), tr("%1 of %2 running").arg(running).arg(s->vms.size()))
             << PropertyRow::text(tr("Teams"), QString::number(s->teams.size()));
    libvirtGuestsRows(*s, out);
    findingRows(host.findings, out);

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

void HostDetails::findingRows(const QList<Finding> &findings, PaneContent &out)
{
    out.rows << PropertyRow::section(tr("Checks"));
    const Severity worst = worstSeverity(findings);
    out.rows << PropertyRow::badge(tr("Result"), worst >= Severity::Warning ? severityTone(worst) : BadgeTone::Good,
                                   checksSummary(findings));
    // What needs doing, worst first; the Checks node lists everything.
    QList<Finding> shown;
    for (const Finding &f : findings)
        if (f.severity >= Severity::Warning)
            shown << f;
    std::stable_sort(shown.begin(), shown.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    for (const Finding &f : shown)
        out.rows << PropertyRow::note(f.object.isEmpty() ? severityLabel(f.severity)
                                                         : severityLabel(f.severity) + QStringLiteral(" ") + f.object,
                                      severityTone(f.severity),
                                      f.message + QLatin1Char('\n') + tr("Remedy: %1").arg(f.remedy));
}

void HostDetails::libvirtGuestsRows(const HostSnapshot &s, PaneContent &out)
{
    const LibvirtGuests &g = s.libvirtGuests;
    if (!g.known)
        return;
    out.rows << PropertyRow::section(tr("When the host stops"));
    QString save;
    if (g.serviceEnabled == false)
        save = tr("No: libvirt-guests.service is not enabled (ON_SHUTDOWN=%1, %2)")
                   .arg(g.onShutdown, g.present ? g.path : tr("no settings file"));
    else if (!g.suspends())
        save = tr("No, each VM is shut down (libvirt-guests ON_SHUTDOWN=%1, %2)").arg(g.onShutdown, g.path);
    else if (g.onShutdownSet)
        save = tr("Yes (libvirt-guests ON_SHUTDOWN=%1, %2)").arg(g.onShutdown, g.path);
    else if (g.present)
        save = tr("Yes (libvirt-guests default ON_SHUTDOWN=suspend, not set in %1)").arg(g.path);
    else
        save = tr("Yes (libvirt-guests default ON_SHUTDOWN=suspend, no settings file)");
    out.rows << PropertyRow::text(tr("Save VM state when the host stops"), save);
    out.rows << PropertyRow::text(tr("libvirt-guests service"),
                                  !g.serviceEnabled ? tr("Not known (no systemd)")
                                  : *g.serviceEnabled ? tr("Enabled") : tr("Not enabled"));
    if (!g.suspends())
        out.rows << PropertyRow::text(tr("Wait for each VM to shut down"),
                                      g.shutdownTimeout > 0   ? tr("%1 s").arg(g.shutdownTimeout)
                                      : g.shutdownTimeout == 0 ? tr("Without a limit")
                                                               : tr("Not a number (SHUTDOWN_TIMEOUT)"));
    if (!g.ignoredPath.isEmpty())
        out.rows << PropertyRow::note(tr("Settings file not read"), BadgeTone::Warning,
                                      tr("%1 exists too, but libvirt-guests on this host reads %2.")
                                          .arg(g.ignoredPath, g.path));
    for (const QString &c : libvirtGuestsContradictions(s))
        out.rows << PropertyRow::note(tr("Save state when the host stops"), BadgeTone::Warning, c);
}

bool HostDetails::groupRows(const HostSnapshot &s, const QString &id, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("folder"));
    if (id == QLatin1String(groups::Modules)) {
        out.icon = StateStyle::icon(QStringLiteral("module"));
        out.title = tr("Modules");
        if (s.modules.isEmpty())
            out.rows << PropertyRow::note(tr("Placement unknown"), BadgeTone::Neutral,
                                          tr("Every disk and adapter of this host sits behind one PCI root, so the "
                                             "console cannot tell which module holds which. Set it with Host ▸ Module "
                                             "Placement: the checks that want copies and teams across modules use "
                                             "it."));
        for (const Module &m : s.modules)
            out.rows << PropertyRow::text(tr("Module %1").arg(m.id),
                                          tr("%1 disks, %2 adapters").arg(m.disks.size()).arg(m.nics.size()));
    } else if (id == QLatin1String(groups::Unassigned)) {
        out.title = tr("Not in a module");
        for (const Disk &d : s.disks)
            if (d.module.isEmpty())
                out.rows << PropertyRow::badge(d.name, StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
        for (const Nic &n : s.nics)
            if (n.module.isEmpty())
                out.rows << PropertyRow::badge(n.name, StateStyle::nicTone(n), StateStyle::nicText(n));
    } else {
        return false;
    }
    return true;
}

void HostDetails::moduleRows(const HostSnapshot &s, const QString &id, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("module"));
    out.title = tr("Module %1").arg(id);
    out.rows << PropertyRow::section(tr("Disks"));
    // Every slot in order: the disks there, and the bays a disk left this session.
    QList<const EmptySlot *> empty;
    for (const Module &m : s.modules)
        if (m.id == id)
            for (const EmptySlot &e : m.emptyDiskSlots)
                empty << &e;
    const auto emptyRow = [&](const EmptySlot &e) {
        out.rows << PropertyRow::badge(tr("Slot %1: empty").arg(e.slot), BadgeTone::Neutral,
                                       tr("Empty (%1 was here)").arg(e.lastDisk));
    };
    QList<const Disk *> disks;
    for (const Disk &d : s.disks)
        if (d.module == id)
            disks << &d;
    std::stable_sort(disks.begin(), disks.end(), [](const Disk *a, const Disk *b) {
        return (a->slot < 0 ? INT_MAX : a->slot) < (b->slot < 0 ? INT_MAX : b->slot);
    });
    qsizetype next = 0;
    for (const Disk *d : std::as_const(disks)) {
        while (next < empty.size() && d->slot >= 0 && empty[next]->slot < d->slot)
            emptyRow(*empty[next++]);
        out.rows << PropertyRow::badge(d->slot >= 0 ? tr("Slot %1: %2").arg(d->slot).arg(d->name) : d->name,
                                       StateStyle::diskTone(*d, s), StateStyle::diskText(*d, s));
    }
    while (next < empty.size())
        emptyRow(*empty[next++]);
    out.rows << PropertyRow::section(tr("Adapters"));
    for (const Nic &n : s.nics)
        if (n.module == id)
            out.rows << PropertyRow::badge(n.slot >= 0 ? tr("Slot %1: %2").arg(n.slot).arg(n.name) : n.name,
                                           StateStyle::nicTone(n), StateStyle::nicText(n));
}

} // namespace ftc
