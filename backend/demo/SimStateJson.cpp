// The state file ftsim-host keeps between invocations. Unknown keys are ignored
// and missing ones take the defaults, so older files still load.

#include "SimState.h"

#include <QJsonArray>

namespace ftc {

namespace {

QJsonValue i64(qint64 v) { return QJsonValue(static_cast<double>(v)); }
qint64 getI64(const QJsonObject &o, const char *key, qint64 def)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : def;
}
int getInt(const QJsonObject &o, const char *key, int def)
{
    return static_cast<int>(getI64(o, key, def));
}
QString getStr(const QJsonObject &o, const char *key, const QString &def = QString())
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : def;
}
bool getBool(const QJsonObject &o, const char *key, bool def)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : def;
}

template <typename T, typename F>
QJsonArray listToJson(const QList<T> &list, F f)
{
    QJsonArray a;
    for (const T &t : list)
        a.append(f(t));
    return a;
}

template <typename T, typename F>
QList<T> listFromJson(const QJsonValue &v, F f)
{
    QList<T> out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        if (e.isObject())
            out.append(f(e.toObject()));
    return out;
}

QJsonObject partToJson(const SimPartition &p)
{
    return {{"name", p.name}, {"number", p.number}, {"start", i64(p.startSector)},
            {"sectors", i64(p.sectors)}, {"fstype", p.fstype}, {"fs_uuid", p.fsUuid},
            {"label", p.label}, {"mountpoint", p.mountpoint}};
}

SimPartition partFromJson(const QJsonObject &o)
{
    SimPartition p;
    p.name = getStr(o, "name");
    p.number = getInt(o, "number", 1);
    p.startSector = getI64(o, "start", 2048);
    p.sectors = getI64(o, "sectors", 0);
    p.fstype = getStr(o, "fstype");
    p.fsUuid = getStr(o, "fs_uuid");
    p.label = getStr(o, "label");
    p.mountpoint = getStr(o, "mountpoint");
    return p;
}

QJsonObject diskToJson(const SimDisk &d)
{
    return {{"name", d.name}, {"module", d.module}, {"slot", d.slot}, {"sectors", i64(d.sectors)},
            {"vendor", d.vendor}, {"model", d.model}, {"serial", d.serial},
            {"scsi_host", d.scsiHost}, {"target", d.target}, {"pci", d.pciDev},
            {"major", d.major}, {"minor", d.minor}, {"present", d.present}, {"pttype", d.ptType},
            {"parts", listToJson(d.parts, partToJson)}, {"fstype", d.fstype},
            {"fs_uuid", d.fsUuid}, {"label", d.label}, {"udev_stale", d.udevStale}};
}

SimDisk diskFromJson(const QJsonObject &o)
{
    SimDisk d;
    d.name = getStr(o, "name");
    d.module = getInt(o, "module", 10);
    d.slot = getInt(o, "slot", 0);
    d.sectors = getI64(o, "sectors", 0);
    d.vendor = getStr(o, "vendor");
    d.model = getStr(o, "model");
    d.serial = getStr(o, "serial");
    d.scsiHost = getInt(o, "scsi_host", 0);
    d.target = getInt(o, "target", 0);
    d.pciDev = getStr(o, "pci");
    d.major = getInt(o, "major", 8);
    d.minor = getInt(o, "minor", 0);
    d.present = getBool(o, "present", true);
    d.ptType = getStr(o, "pttype");
    d.parts = listFromJson<SimPartition>(o.value("parts"), partFromJson);
    d.fstype = getStr(o, "fstype");
    d.fsUuid = getStr(o, "fs_uuid");
    d.label = getStr(o, "label");
    d.udevStale = getBool(o, "udev_stale", false);
    return d;
}

QJsonObject arrayToJson(const SimArray &a)
{
    const auto memberToJson = [](const SimMember &m) {
        return QJsonObject{{"dev", m.dev}, {"desc_nr", m.descNr}, {"slot", m.slot}, {"state", m.state}};
    };
    return {{"name", a.name}, {"minor", a.minor}, {"uuid", a.uuid}, {"md_name", a.mdName},
            {"raid_disks", a.raidDisks}, {"component_kib", i64(a.componentKiB)},
            {"bitmap", a.bitmap}, {"members", listToJson(a.members, memberToJson)},
            {"sync_action", a.syncAction}, {"sync_pos", i64(a.syncPos)},
            {"last_sync_action", a.lastSyncAction}, {"speed_min_local", a.speedMinLocal},
            {"speed_max_local", a.speedMaxLocal}, {"mismatch_cnt", i64(a.mismatchCnt)},
            {"fstype", a.fstype}, {"fs_uuid", a.fsUuid}, {"mountpoint", a.mountpoint}};
}

