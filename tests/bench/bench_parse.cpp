// Parser and snapshot-builder cost: one full refresh's sources from the lab
// captures, and a generated /proc/mdstat with 256 arrays. Prints medians in
// microseconds; the poller's budget for the storage part is < 1 ms.

#include "model/RawSources.h"
#include "parse/Bonding.h"
#include "parse/IpLink.h"
#include "parse/Lsblk.h"
#include "parse/Mdstat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ftc;

namespace {
QByteArray fixture(const char *rel)
{
    QFile f(QStringLiteral(FT_FIXTURES "/") + QLatin1String(rel));
    if (!f.open(QIODevice::ReadOnly))
        std::fprintf(stderr, "missing fixture %s\n", rel);
    return f.readAll();
}

double medianMicros(int runs, const std::function<void()> &fn)
{
    std::vector<double> t;
    t.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        t.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

QByteArray bigMdstat(int arrays)
{
    QByteArray out = "Personalities : [raid1] [raid5] [raid10] [linear]\n";
    for (int i = 0; i < arrays; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray a = "sd" + QByteArray::number(i * 2), b = "sd" + QByteArray::number(i * 2 + 1);
        switch (i % 6) {
        case 0:
            out += "md" + n + " : active raid1 " + b + "[1] " + a + "[0]\n      976630336 blocks super 1.2 [2/2] [UU]\n"
                   "      bitmap: 0/8 pages [0KB], 65536KB chunk\n\n";
            break;
        case 1:
            out += "md" + n + " : active raid1 " + b + "[2] " + a + "[0]\n      976630336 blocks super 1.2 [2/1] [U_]\n"
                   "      [====>................]  recovery = 22.8% (222671616/976630336) finish=61.2min speed=205184K/sec\n\n";
            break;
        case 2:
            out += "md" + n + " : active raid1 " + b + "[2](F) " + a + "[0]\n      976630336 blocks super 1.2 [2/1] [U_]\n\n";
            break;
        case 3:
            out += "md" + n + " : active raid5 " + b + "[2] " + a + "[1] sdz" + n + "[0]\n"
                   "      1953260544 blocks super 1.2 level 5, 512k chunk, algorithm 2 [3/3] [UUU]\n"
                   "      [=>...................]  check =  7.8% (76185600/976630272) finish=80.1min speed=187264K/sec\n\n";
            break;
        case 4:
            out += "md" + n + " : active raid10 " + b + "[1] " + a + "[0]\n"
                   "      976630272 blocks super 1.2 512K chunks 2 near-copies [2/2] [UU]\n      resync=DELAYED\n\n";
            break;
        default:
            out += "md" + n + " : inactive " + b + "[1](S) " + a + "[0](S)\n      1953260672 blocks super 1.2\n\n";
        }
    }
    return out + "unused devices: <none>\n";
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // FT_BENCH_RUNS lowers the count, e.g. to profile under callgrind.
    const int runs = qEnvironmentVariableIntValue("FT_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("FT_BENCH_RUNS") : 2000;

    RawSources full;
    full.label = QStringLiteral("bench");
    full.files.insert(QStringLiteral("hostname"), "labguest\n");
    full.files.insert(QStringLiteral("mdstat"), fixture("lab/md/mdstat_recovering.txt"));
    full.files.insert(QStringLiteral("md/md0/detail"), fixture("lab/md/detail_export_recovering.txt"));
    full.files.insert(QStringLiteral("md/md0/sysfs"), fixture("lab/md/sysfs_recovering.txt"));
    full.files.insert(QStringLiteral("lsblk.json"), fixture("lab/sys/lsblk_J_b_O.json"));
    full.files.insert(QStringLiteral("ip-link.json"), fixture("lab/bond/ip_d_j_link_ab_initial.json"));
    full.files.insert(QStringLiteral("bonding/bond0"), fixture("lab/bond/procbond_ab_initial.txt"));
    full.files.insert(QStringLiteral("virsh/nodeinfo"), fixture("libvirt/qemu_nodeinfo.txt"));
    full.files.insert(QStringLiteral("virsh/domstats"), fixture("libvirt/qemu_domstats_raw.txt"));
    full.files.insert(QStringLiteral("virsh/autostart"), fixture("libvirt/qemu_list_all_name.txt"));
    full.files.insert(QStringLiteral("virsh/schedinfo/spin1"), fixture("libvirt/qemu_schedinfo_after.txt"));
    full.files.insert(QStringLiteral("meminfo"), fixture("lab/sys/meminfo_full.txt"));
    full.files.insert(QStringLiteral("cpuinfo"), fixture("lab/sys/cpuinfo_full.txt"));

    volatile qsizetype sink = 0;
    std::printf("bench_parse (median of %d runs, microseconds)\n", runs);
    std::printf("  mdstat (lab)           %8.1f\n",
                medianMicros(runs, [&] { sink = parseMdstat(full.files.value(QStringLiteral("mdstat"))).arrays.size(); }));
    std::printf("  lsblk -J -b -O (lab)   %8.1f\n",
                medianMicros(runs, [&] { sink = parseLsblkJson(full.files.value(QStringLiteral("lsblk.json"))).devices.size(); }));
    std::printf("  ip -d -j link (lab)    %8.1f\n",
                medianMicros(runs, [&] { sink = parseIpLinkJson(full.files.value(QStringLiteral("ip-link.json"))).links.size(); }));
    std::printf("  bonding (lab)          %8.1f\n",
                medianMicros(runs, [&] { sink = parseBonding(full.files.value(QStringLiteral("bonding/bond0"))).slaves.size(); }));
    std::printf("  buildSnapshot (lab)    %8.1f\n",
                medianMicros(runs, [&] { sink = buildSnapshot(full).mirrors.size(); }));

    RawSources storage;
    storage.files.insert(QStringLiteral("mdstat"), bigMdstat(256));
    std::printf("  mdstat 256 arrays      %8.1f  (%lld bytes)\n",
                medianMicros(qMin(runs, 200), [&] { sink = parseMdstat(storage.files.value(QStringLiteral("mdstat"))).arrays.size(); }),
                static_cast<long long>(storage.files.value(QStringLiteral("mdstat")).size()));
    std::printf("  storage 256 arrays     %8.1f  (parse + mirrors)\n",
                medianMicros(qMin(runs, 200), [&] { sink = buildSnapshot(storage).mirrors.size(); }));
    Q_UNUSED(sink);
    return 0;
}
