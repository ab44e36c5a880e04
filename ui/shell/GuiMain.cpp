#include "GuiMain.h"

#include "MainWindow.h"
#include "vms/VmStatusModel.h"
#include "vms/VmStatusPage.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace ftc {

namespace {

// Fallback when /proc is unreadable: static initialisation runs before main().
const auto g_loadTime = std::chrono::steady_clock::now();

// Milliseconds since the kernel started this process, so the bench sees the cost
// of loading libraries too, not only what happens after main().
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // Field 22 (starttime) counts after the ")" closing the command name.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        timespec now{};
        const long ticks = sysconf(_SC_CLK_TCK);
        if (fields.size() > 19 && ticks > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            const double startMs = fields.at(19).toDouble() * 1000.0 / double(ticks);
            const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
            if (nowMs >= startMs)
                return qint64(nowMs - startMs);
        }
    }
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - g_loadTime)
        .count();
}

} // namespace

void installTranslators(QCoreApplication &app)
{
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("ftconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    else
        delete ours;
    // Qt's own strings (Open/Cancel buttons, file dialogs).
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
}

int runGui(QApplication &app, const QStringList &hosts, const QString &libvirtUri)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("ftconsole"));
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("ftconsole"));
    installTranslators(app);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/ftconsole.svg")));

    const bool exitAfterFirst = qEnvironmentVariableIntValue("FTCONSOLE_EXIT_AFTER_FIRST_SNAPSHOT") == 1;
    MainWindow window;
    window.setLibvirtUriOverride(libvirtUri);
    if (exitAfterFirst) {
        QObject::connect(&window, &MainWindow::firstSnapshotShown, &app, [&app, &window] {
            std::printf("first-snapshot-ms %lld\n", static_cast<long long>(msSinceProcessStart()));
            std::fflush(stdout);
            // For documentation and translation checks: the window as first shown.
            const QString shot = qEnvironmentVariable("FTCONSOLE_SCREENSHOT");
            // The tree lays out newly expanded rows lazily; give it a moment when a
            // picture is wanted.
            QTimer::singleShot(shot.isEmpty() ? 0 : 300, &app, [shot, &window] {
                if (!shot.isEmpty() && !window.grab().save(shot))
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(shot));
                QCoreApplication::exit(0);
            });
        });
        QObject::connect(&window, &MainWindow::hostFailed, &app, [](const QString &host, const QString &message) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(host), qPrintable(message));
            QCoreApplication::exit(1);
        });
        // A host that never answers must not hang a benchmark.
        QTimer::singleShot(60000, &app, [] {
            std::fprintf(stderr, "no snapshot within 60 s\n");
            QCoreApplication::exit(2);
        });
    }

    // For benchmarks: select the first host's Virtual machines once it is read,
    // and print when the Master Status page lists this many VMs.
    const int vmList = qEnvironmentVariableIntValue("FTCONSOLE_REPORT_VM_LIST");
    if (vmList > 0) {
        auto *poll = new QTimer(&window);
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, &window, [poll, vmList, &window] {
            const QString host = window.openHosts().value(0);
            if (host.isEmpty() || window.snapshotCount(host) == 0)
                return;
            if (!window.vmStatusPage()->isVisible())
                window.selectObject(host, NodeKind::Group, QString::fromLatin1(groups::Vms));
            if (window.vmStatusPage()->model()->rowCount() >= vmList) {
                std::printf("vm-list-ms %lld\n", static_cast<long long>(msSinceProcessStart()));
                std::fflush(stdout);
                poll->stop();
            }
        });
        poll->start();
    }

    window.show();
    if (exitAfterFirst) {
        // Queued: runs once the event loop has shown (exposed) the window.
        QTimer::singleShot(0, &app, [] {
            std::printf("first-window-ms %lld\n", static_cast<long long>(msSinceProcessStart()));
            std::fflush(stdout);
        });
    }

    if (hosts.isEmpty()) {
        window.openStartupHosts();
    } else {
        for (const QString &host : hosts) {
            QString error;
            if (!window.openHost(host, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
        }
    }
    return app.exec();
}

} // namespace ftc
