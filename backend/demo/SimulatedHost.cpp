#include "SimulatedHost.h"

#include <QRandomGenerator>

#include "DemoVncScreen.h"
#include "MiniShell.h"
#include "SimCommands.h"
#include "transport/SocketStream.h"

namespace ftc {

using namespace sim;

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

QByteArray baseName(const QByteArray &prog)
{
    const qsizetype slash = prog.lastIndexOf('/');
    return slash < 0 ? prog : prog.mid(slash + 1);
}

const QList<QByteArray> &knownPrograms()
{
    static const QList<QByteArray> progs{"cat", "grep", "ls", "tee", "mdadm", "lsblk", "wipefs", "ip",
                                         "virsh", "hostname", "id", "uname", "ftsim", "sleep",
                                         "ethtool", "grub-install", "printf", "echo", "true", "false", "sh",
                                         "readlink", "cmp", "mv", "chmod", "chown", "test", "install",
                                         "systemd-run", "systemctl", "ifup", "ifdown", "flock", "busctl",
                                         "networkctl", "ipmitool", "upsc", "qemu-img", "file", "df", "stat",
                                         "rm"};
    return progs;
}

// Installed on a Debian 12 server, so `command -v` finds them, but nothing the
// console runs on the demo host needs them: they say so instead of answering.
bool notSimulated(const QByteArray &p) { return p == "flock" || p == "busctl" || p == "networkctl"; }

QByteArray programPath(const QByteArray &p)
{
    if (p == "mdadm" || p == "wipefs" || p == "ifup" || p == "ifdown")
        return "/usr/sbin/" + p;
    if (p == "ip")
        return "/usr/bin/ip";
    return "/usr/bin/" + p;
}

} // namespace

SimulatedHost::SimulatedHost(std::shared_ptr<SimClock> clock)
    : m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>()),
      m_state(SimState::demo(m_clock->nowMs()))
{
}

QJsonObject SimulatedHost::saveState() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    // Reading the host moves it to now (syncs, due timers), as any command does.
    const_cast<SimulatedHost *>(this)->settle(m_clock->nowMs());
    return m_state.toJson();
}

bool SimulatedHost::loadState(const QJsonObject &state, QString *error)
{
    SimState s;
    if (!SimState::fromJson(state, &s, error))
        return false;
    std::lock_guard<std::mutex> lock(m_mutex);
    m_state = s;
    settle(m_clock->nowMs());
    return true;
}

SimState SimulatedHost::state() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const_cast<SimulatedHost *>(this)->settle(m_clock->nowMs());
    return m_state;
}

void SimulatedHost::setSyncSpeedKiB(qint64 kib)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_state.advance(m_clock->nowMs());
    m_state.demoSpeedKiB = qMax<qint64>(1, kib);
}

bool SimulatedHost::pullDisk(const QString &disk)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_state.advance(m_clock->nowMs());
    return pullDiskLocked(disk);
}

bool SimulatedHost::insertDisk(const QString &disk, bool blank)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_state.advance(m_clock->nowMs());
    return insertDiskLocked(disk, blank);
}

bool SimulatedHost::unplugNic(const QString &nic)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return setCarrierLocked(nic, false);
}

bool SimulatedHost::plugNic(const QString &nic)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return setCarrierLocked(nic, true);
}

bool SimulatedHost::pullDiskLocked(const QString &name)
{
    SimDisk *d = m_state.disk(name);
    if (!d || !d->present)
        return false;
    d->present = false;
    QStringList devs{d->name};
    for (const SimPartition &p : d->parts)
        devs.append(p.name);
    // md drops a vanished member the way `--fail` then `--remove` would; a
    // recovery onto or from it stops.
    for (SimArray &a : m_state.arrays) {
        bool touched = false;
        for (const QString &dev : devs) {
            const SimMember *m = a.member(dev);
            if (!m)
                continue;
            touched = true;
            if (m->state == QLatin1String("rebuilding") || a.syncAction != QLatin1String("recover")) {
                a.syncAction = QStringLiteral("idle");
                a.syncPos = 0;
            }
            a.members.removeIf([&](const SimMember &x) { return x.dev == dev; });
        }
        if (touched) {
            if (a.broken()) {
                a.syncAction = QStringLiteral("idle");
                a.syncPos = 0;
            }
            kickRecovery(a);
        }
    }
    return true;
}

