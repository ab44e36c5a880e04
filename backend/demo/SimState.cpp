#include "SimState.h"

#include "SimCommands.h"

namespace ftc {

namespace {

// Seagate 2.5" SAS drives of the ftServer era: 300 GB and 900 GB, sizes as the
// drives report them.
constexpr qint64 k300GSectors = 585937500;
constexpr qint64 k900GSectors = 1758174768;
// mdadm 1.2 puts the data 129 MiB into large members.
constexpr qint64 kDataOffset = 264192;

qint64 componentKiBFor(qint64 memberSectors)
{
    const qint64 kib = (memberSectors - kDataOffset) / 2;
    return kib - kib % 64;
}

SimDisk makeDisk(const QString &name, int module, int slot, qint64 sectors, int index)
{
    SimDisk d;
    d.name = name;
    d.module = module;
    d.slot = slot;
    d.sectors = sectors;
    d.vendor = QStringLiteral("SEAGATE");
    d.model = sectors == k900GSectors ? QStringLiteral("ST9900805SS") : QStringLiteral("ST9300653SS");
    d.serial = QStringLiteral("FT%1S%2A%3").arg(module).arg(slot).arg(module == 10 ? 1 : 2);
    d.scsiHost = module == 10 ? 0 : 1;
    d.target = slot;
    d.pciDev = QStringLiteral("0000:%1:01.0").arg(module);
    d.major = 8;
    d.minor = index * 16;
    return d;
}

// The system disk layout: a 512 MiB EFI partition and the rest for md0.
void partitionSystemDisk(SimDisk *d, bool mountEfi, const QString &mdUuid)
{
    d->ptType = QStringLiteral("gpt");
    SimPartition efi;
    efi.name = d->name + QLatin1Char('1');
    efi.number = 1;
    efi.startSector = 2048;
    efi.sectors = 1048576;
    efi.fstype = QStringLiteral("vfat");
    efi.fsUuid = d->module == 10 ? QStringLiteral("5E1A-10A1") : QStringLiteral("5E1A-11A1");
    efi.mountpoint = mountEfi ? QStringLiteral("/boot/efi") : QString();
    SimPartition sys;
    sys.name = d->name + QLatin1Char('2');
    sys.number = 2;
    sys.startSector = 1050624;
    sys.sectors = (d->sectors - 34) / 2048 * 2048 - sys.startSector;
    sys.fstype = QStringLiteral("linux_raid_member");
    sys.fsUuid = mdUuid;
    sys.label = QStringLiteral("ftdemo:0");
    d->parts = {efi, sys};
}

// lsblk shows the md superblock's UUID in the usual 8-4-4-4-12 form.
QString blkidUuid(const QString &mdUuid)
{
    QString hex = mdUuid;
    hex.remove(QLatin1Char(':'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

void markMember(SimDisk *d, const QString &mdUuid, const QString &label)
{
    d->fstype = QStringLiteral("linux_raid_member");
    d->fsUuid = blkidUuid(mdUuid);
    d->label = label;
}

SimArray makeArray(const QString &name, int minor, const QString &uuid, qint64 memberSectors)
{
    SimArray a;
    a.name = name;
    a.minor = minor;
    a.uuid = uuid;
    a.mdName = QStringLiteral("ftdemo:%1").arg(minor);
    a.componentKiB = componentKiBFor(memberSectors);
    // mdadm adds an internal bitmap to arrays over 100 GB by default.
    a.bitmap = true;
    a.fstype = QStringLiteral("ext4");
    return a;
}

SimNic makeNic(const QString &name, int module, int function, int ifindex)
{
    SimNic n;
    n.name = name;
    n.module = module;
    n.pciDev = QStringLiteral("0000:%1:02.%2").arg(module).arg(function);
    n.altname = QStringLiteral("enp%1s2f%2").arg(module == 10 ? 16 : 17).arg(function);
    n.mac = QStringLiteral("00:15:17:%1:02:%2").arg(module).arg(function, 2, 10, QLatin1Char('0'));
    n.ifindex = ifindex;
    return n;
}

SimVm makeVm(const QString &name, const QString &uuid, int id, qint64 memKiB, int vcpus, double load,
             qint64 nowMs)
{
    SimVm v;
    v.name = name;
    v.uuid = uuid;
    v.id = id;
    v.memKiB = memKiB;
    v.vcpus = vcpus;
    v.load = load;
    // Started a minute after the host booted, three hours ago.
    v.startedMs = nowMs - 3 * 3600 * 1000 + 60 * 1000;
    v.cpuNsBase = 0;
    return v;
}

} // namespace

int SimArray::working() const
{
    int n = 0;
    for (const SimMember &m : members)
        if (m.state == QLatin1String("in_sync") && m.slot >= 0)
            ++n;
    return n;
}

double SimVm::cpuRate() const
{
    if (!running || paused)
        return 0;
    double perVcpu = qBound(0.0, load, 1.0);
    if (vcpuQuota > 0 && vcpuPeriod > 0) // -1: no cap
        perVcpu = qMin(perVcpu, double(vcpuQuota) / double(vcpuPeriod));
    double total = perVcpu * vcpus;
    if (globalQuota > 0 && globalPeriod > 0)
        total = qMin(total, double(globalQuota) / double(globalPeriod));
    return total;
}

qint64 SimVm::cpuTimeNs(qint64 nowMs) const
{
    return cpuNsBase + qint64(double(qMax<qint64>(0, nowMs - startedMs)) * 1e6 * cpuRate());
}

void SimVm::settleCpu(qint64 nowMs)
{
    cpuNsBase = cpuTimeNs(nowMs);
    startedMs = nowMs;
}

const SimMember *SimArray::member(const QString &dev) const
{
    for (const SimMember &m : members)
        if (m.dev == dev)
            return &m;
    return nullptr;
}

SimMember *SimArray::member(const QString &dev)
{
    for (SimMember &m : members)
        if (m.dev == dev)
            return &m;
    return nullptr;
}

SimState SimState::demo(qint64 nowMs)
{
    SimState s;
    s.bootMs = nowMs - 3 * 3600 * 1000; // up for three hours
    s.lastMs = nowMs;

    const QString u0 = QStringLiteral("3f1c0a5e:8b2d4c71:a9e05f13:6d7b2c90");
    const QString u1 = QStringLiteral("7a4e91c2:05d36f8b:c1e2a7d4:93f0b618");
    const QString u2 = QStringLiteral("c25b7e09:d4a1386f:5e0f92ab:1b7c4d3e");

    const QStringList names{"sda", "sdb", "sdc", "sdd", "sde", "sdf"};
    for (int i = 0; i < 6; ++i) {
        const int module = i < 3 ? 10 : 11;
        const int slot = i % 3;
        s.disks.append(makeDisk(names[i], module, slot, slot == 1 ? k900GSectors : k300GSectors, i));
    }
    partitionSystemDisk(&s.disks[0], true, blkidUuid(u0));
    partitionSystemDisk(&s.disks[3], false, blkidUuid(u0));
    markMember(&s.disks[1], u1, QStringLiteral("ftdemo:1"));
    markMember(&s.disks[4], u1, QStringLiteral("ftdemo:1"));
    markMember(&s.disks[2], u2, QStringLiteral("ftdemo:2"));

    SimArray md0 = makeArray(QStringLiteral("md0"), 0, u0, s.disks[0].parts[1].sectors);
    md0.members = {{QStringLiteral("sda2"), 0, 0, QStringLiteral("in_sync")},
                   {QStringLiteral("sdd2"), 1, 1, QStringLiteral("in_sync")}};
    md0.fsUuid = QStringLiteral("0b6f3d2a-51c4-4e8e-9a7d-2f0c1e5b7a10");
    md0.mountpoint = QStringLiteral("/");
    SimArray md1 = makeArray(QStringLiteral("md1"), 1, u1, k900GSectors);
    md1.members = {{QStringLiteral("sdb"), 0, 0, QStringLiteral("in_sync")},
                   {QStringLiteral("sde"), 1, 1, QStringLiteral("in_sync")}};
    md1.fsUuid = QStringLiteral("6e2a9c41-0d7b-4f3a-8c15-b9e4d2a76f01");
    md1.mountpoint = QStringLiteral("/var/lib/libvirt/images");
    SimArray md2 = makeArray(QStringLiteral("md2"), 2, u2, k300GSectors);
    md2.members = {{QStringLiteral("sdc"), 0, 0, QStringLiteral("in_sync")}};
    md2.fsUuid = QStringLiteral("a81d5f37-2c9e-4b60-9f4d-7e3b1c08d5a2");
    md2.mountpoint = QStringLiteral("/srv/vm-mail");
    s.arrays = {md0, md1, md2};

    s.nics = {makeNic(QStringLiteral("eth0"), 10, 0, 2), makeNic(QStringLiteral("eth1"), 10, 1, 3),
              makeNic(QStringLiteral("eth2"), 11, 0, 4), makeNic(QStringLiteral("eth3"), 11, 1, 5)};
    // The host's one address, on the first adapter of module 10, as the
    // installer's /etc/network/interfaces (demoFiles) gives it.
    s.addresses = {{QStringLiteral("eth0"), QStringLiteral("192.168.10.20/24"), false}};
    s.defaultRoutes = {{QStringLiteral("192.168.10.1"), QStringLiteral("eth0")}};

    // Table 3 of the guide: DC1 0.5 GB, FS1 1.0 GB, EX1 1.5 GB, all running and
    // started with the host; load roughly matches its GHz column.
    s.vms = {makeVm(QStringLiteral("DC1"), QStringLiteral("1b0e7c3a-4d2f-4a61-9e85-0c3d7f21a9b4"), 1,
                    512 * 1024, 1, 0.23, nowMs),
             makeVm(QStringLiteral("FS1"), QStringLiteral("5d9a2e4f-8c1b-4f07-a3d6-7e0b9c12f485"), 2,
                    1024 * 1024, 1, 0.33, nowMs),
             makeVm(QStringLiteral("EX1"), QStringLiteral("9c4f1a7e-2b3d-4e59-8a06-d1e7f3b20c68"), 3,
                    1536 * 1024, 2, 0.2, nowMs)};
    // The images live on the mirrors: md1 holds /var/lib/libvirt/images, md2 the mail store.
    s.vms[0].disks = {{QStringLiteral("vda"), QStringLiteral("/var/lib/libvirt/images/DC1.img")}};
    s.vms[1].disks = {{QStringLiteral("vda"), QStringLiteral("/var/lib/libvirt/images/FS1.img")}};
    s.vms[2].disks = {{QStringLiteral("vda"), QStringLiteral("/var/lib/libvirt/images/EX1.img")},
                      {QStringLiteral("vdb"), QStringLiteral("/srv/vm-mail/EX1-store.img")}};
    s.nextDomId = 4;
    s.files = demoFiles();
    // The guide's fixed-size disks: 40 GiB each, the mail store 200 GiB; and
    // the installer CD an admin copied to libvirt's boot directory.
    const qint64 gib = qint64(1) << 30;
    for (const SimVm &v : s.vms)
        for (const SimVmDisk &d : v.disks) {
            const qint64 size = (d.target == QLatin1String("vda") ? 40 : 200) * gib;
            s.images.insert(d.source, SimImage{QStringLiteral("raw"), size, size});
        }
    const qint64 iso = 660LL << 20;
    s.images.insert(QStringLiteral("/var/lib/libvirt/boot/debian-12.8.0-amd64-netinst.iso"),
                    SimImage{QStringLiteral("raw"), iso, iso});
    return s;
}

QString SimState::mountOf(const QString &path) const
{
    QString best = QStringLiteral("/");
    for (const SimArray &a : arrays) {
        const QString &mp = a.mountpoint;
        if (mp.isEmpty() || mp == QLatin1String("/"))
            continue;
        if ((path == mp || path.startsWith(mp + QLatin1Char('/'))) && mp.size() > best.size())
            best = mp;
    }
    return best;
}

qint64 SimState::freeBytes(const QString &mountpoint) const
{
    qint64 size = 0;
    for (const SimArray &a : arrays)
        if (a.mountpoint == mountpoint)
            size = a.sectors() * 512;
    // The file system's own blocks, and on / the installed system.
    qint64 used = size / 50 + (mountpoint == QLatin1String("/") ? qint64(6) << 30 : 0);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        if (mountOf(it.key()) == mountpoint)
            used += it->allocatedBytes;
    return qMax<qint64>(0, size - used);
}

bool SimState::isDir(const QString &path) const
{
    if (path == QLatin1String("/"))
        return true;
    const QString prefix = path + QLatin1Char('/');
    for (const SimArray &a : arrays)
        if (a.mountpoint == path || a.mountpoint.startsWith(prefix))
            return true;
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        if (it.key().startsWith(prefix))
            return true;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if ((it.key() == path && it->dir) || it.key().startsWith(prefix))
            return true;
    return false;
}

SimDisk *SimState::disk(const QString &name)
{
    for (SimDisk &d : disks)
        if (d.name == name)
            return &d;
    return nullptr;
}

const SimDisk *SimState::disk(const QString &name) const
{
    return const_cast<SimState *>(this)->disk(name);
}

SimArray *SimState::array(const QString &name)
{
    for (SimArray &a : arrays)
        if (a.name == name)
            return &a;
    return nullptr;
}

const SimArray *SimState::array(const QString &name) const
{
    return const_cast<SimState *>(this)->array(name);
}

SimNic *SimState::nic(const QString &name)
{
    for (SimNic &n : nics)
        if (n.name == name)
            return &n;
    return nullptr;
}

SimBond *SimState::bond(const QString &name)
{
    for (SimBond &b : bonds)
        if (b.name == name)
            return &b;
    return nullptr;
}

const SimBond *SimState::bond(const QString &name) const
{
    return const_cast<SimState *>(this)->bond(name);
}

SimBridge *SimState::bridge(const QString &name)
{
    for (SimBridge &b : bridges)
        if (b.name == name)
            return &b;
    return nullptr;
}

const SimBridge *SimState::bridge(const QString &name) const
{
    return const_cast<SimState *>(this)->bridge(name);
}

bool SimState::hasLink(const QString &name) const
{
    return name == QLatin1String("lo") || const_cast<SimState *>(this)->nic(name) || bond(name) || bridge(name);
}

bool SimState::linkUp(const QString &name) const
{
    if (name == QLatin1String("lo"))
        return true;
    if (const SimNic *n = const_cast<SimState *>(this)->nic(name))
        return n->adminUp;
    if (const SimBond *b = bond(name))
        return b->adminUp;
    if (const SimBridge *b = bridge(name))
        return b->adminUp;
    return false;
}

SimVm *SimState::vm(const QString &name)
{
    for (SimVm &v : vms)
        if (v.name == name)
            return &v;
    return nullptr;
}

const SimVm *SimState::vm(const QString &name) const
{
    return const_cast<SimState *>(this)->vm(name);
}

const SimDisk *SimState::diskOf(const QString &dev) const
{
    for (const SimDisk &d : disks) {
        if (d.name == dev)
            return &d;
        for (const SimPartition &p : d.parts)
            if (p.name == dev)
                return &d;
    }
    return nullptr;
}

qint64 SimState::blockSectors(const QString &name) const
{
    const SimDisk *d = diskOf(name);
    if (!d || !d->present)
        return -1;
    if (d->name == name)
        return d->sectors;
    for (const SimPartition &p : d->parts)
        if (p.name == name)
            return p.sectors;
    return -1;
}

const SimArray *SimState::arrayOf(const QString &dev) const
{
    for (const SimArray &a : arrays)
        if (a.member(dev))
            return &a;
    return nullptr;
}

qint64 SimState::syncSpeedKiB(const SimArray &a) const
{
    // md_do_sync(): a resync runs as fast as the disks allow, up to sync_speed_max
    // (the array's own value, else /proc/sys/dev/raid/speed_limit_max). The minimum
    // only matters when other I/O competes, which the demo's disks never see.
    const qint64 maxKiB = a.speedMaxLocal > 0 ? a.speedMaxLocal : speedMaxSystem;
    return qMax<qint64>(qMin<qint64>(demoSpeedKiB, maxKiB), 1);
}

void SimState::advance(qint64 nowMs)
{
    const qint64 dt = nowMs - lastMs;
    if (dt <= 0) {
        // A clock that went back (a restored state, a test) just restarts from here.
        if (dt < 0)
            lastMs = nowMs;
        return;
    }
    for (SimArray &a : arrays) {
        if (a.syncAction == QLatin1String("idle"))
            continue;
        if (a.broken()) {
            a.syncAction = QStringLiteral("idle");
            a.syncPos = 0;
            continue;
        }
        a.syncPos += dt * syncSpeedKiB(a) * 2 / 1000;
        if (a.syncPos < a.sectors())
            continue;
        for (SimMember &m : a.members)
            if (m.state == QLatin1String("rebuilding"))
                m.state = QStringLiteral("in_sync");
        if (a.syncAction == QLatin1String("check") || a.syncAction == QLatin1String("repair"))
            a.mismatchCnt = 0;
        a.lastSyncAction = a.syncAction;
        a.syncAction = QStringLiteral("idle");
        a.syncPos = 0;
        // A spare that arrived during the sync starts its recovery now. Its time
        // counts from here, which a coarse simulation can afford.
        sim::kickRecovery(a);
    }
    lastMs = nowMs;
}

} // namespace ftc