SimArray arrayFromJson(const QJsonObject &o)
{
    SimArray a;
    a.name = getStr(o, "name");
    a.minor = getInt(o, "minor", 0);
    a.uuid = getStr(o, "uuid");
    a.mdName = getStr(o, "md_name");
    a.raidDisks = qBound(1, getInt(o, "raid_disks", 2), 64);
    a.componentKiB = qMax<qint64>(0, getI64(o, "component_kib", 0));
    a.bitmap = getBool(o, "bitmap", false);
    a.members = listFromJson<SimMember>(o.value("members"), [](const QJsonObject &m) {
        return SimMember{getStr(m, "dev"), getInt(m, "desc_nr", 0), getInt(m, "slot", -1),
                         getStr(m, "state", QStringLiteral("spare"))};
    });
    a.syncAction = getStr(o, "sync_action", QStringLiteral("idle"));
    a.syncPos = qMax<qint64>(0, getI64(o, "sync_pos", 0));
    a.lastSyncAction = getStr(o, "last_sync_action", QStringLiteral("none"));
    a.speedMinLocal = getInt(o, "speed_min_local", 0);
    a.speedMaxLocal = getInt(o, "speed_max_local", 0);
    a.mismatchCnt = getI64(o, "mismatch_cnt", 0);
    a.fstype = getStr(o, "fstype");
    a.fsUuid = getStr(o, "fs_uuid");
    a.mountpoint = getStr(o, "mountpoint");
    return a;
}

QJsonObject nicToJson(const SimNic &n)
{
    return {{"name", n.name}, {"module", n.module}, {"pci", n.pciDev}, {"altname", n.altname},
            {"mac", n.mac}, {"ifindex", n.ifindex}, {"admin_up", n.adminUp},
            {"carrier", n.carrier}, {"speed", n.speedMbps}, {"master", n.master},
            {"link_failures", n.linkFailures}};
}

SimNic nicFromJson(const QJsonObject &o)
{
    SimNic n;
    n.name = getStr(o, "name");
    n.module = getInt(o, "module", 10);
    n.pciDev = getStr(o, "pci");
    n.altname = getStr(o, "altname");
    n.mac = getStr(o, "mac");
    n.ifindex = getInt(o, "ifindex", 2);
    n.adminUp = getBool(o, "admin_up", true);
    n.carrier = getBool(o, "carrier", true);
    n.speedMbps = getInt(o, "speed", 1000);
    n.master = getStr(o, "master");
    n.linkFailures = getInt(o, "link_failures", 0);
    return n;
}

QJsonObject bondToJson(const SimBond &b)
{
    QJsonArray slaves;
    for (const QString &s : b.slaves)
        slaves.append(s);
    return {{"name", b.name}, {"ifindex", b.ifindex}, {"mode", b.mode}, {"miimon", b.miimon},
            {"primary", b.primary}, {"active", b.active}, {"admin_up", b.adminUp},
            {"mac", b.mac}, {"slaves", slaves}, {"master", b.master}};
}

SimBond bondFromJson(const QJsonObject &o)
{
    SimBond b;
    b.name = getStr(o, "name");
    b.ifindex = getInt(o, "ifindex", 10);
    b.mode = getStr(o, "mode", QStringLiteral("active-backup"));
    b.miimon = getInt(o, "miimon", 100);
    b.primary = getStr(o, "primary");
    b.active = getStr(o, "active");
    b.adminUp = getBool(o, "admin_up", true);
    b.mac = getStr(o, "mac");
    for (const QJsonValue &v : o.value("slaves").toArray())
        if (v.isString())
            b.slaves.append(v.toString());
    b.master = getStr(o, "master");
    return b;
}

