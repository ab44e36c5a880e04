#include "JsonReport.h"

#include "checks/CheckText.h"

#include <QJsonArray>

namespace ftc {

namespace {

QJsonValue orNull(qint64 v) { return v < 0 ? QJsonValue() : QJsonValue(v); }
// Text the host did not give is null too, never "".
QJsonValue orNull(const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); }

QJsonObject mirrorJson(const Mirror &m)
{
    QJsonArray members;
    for (const MirrorMember &mm : m.members)
        members.append(QJsonObject{{QStringLiteral("device"), mm.device},
                                   {QStringLiteral("slot"), mm.slot},
                                   {QStringLiteral("state"), memberStateName(mm.state)},
                                   {QStringLiteral("replacement"), mm.replacement}});
    QJsonValue sync;
    if (m.sync) {
        sync = QJsonObject{{QStringLiteral("action"), m.sync->action},
                           {QStringLiteral("percent"), m.sync->percent},
                           {QStringLiteral("speed_kib_s"), orNull(m.sync->speedKiBs)},
                           {QStringLiteral("finish_s"), orNull(m.sync->finishSeconds)}};
    }
    return QJsonObject{{QStringLiteral("name"), m.name},
                       {QStringLiteral("level"), m.level},
                       {QStringLiteral("state"), opStateName(m.state)},
                       {QStringLiteral("size_bytes"), m.sizeBytes},
                       {QStringLiteral("members_expected"), m.membersExpected},
                       {QStringLiteral("members_working"), m.membersWorking},
                       {QStringLiteral("failures_tolerated"), failuresTolerated(m) < 0 ? QJsonValue() : QJsonValue(failuresTolerated(m))},
                       {QStringLiteral("container"), orNull(m.container)},
                       {QStringLiteral("read_only"), m.readOnly},
                       {QStringLiteral("uuid"), m.uuid},
                       {QStringLiteral("resync_priority"), orNull(m.resyncPriority)},
                       {QStringLiteral("sync"), sync},
                       {QStringLiteral("members"), members}};
}

QJsonObject teamJson(const Team &t)
{
    QJsonArray members;
    for (const TeamMember &m : t.members)
        members.append(QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("link"), m.link},
                                   {QStringLiteral("failures"), m.failures},
                                   {QStringLiteral("speed_mbps"), orNull(m.speedMbps)},
                                   {QStringLiteral("module"), m.module}});
    const QJsonValue lacp = t.mode != QLatin1String("802.3ad") ? QJsonValue()
        : QJsonValue(QJsonObject{{QStringLiteral("rate"), orNull(t.lacpRate)},
                                 {QStringLiteral("aggregator_id"), orNull(t.aggregatorId)},
                                 {QStringLiteral("aggregator_ports"), orNull(t.aggregatorPorts)},
                                 {QStringLiteral("partner_mac"), orNull(t.partnerMac)}});
    return QJsonObject{{QStringLiteral("name"), t.name},
                       {QStringLiteral("mode"), t.mode},
                       {QStringLiteral("kind"), t.kind},
                       {QStringLiteral("lacp"), lacp},
                       {QStringLiteral("active"), orNull(t.active)},
                       {QStringLiteral("members"), members}};
}

