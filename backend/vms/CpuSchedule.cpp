#include "CpuSchedule.h"

#include "plan/PlansTr.h"

#include <cmath>

namespace ftc {

int weightFromShares(qint64 cpuShares)
{
    if (cpuShares < 0)
        return -1;
    if (cpuShares == 0)
        return 100;
    return int(qBound(qint64(1), qint64(std::llround(double(cpuShares) * 100.0 / double(kDefaultCpuShares))), qint64(10000)));
}

int maxPctFromQuota(std::optional<qint64> vcpuQuota, std::optional<qint64> vcpuPeriod)
{
    if (!vcpuQuota)
        return -1;
    const qint64 q = *vcpuQuota;
    if (q <= 0 || q >= kUnlimitedQuota)
        return 100;
    const qint64 period = vcpuPeriod && *vcpuPeriod > 0 ? *vcpuPeriod : kCpuPeriodUs;
    // A vCPU thread cannot use more than one CPU, whatever the quota says.
    return int(qBound(qint64(1), qint64(std::llround(double(q) * 100.0 / double(period))), qint64(100)));
}

qint64 quotaForMaxPct(int maxPct)
{
    if (maxPct >= 100)
        return -1;
    return qint64(qMax(1, maxPct)) * kCpuPeriodUs / 100;
}

const CpuEntitlement *CpuSchedule::find(const QString &vm) const
{
    for (const CpuEntitlement &e : vms)
        if (e.vm == vm)
            return &e;
    return nullptr;
}

CpuSchedule scheduleCpu(const QList<CpuClaim> &claims, int hostCpus, int hostReservePct)
{
    CpuSchedule s;
    s.capacityPct = qMax(0, 100 * qMax(1, hostCpus) - qMax(0, hostReservePct));
    double weights = 0;
    for (const CpuClaim &c : claims) {
        if (c.weight < 1 || c.weight > 10000)
            s.errors << Plans::tr("%1: relative weight %2 is out of range: choose 1 to 10000 (100 is the default).")
                            .arg(c.vm)
                            .arg(c.weight);
        if (c.reservePct < 0 || c.reservePct > 100)
            s.errors << Plans::tr("%1: reserved capacity %2 % is out of range: choose 0 to 100 % of one CPU.")
                            .arg(c.vm)
                            .arg(c.reservePct);
        if (c.maxPct < 1 || c.maxPct > 100)
            s.errors << Plans::tr("%1: maximum capacity %2 % is out of range: choose 1 to 100 % of one CPU.")
                            .arg(c.vm)
                            .arg(c.maxPct);
        const int ceiling = c.maxPct * qMax(1, c.vcpus);
        if (c.reservePct > ceiling)
            s.errors << Plans::tr("%1: the maximum (%2 % of one CPU in all) is below the reservation (%3 %): "
                                  "raise the maximum or lower the reservation.")
                            .arg(c.vm)
                            .arg(ceiling)
                            .arg(c.reservePct);
        s.reservedPct += qMax(0, c.reservePct);
        weights += qMax(1, c.weight);
    }
    if (s.reservedPct > s.capacityPct + 1e-9)
        s.errors << Plans::tr("The reservations add up to %1 % of one CPU, more than the %2 % this host offers its VMs "
                              "(%3 CPUs less the host's own %4 %): lower a reservation, or the host reserve.")
                        .arg(s.reservedPct)
                        .arg(s.capacityPct)
                        .arg(hostCpus)
                        .arg(hostReservePct);
    const double spare = qMax(0.0, s.capacityPct - s.reservedPct);
    for (const CpuClaim &c : claims) {
        CpuEntitlement e;
        e.vm = c.vm;
        e.entitledPct = qMax(0, c.reservePct) + (weights > 0 ? qMax(1, c.weight) / weights * spare : 0);
        e.cpuShares = qBound(kMinCpuShares, qint64(std::llround(e.entitledPct * double(kDefaultCpuShares) / 100.0)),
                             kMaxCpuShares);
        s.vms.append(e);
    }

    // What running VMs get when all of them want the CPU: CFS splits C by
    // shares; a VM held by its cap (or by having only so many vCPUs) leaves
    // the rest to the others, again by shares (water-filling).
    QList<int> open;
    for (int i = 0; i < claims.size(); ++i)
        if (claims[i].running)
            open << i;
    double left = s.capacityPct;
    while (!open.isEmpty() && left > 1e-9) {
        double shares = 0;
        for (int i : open)
            shares += double(s.vms[i].cpuShares);
        bool capped = false;
        QList<int> still;
        for (int i : open) {
            const double ceiling = double(claims[i].maxPct) * qMax(1, claims[i].vcpus);
            const double offer = left * double(s.vms[i].cpuShares) / shares;
            if (s.vms[i].underContentionPct + offer >= ceiling - 1e-9) {
                capped = true;
                s.vms[i].underContentionPct = ceiling;
            } else {
                still << i;
            }
        }
        if (!capped) {
            for (int i : open)
                s.vms[i].underContentionPct += left * double(s.vms[i].cpuShares) / shares;
            break;
        }
        double used = 0;
        for (const CpuEntitlement &e : s.vms)
            used += e.underContentionPct;
        left = s.capacityPct - used;
        open = still;
    }
    return s;
}

} // namespace ftc
