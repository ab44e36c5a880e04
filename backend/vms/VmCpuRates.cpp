#include "VmCpuRates.h"

namespace ftc {

void VmCpuRates::apply(HostSnapshot &snapshot)
{
    QHash<QString, Sample> now;
    for (Vm &vm : snapshot.vms) {
        // A VM that is off uses no CPU, and says no more than that.
        if (vm.cpuTimeNs < 0 || !vm.active())
            continue;
        const Sample before = m_last.value(vm.name);
        if (before.cpuTimeNs >= 0 && vm.cpuTimeNs >= before.cpuTimeNs && before.at.isValid()) {
            const qint64 elapsedMs = before.at.msecsTo(snapshot.takenAt);
            if (elapsedMs > 0)
                vm.cpuPct = double(vm.cpuTimeNs - before.cpuTimeNs) / (double(elapsedMs) * 1e6) * 100.0;
        }
        now.insert(vm.name, Sample{vm.cpuTimeNs, snapshot.takenAt});
    }
    m_last = now;
}

} // namespace ftc
