#pragma once
// Everything the simulated host knows, as plain data: disks and their partitions,
// md arrays with their sync position, NICs and bonds, libvirt domains. The text a
// command prints is always derived from this, never stored, so every source agrees.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace ftc {

struct SimPartition {
    QString name;          // sda1
    int number = 1;
    qint64 startSector = 0;
    qint64 sectors = 0;
    QString fstype;        // vfat, linux_raid_member, ""
    QString fsUuid;
    QString label;
    QString mountpoint;

    bool operator==(const SimPartition &) const = default;
};

struct SimDisk {
    QString name;          // sda
    int module = 10;       // CPU-I/O enclosure
    int slot = 0;
    qint64 sectors = 0;    // 512-byte sectors
    QString vendor;
    QString model;
    QString serial;
    int scsiHost = 0;      // HCTL host, one SAS HBA per module
    int target = 0;
    QString pciDev;        // 0000:10:01.0
    int major = 8;
    int minor = 0;
    bool present = true;
    QString ptType;        // "gpt" when partitioned
    QList<SimPartition> parts;
    // Whole-disk signature (an md superblock when the disk is a member).
    QString fstype;
    QString fsUuid;
    QString label;
    // udev's database missed the last write (its FSTYPE and PTTYPE are stale
    // and empty): lsblk shows nothing, the disk itself (wipefs) the truth.
    bool udevStale = false;
    bool grubInstalled = false; // grub-install wrote its boot code to the boot sector

    bool operator==(const SimDisk &) const = default;
};

struct SimMember {
    QString dev;           // sdc, sda2
    int descNr = 0;        // the number in mdstat's brackets
    int slot = -1;         // raid role, -1 for spares and failed members
    QString state;         // in_sync, rebuilding, spare, faulty

    bool operator==(const SimMember &) const = default;
};

struct SimArray {
    QString name;          // md0
    int minor = 0;
    QString uuid;          // mdadm style 8:8:8:8 hex
    QString mdName;        // ftdemo:0
    int raidDisks = 2;
    qint64 componentKiB = 0;
    bool bitmap = false;
    QList<SimMember> members;          // in the order they joined
    QString syncAction = QStringLiteral("idle"); // resync, recover, check, repair, idle
    qint64 syncPos = 0;                // sectors done
    QString lastSyncAction = QStringLiteral("none");
    int speedMinLocal = 0;             // 0: the system default applies
    int speedMaxLocal = 0;
    qint64 mismatchCnt = 0;
    QString fstype;                    // filesystem on the array
    QString fsUuid;
    QString mountpoint;

    qint64 sectors() const { return componentKiB * 2; }
    int working() const;               // in_sync members with a slot
    bool broken() const { return working() == 0; }
    const SimMember *member(const QString &dev) const;
    SimMember *member(const QString &dev);

    bool operator==(const SimArray &) const = default;
};

struct SimNic {
    QString name;          // eth0
    int module = 10;
    QString pciDev;        // 0000:10:02.0
    QString altname;       // enp16s2f0
    QString mac;           // permanent address
    int ifindex = 2;
    bool adminUp = true;
    bool carrier = true;   // cable plugged
    int speedMbps = 1000;
    QString master;        // the bond it is enslaved to, or the bridge it is a port of
    int linkFailures = 0;

    bool operator==(const SimNic &) const = default;
};

struct SimBond {
    QString name;          // bond0
    int ifindex = 10;
    QString mode = QStringLiteral("active-backup");
    int miimon = 100;
    QString primary;
    QString active;        // current active slave (active-backup)
    bool adminUp = true;
    QString mac;
    QList<QString> slaves; // enslavement order
    QString master;        // the bridge it is a port of, else empty

    bool operator==(const SimBond &) const = default;
};

// A Linux bridge (VMs' NICs attach to it); its ports are adapters or bonds.
struct SimBridge {
    QString name;          // br0
    int ifindex = 20;
    QString mac;           // set by hwaddress, else the first port's
    bool adminUp = true;
    bool stp = false;
    int forwardDelayCs = 1500;  // centiseconds, as ip -d prints it (the kernel's default 15 s)
    QStringList ports;     // in the order they joined

    bool operator==(const SimBridge &) const = default;
};

// An address given to a link (ifupdown's static method, `ip addr add`). IPv6
// link-local addresses are not listed: they follow from each link's MAC.
struct SimAddress {
    QString link;          // eth0
    QString cidr;          // 192.168.10.20/24
    bool dynamic = false;  // DHCP gave it (a lease lifetime)

    bool operator==(const SimAddress &) const = default;
};