bool SimulatedHost::insertDiskLocked(const QString &name, bool blank)
{
    SimDisk *d = m_state.disk(name);
    if (!d || d->present)
        return false;
    d->present = true;
    if (blank) {
        d->parts.clear();
        d->ptType.clear();
        d->fstype.clear();
        d->fsUuid.clear();
        d->label.clear();
        // A replacement disk is another disk: its serial must differ from every
        // earlier one, even when a test's clock stands still.
        d->serial = QStringLiteral("FT%1S%2R%3").arg(d->module).arg(d->slot).arg(QRandomGenerator::global()->bounded(1000000), 6, 10, QLatin1Char('0'));
    }
    return true;
}

bool SimulatedHost::setCarrierLocked(const QString &name, bool carrier)
{
    SimNic *n = m_state.nic(name);
    if (!n || n->carrier == carrier)
        return false;
    n->carrier = carrier;
    if (!carrier && !n->master.isEmpty() && n->adminUp)
        ++n->linkFailures;
    refreshBonds(m_state);
    return true;
}

CommandResult SimulatedHost::exec(const Argv &argv, const QByteArray &input)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const qint64 now = m_clock->nowMs();
    settle(now);
    return execLocked(argv, input, now);
}

CommandResult SimulatedHost::execLocked(const Argv &argvIn, const QByteArray &input, qint64 now)
{
    if (argvIn.isEmpty())
        return ok();
    Argv argv = argvIn;
    argv[0] = baseName(argv[0]);
    const QByteArray &p = argv[0];
    if (p == "cat")
        return cat(argv, input);
    if (p == "grep")
        return grep(argv);
    if (p == "ls")
        return ls(argv);
    if (p == "tee")
        return tee(argv, input);
    if (p == "mdadm")
        return mdadm(m_state, argv, input);
    if (p == "lsblk")
        return lsblk(m_state, argv);
    if (p == "wipefs")
        return wipefs(m_state, argv);
    if (p == "ip")
        return ip(m_state, argv);
    if (p == "virsh")
        return virsh(m_state, argv, now, input);
    if (p == "ftsim")
        return ftsim(argv);
    if (p == "hostname")
        return ok(b(m_state.hostname) + '\n');
    if (p == "id") {
        if (argv.value(1) == "-u" || argv.value(1) == "-g")
            return ok("0\n");
        if (argv.value(1) == "-un" || argv.value(1) == "-nu")
            return ok("root\n");
        return ok("uid=0(root) gid=0(root) groups=0(root)\n");
    }
    if (p == "uname") {
        const QByteArray a = argv.value(1);
        if (a == "-r")
            return ok("6.1.0-50-amd64\n");
        if (a == "-n")
            return ok(b(m_state.hostname) + '\n');
        if (a == "-a")
            return ok("Linux " + b(m_state.hostname)
                      + " 6.1.0-50-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.176-1 (2026-07-02) x86_64 GNU/Linux\n");
        return ok("Linux\n");
    }
    if (p == "grub-install") {
        const QString dev = QString::fromUtf8(argv.value(argv.size() - 1)).remove(QStringLiteral("/dev/"));
        if (argv.size() < 2 || m_state.blockSectors(dev) < 0)
            return fail(1, "grub-install: error: cannot find a GRUB drive for " + argv.value(argv.size() - 1)
                               + ".  Check your device.map.\n");
        if (SimDisk *d = m_state.disk(dev))
            d->grubInstalled = true;
        return ok({}, "Installing for x86_64-efi platform.\nInstallation finished. No error reported.\n");
    }
    if (p == "file" && argv.size() == 3 && argv[1] == "-s") {
        // file(1)'s words for a boot sector, as it prints them for a raw disk.
        const QString dev = QString::fromUtf8(argv[2]).remove(QStringLiteral("/dev/"));
        const SimDisk *d = m_state.disk(dev);
        if (!d || !d->present)
            return ok(argv[2] + ": cannot open `" + argv[2] + "' (No such file or directory)\n");
        return ok(argv[2] + (d->grubInstalled ? QByteArray(": DOS/MBR boot sector; GRand Unified Bootloader, stage1 version 0x3, "
                                                             "boot drive 0x80, 1st sector stage2 0x800\n")
                                              : QByteArray(": data\n")));
    }
    if (p == "sleep")
        return ok(); // never block a worker on simulated time
    if (p == "readlink")
        return readlink(argv);
    if (p == "cmp")
        return cmp(argv, input);
    if (p == "mv")
        return mv(argv);
    if (p == "chmod")
        return chmod(argv);
    if (p == "chown")
        return chown(argv);
    if (p == "test")
        return test(argv);
    if (p == "install")
        return install(argv);
    if (p == "systemd-run")
        return systemdRun(argv, now);
    if (p == "systemctl")
        return systemctl(argv);
    if (p == "ifup" || p == "ifdown")
        return ifupdownCommand(argv);
    if (p == "ipmitool" || p == "upsc")
        return hardwareCommand(argv);
    if (p == "qemu-img" || p == "df" || p == "stat" || p == "rm")
        return imageCommand(argv);
    if (p == "sh" && argv.size() >= 2 && !argv[1].startsWith('-'))
        return shFile(argv, now);
    if (notSimulated(p))
        return fail(1, p + ": installed, but not simulated by the demo host\n");
    if (p == "ethtool") {
        // --identify blinks an LED: nothing to show in process.
        const QString nic = QString::fromUtf8(argv.value(argv.size() > 2 ? 2 : 1));
        if (!m_state.nic(nic) && !m_state.bond(nic))
            return fail(75, "netlink error: no device matches name (offset 24)\nnetlink error: No such device\n");
        return ok();
    }
    if (p == "command" && argv.value(1) == "-v") {
        const QByteArray name = argv.value(2);
        return knownPrograms().contains(name) ? ok(programPath(name) + '\n') : fail(1, {});
    }
    return MiniShell::notFound(argvIn[0]);
}

