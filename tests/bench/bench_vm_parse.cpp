// domstats --raw for 1000 running domains (state, cpu.time, balloon, vcpus,
// as one refresh reads them) parsed, built into a snapshot and handed to the
// Master Status model, which updates its rows in place: median of 50 rounds,
// each with new CPU times. Prints numbers only; the target is < 5 ms.

#include "model/RawSources.h"
#include "model/HostSnapshot.h"
#include "vms/VmStatusModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace ftc;

namespace {

QByteArray domstats(int n, int round)
{
    QByteArray out;
    out.reserve(n * 200);
    for (int i = 1; i <= n; ++i)
        out += "Domain: 'bench-" + QByteArray::number(i) + "'\n  state.state=1\n  state.reason=1\n  cpu.time="
            + QByteArray::number(qint64(round) * 1000000000LL + i * 1000LL) + "\n  cpu.user=1\n  cpu.system=1\n"
            "  balloon.current=524288\n  balloon.maximum=524288\n  vcpu.current=1\n  vcpu.maximum=1\n\n";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int kDomains = 1000, kRounds = 50;
    VmStatusModel model;
    QList<double> ms;
    for (int round = 0; round < kRounds; ++round) {
        RawSources raw;
        raw.label = QStringLiteral("bench");
        raw.takenAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + round * 1000LL, Qt::UTC);
        raw.files.insert(QStringLiteral("virsh/domstats"), domstats(kDomains, round));
        QElapsedTimer t;
        t.start();
        const HostSnapshotPtr s = std::make_shared<HostSnapshot>(buildSnapshot(raw));
        model.update(s);
        ms << t.nsecsElapsed() / 1e6;
        if (model.rowCount() != kDomains)
            return 1;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("domains %d\nrounds %d\nparse-build-update-ms-median %.2f\nmodel-resets %d\n", kDomains, kRounds,
                ms[kRounds / 2], model.resets());
    return 0;
}
