// The simulated host's own files (SimState::files): settings under /etc that
// plans edit with the tools a real host has (tee, cmp, mv, chmod, chown,
// test), and the listings of the directories their paths imply.

#include "SimCommands.h"
#include "SimulatedHost.h"

namespace ftc {

using namespace sim;

namespace {

QByteArray parentOf(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArray("/") : path.left(slash);
}

QByteArray baseOf(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

QByteArray modeString(char type, int mode)
{
    QByteArray s(1, type);
    const char *rwx = "rwx";
    for (int bit = 8; bit >= 0; --bit)
        s += (mode & (1 << bit)) ? rwx[(8 - bit) % 3] : '-';
    return s;
}

// `--reference=FILE` of chmod and chown, else empty.
QByteArray referenceOf(const Argv &argv)
{
    for (const QByteArray &a : argv)
        if (a.startsWith("--reference="))
            return a.mid(12);
    return {};
}

// The operands: what follows the program and its options (`--` ends them).
Argv operands(const Argv &argv)
{
    Argv out;
    bool options = true;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QByteArray &a = argv[i];
        if (options && a == "--") {
            options = false;
            continue;
        }
        if (options && a.startsWith('-') && a != "-")
            continue;
        out << a;
    }
    return out;
}

SimFile file(const QByteArray &content, int mode = 0644)
{
    SimFile f;
    f.content = content;
    f.mode = mode;
    return f;
}

SimFile symlink(const QString &target)
{
    SimFile f;
    f.mode = 0777;
    f.link = target;
    return f;
}

} // namespace

QMap<QString, SimFile> SimState::demoFiles()
{
    QMap<QString, SimFile> files;
    files.insert(QStringLiteral("/etc/os-release"),
                 file("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                      "NAME=\"Debian GNU/Linux\"\n"
                      "VERSION_ID=\"12\"\n"
                      "VERSION=\"12 (bookworm)\"\n"
                      "VERSION_CODENAME=bookworm\n"
                      "ID=debian\n"
                      "HOME_URL=\"https://www.debian.org/\"\n"
                      "SUPPORT_URL=\"https://www.debian.org/support\"\n"
                      "BUG_REPORT_URL=\"https://bugs.debian.org/\"\n"));
    // As the package ships it: every setting commented out at its default.
    files.insert(QStringLiteral("/etc/default/libvirt-guests"),
                 file("# Settings of libvirt-guests, which handles the running guests when the host\n"
                      "# shuts down and starts again. A commented-out line shows the default.\n"
                      "\n"
                      "# Which libvirt connections to handle ('default' is virsh's default one).\n"
                      "#URIS=default\n"
                      "\n"
                      "# At boot: start brings back the guests that were running at shutdown,\n"
                      "# ignore leaves that to each guest's autostart.\n"
                      "#ON_BOOT=start\n"
                      "\n"
                      "# Seconds between two guest starts at boot.\n"
                      "#START_DELAY=0\n"
                      "\n"
                      "# At shutdown: suspend saves every running guest (virsh managedsave),\n"
                      "# shutdown asks each guest OS to shut down, waiting SHUTDOWN_TIMEOUT.\n"
                      "#ON_SHUTDOWN=suspend\n"
                      "\n"
                      "# How many guests to shut down at a time (0: one after another).\n"
                      "#PARALLEL_SHUTDOWN=0\n"
                      "\n"
                      "# Seconds to wait for a guest to shut down; 0 waits without a limit.\n"
                      "#SHUTDOWN_TIMEOUT=300\n"
                      "\n"
                      "# Non-zero: bypass the file system cache when saving and restoring.\n"
                      "#BYPASS_CACHE=0\n"
                      "\n"
                      "# Non-zero: set the guest's clock after restoring it (needs its agent).\n"
                      "#SYNC_TIME=1\n"));
    // ifupdown as the Debian installer leaves a server with a static address,
    // and the console's adapters for teams listed up without one (manual).
    files.insert(QStringLiteral("/etc/network/interfaces"),
                 file("# This file describes the network interfaces available on your system\n"
                      "# and how to activate them. For more information, see interfaces(5).\n"
                      "\n"
                      "source /etc/network/interfaces.d/*\n"
                      "\n"
                      "# The loopback network interface\n"
                      "auto lo\n"
                      "iface lo inet loopback\n"
                      "\n"
                      "# The primary network interface\n"
                      "allow-hotplug eth0\n"
                      "iface eth0 inet static\n"
                      "\taddress 192.168.10.20/24\n"
                      "\tgateway 192.168.10.1\n"
                      "\t# dns-* options are implemented by the resolvconf package, if installed\n"
                      "\tdns-nameservers 192.168.10.1\n"
                      "\tdns-search ftdemo.example\n"
                      "\n"
                      "# Spare adapters, up without an address until they are teamed\n"
                      "allow-hotplug eth1\n"
                      "iface eth1 inet manual\n"
                      "\n"
                      "allow-hotplug eth2\n"
                      "iface eth2 inet manual\n"
                      "\n"
                      "allow-hotplug eth3\n"
                      "iface eth3 inet manual\n"));
    SimFile sourced;
    sourced.dir = true;
    sourced.mode = 0755;
    files.insert(QStringLiteral("/etc/network/interfaces.d"), sourced);
    // The hooks ifenslave and bridge-utils install: their presence is what
    // tells the console that bond-* and bridge_* options work. ifupdown runs
    // them as scripts; the demo host performs what they do itself (SimIfupdown).
    for (const char *hook : {"bridge", "ethtool", "ifenslave"})
        files.insert(QStringLiteral("/etc/network/if-pre-up.d/") + QLatin1String(hook),
                     file("#!/bin/sh\n# " + QByteArray(hook) + ": ifupdown hook (performed by the demo host itself)\n",
                          0755));
    // A server fresh from the installer with "install security updates
    // automatically" ticked: unattended-upgrades runs, which the guide turns
    // off. The board's watchdog has a driver, but systemd does not use it yet.
    files.insert(QStringLiteral("/etc/apt/apt.conf.d/20auto-upgrades"),
                 file("APT::Periodic::Update-Package-Lists \"1\";\nAPT::Periodic::Unattended-Upgrade \"1\";\n"));
    files.insert(QStringLiteral("/sys/class/watchdog/watchdog0/identity"), file("iTCO_wdt\n"));
    SimFile confd;
    confd.dir = true;
    confd.mode = 0755;
    files.insert(QStringLiteral("/etc/systemd/system.conf.d"), confd);
    const QString wants = QStringLiteral("/etc/systemd/system/multi-user.target.wants/");
    for (const char *unit : {"libvirtd.service", "libvirt-guests.service", "mdmonitor.service", "ssh.service",
                             "unattended-upgrades.service"})
        files.insert(wants + QLatin1String(unit), symlink(QStringLiteral("/lib/systemd/system/") + QLatin1String(unit)));
    return files;
}

bool SimulatedHost::isFileDir(const QByteArray &path) const
{
    const auto self = m_state.files.constFind(QString::fromUtf8(path));
    if (self != m_state.files.constEnd() && self->dir)
        return true;
    const QString prefix = path == "/" ? QStringLiteral("/") : QString::fromUtf8(path) + QLatin1Char('/');
    const auto it = m_state.files.lowerBound(prefix);
    return it != m_state.files.constEnd() && it.key().startsWith(prefix);
}

bool SimulatedHost::writeFile(const QByteArray &pathIn, const QByteArray &data, bool append, QByteArray *err)
{
    QByteArray path = pathIn;
    // Writing through a link writes its target.
    for (int hops = 0; hops < 8; ++hops) {
        const auto it = m_state.files.constFind(QString::fromUtf8(path));
        if (it == m_state.files.constEnd() || it->link.isEmpty())
            break;
        const QByteArray target = it->link.toUtf8();
        path = target.startsWith('/') ? target : parentOf(path) + '/' + target;
    }
    QByteArray content;
    bool dir = false;
    if (readFile(path, &content, &dir) && dir) {
        *err += "tee: " + pathIn + ": Is a directory\n";
        return false;
    }
    const QString key = QString::fromUtf8(path);
    if (!m_state.files.contains(key)) {
        if (readFile(path, &content, &dir)) {
            *err += "tee: " + pathIn + ": Permission denied\n";
            return false;
        }
        QByteArray parent;
        bool parentDir = false;
        if (!readFile(parentOf(path), &parent, &parentDir) || !parentDir) {
            *err += "tee: " + pathIn + ": No such file or directory\n";
            return false;
        }
    }
    SimFile &f = m_state.files[key];   // a new file: 0644 root:root, as root's umask 022 makes it
    f.content = append ? f.content + data : data;
    return true;
}

CommandResult SimulatedHost::listFileDir(const QByteArray &dir, bool longFormat) const
{
    const QString prefix = QString::fromUtf8(dir) + QLatin1Char('/');
    QMap<QString, const SimFile *> entries;    // name -> file, null for a directory
    for (auto it = m_state.files.lowerBound(prefix); it != m_state.files.constEnd() && it.key().startsWith(prefix); ++it) {
        const QString rest = it.key().mid(prefix.size());
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        if (slash < 0)
            entries.insert(rest, &it.value());
        else
            entries.insert(rest.left(slash), nullptr);
    }
    QByteArray out;
    if (longFormat)
        out += "total " + QByteArray::number(entries.size() * 4) + '\n';
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QByteArray name = it.key().toUtf8();
        if (!longFormat) {
            out += name + '\n';
            continue;
        }
        const SimFile *f = it.value();
        const QByteArray when = lsTime(m_state.bootMs);
        if (!f || f->dir)
            out += modeString('d', f ? f->mode : 0755) + " 2 root root 4096 " + when + ' ' + name + '\n';
        else if (!f->link.isEmpty())
            out += modeString('l', 0777) + " 1 " + f->owner.toUtf8() + ' ' + f->group.toUtf8() + ' '
                + QByteArray::number(f->link.toUtf8().size()) + ' ' + when + ' ' + name + " -> " + f->link.toUtf8()
                + '\n';
        else
            out += modeString('-', f->mode) + " 1 " + f->owner.toUtf8() + ' ' + f->group.toUtf8() + ' '
                + QByteArray::number(f->content.size()) + ' ' + when + ' ' + name + '\n';
    }
    return ok(out);
}