std::unique_ptr<Stream> SimulatedHost::openForward(const QByteArray &host, int port)
{
    if (const QString why = unreachable(); !why.isEmpty())
        return failedStream(why);
    QString vm, hostname;
    int id = -1;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const SimVm &v : m_state.vms)
            if (v.running && 5900 + v.id == port && host == "127.0.0.1") {
                vm = v.name;
                hostname = v.name.toLower();
                id = v.id;
            }
    }
    if (vm.isEmpty())
        return failedStream(QStringLiteral("%1:%2: Connection refused").arg(QString::fromUtf8(host)).arg(port));
    // The screen lasts while this run of the VM does, and while the host answers.
    return openDemoScreen(vm, hostname, [this, vm, id]() -> QString {
        if (const QString why = unreachable(); !why.isEmpty())
            return why;
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const SimVm &v : m_state.vms)
            if (v.name == vm && v.running && v.id == id)
                return {};
        return QStringLiteral("the VNC server of %1 closed the connection (the VM stopped)").arg(vm);
    });
}

CommandResult SimulatedHost::ftsim(const Argv &argv)
{
    const QByteArray verb = argv.value(1);
    Argv rest = argv.mid(2);
    const bool blank = rest.removeAll("--blank") > 0;
    const QString name = QString::fromUtf8(rest.value(0)).remove(QStringLiteral("/dev/"));
    if (verb == "pull-disk" || verb == "insert-disk") {
        if (!m_state.disk(name))
            return fail(1, "ftsim: no such disk: " + b(name) + "\n");
        const bool done = verb == "pull-disk" ? pullDiskLocked(name) : insertDiskLocked(name, blank);
        if (!done)
            return fail(1, "ftsim: " + b(name) + (verb == "pull-disk" ? " is not inserted\n" : " is already inserted\n"));
        return ok();
    }
    if (verb == "unplug" || verb == "plug") {
        if (!m_state.nic(name))
            return fail(1, "ftsim: no such NIC: " + b(name) + "\n");
        if (!setCarrierLocked(name, verb == "plug"))
            return fail(1, "ftsim: " + b(name) + (verb == "plug" ? " is already plugged\n" : " is already unplugged\n"));
        return ok();
    }
    if (verb == "mkfs" || verb == "mkpt") {
        // Somebody wrote the disk behind the console's back: a filesystem
        // (ftsim mkfs DISK [TYPE]) or only a partition table (ftsim mkpt DISK);
        // --stale-udev: udev's database missed it, so lsblk shows nothing.
        const bool stale = rest.removeAll("--stale-udev") > 0;
        SimDisk *d = m_state.disk(QString::fromUtf8(rest.value(0)).remove(QStringLiteral("/dev/")));
        if (!d || !d->present)
            return fail(1, "ftsim: no such disk: " + rest.value(0) + "\n");
        if (verb == "mkfs") {
            d->fstype = rest.size() > 1 ? QString::fromUtf8(rest[1]) : QStringLiteral("ext4");
            d->fsUuid = QStringLiteral("0d9e2f61-7a3b-4c58-b1e0-5f2a8c4d7e93");
        } else {
            d->ptType = QStringLiteral("gpt");
        }
        d->udevStale = stale;
        return ok();
    }
    if (verb == "attach-disk") {
        // A VM that uses a disk directly (a raw device passed through): what
        // the disk checks must find before they let anything write it.
        SimVm *v = m_state.vm(QString::fromUtf8(rest.value(0)));
        if (!v || rest.size() < 2)
            return fail(2, "usage: ftsim attach-disk VM SOURCE [TARGET]\n");
        const QString target = rest.size() > 2 ? QString::fromUtf8(rest[2])
                                               : QStringLiteral("vd%1").arg(QChar(char16_t(u'a' + v->disks.size())));
        v->disks.append({target, QString::fromUtf8(rest[1])});
        return ok();
    }
    if (verb == "lose-connection") {
        // Cut at the next network change, once its rollback timer is armed:
        // without one nothing would ever let the console back in.
        if (m_state.loseConnectionArmed)
            return fail(1, "ftsim: the next network change already cuts the connection\n");
        m_state.loseConnectionArmed = true;
        return ok();
    }
    if (verb == "sync-speed") {
        bool good = false;
        const qint64 kib = rest.value(0).toLongLong(&good);
        if (!good || kib <= 0)
            return fail(2, "ftsim: sync-speed wants KiB/s\n");
        m_state.demoSpeedKiB = kib;
        return ok();
    }
    return fail(2, "usage: ftsim pull-disk|insert-disk [--blank] DISK | unplug|plug NIC | lose-connection | sync-speed KIB"
                   " | attach-disk VM SOURCE [TARGET] | mkfs DISK [TYPE] [--stale-udev] | mkpt DISK [--stale-udev]\n");
}