// An IPv4 default route, as ifupdown's `gateway` adds it (onlink).
struct SimRoute {
    QString gateway;       // 192.168.10.1
    QString dev;

    bool operator==(const SimRoute &) const = default;
};

// A transient timer, as `systemd-run --on-active=SECS --unit=UNIT CMD` arms it:
// at dueMs it runs command once, unless `systemctl stop UNIT.timer` came first.
struct SimTimer {
    QString unit;          // ftconsole-net-bond0-20261130T081502Z-rollback (the .timer without suffix)
    qint64 dueMs = 0;      // on the host's clock
    QStringList command;   // /bin/sh /var/lib/ftconsole/net/ID/rollback.sh

    bool operator==(const SimTimer &) const = default;
};

// One disk of a domain as `virsh domblklist` lists it.
struct SimVmDisk {
    QString target;        // vda
    QString source;        // /var/lib/libvirt/images/DC1.img, /dev/disk/by-id/...
    QString format = QStringLiteral("raw");   // <driver type>: raw, qcow2

    bool operator==(const SimVmDisk &) const = default;
};

// libvirt's state reasons (virDomainRunningReason, ...PausedReason, ...ShutoffReason)
// the simulated domains go through; domstats prints the number, domstate --reason the word.
enum SimReason {
    kRunningBooted = 1, kRunningRestored = 3, kRunningUnpaused = 5,
    kPausedUser = 1, kPausedMigration = 2,
    kShutoffShutdown = 1, kShutoffDestroyed = 2, kShutoffSaved = 5,
};

// A file the demo's disks hold that is too large to keep as content: a VM's
// image, an ISO. Sizes in bytes.
struct SimImage {
    QString format = QStringLiteral("raw");   // raw, qcow2 (an ISO is raw to qemu-img)
    qint64 virtualBytes = 0;   // the guest's disk size (qemu-img virtual-size)
    qint64 allocatedBytes = 0; // blocks it takes on the host's file system

    bool operator==(const SimImage &) const = default;
};

struct SimVm {
    QString name;
    QList<SimVmDisk> disks;
    QString uuid;
    int id = -1;           // -1 when shut off
    qint64 memKiB = 0;
    int vcpus = 1;
    bool running = true;   // active: its qemu runs, whether the vCPUs do or not (paused)
    bool paused = false;   // vCPUs stopped (suspend); while shut off with a managed
                           // save, the image was taken paused and restores paused
    bool managedSave = false; // shut off by managedsave: start restores the image
    int stateReason = kRunningBooted; // why it is in its state (SimReason)
    bool autostart = true;
    qint64 cpuShares = 1024;
    qint64 vcpuPeriod = 100000;
    qint64 vcpuQuota = -1;
    qint64 emulatorPeriod = 100000;
    qint64 emulatorQuota = -1;
    qint64 globalPeriod = 100000;
    qint64 globalQuota = -1;
    qint64 iothreadPeriod = 100000;
    qint64 iothreadQuota = -1;
    double load = 0.1;     // share of its vCPUs the guest keeps busy
    qint64 cpuNsBase = 0;  // CPU time used before startedMs
    qint64 startedMs = 0;  // since when CPU time grows at cpuRate() (a start, or the last change of rate)
    // `virsh metadata`: namespace URI -> the element as virsh prints it back. One
    // copy for the live and the persistent definition, which the console always
    // changes together.
    QMap<QString, QString> metadata;
    QString domainType = QStringLiteral("kvm");
    // Its CD/DVD drive (IDE hdc) and what is inserted; no drive when cdromTarget is empty.
    QString cdromTarget = QStringLiteral("hdc");
    QString cdrom;
    // Its one NIC: "network" or "bridge" and what it is plugged into; none when type is empty.
    QString nicType = QStringLiteral("network");
    QString nicSource = QStringLiteral("default");
    QString mac;           // empty: derived from the UUID
    // Changed in the persistent definition while it runs: applied at its next start; -1 none.
    qint64 pendingMemKiB = -1;
    // The balloon's target while it runs (`setmem --live`), at most memKiB; -1: memKiB.
    qint64 balloonKiB = -1;
    qint64 currentKiB() const { return running && balloonKiB > 0 ? balloonKiB : memKiB; }
    int pendingVcpus = -1;

    // CPUs' worth of time the VM uses now: its load on each vCPU, held to the
    // vcpu_quota and global_quota caps as CFS does; nothing while paused or off.
    // The demo host has CPU to spare, so shares never come into play.
    double cpuRate() const;
    qint64 cpuTimeNs(qint64 nowMs) const;
    // Books the CPU time used until now, before something changes cpuRate().
    void settleCpu(qint64 nowMs);