CommandResult SimulatedHost::cmp(const Argv &argv, const QByteArray &input) const
{
    const bool silent = argv.contains("-s") || argv.contains("--silent") || argv.contains("--quiet");
    const Argv names = operands(argv);
    if (names.size() != 2)
        return fail(2, "cmp: the simulated host compares two files\n");
    QByteArray data[2];
    for (int k = 0; k < 2; ++k) {
        if (names[k] == "-") {
            data[k] = input;
            continue;
        }
        bool dir = false;
        if (!readFile(names[k], &data[k], &dir))
            return fail(2, "cmp: " + names[k] + ": No such file or directory\n");
        if (dir)
            return fail(2, "cmp: " + names[k] + ": Is a directory\n");
    }
    const qsizetype common = qMin(data[0].size(), data[1].size());
    for (qsizetype i = 0; i < common; ++i) {
        if (data[0][i] == data[1][i])
            continue;
        const QByteArray where = "byte " + QByteArray::number(i + 1) + ", line "
            + QByteArray::number(data[0].left(i).count('\n') + 1);
        return fail(1, {}, silent ? QByteArray() : names[0] + ' ' + names[1] + " differ: " + where + '\n');
    }
    if (data[0].size() == data[1].size())
        return ok();
    const int shorter = data[0].size() < data[1].size() ? 0 : 1;
    if (silent)
        return fail(1, {});
    if (data[shorter].isEmpty())
        return fail(1, "cmp: EOF on " + names[shorter] + " which is empty\n");
    return fail(1, "cmp: EOF on " + names[shorter] + " after byte " + QByteArray::number(common) + ", line "
                       + QByteArray::number(data[shorter].count('\n') + (data[shorter].endsWith('\n') ? 0 : 1)) + '\n');
}