QJsonArray strings(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

QStringList stringsFrom(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (e.isString())
            out.append(e.toString());
    return out;
}

QJsonObject bridgeToJson(const SimBridge &b)
{
    return {{"name", b.name}, {"ifindex", b.ifindex}, {"mac", b.mac}, {"admin_up", b.adminUp},
            {"stp", b.stp}, {"forward_delay_cs", b.forwardDelayCs}, {"ports", strings(b.ports)}};
}

SimBridge bridgeFromJson(const QJsonObject &o)
{
    SimBridge b;
    b.name = getStr(o, "name");
    b.ifindex = getInt(o, "ifindex", 20);
    b.mac = getStr(o, "mac");
    b.adminUp = getBool(o, "admin_up", true);
    b.stp = getBool(o, "stp", false);
    b.forwardDelayCs = getInt(o, "forward_delay_cs", 1500);
    b.ports = stringsFrom(o.value("ports"));
    return b;
}

QJsonObject addressToJson(const SimAddress &a)
{
    return {{"link", a.link}, {"cidr", a.cidr}, {"dynamic", a.dynamic}};
}

SimAddress addressFromJson(const QJsonObject &o)
{
    return {getStr(o, "link"), getStr(o, "cidr"), getBool(o, "dynamic", false)};
}

QJsonObject routeToJson(const SimRoute &r)
{
    return {{"gateway", r.gateway}, {"dev", r.dev}};
}

SimRoute routeFromJson(const QJsonObject &o)
{
    return {getStr(o, "gateway"), getStr(o, "dev")};
}

QJsonObject timerToJson(const SimTimer &t)
{
    return {{"unit", t.unit}, {"due_ms", i64(t.dueMs)}, {"command", strings(t.command)}};
}

SimTimer timerFromJson(const QJsonObject &o)
{
    return {getStr(o, "unit"), getI64(o, "due_ms", 0), stringsFrom(o.value("command"))};
}

QJsonObject vmToJson(const SimVm &v)
{
    QJsonObject metadata;
    for (auto it = v.metadata.cbegin(); it != v.metadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    return {{"name", v.name}, {"uuid", v.uuid}, {"id", v.id}, {"mem_kib", i64(v.memKiB)},
            {"vcpus", v.vcpus}, {"running", v.running}, {"paused", v.paused},
            {"managed_save", v.managedSave}, {"state_reason", v.stateReason},
            {"metadata", metadata}, {"autostart", v.autostart},
            {"cpu_shares", i64(v.cpuShares)}, {"vcpu_period", i64(v.vcpuPeriod)},
            {"vcpu_quota", i64(v.vcpuQuota)}, {"emulator_period", i64(v.emulatorPeriod)},
            {"emulator_quota", i64(v.emulatorQuota)}, {"global_period", i64(v.globalPeriod)},
            {"global_quota", i64(v.globalQuota)}, {"iothread_period", i64(v.iothreadPeriod)},
            {"iothread_quota", i64(v.iothreadQuota)}, {"load", v.load},
            {"cpu_ns_base", i64(v.cpuNsBase)}, {"started_ms", i64(v.startedMs)},
            {"domain_type", v.domainType}, {"cdrom_target", v.cdromTarget}, {"cdrom", v.cdrom},
            {"nic_type", v.nicType}, {"nic_source", v.nicSource}, {"mac", v.mac},
            {"pending_mem_kib", i64(v.pendingMemKiB)}, {"pending_vcpus", v.pendingVcpus},
            {"balloon_kib", i64(v.balloonKiB)},
            {"disks", listToJson(v.disks, [](const SimVmDisk &d) {
                 return QJsonObject{{"target", d.target}, {"source", d.source}, {"format", d.format}};
             })}};
}

SimVm vmFromJson(const QJsonObject &o)
{
    SimVm v;
    v.name = getStr(o, "name");
    v.uuid = getStr(o, "uuid");
    v.id = getInt(o, "id", -1);
    v.memKiB = getI64(o, "mem_kib", 0);
    v.vcpus = qBound(1, getInt(o, "vcpus", 1), 4096);
    v.running = getBool(o, "running", false);
    v.paused = getBool(o, "paused", false);
    v.managedSave = getBool(o, "managed_save", false);
    v.stateReason = getInt(o, "state_reason", v.running ? kRunningBooted : kShutoffShutdown);
    const QJsonObject metadata = o.value("metadata").toObject();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        if (it.value().isString())
            v.metadata.insert(it.key(), it.value().toString());
    v.autostart = getBool(o, "autostart", false);
    v.cpuShares = getI64(o, "cpu_shares", 1024);
    v.vcpuPeriod = getI64(o, "vcpu_period", 100000);
    v.vcpuQuota = getI64(o, "vcpu_quota", -1);
    v.emulatorPeriod = getI64(o, "emulator_period", 100000);
    v.emulatorQuota = getI64(o, "emulator_quota", -1);
    v.globalPeriod = getI64(o, "global_period", 100000);
    v.globalQuota = getI64(o, "global_quota", -1);
    v.iothreadPeriod = getI64(o, "iothread_period", 100000);
    v.iothreadQuota = getI64(o, "iothread_quota", -1);
    v.load = o.value("load").toDouble(0.1);
    v.cpuNsBase = getI64(o, "cpu_ns_base", 0);
    v.disks = listFromJson<SimVmDisk>(o.value("disks"), [](const QJsonObject &d) {
        return SimVmDisk{getStr(d, "target"), getStr(d, "source"), getStr(d, "format", QStringLiteral("raw"))};
    });
    v.domainType = getStr(o, "domain_type", v.domainType);
    v.cdromTarget = getStr(o, "cdrom_target", v.cdromTarget);
    v.cdrom = getStr(o, "cdrom");
    v.nicType = getStr(o, "nic_type", v.nicType);
    v.nicSource = getStr(o, "nic_source", v.nicSource);
    v.mac = getStr(o, "mac");
    v.pendingMemKiB = getI64(o, "pending_mem_kib", -1);
    v.pendingVcpus = getInt(o, "pending_vcpus", -1);
    v.balloonKiB = getI64(o, "balloon_kib", -1);
    v.startedMs = getI64(o, "started_ms", 0);
    return v;
}

// Text as text, so a state file stays readable; other bytes in base64.
QJsonObject fileToJson(const SimFile &f)
{
    QJsonObject o{{"mode", f.mode}, {"owner", f.owner}, {"group", f.group}};
    if (!f.link.isEmpty())
        o.insert("link", f.link);
    if (f.dir)
        o.insert("dir", true);
    const QString text = QString::fromUtf8(f.content);
    if (text.toUtf8() == f.content)
        o.insert("content", text);
    else
        o.insert("content_base64", QString::fromLatin1(f.content.toBase64()));
    return o;
}

SimFile fileFromJson(const QJsonObject &o)
{
    SimFile f;
    f.mode = getInt(o, "mode", 0644) & 07777;
    f.owner = getStr(o, "owner", f.owner);
    f.group = getStr(o, "group", f.group);
    f.link = getStr(o, "link");
    f.dir = getBool(o, "dir", false);
    f.content = o.contains(QLatin1String("content_base64"))
        ? QByteArray::fromBase64(getStr(o, "content_base64").toLatin1())
        : getStr(o, "content").toUtf8();
    return f;
}

} // namespace

QJsonObject SimState::toJson() const
{
    return {{"format", 1}, {"hostname", hostname}, {"boot_ms", i64(bootMs)},
            {"last_ms", i64(lastMs)}, {"cpus", cpus}, {"mhz", mhz}, {"mem_kib", i64(memKiB)},
            {"demo_speed_kib", i64(demoSpeedKiB)}, {"speed_min_system", speedMinSystem},
            {"speed_max_system", speedMaxSystem}, {"next_dom_id", nextDomId},
            {"disks", listToJson(disks, diskToJson)}, {"arrays", listToJson(arrays, arrayToJson)},
            {"nics", listToJson(nics, nicToJson)}, {"bonds", listToJson(bonds, bondToJson)},
            {"bridges", listToJson(bridges, bridgeToJson)}, {"addresses", listToJson(addresses, addressToJson)},
            {"default_routes", listToJson(defaultRoutes, routeToJson)}, {"timers", listToJson(timers, timerToJson)},
            {"lose_connection_armed", loseConnectionArmed}, {"cut_off_until", cutOffUntil},
            {"vms", listToJson(vms, vmToJson)}, {"networks", QJsonArray::fromStringList(networks)},
            {"images", [this] {
                 QJsonObject o;
                 for (auto it = images.constBegin(); it != images.constEnd(); ++it)
                     o.insert(it.key(), QJsonObject{{"format", it->format}, {"virtual", i64(it->virtualBytes)},
                                                    {"allocated", i64(it->allocatedBytes)}});
                 return o;
             }()},
            {"files", [this] {
                 QJsonObject o;
                 for (auto it = files.constBegin(); it != files.constEnd(); ++it)
                     o.insert(it.key(), fileToJson(it.value()));
                 return o;
             }()}};
}

bool SimState::fromJson(const QJsonObject &o, SimState *out, QString *error)
{
    if (getInt(o, "format", 0) != 1) {
        if (error)
            *error = QStringLiteral("not a simulated host state (format 1)");
        return false;
    }
    SimState s;
    s.hostname = getStr(o, "hostname", s.hostname);
    s.bootMs = getI64(o, "boot_ms", 0);
    s.lastMs = getI64(o, "last_ms", s.bootMs);
    s.cpus = qBound(1, getInt(o, "cpus", 2), 4096);
    s.mhz = getInt(o, "mhz", 3000);
    s.memKiB = getI64(o, "mem_kib", s.memKiB);
    s.demoSpeedKiB = qMax<qint64>(1, getI64(o, "demo_speed_kib", s.demoSpeedKiB));
    s.speedMinSystem = getInt(o, "speed_min_system", 1000);
    s.speedMaxSystem = getInt(o, "speed_max_system", 200000);
    s.nextDomId = getInt(o, "next_dom_id", 4);
    s.disks = listFromJson<SimDisk>(o.value("disks"), diskFromJson);
    s.arrays = listFromJson<SimArray>(o.value("arrays"), arrayFromJson);
    s.nics = listFromJson<SimNic>(o.value("nics"), nicFromJson);
    s.bonds = listFromJson<SimBond>(o.value("bonds"), bondFromJson);
    s.bridges = listFromJson<SimBridge>(o.value("bridges"), bridgeFromJson);
    s.addresses = listFromJson<SimAddress>(o.value("addresses"), addressFromJson);
    s.defaultRoutes = listFromJson<SimRoute>(o.value("default_routes"), routeFromJson);
    s.timers = listFromJson<SimTimer>(o.value("timers"), timerFromJson);
    s.loseConnectionArmed = getBool(o, "lose_connection_armed", false);
    s.cutOffUntil = getStr(o, "cut_off_until");
    s.vms = listFromJson<SimVm>(o.value("vms"), vmFromJson);
    // A state saved before the host knew its images and networks gets the demo's.
    if (o.contains(QLatin1String("images"))) {
        const QJsonObject images = o.value("images").toObject();
        for (auto it = images.constBegin(); it != images.constEnd(); ++it) {
            const QJsonObject i = it.value().toObject();
            if (it.key().startsWith(QLatin1Char('/')))
                s.images.insert(it.key(), SimImage{getStr(i, "format", QStringLiteral("raw")), getI64(i, "virtual", 0),
                                                   getI64(i, "allocated", 0)});
        }
    } else {
        s.images = demo(0).images;
    }
    if (o.contains(QLatin1String("networks"))) {
        s.networks.clear();
        for (const QJsonValue &n : o.value("networks").toArray())
            s.networks << n.toString();
    }
    // A state saved before the host had files of its own gets the demo's.
    if (!o.contains(QLatin1String("files"))) {
        s.files = demoFiles();
    } else {
        const QJsonObject files = o.value("files").toObject();
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            if (it.key().startsWith(QLatin1Char('/')) && it.value().isObject())
                s.files.insert(it.key(), fileFromJson(it.value().toObject()));
    }
    // A state saved before the host had addresses gets the demo's address and
    // its network configuration (files it already had are kept as they are).
    if (!o.contains(QLatin1String("addresses"))) {
        const SimState d = demo(s.lastMs);
        s.addresses = d.addresses;
        s.defaultRoutes = d.defaultRoutes;
        for (auto it = d.files.constBegin(); it != d.files.constEnd(); ++it)
            if (!s.files.contains(it.key()))
                s.files.insert(it.key(), it.value());
    }
    *out = s;
    return true;
}

} // namespace ftc
