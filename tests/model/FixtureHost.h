#pragma once
// A host made of captured files, for poller tests: it answers the reads and the
// commands a refresh sends (through the in-process shell, which speaks the batch
// protocol) with the file of the matching source in a directory, and counts what
// it was asked. A file that is missing is a source the host lacks.

#include "demo/InProcessRunner.h"
#include "demo/MiniShell.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace ftc::test {

class FixtureHost : public InProcessRunner {
public:
    explicit FixtureHost(QString dir) : m_dir(std::move(dir)) {}

    QString hostLabel() const override { return QStringLiteral("fixture"); }
    CommandResult run(const Command &cmd, const CancelFlag &cancel) override
    {
        ++runs;
        lastInput = cmd.input;
        if (down) {
            CommandResult r;
            r.status = CommandResult::Status::TransportError;
            r.error = QStringLiteral("connection to test lost");
            return r;
        }
        CommandResult r = InProcessRunner::run(cmd, cancel);
        if (cutHalf) {
            // The link drops halfway through the batch.
            r.out.truncate(r.out.size() / 2);
            r.status = CommandResult::Status::TransportError;
            r.error = QStringLiteral("connection to test lost");
        }
        return r;
    }

    std::unique_ptr<Stream> openStream(const Command &cmd) override
    {
        if (down)
            return nullptr;    // no channel to a host that does not answer
        return InProcessRunner::openStream(cmd);
    }

    int runs = 0;
    int processes = 0;          // commands run (file reads by the shell do not count)
    QByteArrayList virshCommands;   // verbs sent to the virsh session, in order
    QByteArray lastInput;
    QSet<QByteArray> missing;   // programs this host does not have
    bool down = false;
    bool cutHalf = false;

protected:
    CommandResult exec(const Argv &argv, const QByteArray &) override
    {
        const QByteArray prog = argv.value(0);
        // The in-process shell reads files for ftc_f/ftc_k through `cat`, as
        // the real one does with `read`: no process.
        if (prog == "cat")
            return file(keyForPath(argv.value(argv.size() - 1)));
        if (missing.contains(prog))
            return MiniShell::notFound(prog);
        // virsh commands arrive through the one virsh session, not as processes.
        if (prog == "virsh") {
            const QByteArray verb = argv.value(3);
            if (verb == "echo") {
                CommandResult r;
                r.status = CommandResult::Status::Finished;
                r.exitCode = 0;
                r.out = argv.mid(4).join(' ') + '\n';
                return r;
            }
            virshCommands << verb;
        } else {
            ++processes;
        }
        return file(keyForCommand(argv));
    }

private:
    CommandResult file(const QString &key) const
    {
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        QFile f(m_dir + QLatin1Char('/') + key);
        if (key.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            r.exitCode = 1;
            r.err = "no such source\n";
            return r;
        }
        r.exitCode = 0;
        r.out = f.readAll();
        return r;
    }

    static QString keyForPath(const QByteArray &path)
    {
        static const QMap<QByteArray, QString> files = {
            {"/proc/mdstat", QStringLiteral("mdstat")},
            {"/proc/meminfo", QStringLiteral("meminfo")},
            {"/proc/cpuinfo", QStringLiteral("cpuinfo")},
            {"/proc/sys/kernel/hostname", QStringLiteral("hostname")},
            {"/sys/kernel/uevent_seqnum", QStringLiteral("uevent-seqnum")},
        };
        if (files.contains(path))
            return files.value(path);
        if (path.startsWith("/proc/net/bonding/"))
            return QStringLiteral("bonding/") + QString::fromUtf8(path.mid(18));
        // /sys/class/net/NIC/carrier and the md sysfs files: one file each here.
        if (path.startsWith("/sys/"))
            return QStringLiteral("sys") + QString::fromUtf8(path.mid(4));
        return {};
    }

    static QString keyForCommand(const Argv &argv)
    {
        const QByteArray last = argv.value(argv.size() - 1);
        if (argv.value(0) == "ls")
            return last == "/sys/block" ? QStringLiteral("sys-block") : QStringLiteral("sys-net");
        if (argv.value(0) == "mdadm")
            return QStringLiteral("md/%1/detail").arg(QString::fromUtf8(last.mid(5)));
        if (argv.value(0) == "lsblk")
            return QStringLiteral("lsblk.json");
        if (argv.value(0) == "ip")
            return QStringLiteral("ip-link.json");
        if (argv.value(0) == "virsh") {
            const QByteArray verb = argv.value(3);
            if (verb == "schedinfo")
                return QStringLiteral("virsh/schedinfo/") + QString::fromUtf8(last);
            if (verb == "metadata")
                return QStringLiteral("virsh/metadata/") + QString::fromUtf8(argv.value(5));
            if (verb == "list")
                return argv.contains("--autostart") ? QStringLiteral("virsh/autostart") : QStringLiteral("virsh/managed-save");
            return QStringLiteral("virsh/") + QString::fromUtf8(verb);
        }
        return {};
    }

    QString m_dir;
};

} // namespace ftc::test
