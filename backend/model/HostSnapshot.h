#pragma once
// One immutable picture of a host, built from one batched refresh. The UI only
// ever sees these (through HostSnapshotPtr), never a Runner.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ftc {

struct HostInfo {
    QString name;              // hostname as the host reports it, else the label
    int cpus = 0;
    int mhz = 0;
    QString cpuModel;
    qint64 memoryBytes = 0;
    qint64 memoryAvailableBytes = 0;
};

enum class DiskRole { Unconfigured, MirrorMember, InUse };

struct Disk {
    QString name;              // "sda", "nvme0n1"
    QString path;              // "/dev/sda"
    qint64 sizeBytes = 0;
    QString serial, model, hctl, transport;
    QString module;            // "10", "11"; empty when unknown
    int slot = -1;             // position within the module, -1 when unknown
    DiskRole role = DiskRole::Unconfigured;
    QString mirror;            // "md1" when a member (of the whole disk or a partition)
    QStringList partitions;    // child partitions' names
    QString fstype;            // signature on the whole disk ("ext4", "linux_raid_member", "LVM2_member")
    QStringList mountpoints;   // of the disk and its partitions
    QString inUseReason;       // why role == InUse, for the user
    QString sysPath;           // its /sys/block link's target (the bus path that places it)
    // Its EFI system partitions ("sda1"): a UEFI firmware can boot from the disk.
    QStringList espPartitions;
    // A former member that came back: the device on this disk ("sdd2", or the
    // disk itself) whose RAID signature carries the UUID of a running mirror it
    // is not in now, and that mirror ("md0"). Empty when there is none.
    QString returningDevice;
    QString returningMirror;
};

enum class OpState { Duplex, Syncing, Simplex, Broken, Inactive };
enum class MemberState { InSync, Rebuilding, Spare, Faulty, Missing };

struct SyncProgress {
    QString action;            // resync, recovery, check, repair, reshape, pending, delayed
    double percent = 0;        // 0..100
    qint64 speedKiBs = -1;     // -1 when not known
    qint64 finishSeconds = -1; // -1 when not known
    qint64 doneSectors = -1, totalSectors = -1;
};

struct MirrorMember {
    QString device;            // "sda2"
    int slot = -1;             // role number in the array, -1 for spares
    MemberState state = MemberState::InSync;
    // A replacement (mdstat "(R)", sysfs state "replacement"): a device being
    // filled to take over an in-sync member's slot (mdadm --replace).
    bool replacement = false;
};

struct Mirror {
    QString name;              // "md1"
    QString level;             // "raid1"
    OpState state = OpState::Inactive;
    qint64 sizeBytes = 0;
    int membersExpected = 0;
    int membersWorking = 0;
    std::optional<SyncProgress> sync;
    QList<MirrorMember> members;
    bool readOnly = false;     // (read-only) or (auto-read-only)
    QString uuid;
    QString metadata;          // "1.2"
    QString bitmap;            // bitmap line when present
    // md's resync throttle (sync_speed_min/max, KiB/s) and the ftSMC-style
    // priority it amounts to: "low", "normal", "high", or "custom" for other
    // limits; empty when sysfs was not readable.
    QStringList mountpoints;   // of the md device itself ("/" on a system mirror)
    qint64 syncSpeedMinKiB = -1;
    qint64 syncSpeedMaxKiB = -1;
    QString resyncPriority;
    // The last pass md ran (sysfs last_sync_action, md.c: "check", "repair",
    // "resync", "recover", "reshape"; "none" before any) and what a check or
    // repair found: mismatch_cnt, in 512-byte sectors that differed between the
    // members. Empty and -1 when sysfs was not readable; md restarts the count
    // with every pass, so it reads as a check's result only when the last pass
    // was a check or repair and none runs now.
    QString lastSyncAction;
    qint64 mismatchSectors = -1;
    // For an array inside an external-metadata container (IMSM, DDF): the
    // container's name, from mdstat's "super external:/md127/0".
    QString container;
    QString layout;            // raid10: "2 near-copies", "2 far-copies", "2 offset-copies"
};

// How many more member failures the array survives without losing data, at worst
// (raid10 depends on which disk fails next; this counts the unluckiest one).
// 0: one more failure loses data. -1: not known (level or count unknown).
int failuresTolerated(const Mirror &m);

// What the mirror's last consistency check (or repair) found, in 512-byte sectors
// that differed between its members; -1 when there is no finished check to speak
// of (a pass runs, the last one was a resync or recovery, or sysfs was not read).
qint64 lastCheckMismatches(const Mirror &m);

// An external-metadata container (mdstat "super external:imsm" or ":ddf"): the
// firmware RAID's set of disks. md always shows it "inactive", which is its
// normal state; its disks belong to the arrays it holds.
struct MdContainer {
    QString name;              // "md127"
    QString metadata;          // "imsm", "ddf"
    QStringList devices;       // "sda", "sdb"
    QStringList arrays;        // the member arrays it holds: "md126"
};