bool SimulatedHost::readFile(const QByteArray &path, QByteArray *content, bool *isDir) const
{
    *isDir = false;
    static const QList<QByteArray> dirs{"/", "/proc", "/sys", "/sys/block", "/sys/class/net", "/proc/net/bonding",
                                        "/etc", "/dev", "/proc/sys/dev/raid", "/sys/kernel", "/etc/default",
                                        "/etc/systemd", "/etc/systemd/system", "/var", "/var/lib"};
    if (dirs.contains(path) || isFileDir(path)) {
        *isDir = true;
        return true;
    }
    if (m_state.files.contains(QString::fromUtf8(path))) {
        // A link reads as its target (relative targets from the link's
        // directory); a loop of links, like the kernel, gives up.
        QByteArray at = path;
        for (int hops = 0; hops < 8; ++hops) {
            const auto file = m_state.files.constFind(QString::fromUtf8(at));
            if (file == m_state.files.constEnd())
                return at != path && readFile(at, content, isDir);
            if (file->link.isEmpty()) {
                *content = file->content;
                return true;
            }
            const QByteArray target = file->link.toUtf8();
            at = target.startsWith('/') ? target : at.left(at.lastIndexOf('/') + 1) + target;
        }
        return false;
    }
    if (path == "/proc/mdstat") { *content = mdstat(m_state); return true; }
    if (path == "/proc/meminfo") { *content = meminfo(m_state); return true; }
    if (path == "/proc/cpuinfo") { *content = cpuinfo(m_state); return true; }
    if (path == "/proc/sys/kernel/hostname" || path == "/etc/hostname") {
        *content = b(m_state.hostname) + '\n';
        return true;
    }
    if (path == "/proc/partitions") { *content = procPartitions(m_state); return true; }
    if (path == "/proc/swaps") { *content = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"; return true; }
    if (path == "/sys/kernel/uevent_seqnum") {
        // The kernel counts every device event; here a number that changes
        // whenever what the block and network tools show changes does the same
        // job for the poller.
        const QByteArray devices = procPartitions(m_state) + lsblk(m_state, {"lsblk", "-J", "-b", "-O"}).out
            + lsSysNet(m_state) + ip(m_state, {"ip", "-d", "-j", "link", "show"}).out;
        *content = QByteArray::number(4096 + qHash(devices) % 1000000007ULL) + '\n';
        return true;
    }
    if (path == "/proc/mounts" || path == "/etc/mtab") { *content = procMounts(m_state); return true; }
    if (path == "/proc/sys/dev/raid/speed_limit_min") {
        *content = QByteArray::number(m_state.speedMinSystem) + '\n';
        return true;
    }
    if (path == "/proc/sys/dev/raid/speed_limit_max") {
        *content = QByteArray::number(m_state.speedMaxSystem) + '\n';
        return true;
    }
    if (path == "/proc/uptime") {
        const double up = double(qMax<qint64>(0, m_clock->nowMs() - m_state.bootMs)) / 1000.0;
        *content = QByteArray::number(up, 'f', 2) + ' ' + QByteArray::number(up * 1.8, 'f', 2) + '\n';
        return true;
    }
    if (path.startsWith("/proc/net/bonding/")) {
        const SimBond *bd = m_state.bond(QString::fromUtf8(path.mid(18)));
        if (!bd)
            return false;
        *content = procBonding(m_state, *bd);
        return true;
    }
    if (path.startsWith("/sys/block/")) {
        const QList<QByteArray> parts = path.mid(11).split('/');
        const SimArray *a = m_state.array(QString::fromUtf8(parts.value(0)));
        if (!a || parts.value(1) != "md")
            return false;
        const QByteArray rel = parts.mid(2).join('/');
        if (rel.isEmpty()) {
            *isDir = true;
            return true;
        }
        for (const auto &f : mdSysfs(m_state, *a)) {
            if (f.first == rel) {
                *content = f.second + '\n';
                return true;
            }
            if (f.first.startsWith(rel + '/')) {
                *isDir = true;
                return true;
            }
        }
        return false;
    }
    if (path == "/sys/class/net/bonding_masters") {
        // The file exists while the bonding driver is loaded; here that is
        // while a bond exists, as `ls /sys/class/net` shows it.
        if (m_state.bonds.isEmpty())
            return false;
        *content = bondingMasters(m_state);
        return true;
    }
    if (path.startsWith("/sys/class/net/")) {
        const QList<QByteArray> parts = path.mid(15).split('/');
        const QString dev = QString::fromUtf8(parts.value(0));
        const QByteArray attr = parts.mid(1).join('/');
        const SimBond *bd = m_state.bond(dev);
        const SimBridge *br = m_state.bridge(dev);
        const SimNic *n = nullptr;
        for (const SimNic &x : m_state.nics)
            if (x.name == dev)
                n = &x;
        if (!n && !bd && !br)
            return false;
        if (attr.isEmpty()) {
            *isDir = true;
            return true;
        }
        const bool up = linkOperUp(m_state, dev);
        if (attr == "operstate") { *content = up ? "up\n" : "down\n"; return true; }
        if (attr == "carrier") { *content = up ? "1\n" : "0\n"; return true; }
        if (attr == "address") { *content = b(n ? n->mac : bd ? bd->mac : br->mac) + '\n'; return true; }
        // A link to the master's directory, there while it has one.
        if (attr == "master") {
            const QString master = n ? n->master : bd ? bd->master : QString();
            *isDir = !master.isEmpty();
            return *isDir;
        }
        if (br)
            return false;
        if (n && (attr == "speed" || attr == "duplex" || attr == "device/uevent"))
            return nicLinkFile(*n, attr, content);
        if (attr == "speed") { *content = "-1\n"; return true; }
        if (bd && attr.startsWith("bonding/")) {
            const QByteArray k = attr.mid(8);
            static const QStringList modes{"balance-rr", "active-backup", "balance-xor", "broadcast",
                                           "802.3ad", "balance-tlb", "balance-alb"};
            if (k == "mode") { *content = b(bd->mode) + ' ' + QByteArray::number(modes.indexOf(bd->mode)) + '\n'; return true; }
            if (k == "active_slave") { *content = bd->active.isEmpty() ? QByteArray("\n") : b(bd->active) + '\n'; return true; }
            if (k == "slaves") { *content = b(bd->slaves.join(QLatin1Char(' '))) + '\n'; return true; }
            if (k == "miimon") { *content = QByteArray::number(bd->miimon) + '\n'; return true; }
            // bonding_show_primary(): the primary slave's name, nothing while there is none.
            if (k == "primary") {
                *content = bd->slaves.contains(bd->primary) ? b(bd->primary) + '\n' : QByteArray();
                return true;
            }
        }
        return false;
    }
    return false;
}

CommandResult SimulatedHost::cat(const Argv &argv, const QByteArray &input) const
{
    QByteArray out, err;
    int rc = 0;
    const Argv files = argv.mid(1);
    if (files.isEmpty())
        return ok(input);
    for (const QByteArray &f : files) {
        if (f == "-") {
            out += input;
            continue;
        }
        QByteArray content;
        bool dir = false;
        if (!readFile(f, &content, &dir)) {
            err += "cat: " + f + ": No such file or directory\n";
            rc = 1;
        } else if (dir) {
            err += "cat: " + f + ": Is a directory\n";
            rc = 1;
        } else {
            out += content;
        }
    }
    return fail(rc, err, out);
}

CommandResult SimulatedHost::grep(const Argv &argv) const
{
    bool recursive = false, withName = false, quietMissing = false;
    bool havePattern = false;
    QByteArray pattern;
    QList<QByteArray> paths;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QByteArray &a = argv[i];
        if (a.startsWith('-') && a.size() > 1 && !havePattern) {
            for (qsizetype k = 1; k < a.size(); ++k) {
                if (a[k] == 'r' || a[k] == 'R') recursive = true;
                else if (a[k] == 'H') withName = true;
                else if (a[k] == 's') quietMissing = true;
            }
            continue;
        }
        if (!havePattern) {
            pattern = a;
            havePattern = true;
        } else {
            paths.append(a);
        }
    }
    if (!havePattern)
        return fail(2, "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
    QByteArray out, err;
    bool matched = false;
    bool trouble = false;
    const auto scan = [&](const QByteArray &name, const QByteArray &content, bool named) {
        for (const QByteArray &line : content.split('\n').mid(0, content.count('\n'))) {
            if (!line.contains(pattern))
                continue;
            matched = true;
            out += (named ? name + ':' : QByteArray()) + line + '\n';
        }
    };
    for (const QByteArray &path : paths) {
        QByteArray content;
        bool dir = false;
        if (!readFile(path, &content, &dir)) {
            if (!quietMissing)
                err += "grep: " + path + ": No such file or directory\n";
            trouble = true;
            continue;
        }
        if (!dir) {
            scan(path, content, withName || paths.size() > 1);
            continue;
        }
        if (!recursive) {
            if (!quietMissing)
                err += "grep: " + path + ": Is a directory\n";
            trouble = true;
            continue;
        }
        // Only the md directory is walked; grep -r does not follow the rdN links.
        const QList<QByteArray> parts = path.mid(11).split('/');
        const SimArray *a = path.startsWith("/sys/block/") ? m_state.array(QString::fromUtf8(parts.value(0))) : nullptr;
        if (!a || parts.value(1) != "md") {
            continue;
        }
        QByteArray prefix = path;
        while (prefix.endsWith('/'))
            prefix.chop(1);
        const QByteArray sub = parts.mid(2).join('/');
        for (const auto &f : mdSysfs(m_state, *a)) {
            if (!sub.isEmpty() && !f.first.startsWith(sub + '/'))
                continue;
            const QByteArray rel = sub.isEmpty() ? f.first : f.first.mid(sub.size() + 1);
            scan(prefix + '/' + rel, f.second + '\n', true);
        }
    }
    return fail(trouble ? 2 : (matched ? 0 : 1), err, out);
}

CommandResult SimulatedHost::ls(const Argv &argv) const
{
    bool longFmt = false;
    QList<QByteArray> paths;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        if (argv[i].startsWith('-'))
            longFmt = longFmt || argv[i].contains('l');
        else
            paths.append(argv[i]);
    }
    if (paths.size() != 1)
        return fail(2, "ls: the simulated host lists one directory at a time\n");
    QByteArray path = paths[0];
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    QByteArray listing;
    if (path.startsWith("/sys/block/") && !longFmt) {
        // /sys/block/DISK: its partitions and attribute files; .../holders: the
        // arrays built on the whole disk.
        const QList<QByteArray> parts = path.mid(11).split('/');
        const SimDisk *d = m_state.disk(QString::fromUtf8(parts.value(0)));
        if (!d || !d->present || parts.size() > 2 || (parts.size() == 2 && parts[1] != "holders"))
            return fail(2, "ls: cannot access '" + paths[0] + "': No such file or directory\n");
        QStringList names;
        if (parts.size() == 2) {
            for (const SimArray &a : m_state.arrays)
                if (a.member(d->name))
                    names << a.name;
        } else {
            names << QStringLiteral("alignment_offset") << QStringLiteral("dev") << QStringLiteral("device")
                  << QStringLiteral("holders") << QStringLiteral("queue") << QStringLiteral("size")
                  << QStringLiteral("slaves") << QStringLiteral("stat");
            for (const SimPartition &part : d->parts)
                names << part.name;
        }
        names.sort();
        return ok(b(names.join(QLatin1Char('\n'))) + (names.isEmpty() ? "" : "\n"));
    }
    if (path == "/sys/block")
        listing = lsSysBlock(m_state);
    else if (path == "/sys/class/net")
        listing = lsSysNet(m_state);
    else if (path == "/proc/net/bonding") {
        QByteArray out = longFmt ? "total 0\n" : "";
        for (const SimBond &bd : m_state.bonds)
            out += longFmt ? "-r--r--r-- 1 root root 0 " + lsTime(m_state.bootMs) + ' ' + b(bd.name) + '\n'
                           : b(bd.name) + '\n';
        if (m_state.bonds.isEmpty())
            return fail(2, "ls: cannot access '/proc/net/bonding': No such file or directory\n");
        return ok(out);
    } else if (isFileDir(path) || path == "/etc/default" || path == "/etc/systemd/system")
        return listFileDir(path, longFmt);
    else
        return fail(2, "ls: cannot access '" + paths[0] + "': No such file or directory\n");
    if (longFmt)
        return ok(listing);
    // Plain names: the last word before " -> " (or the last word) of each entry.
    QByteArray out;
    for (const QByteArray &line : listing.split('\n')) {
        if (line.isEmpty() || line.startsWith("total "))
            continue;
        const qsizetype arrow = line.indexOf(" -> ");
        const QByteArray head = arrow < 0 ? line : line.left(arrow);
        out += head.mid(head.lastIndexOf(' ') + 1) + '\n';
    }
    return ok(out);
}