// Unknown is null, never 0 (orNull): a VM whose schedinfo was not read has
// no known weight.
QJsonValue knownBool(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject vmJson(const Vm &v)
{
    return QJsonObject{{QStringLiteral("name"), v.name},
                       {QStringLiteral("state"), v.state},
                       {QStringLiteral("memory_bytes"), orNull(v.memoryBytes)},
                       {QStringLiteral("max_memory_bytes"), orNull(v.maxMemoryBytes)},
                       {QStringLiteral("vcpus"), orNull(v.vcpus)},
                       {QStringLiteral("cpu_pct"), v.cpuPct < 0 ? QJsonValue() : QJsonValue(v.cpuPct)},
                       {QStringLiteral("autostart"), knownBool(v.autostart)},
                       {QStringLiteral("save_on_stop"), knownBool(v.saveOnStop)},
                       {QStringLiteral("managed_save"), v.managedSave},
                       {QStringLiteral("cpu"), QJsonObject{{QStringLiteral("weight"), orNull(v.cpu.weight)},
                                                           {QStringLiteral("reserve_pct"), orNull(v.cpu.reservePct)},
                                                           {QStringLiteral("max_pct"), orNull(v.cpu.maxPct)},
                                                           {QStringLiteral("cpu_shares"), orNull(v.cpu.cpuShares)}}}};
}

QJsonObject diskJson(const Disk &d)
{
    return QJsonObject{{QStringLiteral("name"), d.name},
                       {QStringLiteral("size_bytes"), d.sizeBytes},
                       {QStringLiteral("serial"), d.serial},
                       {QStringLiteral("model"), d.model},
                       {QStringLiteral("module"), d.module},
                       {QStringLiteral("slot"), d.slot},
                       {QStringLiteral("role"), diskRoleName(d.role)},
                       {QStringLiteral("mirror"), d.mirror}};
}

} // namespace

QJsonObject jsonReport(const HostSnapshot &s, const QList<Finding> &findings)
{
    QJsonArray mirrors, teams, bridges, vms, disks, modules, nics, problems, found;
    for (const Mirror &m : s.mirrors)
        mirrors.append(mirrorJson(m));
    QJsonArray containers;
    for (const MdContainer &c : s.containers)
        containers.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("metadata"), c.metadata},
                                      {QStringLiteral("devices"), QJsonArray::fromStringList(c.devices)},
                                      {QStringLiteral("arrays"), QJsonArray::fromStringList(c.arrays)}});
    for (const Team &t : s.teams)
        teams.append(teamJson(t));
    for (const Bridge &b : s.bridges)
        bridges.append(QJsonObject{{QStringLiteral("name"), b.name}, {QStringLiteral("up"), b.up},
                                   {QStringLiteral("ports"), QJsonArray::fromStringList(b.ports)},
                                   {QStringLiteral("vms"), QJsonArray::fromStringList(b.vms)}});
    for (const Vm &v : s.vms)
        vms.append(vmJson(v));
    for (const Disk &d : s.disks)
        disks.append(diskJson(d));
    for (const Nic &n : s.nics)
        nics.append(QJsonObject{{QStringLiteral("name"), n.name}, {QStringLiteral("mac"), n.mac},
                                {QStringLiteral("module"), n.module}, {QStringLiteral("carrier"), n.carrier},
                                {QStringLiteral("master"), n.master}, {QStringLiteral("speed_mbps"), orNull(n.speedMbps)},
                                {QStringLiteral("duplex"), orNull(n.duplex)}, {QStringLiteral("driver"), orNull(n.driver)}});
    for (const Module &m : s.modules)
        modules.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("disks"), QJsonArray::fromStringList(m.disks)},
                                   {QStringLiteral("nics"), QJsonArray::fromStringList(m.nics)}});
    for (const Problem &p : s.problems)
        problems.append(QJsonObject{{QStringLiteral("source"), p.source}, {QStringLiteral("command"), p.command},
                                    {QStringLiteral("message"), p.message}, {QStringLiteral("line"), p.line}});
    for (const Finding &f : findings)
        found.append(findingJson(f));
    return QJsonObject{
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("name"), s.info.name},
                                             {QStringLiteral("label"), s.label},
                                             {QStringLiteral("cpus"), s.info.cpus},
                                             {QStringLiteral("mhz"), s.info.mhz},
                                             {QStringLiteral("memory_bytes"), s.info.memoryBytes}}},
        {QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODate)},
        {QStringLiteral("modules"), modules},
        {QStringLiteral("disks"), disks},
        {QStringLiteral("mirrors"), mirrors},
        {QStringLiteral("containers"), containers},
        {QStringLiteral("nics"), nics},
        {QStringLiteral("teams"), teams},
        {QStringLiteral("bridges"), bridges},
        {QStringLiteral("vms"), vms},
        {QStringLiteral("findings"), found},
        {QStringLiteral("problems"), problems},
    };
}

} // namespace ftc