struct Nic {
    QString name;              // "eth0"
    QString mac;               // permanent address when known
    QString module;
    int slot = -1;
    bool adminUp = false;
    bool carrier = false;
    QString operState;         // "UP", "DOWN", ...
    QString master;            // bond it is enslaved to
    // The link as the driver negotiated it: /sys/class/net/IF/speed and
    // duplex (read in full reads), or the bond's fresher view of a member.
    int speedMbps = -1;        // Mb/s; -1 unknown (no link, interface down)
    QString duplex;            // "full", "half"; "" unknown
    QString driver;            // kernel driver bound to it: "e1000e", "virtio_net"; "" unknown
    QString pciPath;
};

struct TeamMember {
    QString name;
    QString link;              // "up", "down", "going back", ...
    int failures = 0;
    int speedMbps = -1;        // -1 when the driver says Unknown
    QString module;
};

struct Team {
    QString name;              // "bond0"
    QString mode;              // kernel name: "active-backup", "balance-alb", "802.3ad", ...
    QString kind;              // AFT, SFT, ALB, TLB, LACP, RR, XOR, BROADCAST
    QString active;            // currently active slave, empty when none/not applicable
    QString primary;
    int miimonMs = 0;
    QString miiStatus;         // of the bond itself
    int arpIntervalMs = 0;     // ARP monitoring, 0 when off
    QStringList arpTargets;    // what ARP monitoring asks
    QString failOverMac;       // active-backup's fail_over_mac: "active", "follow"; "" for none
    // 802.3ad: the switch side. Unknown ("", -1) for other modes and when the
    // kernel did not print it.
    QString lacpRate;          // "slow", "fast"
    int aggregatorId = -1;     // the active aggregator
    int aggregatorPorts = -1;  // its ports: fewer than the members means some are not aggregated
    QString partnerMac;        // the switch's LACP system; 00:00:00:00:00:00 = no partner answered
    QList<TeamMember> members;
};

// A Linux bridge: what virtual machines attach to when they use a team (the
// guide's virtual network connected to the team). From `ip -d -j link`.
struct Bridge {
    QString name;              // "br0"
    bool up = false;           // operstate UP
    QStringList ports;         // links enslaved to it that are not VM taps: "bond0", "eth3"
    QStringList taps;          // VM taps on it: "vnet0"
    QStringList vms;           // the VMs whose NICs those taps are (domstats net.N.name), sorted, unique
};

// A network change the console staged on the host (network/NetChange), as
// its status file's last line says: how it ended, or that it has not.
// Read from /var/lib/ftconsole/net/ID/status.
struct NetChangeRecord {
    QString id;                // "bond0-20261130T081502Z-3f2a": the team (or link) and when
    QString word;              // saved, applied, failed, refused, confirmed, rolled-back
    qint64 epoch = -1;         // seconds, when that line was written
    QString text;              // "restored /etc/network/interfaces; removed bond1; ..."
};

// A VM's CPU settings in the Virtual Server sense. -1 is unknown (not read, or
// the host did not say), never "zero".
struct VmCpu {
    int weight = -1;           // relative weight 1..10000, 100 the default
    int reservePct = -1;       // guaranteed % of one CPU for the whole VM (the console's metadata; 0 when none recorded)
    int maxPct = -1;           // % of one CPU each vCPU may use; 100 is no cap
    qint64 cpuShares = -1;     // what libvirt has (schedinfo), derived from weights and reservations
    qint64 vcpuQuota = -1;     // µs per period; -1 or 0: no cap
    qint64 vcpuPeriod = -1;    // µs
    bool weightFromMetadata = false;   // false: weight read back from cpu_shares (a VM the console never set)
};

struct Vm {
    QString name;
    QString uuid;
    QString state;             // running, shut off, paused, ... (virsh words); "unknown" when not said
    int stateReason = -1;      // libvirt's reason number for the state, -1 unknown
    qint64 memoryBytes = -1;   // current balloon; -1 unknown (a shut-off VM has none)
    qint64 maxMemoryBytes = -1;
    int vcpus = -1;
    qint64 cpuTimeNs = -1;
    double cpuPct = -1;        // % of one CPU since the previous refresh (cpu.time delta); -1 unknown
    std::optional<bool> autostart;     // unknown until a full read listed it
    bool managedSave = false;  // a saved state waits: start restores it
    std::optional<bool> saveOnStop;    // the VM's own choice, from the console's metadata
    QString configProblem;     // its metadata could not be read
    QStringList hostNics;      // its NICs' devices on the host while it runs ("vnet0"; domstats net.N.name)
    VmCpu cpu;

    bool running() const { return state == QLatin1String("running") || state == QLatin1String("idle"); }
    bool active() const { return running() || state == QLatin1String("paused") || state == QLatin1String("in shutdown")
                                 || state == QLatin1String("pmsuspended"); }
};

