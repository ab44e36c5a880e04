#include "PollPlan.h"

namespace ftc {

namespace {
constexpr int kStepSec = 8;


// md's attributes the snapshot uses (md.c *_show()): progress and throttle,
// health, and the shape of the array.
const QList<QByteArray> &mdAttributes()
{
    static const QList<QByteArray> attrs = {"sync_action", "sync_completed", "sync_speed", "sync_speed_min",
                                            "sync_speed_max", "degraded", "array_state", "mismatch_cnt", "last_sync_action",
                                            "level", "raid_disks", "metadata_version"};
    return attrs;
}

QList<QByteArray> mdSysfsPaths(const QString &array, const QStringList &members)
{
    const QByteArray dir = "/sys/block/" + array.toUtf8() + "/md/";
    QList<QByteArray> paths;
    for (const QByteArray &a : mdAttributes())
        paths << dir + a;
    for (const QString &m : members)
        if (safeObjectName(m))
            paths << dir + "dev-" + m.toUtf8() + "/state" << dir + "dev-" + m.toUtf8() + "/slot";
    return paths;
}

QList<QByteArray> linkStatePaths(const QStringList &links)
{
    QList<QByteArray> paths;
    for (const QString &l : links)
        if (safeObjectName(l))
            paths << "/sys/class/net/" + l.toUtf8() + "/operstate" << "/sys/class/net/" + l.toUtf8() + "/carrier";
    return paths;
}

// What ip link does not say about an adapter: the driver bound to it and its
// PCI slot (device/uevent), and the speed and duplex it negotiated
// (net-sysfs.c); parse/NicSysfs reads them.
QList<QByteArray> nicAttributePaths(const QStringList &nics)
{
    QList<QByteArray> paths;
    for (const QString &n : nics)
        if (safeObjectName(n)) {
            const QByteArray dir = "/sys/class/net/" + n.toUtf8() + '/';
            paths << dir + "device/uevent" << dir + "speed" << dir + "duplex";
        }
    return paths;
}

bool skipped(const BatchStep &s, const QSet<QString> &skipTools)
{
    return s.kind == BatchStep::Kind::Run && skipTools.contains(QString::fromUtf8(s.argv.value(0)));
}
} // namespace

bool safeObjectName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") || name.contains(QLatin1Char('/')))
        return false;
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    return true;
}

QList<BatchStep> pollSteps(const PollTargets &targets, PollDepth depth, const QSet<QString> &skipTools)
{
    const bool full = depth == PollDepth::Full;
    QList<BatchStep> steps;
    const auto add = [&](const BatchStep &s) {
        if (!skipped(s, skipTools))
            steps.append(s);
    };
    // Storage and network first, libvirt last: if libvirtd hangs, the batch's
    // own timeout cuts off only the VM part.
    if (full) {
        add(BatchStep::readFile(QStringLiteral("hostname"), "/proc/sys/kernel/hostname"));
        add(BatchStep::readFile(QStringLiteral("cpuinfo"), "/proc/cpuinfo"));
    }
    add(BatchStep::readFile(QStringLiteral("mdstat"), "/proc/mdstat"));
    add(BatchStep::readFile(QStringLiteral("meminfo"), "/proc/meminfo"));
    add(BatchStep::readFile(QStringLiteral("uevent-seqnum"), "/sys/kernel/uevent_seqnum"));
    for (auto it = targets.arrays.constBegin(); it != targets.arrays.constEnd(); ++it) {
        if (!safeObjectName(it.key()))
            continue;
        add(BatchStep::readFiles(QStringLiteral("md/%1/sysfs").arg(it.key()), mdSysfsPaths(it.key(), it.value())));
        if (full)
            add(BatchStep::run(QStringLiteral("md/%1/detail").arg(it.key()),
                               {"mdadm", "--detail", "--export", "/dev/" + it.key().toUtf8()}, true, kStepSec));
    }
    if (full) {
        add(BatchStep::run(QStringLiteral("lsblk.json"),
                           {"lsblk", "-J", "-b", "-o",
                            "NAME,KNAME,PATH,PKNAME,TYPE,SIZE,SERIAL,MODEL,HCTL,TRAN,FSTYPE,UUID,PARTTYPE,MOUNTPOINT,RO,RM"},
                           false, kStepSec));
        add(BatchStep::run(QStringLiteral("sys-block"), {"ls", "-l", "/sys/block"}, false, kStepSec));
        add(BatchStep::run(QStringLiteral("sys-net"), {"ls", "-l", "/sys/class/net"}, false, kStepSec));
        add(BatchStep::run(QStringLiteral("ip-link.json"), {"ip", "-d", "-j", "link", "show"}, false, kStepSec));
        // What happens to the VMs when the host stops (libvirt-guests), read by
        // the shell itself: the settings file where Debian and where RHEL/SUSE
        // keep it, the distribution (where a new one belongs), and whether
        // the service is enabled: systemd's own record of `systemctl enable`,
        // a directory of links that needs no running systemd to list.
        add(BatchStep::readFile(QStringLiteral("libvirt-guests/default"), "/etc/default/libvirt-guests"));
        add(BatchStep::readFile(QStringLiteral("libvirt-guests/sysconfig"), "/etc/sysconfig/libvirt-guests"));
        add(BatchStep::readFile(QStringLiteral("os-release"), "/etc/os-release"));
        add(BatchStep::listDir(QStringLiteral("systemd/multi-user.target.wants"),
                               "/etc/systemd/system/multi-user.target.wants"));
        if (!targets.nics.isEmpty())
            add(BatchStep::readFiles(QStringLiteral("nic-sysfs"), nicAttributePaths(targets.nics)));
        // The console's own network changes (network/NetChange stages them
        // here; the directory and each change's status file are world-readable, so
        // a sudo session reads them without sudo): one that a host rolled back while no console
        // watched is reported when one gets back in.
        add(BatchStep::listDir(QStringLiteral("net-changes"), "/var/lib/ftconsole/net"));
        QList<QByteArray> statuses;
        for (const QString &id : targets.netChanges)
            if (safeObjectName(id))
                statuses << "/var/lib/ftconsole/net/" + id.toUtf8() + "/status";
        if (!statuses.isEmpty())
            add(BatchStep::readFiles(QStringLiteral("net-change-status"), statuses));
    }
    // The bonding driver's own list of bonds, in every refresh: a bond made
    // since the last full read is found at once, and a host whose ip cannot
    // print details (or a capture without ip-link.json) still shows its teams.
    add(BatchStep::readFile(QStringLiteral("bonding_masters"), "/sys/class/net/bonding_masters"));
    for (const QString &b : targets.bonds)
        if (safeObjectName(b))
            add(BatchStep::readFile(QStringLiteral("bonding/%1").arg(b), "/proc/net/bonding/" + b.toUtf8()));
    if (!targets.links.isEmpty())
        add(BatchStep::readFiles(QStringLiteral("net-state"), linkStatePaths(targets.links)));
    // libvirt is read through the host's virsh session (vms/VmPoll), not here.
    return steps;
}