    bool operator==(const SimVm &) const = default;
};

// One of the host's own files outside /proc and /sys (settings under /etc), as
// cat, tee, ls, cmp, mv, chmod, chown and test see it. A symbolic link (the
// links systemd's `enable` makes) has a target instead of content.
struct SimFile {
    QByteArray content;
    int mode = 0644;
    QString owner = QStringLiteral("root");
    QString group = QStringLiteral("root");
    QString link;              // the target of a symbolic link, else empty
    // A directory made explicitly (install -d): it exists while empty. Other
    // directories are only the ones the paths imply.
    bool dir = false;

    bool operator==(const SimFile &) const = default;
};

struct SimState {
    QString hostname = QStringLiteral("ftdemo");
    qint64 bootMs = 0;             // the sim's time zero
    qint64 lastMs = 0;             // when sync positions were last advanced
    int cpus = 2;
    int mhz = 3000;
    qint64 memKiB = 8LL * 1024 * 1024;
    qint64 demoSpeedKiB = 2500000; // what the demo's disks could sync at without md's limits
    int speedMinSystem = 1000;
    int speedMaxSystem = 200000;
    int nextDomId = 4;
    QList<SimDisk> disks;
    QList<SimArray> arrays;
    QList<SimNic> nics;
    QList<SimBond> bonds;
    QList<SimBridge> bridges;
    QList<SimAddress> addresses;
    QList<SimRoute> defaultRoutes;
    QList<SimTimer> timers;
    // `ftsim lose-connection`: the next network change that touches the links
    // cuts the console off...
    bool loseConnectionArmed = false;
    // ...until the timer with this unit name has fired (its rollback restored
    // the links); empty while the console can reach the host.
    QString cutOffUntil;
    QList<SimVm> vms;
    // Absolute path -> file. Directories are the ones the paths imply.
    QMap<QString, SimFile> files;
    // Absolute path -> VM image or ISO (kept apart from files: no content).
    QMap<QString, SimImage> images;
    QStringList networks{QStringLiteral("default")};    // libvirt's networks

    // A Debian 12 host's: /etc/os-release, the packaged
    // /etc/default/libvirt-guests (every setting commented out: the defaults
    // apply, ON_SHUTDOWN=suspend) and libvirt-guests.service enabled; ifupdown's
    // /etc/network/interfaces (eth0 static, the others up without an address)
    // with ifenslave's and bridge-utils' hooks.
    static QMap<QString, SimFile> demoFiles();

    // The guide's scenario: modules 10 and 11, md0..md2, sdf blank, four NICs
    // untouched, DC1/FS1/EX1 running.
    static SimState demo(qint64 nowMs);

    SimDisk *disk(const QString &name);
    const SimDisk *disk(const QString &name) const;
    SimArray *array(const QString &name);
    const SimArray *array(const QString &name) const;
    SimNic *nic(const QString &name);
    SimBond *bond(const QString &name);
    const SimBond *bond(const QString &name) const;
    SimBridge *bridge(const QString &name);
    const SimBridge *bridge(const QString &name) const;
    // Whether a link of that name exists: lo, an adapter, a bond or a bridge.
    bool hasLink(const QString &name) const;
    // Whether the link is administratively up (false when there is none).
    bool linkUp(const QString &name) const;
    SimVm *vm(const QString &name);
    const SimVm *vm(const QString &name) const;
    // The mount point holding path (an array's), "/" when none does; and the
    // bytes free there: the array's size less 2 % and what its images take.
    QString mountOf(const QString &path) const;
    qint64 freeBytes(const QString &mountpoint) const;
    // Whether path is a directory the host has: a mount point, a parent of
    // one, a directory in files, or one holding an image.
    bool isDir(const QString &path) const;

    // A block device by kernel name: a present disk or one of its partitions.
    // Returns its size in sectors, or -1 when there is none.
    qint64 blockSectors(const QString &name) const;
    // The array the device belongs to as a (non-removed) member, or null.
    const SimArray *arrayOf(const QString &dev) const;
    // The disk a device name lives on ("sda2" -> sda).
    const SimDisk *diskOf(const QString &dev) const;

    // Moves every running sync forward to nowMs; finished ones leave the array clean.
    void advance(qint64 nowMs);
    // KiB/s a sync on this array runs at, honouring the speed limits.
    qint64 syncSpeedKiB(const SimArray &a) const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, SimState *out, QString *error);

    bool operator==(const SimState &) const = default;
};

} // namespace ftc
