#include "VmDetails.h"

#include "common/StateStyle.h"
#include "DisplayFormat.h"
#include "vms/VmPlacement.h"

#include <QLocale>

namespace ftc {

bool VmDetails::groupRows(const HostSnapshot &s, const QString &id, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("folder"));
    if (id == QLatin1String(groups::Vms)) {
        out.icon = StateStyle::icon(QStringLiteral("vm"));
        out.title = tr("Virtual machines");
        for (const Vm &vm : s.vms)
            out.rows << PropertyRow::badge(vm.name, StateStyle::vmTone(vm), StateStyle::vmText(vm));
    } else {
        return false;
    }
    return true;
}

void VmDetails::vmRows(const HostSnapshot &s, const Vm &vm, const VmConfigReading &config, const CheckFacts &facts,
                       PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("vm"));
    out.title = vm.name;
    out.rows << PropertyRow::section(tr("Virtual machine"))
             << PropertyRow::badge(tr("State"), StateStyle::vmTone(vm), StateStyle::vmText(vm))
             << PropertyRow::text(tr("Memory"), vm.memoryBytes < 0 ? orDash(QString()) : displayBytes(vm.memoryBytes));
    if (vm.maxMemoryBytes > 0 && vm.maxMemoryBytes != vm.memoryBytes)
        out.rows << PropertyRow::text(tr("Maximum memory"), displayBytes(vm.maxMemoryBytes));
    const auto yesNo = [](const std::optional<bool> &b) { return !b ? orDash(QString()) : *b ? tr("Yes") : tr("No"); };
    const int cpus = s.info.cpus > 0 ? s.info.cpus : 1;
    out.rows << PropertyRow::text(tr("Virtual CPUs"), orDash(vm.vcpus))
             << PropertyRow::text(tr("CPU use"), vm.cpuPct < 0 ? orDash(QString())
                                                                : tr("%1 % of one CPU (%2 % of the host)")
                                                                      .arg(QLocale().toString(vm.cpuPct, 'f', 1),
                                                                           QLocale().toString(vm.cpuPct / cpus, 'f', 1)))
             << PropertyRow::badge(tr("Guest agent"), StateStyle::guestAgentTone(guestAgentStatus(vm, facts).state),
                                   guestAgentText(guestAgentStatus(vm, facts)))
             << PropertyRow::text(tr("Start with host"), yesNo(vm.autostart))
             << PropertyRow::text(tr("Save state when the host stops"), saveOnStopText(s, vm));
    if (!vm.uuid.isEmpty() || !config.xml.uuid.isEmpty())
        out.rows << PropertyRow::text(tr("UUID"), vm.uuid.isEmpty() ? config.xml.uuid : vm.uuid);
    if (vm.managedSave)
        out.rows << PropertyRow::note(tr("Saved state"), BadgeTone::Neutral,
                                      tr("A saved state waits on disk: Restore brings the VM back where it stopped."));
    // The reservation is for the whole VM; the cap is per virtual CPU (libvirt's
    // vcpu_quota), so for a VM with several the total is said as well.
    const QLocale locale;
    const auto ofHost = [&](double pctOfOneCpu) {
        return locale.toString(qMin(100.0, pctOfOneCpu / cpus), 'f', 0);
    };
    const QString reserved = vm.cpu.reservePct < 0 ? orDash(QString())
        : tr("%1 % of one CPU for the whole VM (%2 % of the host)")
              .arg(vm.cpu.reservePct).arg(ofHost(vm.cpu.reservePct));
    const int vcpus = qMax(1, vm.vcpus);
    QString maximum;
    if (vm.cpu.maxPct < 0)
        maximum = orDash(QString());
    else if (vm.cpu.maxPct >= 100)
        maximum = tr("No cap: each virtual CPU may use a whole CPU");
    else if (vcpus == 1)
        maximum = tr("%1 % of one CPU (%2 % of the host)")
                      .arg(vm.cpu.maxPct).arg(ofHost(vm.cpu.maxPct));
    else
        maximum = tr("%1 % of one CPU for each of its %2 virtual CPUs: at most %3 % of one CPU in all "
                     "(%4 % of the host)")
                      .arg(vm.cpu.maxPct).arg(vcpus).arg(vm.cpu.maxPct * vcpus).arg(ofHost(vm.cpu.maxPct * vcpus));
    out.rows << PropertyRow::section(tr("CPU resources"))
             << PropertyRow::text(tr("Relative weight"), orDash(vm.cpu.weight))
             << PropertyRow::text(tr("Reserved capacity"), reserved)
             << PropertyRow::text(tr("Maximum capacity"), maximum)
             << PropertyRow::text(tr("cpu_shares"), vm.cpu.cpuShares == 0 ? tr("not set (the default, 1024)")
                                                                           : orDash(vm.cpu.cpuShares < 0 ? -1 : int(vm.cpu.cpuShares)));
    if (!vm.configProblem.isEmpty())
        out.rows << PropertyRow::note(tr("Settings"), BadgeTone::Warning, vm.configProblem);

    if (s.history) {
        out.rows << PropertyRow::section(tr("Performance"))
                 << PropertyRow::chart(tr("CPU"), s.history->vmCpu.value(vm.name), tr("% of one CPU"), 1)
                 << PropertyRow::chart(tr("Memory"), s.history->vmMemory.value(vm.name), tr("MiB"), 1048576);
    }

    out.rows << PropertyRow::section(tr("Disks"));
    if (!config.error.isEmpty()) {
        out.rows << PropertyRow::note(tr("Definition"), BadgeTone::Warning, config.error);
    } else if (config.vm.isEmpty()) {
        out.rows << PropertyRow::text(tr("Reading"), tr("Reading the VM's definition…"));
    } else {
        const QList<VmDiskPlacement> disks = placeVmDisks(config.xml, s);
        if (disks.isEmpty())
            out.rows << PropertyRow::text(tr("Disks"), tr("None"));
        for (const VmDiskPlacement &d : disks) {
            const Mirror *m = d.mirror.isEmpty() ? nullptr : s.mirror(d.mirror);
            const QString where = m ? tr("%1 — on %2").arg(d.source, d.mirror)
                : !d.disk.isEmpty() ? tr("%1 — on %2, not mirrored").arg(d.source, d.disk)
                                    : tr("%1 — %2").arg(d.source, d.why);
            out.rows << PropertyRow::text(d.target, where);
            if (m)
                out.rows << PropertyRow::badge(tr("%1 is on").arg(d.target), StateStyle::tone(m->state),
                                               tr("%1: %2").arg(d.mirror, StateStyle::text(m->state)));
            else if (!d.disk.isEmpty())
                out.rows << PropertyRow::badge(tr("%1 is on").arg(d.target), BadgeTone::Warning,
                                               tr("%1 (one disk, no mirror)").arg(d.disk));
        }
        out.rows << PropertyRow::section(tr("Network adapters"));
        const QList<VmNicPlacement> nics = placeVmNics(config.xml, s);
        if (nics.isEmpty())
            out.rows << PropertyRow::text(tr("Adapters"), tr("None"));
        for (const VmNicPlacement &n : nics) {
            QString text = n.via;
            if (!n.model.isEmpty())
                text += tr(", model %1").arg(n.model);
            if (!n.hostDevice.isEmpty())
                text += tr(", host side %1").arg(n.hostDevice);
            out.rows << PropertyRow::text(n.mac.isEmpty() ? tr("Adapter") : n.mac, text);
            if (const Team *t = n.team.isEmpty() ? nullptr : s.team(n.team))
                out.rows << PropertyRow::badge(tr("Team"), StateStyle::teamTone(*t), tr("%1: %2").arg(t->name, StateStyle::teamText(*t)));
        }
    }
}

QString VmDetails::saveOnStopText(const HostSnapshot &s, const Vm &vm)
{
    // The VM's own choice, else what the host's libvirt-guests does to it.
    if (vm.saveOnStop)
        return *vm.saveOnStop ? tr("Yes") : tr("No");
    const LibvirtGuests &g = s.libvirtGuests;
    if (g.path.isEmpty())
        return orDash(QString());
    if (g.serviceEnabled == std::optional<bool>(false))
        return tr("No (the host's libvirt-guests service is off)");
    return g.suspends() ? tr("Yes (the host's setting)") : tr("No (the host's setting)");
}

} // namespace ftc
