// Time of one batched refresh through SshRunner against a real sshd on loopback:
// the ftsim-host key (the demo host behind sshd) when it answers, else a plain
// shell on this machine. Prints numbers only.

#include "SshdFixture.h"
#include "transport/Batch.h"
#include "model/Poller.h"
#include "transport/SshRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace ftc;

namespace {

QList<BatchStep> refreshSteps()
{
    return {
        {QStringLiteral("mdstat"), {"cat", "/proc/mdstat"}, false},
        {QStringLiteral("meminfo"), {"cat", "/proc/meminfo"}, false},
        {QStringLiteral("cpuinfo"), {"cat", "/proc/cpuinfo"}, false},
        {QStringLiteral("lsblk"), {"lsblk", "-J", "-b"}, false},
        {QStringLiteral("iplink"), {"ip", "-d", "-j", "link", "show"}, false},
        {QStringLiteral("nodeinfo"), {"virsh", "-c", "qemu:///system", "nodeinfo"}, false},
    };
}

SshTarget targetFor(const test::SshdFixture &sshd, const QString &key)
{
    SshTarget t;
    t.user = sshd.userName();
    t.host = sshd.host();
    t.port = sshd.port();
    t.identityFile = key;
    t.knownHostsPath = sshd.knownHostsPath();
    t.useAgent = false;
    t.useDefaultKeys = false;
    t.keepaliveIntervalMs = 0;
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    test::SshdFixture sshd;
    QString error;
    if (!sshd.start(&error)) {
        std::fprintf(stderr, "bench_ssh_refresh: cannot start sshd: %s\n", qPrintable(error));
        return 1;
    }
    const QList<BatchStep> steps = refreshSteps();

    // The simulator counts only if it really answers the refresh's first step.
    QString key = sshd.simKeyPath();
    QString hostKind = QStringLiteral("ftsim-host");
    {
        SshRunner probe(targetFor(sshd, key), nullptr);
        const auto r = runBatch(probe, steps, 20000);
        const CommandResult mdstat = r.value(QStringLiteral("mdstat"));
        if (!mdstat.ok() || qEnvironmentVariableIsSet("FT_BENCH_SSH_PLAIN")) {
            std::fprintf(stderr, "bench_ssh_refresh: ftsim-host not usable (%s), timing the local shell\n",
                         qPrintable(mdstat.summary()));
            key = sshd.plainKeyPath();
            hostKind = QStringLiteral("local shell");
        }
    }

    SshRunner runner(targetFor(sshd, key), nullptr);
    QElapsedTimer t;
    t.start();
    if (!runner.connectNow(&error)) {
        std::fprintf(stderr, "bench_ssh_refresh: %s\n", qPrintable(error));
        return 1;
    }
    const double connectMs = t.nsecsElapsed() / 1e6;

    QList<double> ms;
    int failedSteps = 0;
    const int channelsBefore = runner.channelsOpened();
    for (int i = 0; i < n; ++i) {
        t.restart();
        const auto results = runBatch(runner, steps, 20000);
        ms.append(t.nsecsElapsed() / 1e6);
        for (const CommandResult &r : results)
            failedSteps += r.status == CommandResult::Status::Finished ? 0 : 1;
    }
    std::sort(ms.begin(), ms.end());
    const double channelsPerRefresh = double(runner.channelsOpened() - channelsBefore) / n;
    // One trivial command per channel: what the transport and sshd cost alone.
    QList<double> bare;
    Command trivial;
    trivial.argv = {"true"};
    for (int i = 0; i < n; ++i) {
        t.restart();
        runner.run(trivial);
        bare.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(bare.begin(), bare.end());
    std::printf("bench_ssh_refresh host=%s refreshes=%d steps=%lld\n", qPrintable(hostKind), n,
                static_cast<long long>(steps.size()));
    std::printf("connect_ms=%.2f\n", connectMs);
    std::printf("refresh_median_ms=%.2f refresh_min_ms=%.2f refresh_p90_ms=%.2f\n",
                ms[ms.size() / 2], ms.first(), ms[std::min<qsizetype>(ms.size() - 1, ms.size() * 9 / 10)]);
    std::printf("channels_per_refresh=%.2f unfinished_steps=%d\n", channelsPerRefresh, failedSteps);
    std::printf("single_command_median_ms=%.2f (`true`, one channel)\n", bare[bare.size() / 2]);

    // What a watched host costs: the poller keeps one shell open on the host.
    Poller poller(runner, QStringLiteral("bench"));
    poller.setPersistentShell(true);
    if (!poller.refresh()) {
        std::fprintf(stderr, "bench_ssh_refresh: persistent refresh failed: %s\n", qPrintable(poller.lastError()));
        return 1;
    }
    QList<double> kept;
    const int channelsBeforeKept = runner.channelsOpened();
    for (int i = 0; i < n; ++i) {
        t.restart();
        poller.refresh();
        kept.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(kept.begin(), kept.end());
    std::printf("poller_persistent_shell_median_ms=%.2f p90_ms=%.2f new_channels_per_refresh=%.2f (full poll plan)\n",
                kept[kept.size() / 2], kept[std::min<qsizetype>(kept.size() - 1, kept.size() * 9 / 10)],
                double(runner.channelsOpened() - channelsBeforeKept) / n);
    return 0;
}