CommandResult SimulatedHost::readlink(const Argv &argv) const
{
    // readlink -f: /dev/disk/by-id/NAME ends with the disk's serial (and
    // "-partN" for a partition), as udev names them; other paths are their own.
    QByteArray out;
    int rc = 0;
    for (const QByteArray &arg : argv.mid(1)) {
        if (arg.startsWith('-'))
            continue;
        QByteArray real = arg;
        if (arg.startsWith("/dev/disk/by-id/")) {
            real.clear();
            for (const SimDisk &d : m_state.disks) {
                if (!d.present || d.serial.isEmpty())
                    continue;
                if (arg.endsWith(b(d.serial)))
                    real = "/dev/" + b(d.name);
                for (int i = 0; i < d.parts.size(); ++i)
                    if (arg.endsWith(b(d.serial) + "-part" + QByteArray::number(i + 1)))
                        real = "/dev/" + b(d.parts[i].name);
            }
        }
        if (real.isEmpty()) {
            rc = 1;
            continue;
        }
        out += real + '\n';
    }
    return fail(rc, {}, out);
}

CommandResult SimulatedHost::tee(const Argv &argv, const QByteArray &input)
{
    QByteArray err;
    int rc = 0;
    const bool append = argv.contains("-a") || argv.contains("--append");
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QByteArray &path = argv[i];
        if (path.startsWith('-'))
            continue;
        if (writablePath(path)) {
            if (!writeFile(path, input, append, &err))
                rc = 1;
            continue;
        }
        if (path == "/dev/null")
            continue;
        if (path.startsWith("/sys/block/")) {
            const QList<QByteArray> parts = path.mid(11).split('/');
            SimArray *a = m_state.array(QString::fromUtf8(parts.value(0)));
            if (a && parts.value(1) == "md" && parts.size() >= 3) {
                const CommandResult r = writeMdAttr(m_state, *a, path, parts.mid(2).join('/'), input);
                if (r.exitCode != 0) {
                    err += r.err;
                    rc = 1;
                }
                continue;
            }
        }
        const QString bond = QString::fromUtf8(path.mid(15).split('/').value(0));
        if (path.startsWith("/sys/class/net/") && path.endsWith("/bonding/primary") && path.count('/') == 6
            && m_state.bond(bond)) {
            // The kernel takes what was written up to the first newline.
            const qsizetype nl = input.indexOf('\n');
            const CommandResult r = setBondPrimary(m_state, bond, QString::fromUtf8(nl < 0 ? input : input.left(nl)));
            if (r.exitCode != 0) {
                err += "tee: " + path + ": " + r.err;
                rc = 1;
            }
            continue;
        }
        if (path == "/proc/sys/dev/raid/speed_limit_min" || path == "/proc/sys/dev/raid/speed_limit_max") {
            bool good = false;
            const int v = input.trimmed().toInt(&good);
            if (!good || v <= 0) {
                err += "tee: " + path + ": Invalid argument\n";
                rc = 1;
                continue;
            }
            (path.endsWith("min") ? m_state.speedMinSystem : m_state.speedMaxSystem) = v;
            continue;
        }
        QByteArray content;
        bool dir = false;
        if (readFile(path, &content, &dir)) {
            err += "tee: " + path + (dir ? ": Is a directory\n" : ": Permission denied\n");
        } else {
            err += "tee: " + path + ": No such file or directory\n";
        }
        rc = 1;
    }
    return fail(rc, err, input);
}

} // namespace ftc