QStringList fixedSourceKeys()
{
    return {QStringLiteral("hostname"), QStringLiteral("cpuinfo"), QStringLiteral("mdstat"),
            QStringLiteral("meminfo"), QStringLiteral("uevent-seqnum"), QStringLiteral("lsblk.json"),
            QStringLiteral("sys-block"), QStringLiteral("sys-net"), QStringLiteral("ip-link.json"),
            QStringLiteral("net-state"), QStringLiteral("virsh/nodeinfo"), QStringLiteral("virsh/domstats"),
            QStringLiteral("virsh/autostart"), QStringLiteral("virsh/managed-save"),
            QStringLiteral("libvirt-guests/default"), QStringLiteral("libvirt-guests/sysconfig"),
            QStringLiteral("os-release"), QStringLiteral("systemd/multi-user.target.wants"),
            QStringLiteral("bonding_masters"), QStringLiteral("nic-sysfs"), QStringLiteral("net-changes"),
            QStringLiteral("net-change-status")};
}

bool isOptionalSource(const QString &key)
{
    // A host without md has no /proc/mdstat, one without bonding no bonding
    // files; libvirt's absence is reported once through virsh/domstats only.
    return key == QLatin1String("mdstat") || key.startsWith(QLatin1String("bonding/"))
        || key.startsWith(QLatin1String("md/")) || key == QLatin1String("sys-block")
        || key == QLatin1String("sys-net") || key == QLatin1String("virsh/nodeinfo")
        || key == QLatin1String("virsh/autostart") || key.startsWith(QLatin1String("virsh/schedinfo/"))
        || key.startsWith(QLatin1String("virsh/metadata/")) || key == QLatin1String("virsh/managed-save")
        || key == QLatin1String("uevent-seqnum") || key == QLatin1String("net-state")
        // A host keeps libvirt-guests' settings in one of the two places, or
        // in neither (the defaults apply); one without systemd has no wants.
        || key.startsWith(QLatin1String("libvirt-guests/")) || key == QLatin1String("os-release")
        || key == QLatin1String("systemd/multi-user.target.wants")
        // Only hosts the console changed a network on have these.
        || key == QLatin1String("net-changes") || key == QLatin1String("net-change-status")
        // No bonding driver loaded: no bonding_masters. Adapters' files that
        // cannot be read (no link, a virtual adapter) just give no line.
        || key == QLatin1String("bonding_masters") || key == QLatin1String("nic-sysfs");
}

QString toolForSource(const QString &key)
{
    if (key.startsWith(QLatin1String("virsh/")))
        return QStringLiteral("virsh");
    if (key.endsWith(QLatin1String("/detail")))
        return QStringLiteral("mdadm");
    if (key == QLatin1String("lsblk.json"))
        return QStringLiteral("lsblk");
    if (key == QLatin1String("ip-link.json"))
        return QStringLiteral("ip");
    if (key == QLatin1String("sys-block") || key == QLatin1String("sys-net"))
        return QStringLiteral("ls");
    return QStringLiteral("sh");
}

QString packageForTool(const QString &tool)
{
    if (tool == QLatin1String("virsh"))
        return QStringLiteral("libvirt-clients");
    if (tool == QLatin1String("mdadm"))
        return QStringLiteral("mdadm");
    if (tool == QLatin1String("lsblk"))
        return QStringLiteral("util-linux");
    if (tool == QLatin1String("ip"))
        return QStringLiteral("iproute2");
    if (tool == QLatin1String("sh"))
        return QStringLiteral("dash");
    return QStringLiteral("coreutils");
}

QByteArray changeFingerprint(const QMap<QString, QByteArray> &files)
{
    QByteArray fp = files.value(QStringLiteral("uevent-seqnum")).trimmed();
    fp += '\0';
    // mdstat's shape without what moves every second: progress bars, pending
    // words and bitmap counters.
    for (const QByteArray &line : files.value(QStringLiteral("mdstat")).split('\n')) {
        const QByteArray t = line.trimmed();
        if (t.isEmpty() || t.contains('%') || t.contains('=') || t.startsWith("bitmap:"))
            continue;
        fp += t + '\n';
    }
    fp += '\0';
    fp += files.value(QStringLiteral("net-state"));
    return fp;
}

} // namespace ftc
