#include "PollPlan.h"

namespace ftc {

namespace {
const QByteArray kVirshUri = "qemu:///system";

struct FixedSource {
    const char *key;
    Argv argv;
};

const QList<FixedSource> &fixedSources()
{
    static const QList<FixedSource> sources = {
        {"hostname", {"cat", "/proc/sys/kernel/hostname"}},
        {"mdstat", {"cat", "/proc/mdstat"}},
        {"lsblk.json", {"lsblk", "-J", "-b", "-o",
                        "NAME,KNAME,PATH,PKNAME,TYPE,SIZE,SERIAL,MODEL,HCTL,TRAN,FSTYPE,MOUNTPOINT,RO,RM"}},
        {"sys-block", {"ls", "-l", "/sys/block"}},
        {"sys-net", {"ls", "-l", "/sys/class/net"}},
        {"ip-link.json", {"ip", "-d", "-j", "link", "show"}},
        {"virsh/nodeinfo", {"virsh", "-c", kVirshUri, "nodeinfo"}},
        {"virsh/domstats", {"virsh", "-c", kVirshUri, "domstats", "--raw", "--state", "--cpu-total",
                            "--balloon", "--vcpu"}},
        {"virsh/autostart", {"virsh", "-c", kVirshUri, "list", "--all", "--autostart", "--name"}},
        {"meminfo", {"cat", "/proc/meminfo"}},
        {"cpuinfo", {"cat", "/proc/cpuinfo"}},
    };
    return sources;
}

Argv mdDetail(const QString &array) { return {"mdadm", "--detail", "--export", "/dev/" + array.toUtf8()}; }
Argv mdSysfs(const QString &array) { return {"grep", "-r", "-H", "", "/sys/block/" + array.toUtf8() + "/md"}; }
Argv bonding(const QString &bond) { return {"cat", "/proc/net/bonding/" + bond.toUtf8()}; }
Argv schedinfo(const QString &vm) { return {"virsh", "-c", kVirshUri, "schedinfo", vm.toUtf8()}; }

// Names that come from a host's own output are only used when they cannot walk
// out of the directory they name.
bool safeName(const QByteArray &name)
{
    return !name.isEmpty() && !name.contains('/') && name != "." && name != "..";
}
} // namespace

QList<BatchStep> pollSteps(const PollTargets &targets)
{
    // Storage and network first, libvirt last: if libvirtd hangs, the batch's
    // own timeout cuts off only the VM part.
    constexpr int kStepSec = 8;
    QList<BatchStep> steps;
    for (const FixedSource &s : fixedSources())
        if (!s.argv.startsWith("virsh"))
            steps.append({QString::fromLatin1(s.key), s.argv, false, kStepSec});
    for (const QString &a : targets.arrays) {
        if (!safeName(a.toUtf8()))
            continue;
        steps.append({QStringLiteral("md/%1/detail").arg(a), mdDetail(a), true, kStepSec});
        steps.append({QStringLiteral("md/%1/sysfs").arg(a), mdSysfs(a), false, kStepSec});
    }
    for (const QString &b : targets.bonds)
        if (safeName(b.toUtf8()))
            steps.append({QStringLiteral("bonding/%1").arg(b), bonding(b), false, kStepSec});
    for (const FixedSource &s : fixedSources())
        if (s.argv.startsWith("virsh"))
            steps.append({QString::fromLatin1(s.key), s.argv, false, kStepSec});
    for (const QString &v : targets.vms)
        if (safeName(v.toUtf8()))
            steps.append({QStringLiteral("virsh/schedinfo/%1").arg(v), schedinfo(v), false, kStepSec});
    return steps;
}

QString sourceKeyForArgv(const Argv &argv)
{
    for (const FixedSource &s : fixedSources())
        if (s.argv == argv)
            return QString::fromLatin1(s.key);
    const QByteArray last = argv.value(argv.size() - 1);
    if (argv.size() == 4 && argv.mid(0, 3) == Argv{"mdadm", "--detail", "--export"}
        && last.startsWith("/dev/") && safeName(last.mid(5)))
        return QStringLiteral("md/%1/detail").arg(QString::fromUtf8(last.mid(5)));
    if (argv.size() == 5 && argv.mid(0, 4) == Argv{"grep", "-r", "-H", ""}
        && last.startsWith("/sys/block/") && last.endsWith("/md")) {
        const QByteArray name = last.mid(11, last.size() - 11 - 3);
        if (safeName(name))
            return QStringLiteral("md/%1/sysfs").arg(QString::fromUtf8(name));
    }
    if (argv.size() == 2 && argv[0] == "cat" && last.startsWith("/proc/net/bonding/")
        && safeName(last.mid(18)))
        return QStringLiteral("bonding/%1").arg(QString::fromUtf8(last.mid(18)));
    if (argv.size() == 5 && argv.mid(0, 4) == Argv{"virsh", "-c", kVirshUri, "schedinfo"}
        && safeName(last))
        return QStringLiteral("virsh/schedinfo/%1").arg(QString::fromUtf8(last));
    return {};
}

bool isOptionalSource(const QString &key)
{
    // A host without md has no /proc/mdstat, one without bonding no bonding
    // files; libvirt's absence is reported once through virsh/domstats only.
    return key == QLatin1String("mdstat") || key.startsWith(QLatin1String("bonding/"))
        || key.startsWith(QLatin1String("md/")) || key == QLatin1String("sys-block")
        || key == QLatin1String("sys-net") || key == QLatin1String("virsh/nodeinfo")
        || key == QLatin1String("virsh/autostart") || key.startsWith(QLatin1String("virsh/schedinfo/"));
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
    if (key.endsWith(QLatin1String("/sysfs")))
        return QStringLiteral("grep");
    return QStringLiteral("cat");
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
    return QStringLiteral("coreutils");
}

} // namespace ftc
