#include "AreaBuilders.h"
#include "BuildSupport.h"

#include "parse/ProcInfo.h"
#include "parse/Virsh.h"

#include <cmath>

namespace ftc {

using namespace snapshot;

void buildHostInfo(const RawSources &raw, HostSnapshot *s)
{
    HostInfo &h = s->info;
    if (const QByteArray *t = source(raw, QStringLiteral("hostname")))
        h.name = QString::fromUtf8(*t).trimmed();
    if (h.name.isEmpty())
        h.name = raw.label;

    VirshNodeInfo node;
    if (const QByteArray *t = source(raw, QStringLiteral("virsh/nodeinfo"))) {
        node = parseVirshNodeInfo(*t);
        reportErrors(s, raw, QStringLiteral("virsh/nodeinfo"), node.errors);
    }
    if (const QByteArray *t = source(raw, QStringLiteral("cpuinfo"))) {
        const CpuInfo cpu = parseCpuInfo(*t);
        reportErrors(s, raw, QStringLiteral("cpuinfo"), cpu.errors);
        h.cpus = cpu.processors;
        h.mhz = cpu.mhz > 0 ? int(std::lround(cpu.mhz)) : 0;
        h.cpuModel = cpu.modelName.simplified(); // cpuinfo pads model names with runs of spaces
    }
    // nodeinfo fills what /proc/cpuinfo does not print (arm has no "cpu MHz").
    if (h.cpus <= 0 && node.cpus > 0)
        h.cpus = node.cpus;
    if (h.mhz <= 0 && node.mhz > 0)
        h.mhz = node.mhz;
    if (h.cpuModel.isEmpty())
        h.cpuModel = node.cpuModel;

    if (const QByteArray *t = source(raw, QStringLiteral("meminfo"))) {
        const MemInfo mem = parseMemInfo(*t);
        reportErrors(s, raw, QStringLiteral("meminfo"), mem.errors);
        h.memoryBytes = qMax<qint64>(0, mem.value(QStringLiteral("MemTotal")));
        h.memoryAvailableBytes = qMax<qint64>(0, mem.available());
    }
    if (h.memoryBytes <= 0 && node.memoryKiB > 0)
        h.memoryBytes = node.memoryKiB * 1024;
}

} // namespace ftc
