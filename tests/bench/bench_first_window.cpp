// Time to first window and first snapshot of `ftconsole --host demo`, measured by the
// program itself (FTCONSOLE_EXIT_AFTER_FIRST_SNAPSHOT=1), median of 10 runs.
// Prints numbers only; the target is under 500 ms.

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kRuns = 10;
    QList<qint64> window, snapshot;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FTCONSOLE_EXIT_AFTER_FIRST_SNAPSHOT"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The console remembers open hosts; keep the runs off the user's settings.
    QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    int failures = 0;
    for (int i = 0; i < kRuns; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FTCONSOLE_BIN), {QStringLiteral("--host"), QStringLiteral("demo")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            ++failures;
            std::fprintf(stderr, "run %d failed: %s\n", i, p.readAllStandardError().constData());
            p.kill();
            p.waitForFinished();
            continue;
        }
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.trimmed().split(' ');
            if (f.size() != 2)
                continue;
            if (f[0] == "first-window-ms")
                window << f[1].toLongLong();
            else if (f[0] == "first-snapshot-ms")
                snapshot << f[1].toLongLong();
        }
    }
    std::printf("runs %d\nfailures %d\n", kRuns, failures);
    std::printf("first-window-ms-median %lld\n", static_cast<long long>(median(window)));
    std::printf("first-snapshot-ms-median %lld\n", static_cast<long long>(median(snapshot)));
    return failures == kRuns ? 1 : 0;
}
