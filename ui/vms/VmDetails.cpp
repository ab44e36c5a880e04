#include "VmDetails.h"

#include "common/StateStyle.h"
#include "DisplayFormat.h"

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

void VmDetails::vmRows(const HostSnapshot &s, const Vm &vm, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("vm"));
    out.title = vm.name;
    out.rows << PropertyRow::section(tr("Virtual machine"))
             << PropertyRow::badge(tr("State"), StateStyle::vmTone(vm), StateStyle::vmText(vm))
             << PropertyRow::text(tr("Memory"), vm.memoryBytes < 0 ? orDash(QString()) : displayBytes(vm.memoryBytes));
    if (vm.maxMemoryBytes > 0 && vm.maxMemoryBytes != vm.memoryBytes)
        out.rows << PropertyRow::text(tr("Maximum memory"), displayBytes(vm.maxMemoryBytes));
    const auto yesNo = [](const std::optional<bool> &b) { return !b ? orDash(QString()) : *b ? tr("Yes") : tr("No"); };
    out.rows << PropertyRow::text(tr("Virtual CPUs"), orDash(vm.vcpus))
             << PropertyRow::text(tr("Start with host"), yesNo(vm.autostart))
             << PropertyRow::text(tr("Save state when the host stops"), yesNo(vm.saveOnStop));
    const int cpus = s.info.cpus > 0 ? s.info.cpus : 1;
    const auto ofSystem = [cpus](int pct) {
        return pct < 0 ? orDash(QString())
                       : tr("%1 % of one CPU (%2 % of system)").arg(pct).arg(QLocale().toString(double(pct) / cpus, 'f', 0));
    };
    out.rows << PropertyRow::section(tr("CPU resources"))
             << PropertyRow::text(tr("Relative weight"), orDash(vm.cpu.weight))
             << PropertyRow::text(tr("Reserved capacity"), ofSystem(vm.cpu.reservePct))
             << PropertyRow::text(tr("Maximum capacity"), ofSystem(vm.cpu.maxPct));
    if (!vm.uuid.isEmpty())
        out.rows << PropertyRow::text(tr("UUID"), vm.uuid);
}

} // namespace ftc