// The host's libvirt-guests service, which carries out "save state when the
// server stops" for the VMs (libvirt-guests.sh stop: ON_SHUTDOWN=suspend is a
// `virsh managedsave` of every running persistent VM, restored at boot;
// ON_SHUTDOWN=shutdown asks each guest OS to shut down). Read in full reads.
struct LibvirtGuests {
    bool known = false;        // the full read looked at it (false: not read, e.g. an older capture)
    QString path;              // the settings file libvirt-guests reads (or would, once created); "" when not known
    bool present = false;      // that file exists and could be read
    QByteArray text;           // its exact content, for plans that edit it
    QString ignoredPath;       // the other distribution's file, when it exists too (libvirt-guests does not read it)
    QString osFamily;          // "debian", "redhat", "suse" or os-release's ID; "" when not known
    // In effect: the file's values over libvirt-guests.sh's defaults.
    QString onShutdown = QStringLiteral("suspend");
    bool onShutdownSet = false;        // the file sets ON_SHUTDOWN (else the default applies)
    QString onBoot = QStringLiteral("start");
    int shutdownTimeout = 300;         // s per VM (0: no limit); -1 when not a number
    int parallelShutdown = 0;
    QString uris = QStringLiteral("default");
    int onShutdownLine = 0;            // the line that sets it, 0 when none
    bool understood = true;            // every line of the file was understood
    // libvirt-guests.service is enabled (systemd's multi-user.target.wants);
    // unknown on a host without that directory (no systemd).
    std::optional<bool> serviceEnabled;

    // Only the word "shutdown" shuts the VMs down; anything else saves them.
    bool suspends() const { return onShutdown != QLatin1String("shutdown"); }
};

// A disk slot of a module that held a disk earlier in this session and holds
// none now (a pulled disk's bay): where it was, and who was there.
struct EmptySlot {
    int slot = -1;
    QString lastDisk;          // "sdd"
};

struct Module {
    QString id;                // "10"
    QStringList disks;
    QStringList nics;
    QList<EmptySlot> emptyDiskSlots; // in slot order
};

// Something the poller could not read or understand; shown in the event log and
// as a note in the properties, never fatal for the rest of the snapshot.
struct Problem {
    QString source;            // "mdstat", "virsh", ...
    QString command;           // the command line that produced it
    QString message;           // what went wrong and what to do
    QString line;              // the offending line, if any
};

// What the console has seen of a host over time, beyond one snapshot: kept by
// the ChangeTracker on the session's thread and handed on with each snapshot,
// so a window needs no memory of its own.
struct HostHistory {
    // mirror -> every device seen in it (a pulled member comes back to these)
    QMap<QString, QStringList> formerMembers;
    QStringList seenDisks;     // every disk seen on the host, in order of appearance
    QStringList seenNics;
    // mirror -> sync speed samples of its current or last sync: x = ms since
    // the epoch (snapshot time), y = KiB/s; at most kMaxSpeedSamples.
    QMap<QString, QList<QPointF>> syncSpeed;
    static constexpr int kMaxSpeedSamples = 600;   // ten minutes at one refresh a second
    // VM -> CPU % of one CPU and memory in bytes, x = ms since the epoch; at
    // most kMaxVmSamples each (five minutes at one refresh a second: a
    // thousand VMs' lists are copied on write with every snapshot).
    QMap<QString, QList<QPointF>> vmCpu;
    QMap<QString, QList<QPointF>> vmMemory;
    static constexpr int kMaxVmSamples = 300;
};

struct HostSnapshot {
    QString label;             // what the user opened: "demo", "ssh://root@h:22"
    QDateTime takenAt;         // for a capture: when it was captured
    // A read-only capture (support bundle): the host it was taken from, as the
    // capture names it ("" when it does not say). Empty for live hosts.
    bool isCapture = false;
    QString capturedFrom;
    QString user;              // the account commands run as ("root", "alice")
    bool viaSudo = false;      // privileged steps run through `sudo -n`
    QString libvirtUri;        // the libvirt connection the VMs were read from; empty for captures
    HostInfo info;
    QList<Module> modules;
    // Module id -> disk slots a disk left during this session; the builder's
    // input to modules, kept with them.
    QMap<QString, QList<EmptySlot>> emptyDiskSlots;
    QList<Disk> disks;
    QList<Mirror> mirrors;
    QList<MdContainer> containers;
    QList<Nic> nics;
    QList<Team> teams;
    QList<Bridge> bridges;
    QList<NetChangeRecord> netChanges;   // the console's network changes on this host, by id
    QList<Vm> vms;
    LibvirtGuests libvirtGuests;
    QList<Problem> problems;
    // Since the host was opened (null for a snapshot that was not tracked).
    std::shared_ptr<const HostHistory> history;

    const Mirror *mirror(const QString &name) const;
    const Disk *disk(const QString &name) const;
    const Vm *vm(const QString &name) const;
    const Team *team(const QString &name) const;
    const Bridge *bridge(const QString &name) const;
    const Nic *nic(const QString &name) const;
};

using HostSnapshotPtr = std::shared_ptr<const HostSnapshot>;

QString opStateName(OpState s);          // "Duplex", ... (the JSON contract's words)
QString memberStateName(MemberState s);  // "in_sync", ...
QString diskRoleName(DiskRole r);        // "unconfigured", "member", "in_use"

// What went wrong, the line it was about and the command that printed it, so the
// admin can run it by hand: the text the event log and the CLI show.
QString problemText(const Problem &p);

} // namespace ftc

Q_DECLARE_METATYPE(ftc::HostSnapshotPtr)
