#pragma once
// CPU % of each VM from the growth of domstats' cpu.time (ns) between two
// refreshes: libvirt reports only the running total.

#include "model/HostSnapshot.h"

#include <QHash>

namespace ftc {

class VmCpuRates {
public:
    // Fills Vm::cpuPct (% of one CPU; 100 * vCPUs at most in theory) for VMs
    // seen with a cpu.time in the previous call too. A VM that restarted
    // (cpu.time went down) or lacks cpu.time stays unknown (-1).
    void apply(HostSnapshot &snapshot);

private:
    struct Sample {
        qint64 cpuTimeNs = -1;
        QDateTime at;
    };
    QHash<QString, Sample> m_last;
};

} // namespace ftc