CommandResult SimulatedHost::mv(const Argv &argv)
{
    const bool noTargetDir = argv.contains("-T") || argv.contains("--no-target-directory");
    const Argv names = operands(argv);
    if (names.size() != 2)
        return fail(1, "mv: the simulated host moves one file at a time\n");
    const QByteArray &from = names[0];
    QByteArray to = names[1];
    const QString fromKey = QString::fromUtf8(from);
    QByteArray content;
    bool dir = false;
    if (!m_state.files.contains(fromKey) || m_state.files.value(fromKey).dir) {
        if (isFileDir(from))
            return fail(1, "mv: the simulated host moves files, not directories\n");
        if (readFile(from, &content, &dir))
            return fail(1, "mv: cannot move '" + from + "' to '" + to + "': Operation not permitted\n");
        return fail(1, "mv: cannot stat '" + from + "': No such file or directory\n");
    }
    if (readFile(to, &content, &dir) && dir) {
        if (noTargetDir)
            return fail(1, "mv: cannot overwrite directory '" + to + "' with non-directory\n");
        to = to + '/' + baseOf(from);
    }
    const QString toKey = QString::fromUtf8(to);
    if (toKey == fromKey)
        return fail(1, "mv: '" + from + "' and '" + to + "' are the same file\n");
    bool parentDir = false;
    if (!readFile(parentOf(to), &content, &parentDir) || !parentDir)
        return fail(1, "mv: cannot move '" + from + "' to '" + to + "': No such file or directory\n");
    if (!m_state.files.contains(toKey) && readFile(to, &content, &dir))
        return fail(1, "mv: cannot move '" + from + "' to '" + to + "': Permission denied\n");
    // One rename: the target is the old file or the new one, never between.
    m_state.files.insert(toKey, m_state.files.take(fromKey));
    return ok();
}

