// What watching a host costs the host. Prints numbers only.
//
//   bench_poll_load            processes a steady refresh starts on a real sh on
//                              this machine, without and with a libvirt (a stub
//                              virsh answering domstats from a fixture)
//   bench_poll_load --lab [S]  the same counted inside the lab guest (a real
//                              kernel with md and bonding, over SSH), and the
//                              guest CPU the poll uses at one refresh a second,
//                              over S seconds (default 30), against as long
//                              without the console
//
// Processes are counted with the kernel's fork counter ("processes" in
// /proc/stat), the minimum over many refreshes so unrelated activity drops out.
// Target: <= 3 processes per steady refresh; poll CPU well under 1 % of a core
// on real hardware (the lab guest runs under software emulation, ~10-50x slower).

#include "LabGuest.h"
#include "model/Poller.h"
#include "transport/LocalRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace ftc;

namespace {

qint64 statField(const QByteArray &stat, const QByteArray &name)
{
    for (const QByteArray &line : stat.split('\n'))
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).trimmed().toLongLong();
    return -1;
}

// user+nice+system+irq+softirq+steal jiffies of the whole machine, and idle.
QPair<qint64, qint64> cpuJiffies(const QByteArray &stat)
{
    for (const QByteArray &line : stat.split('\n')) {
        if (!line.startsWith("cpu "))
            continue;
        const QList<QByteArray> f = line.simplified().split(' ');
        const qint64 busy = f.value(1).toLongLong() + f.value(2).toLongLong() + f.value(3).toLongLong()
            + f.value(6).toLongLong() + f.value(7).toLongLong() + f.value(8).toLongLong();
        return {busy, f.value(4).toLongLong() + f.value(5).toLongLong()};
    }
    return {-1, -1};
}

QByteArray readLocal(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Minimum fork count of one steady refresh, `reads` how /proc/stat is read.
int minProcesses(Poller &poller, const std::function<QByteArray()> &stat, int rounds, int overhead)
{
    int best = INT_MAX;
    for (int i = 0; i < rounds; ++i) {
        const qint64 before = statField(stat(), "processes");
        if (!poller.refresh())
            return -1;
        const qint64 after = statField(stat(), "processes");
        if (!poller.lastRefreshWasFull())
            best = std::min<int>(best, int(after - before) - overhead);
    }
    return best == INT_MAX ? -1 : best;
}

int localBench()
{
    LocalRunner local;
    const auto stat = [] { return readLocal(QStringLiteral("/proc/stat")); };
    {
        Poller poller(local, QStringLiteral("local"));
        poller.setPersistentShell(true);
        poller.refresh();
        const int n = minProcesses(poller, stat, 30, 0);
        std::printf("processes per steady refresh, real sh, this machine as it is: %d\n", n);
    }
    // A stub virsh first on PATH: the count with a libvirt to ask.
    QTemporaryDir bin;
    QFile stub(bin.filePath(QStringLiteral("virsh")));
    stub.open(QIODevice::WriteOnly);
    stub.write("#!/bin/sh\nexec cat " FT_FIXTURES "/libvirt/qemu_domstats_raw.txt\n");
    stub.close();
    stub.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + oldPath);
    {
        Poller poller(local, QStringLiteral("local"));
        poller.setPersistentShell(true);
        poller.refresh();
        const int n = minProcesses(poller, stat, 30, 0);
        std::printf("processes per steady refresh, real sh, with libvirt (virsh domstats): %d  (target <= 3)\n", n);
    }
    qputenv("PATH", oldPath);
    return 0;
}

int labBench(int seconds)
{
    ftlab::LabGuest guest;
    QString error;
    if (!guest.start(&error)) {
        std::fprintf(stderr, "bench_poll_load: lab guest did not start: %s\n", qPrintable(error));
        return 1;
    }
    SshRunner &ssh = guest.runner();
    const auto stat = [&ssh] {
        Command c;
        c.argv = {"cat", "/proc/stat"};
        return ssh.run(c).out;
    };
    // The same layout as the mirror tests: an array being watched, a bond.
    Command setup;
    setup.argv = {"sh", "-c",
                  "modprobe bonding; ip link add bond0 type bond mode active-backup miimon 100 2>/dev/null;"
                  "ip link set eth1 down; ip link set eth1 master bond0; ip link set bond0 up;"
                  "mdadm --create /dev/md0 --run --level=1 --raid-devices=2 --metadata=1.2 --bitmap=internal "
                  "/dev/vdb /dev/vdc >/dev/null 2>&1; udevadm settle"};
    ssh.run(setup);
    // The measuring command itself forks: count it with no refresh in between.
    int overhead = INT_MAX;
    for (int i = 0; i < 10; ++i) {
        const qint64 a = statField(stat(), "processes");
        const qint64 b = statField(stat(), "processes");
        overhead = std::min<int>(overhead, int(b - a));
    }
    Poller poller(ssh, QStringLiteral("lab"));
    poller.setPersistentShell(true);
    poller.refresh();
    const int n = minProcesses(poller, stat, 20, overhead);
    std::printf("lab guest: processes per steady refresh: %d  (target <= 3; no libvirt in the guest)\n", n);

    // Guest CPU: as long idle, then as long watched at one refresh a second.
    const auto window = [&](bool watch) {
        const QPair<qint64, qint64> a = cpuJiffies(stat());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < seconds * 1000) {
            if (watch)
                poller.refresh();
            QThread::msleep(quint64(std::max<qint64>(0, 1000 - t.elapsed() % 1000)));
        }
        const QPair<qint64, qint64> b = cpuJiffies(stat());
        const double busy = double(b.first - a.first);
        const double all = busy + double(b.second - a.second);
        return all > 0 ? busy / all : -1.0;
    };
    const double idle = window(false);
    const double watched = window(true);
    // Two vCPUs: a share of the machine times two is a share of one core.
    std::printf("lab guest CPU busy, share of one core: %.2f %% idle, %.2f %% watched at 1 s; the poll: %.2f %%\n",
                idle * 200, watched * 200, (watched - idle) * 200);
    std::printf("(software emulation: on real hardware the same work is many times cheaper)\n");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--lab")
        return labBench(argc > 2 ? std::max(5, std::atoi(argv[2])) : 30);
    return localBench();
}
