#include "AreaBuilders.h"
#include "BuildSupport.h"

#include "parse/Virsh.h"
#include "vms/CpuSchedule.h"
#include "vms/VmMetadata.h"

#include <QSet>

namespace ftc {

using namespace snapshot;

namespace {

QSet<QString> nameSet(HostSnapshot *s, const RawSources &raw, const QString &key, bool *known = nullptr)
{
    const QByteArray *t = source(raw, key);
    if (known)
        *known = t != nullptr;
    if (!t)
        return {};
    const VirshNameList list = parseVirshNameList(*t);
    reportErrors(s, raw, key, list.errors);
    reportToolErrors(s, raw, key, list.toolErrors);
    return QSet<QString>(list.names.cbegin(), list.names.cend());
}

// schedinfo (virsh-domain.c cmdSchedinfo) and the console's metadata -> the
// Virtual Server figures. The weight and reservation the console set live in
// the metadata, because cpu_shares is derived from all VMs' weights and
// reservations together and cannot be turned back into one VM's weight.
VmCpu vmCpu(const SchedInfo *sched, const std::optional<VmMetadata> &meta)
{
    VmCpu c;
    if (sched) {
        c.cpuShares = sched->param(QStringLiteral("cpu_shares"));
        c.vcpuQuota = sched->param(QStringLiteral("vcpu_quota"));
        c.vcpuPeriod = sched->param(QStringLiteral("vcpu_period"));
        c.weight = weightFromShares(c.cpuShares);
        const auto param = [sched](const char *key) -> std::optional<qint64> {
            const QString k = QString::fromLatin1(key);
            return sched->params.contains(k) ? std::optional<qint64>(sched->params.value(k)) : std::nullopt;
        };
        c.maxPct = maxPctFromQuota(param("vcpu_quota"), param("vcpu_period"));
    }
    if (meta) {
        c.reservePct = qMax(0, meta->reservePct);
        if (meta->weight > 0) {
            c.weight = meta->weight;
            c.weightFromMetadata = true;
        }
    }
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

    bool autostartKnown = false;
    const QSet<QString> autostart = nameSet(s, raw, QStringLiteral("virsh/autostart"), &autostartKnown);
    const QSet<QString> saved = nameSet(s, raw, QStringLiteral("virsh/managed-save"));
    for (const DomainStats &d : stats.domains) {
        Vm vm;
        vm.name = d.name;
        vm.state = d.state >= 0 ? domainStateName(d.state) : QStringLiteral("unknown");
        vm.stateReason = d.stateReason;
        // Absent is unknown: a shut-off domain prints balloon.maximum only.
        vm.memoryBytes = d.balloonCurrentKiB >= 0 ? d.balloonCurrentKiB * 1024 : -1;
        vm.maxMemoryBytes = d.balloonMaximumKiB >= 0 ? d.balloonMaximumKiB * 1024 : -1;
        vm.vcpus = d.vcpuCurrent > 0 ? d.vcpuCurrent : (d.vcpuMaximum > 0 ? d.vcpuMaximum : -1);
        vm.cpuTimeNs = d.cpuTimeNs;
        // domstats --interface: net.count, then net.N.name for each NIC.
        const int nets = d.values.value(QStringLiteral("net.count")).toInt();
        for (int i = 0; i < nets; ++i) {
            const QString dev = d.values.value(QStringLiteral("net.%1.name").arg(i));
            if (!dev.isEmpty())
                vm.hostNics << dev;
        }
        if (autostartKnown)
            vm.autostart = autostart.contains(d.name);
        vm.managedSave = saved.contains(d.name);

        const QString schedKey = QStringLiteral("virsh/schedinfo/%1").arg(d.name);
        std::optional<SchedInfo> sched;
        if (const QByteArray *si = source(raw, schedKey)) {
            sched = parseVirshSchedInfo(*si);
            reportErrors(s, raw, schedKey, sched->errors);
            reportToolErrors(s, raw, schedKey, sched->toolErrors);
        }
        // Empty when the domain was asked and has no record of the console's
        // (reservation 0); absent when it was not asked (unknown).
        const QString metaKey = QStringLiteral("virsh/metadata/%1").arg(d.name);
        std::optional<VmMetadata> meta;
        if (const QByteArray *m = source(raw, metaKey))
            meta = parseVmMetadata(*m);
        if (meta && !meta->error.isEmpty())
            vm.configProblem = meta->error;
        if (meta)
            vm.saveOnStop = meta->saveOnStop;
        vm.cpu = vmCpu(sched ? &*sched : nullptr, meta);
        s->vms.append(vm);
    }
}

} // namespace ftc