CommandResult SimulatedHost::chmod(const Argv &argv)
{
    const QByteArray reference = referenceOf(argv);
    Argv names = operands(argv);
    int mode = 0;
    if (!reference.isEmpty()) {
        const auto ref = m_state.files.constFind(QString::fromUtf8(reference));
        if (ref == m_state.files.constEnd())
            return fail(1, "chmod: failed to get attributes of '" + reference + "': No such file or directory\n");
        mode = ref->mode;
    } else {
        const QByteArray m = names.isEmpty() ? QByteArray() : names.takeFirst();
        bool good = !m.isEmpty();
        for (const char c : m)
            good = good && c >= '0' && c <= '7';
        mode = good ? m.toInt(nullptr, 8) : -1;
        if (!good || mode > 07777)
            return fail(1, "chmod: invalid mode: '" + m + "' (the simulated host takes octal modes)\n");
    }
    if (names.isEmpty())
        return fail(1, "chmod: missing operand\n");
    QByteArray err;
    for (const QByteArray &n : std::as_const(names)) {
        auto it = m_state.files.find(QString::fromUtf8(n));
        if (it == m_state.files.end())
            err += "chmod: cannot access '" + n + "': No such file or directory\n";
        else if (it->link.isEmpty())
            it->mode = mode;
    }
    return err.isEmpty() ? ok() : fail(1, err);
}

CommandResult SimulatedHost::chown(const Argv &argv)
{
    const QByteArray reference = referenceOf(argv);
    Argv names = operands(argv);
    QString owner, group;
    if (!reference.isEmpty()) {
        const auto ref = m_state.files.constFind(QString::fromUtf8(reference));
        if (ref == m_state.files.constEnd())
            return fail(1, "chown: failed to get attributes of '" + reference + "': No such file or directory\n");
        owner = ref->owner;
        group = ref->group;
    } else {
        const QString spec = names.isEmpty() ? QString() : QString::fromUtf8(names.takeFirst());
        owner = spec.section(QLatin1Char(':'), 0, 0);
        group = spec.contains(QLatin1Char(':')) ? spec.section(QLatin1Char(':'), 1) : QString();
        const auto name = [](QString n) { return n == QLatin1String("0") ? QStringLiteral("root") : n; };
        owner = name(owner);
        group = name(group);
        if (owner.isEmpty() && group.isEmpty())
            return fail(1, "chown: invalid spec: '" + spec.toUtf8() + "'\n");
    }
    if (names.isEmpty())
        return fail(1, "chown: missing operand\n");
    QByteArray err;
    for (const QByteArray &n : std::as_const(names)) {
        auto it = m_state.files.find(QString::fromUtf8(n));
        if (it == m_state.files.end()) {
            err += "chown: cannot access '" + n + "': No such file or directory\n";
            continue;
        }
        if (!owner.isEmpty())
            it->owner = owner;
        if (!group.isEmpty())
            it->group = group;
    }
    return err.isEmpty() ? ok() : fail(1, err);
}

bool SimulatedHost::writablePath(const QByteArray &path)
{
    // Settings, and the console's own state (staged network changes).
    return path.startsWith("/etc/") || path.startsWith("/var/lib/ftconsole/");
}

