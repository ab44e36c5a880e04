#include "AreaBuilders.h"
#include "BuildSupport.h"

#include "parse/Virsh.h"

#include <QSet>

#include <cmath>

namespace ftc {

using namespace snapshot;

namespace {


// libvirt's largest vcpu_quota (2^44 - 1, "no limit" on cgroup v2 hosts).
constexpr qint64 kUnlimitedQuota = 17592186044415LL;

VmCpu vmCpu(const SchedInfo *sched, int vcpus)
{
    VmCpu c;
    const int n = qMax(1, vcpus);
    c.maxPct = 100 * n;
    if (!sched)
        return c;
    c.cpuShares = sched->param(QStringLiteral("cpu_shares"));
    c.vcpuQuota = sched->param(QStringLiteral("vcpu_quota"));
    c.vcpuPeriod = sched->param(QStringLiteral("vcpu_period"));
    // 1024 shares is the kernel's and libvirt's default, shown as weight 100:
    // the weight is a percentage of a default VM's claim.
    if (c.cpuShares >= 0)
        c.weight = int(std::lround(double(c.cpuShares) * 100.0 / 1024.0));
    // The quota limits each vCPU thread per period, so the VM's ceiling is
    // vcpus * quota/period of one CPU; a thread cannot exceed one CPU.
    if (c.vcpuQuota > 0 && c.vcpuQuota < kUnlimitedQuota && c.vcpuPeriod > 0)
        c.maxPct = int(qMin<double>(100.0 * n,
                                    std::round(double(n) * double(c.vcpuQuota) * 100.0 / double(c.vcpuPeriod))));
    c.reservePct = 0; // reservations belong to the console, not the host
    return c;
}

} // namespace

void buildVms(const RawSources &raw, HostSnapshot *s)
{
    const QByteArray *t = source(raw, QStringLiteral("virsh/domstats"));
    if (!t)
        return;
    const DomStats stats = parseVirshDomStats(*t);
    reportErrors(s, raw, QStringLiteral("virsh/domstats"), stats.errors);
    reportToolErrors(s, raw, QStringLiteral("virsh/domstats"), stats.toolErrors);

    QSet<QString> autostart;
    if (const QByteArray *a = source(raw, QStringLiteral("virsh/autostart"))) {
        const VirshNameList list = parseVirshNameList(*a);
        reportErrors(s, raw, QStringLiteral("virsh/autostart"), list.errors);
        reportToolErrors(s, raw, QStringLiteral("virsh/autostart"), list.toolErrors);
        autostart = QSet<QString>(list.names.cbegin(), list.names.cend());
    }
    for (const DomainStats &d : stats.domains) {
        Vm vm;
        vm.name = d.name;
        vm.state = d.state >= 0 ? domainStateName(d.state) : QStringLiteral("unknown");
        vm.memoryBytes = qMax<qint64>(0, d.balloonCurrentKiB) * 1024;
        vm.maxMemoryBytes = qMax<qint64>(0, d.balloonMaximumKiB) * 1024;
        vm.vcpus = d.vcpuCurrent > 0 ? d.vcpuCurrent : qMax(0, d.vcpuMaximum);
        vm.cpuTimeNs = d.cpuTimeNs;
        vm.autostart = autostart.contains(d.name);
        const QString key = QStringLiteral("virsh/schedinfo/%1").arg(d.name);
        std::optional<SchedInfo> sched;
        if (const QByteArray *si = source(raw, key)) {
            sched = parseVirshSchedInfo(*si);
            reportErrors(s, raw, key, sched->errors);
            reportToolErrors(s, raw, key, sched->toolErrors);
        }
        vm.cpu = vmCpu(sched ? &*sched : nullptr, vm.vcpus);
        s->vms.append(vm);
    }
}


} // namespace ftc