CommandResult SimulatedHost::install(const Argv &argv)
{
    // install -d [-m MODE] DIR...: the directories and their missing parents
    // (0755); install [-D] [-m MODE] SOURCE DEST: a copy, -D makes DEST's parents.
    bool dirs = false, parents = false;
    int mode = -1;
    Argv names;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QByteArray &a = argv[i];
        if (a == "-d" || a == "--directory")
            dirs = true;
        else if (a == "-D")
            parents = true;
        else if (a == "-m" || a == "--mode") {
            const QByteArray m = argv.value(++i);
            bool good = !m.isEmpty();
            for (const char c : m)
                good = good && c >= '0' && c <= '7';
            if (!good)
                return fail(1, "install: invalid mode '" + m + "' (the simulated host takes octal modes)\n");
            mode = m.toInt(nullptr, 8);
        } else if (a.startsWith('-'))
            return fail(1, "install: the simulated host takes -d, -D and -m only, not " + a + "\n");
        else
            names << a;
    }
    const auto makeDir = [this](const QByteArray &dir, int dirMode, QByteArray *err) {
        QByteArray at;
        const QList<QByteArray> parts = dir.split('/');
        for (qsizetype k = 1; k < parts.size(); ++k) {
            if (parts[k].isEmpty())
                continue;
            at += '/' + parts[k];
            QByteArray content;
            bool isDir = false;
            if (readFile(at, &content, &isDir)) {
                if (isDir)
                    continue;
                *err += "install: cannot create directory '" + dir + "': File exists\n";
                return false;
            }
            if (!writablePath(at + '/')) {
                *err += "install: cannot create directory '" + at + "': Permission denied\n";
                return false;
            }
            SimFile d;
            d.dir = true;
            d.mode = at == dir ? dirMode : 0755;
            m_state.files.insert(QString::fromUtf8(at), d);
        }
        return true;
    };
    QByteArray err;
    if (dirs) {
        if (names.isEmpty())
            return fail(1, "install: missing operand\n");
        for (const QByteArray &d : std::as_const(names))
            if (!makeDir(d, mode < 0 ? 0755 : mode, &err))
                return fail(1, err);
        return ok();
    }
    if (names.size() != 2)
        return fail(1, "install: the simulated host copies one file at a time\n");
    QByteArray content;
    bool isDir = false;
    if (!readFile(names[0], &content, &isDir) || isDir)
        return fail(1, "install: cannot stat '" + names[0] + "': No such file or directory\n");
    if (parents && !makeDir(names[1].left(names[1].lastIndexOf('/')), 0755, &err))
        return fail(1, err);
    if (!writablePath(names[1]) || !writeFile(names[1], content, false, &err))
        return fail(1, err.isEmpty() ? "install: cannot create regular file '" + names[1] + "': Permission denied\n"
                                     : err.replace("tee:", "install:"));
    m_state.files[QString::fromUtf8(names[1])].mode = mode < 0 ? 0755 : mode;
    return ok();
}

CommandResult SimulatedHost::test(const Argv &argv) const
{
    // test [!] -e|-f|-d|-L|-c PATH: what plans ask of files before they write;
    // test [!] -n|-z STRING. `[ ... ]` arrives here without its brackets.
    qsizetype i = 1;
    const bool negate = argv.value(i) == "!";
    if (negate)
        ++i;
    const QByteArray op = argv.value(i);
    if (argv.size() == i + 2 && (op == "-n" || op == "-z"))
        return (argv[i + 1].isEmpty() == (op == "-z")) != negate ? ok() : fail(1, {});
    const QByteArray path = argv.value(i + 1);
    if (argv.size() != i + 2 || !(op == "-e" || op == "-f" || op == "-d" || op == "-L" || op == "-c"))
        return fail(2, "test: the simulated host answers only [!] -e|-f|-d|-L|-c PATH and [!] -n|-z STRING\n");
    // The demo server has KVM.
    if (op == "-c")
        return (path == "/dev/kvm") != negate ? ok() : fail(1, {});
    QByteArray content;
    bool dir = false;
    bool exists = readFile(path, &content, &dir);
    // Images are files too; mount points and the directories images are in are directories.
    if (!exists && m_state.images.contains(QString::fromUtf8(path)))
        exists = true;
    if (!exists && m_state.isDir(QString::fromUtf8(path)))
        exists = dir = true;
    const auto entry = m_state.files.constFind(QString::fromUtf8(path));
    bool holds = false;
    if (op == "-e")
        holds = exists;
    else if (op == "-f")
        holds = exists && !dir;
    else if (op == "-d")
        holds = exists && dir;
    else
        holds = entry != m_state.files.constEnd() && !entry->link.isEmpty();
    return holds != negate ? ok() : fail(1, {});
}

} // namespace ftc
