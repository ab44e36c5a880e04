// Remote Control on the demo host, as an admin uses it: DC1's simulated
// screen shows its login prompt through the console's VNC widget, a typed
// key appears on it, Ctrl+Alt+Del reaches the guest, scale and screenshot
// work; a VM stopped under the window is said so and the screen comes back
// when it starts again; a VM that is off cannot be opened. Screenshots go
// to the build tree.

#include "shell/MainWindow.h"
#include "vms/VmActions.h"
#include "vms/VmConsoleWindow.h"
#include "VncClient.h"
#include "VncView.h"
#include "demo/DemoVncScreen.h"
#include "session/HostSession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include "Screenshots.h"

#include <QtTest>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");

using test::shotPath;

// Lit pixels in the text line row (16 pixels high) from column x on.
int litIn(const QImage &image, int row, int x = 0)
{
    int lit = 0;
    for (int y = row * 16; y < row * 16 + 16 && y < image.height(); ++y)
        for (int px = x; px < image.width(); ++px)
            if (qGray(image.pixel(px, y)) > 60)
                ++lit;
    return lit;
}

// The first column after the last lit pixel of a line.
int endOf(const QImage &image, int row)
{
    int end = 0;
    for (int y = row * 16; y < row * 16 + 16; ++y)
        for (int px = 0; px < image.width(); ++px)
            if (qGray(image.pixel(px, y)) > 60)
                end = qMax(end, px + 1);
    return end;
}
} // namespace

class TestVmConsole : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(QSettings().allKeys().isEmpty());
        m_window = std::make_unique<MainWindow>();
        m_window->setRefreshInterval(150);
        m_window->resize(1200, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openHost(kDemo));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) > 1, kTimeoutMs);
    }

    void theScreenShowsAndTakesKeys()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("DC1")));
        QAction *open = m_window->vmActions()->consoleAction();
        QVERIFY(open->isEnabled());
        QPointer<VmConsoleWindow> w = m_window->vmActions()->openConsole();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTRY_VERIFY_WITH_TIMEOUT(w->isConnected(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!w->view()->image().isNull() && litIn(w->view()->image(), 4) > 0, kTimeoutMs);
        const QImage before = w->view()->image();
        QCOMPARE(before.size(), QSize(720, 400));
        // The five lines of demoScreenLines: text on lines 0, 2 and 4, none on 1 and 3.
        QCOMPARE(demoScreenLines(QStringLiteral("DC1"), QStringLiteral("dc1")).size(), 5);
        QVERIFY(litIn(before, 0) > 0);
        QCOMPARE(litIn(before, 1), 0);
        QVERIFY(litIn(before, 2) > 0);
        QCOMPARE(litIn(before, 3), 0);
        const int promptEnd = endOf(before, 4);
        // The cursor "_" ends the prompt; a typed x goes in front of it, so the line grows.
        QTest::keyClick(w->view(), Qt::Key_X);
        QTRY_VERIFY_WITH_TIMEOUT(endOf(w->view()->image(), 4) > promptEnd, kTimeoutMs);
        QVERIFY(w->grab().save(shotPath(QStringLiteral("vm-console.png"))));
        // Return: a new prompt on line 5.
        QTest::keyClick(w->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(litIn(w->view()->image(), 5) > 0, kTimeoutMs);
        // Ctrl+Alt+Del: the guest's line 6 says it restarts, and line 7 prompts again.
        w->ctrlAltDelAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(litIn(w->view()->image(), 7) > 0, kTimeoutMs);

        // 1:1 instead of scaled: the view takes the screen's size.
        w->resize(1000, 700);
        w->scaleAction()->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(w->view()->size(), QSize(720, 400), kTimeoutMs);
        w->scaleAction()->setChecked(true);

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("dc1.png"));
        QVERIFY(w->saveScreenshot(png));
        QCOMPARE(QImage(png).size(), QSize(720, 400));
        QString error;
        QVERIFY(!w->saveScreenshot(QStringLiteral("/proc/none/dc1.png"), &error));
        QVERIFY(error.contains(QLatin1String("/proc/none/dc1.png")));

        // Opening it again brings the same window forward.
        QCOMPARE(m_window->vmActions()->openConsole(), w.data());

        // The VM stops under the window: said so; started again: the screen returns.
        HostSession *s = m_window->session(kDemo);
        QVERIFY(s);
        const Plan off = planVmAction(*s->latest(), QStringLiteral("DC1"), VmAction::TurnOff, "qemu:///system");
        m_window->runPlan(kDemo, off);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isConnected(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(w->message().contains(QLatin1String("not running")), kTimeoutMs);
        QVERIFY(w->grab().save(shotPath(QStringLiteral("vm-console-off.png"))));
        QTRY_VERIFY_WITH_TIMEOUT(s->latest()->vm(QStringLiteral("DC1")) && !s->latest()->vm(QStringLiteral("DC1"))->active(),
                                 kTimeoutMs);
        m_window->runPlan(kDemo, planVmAction(*s->latest(), QStringLiteral("DC1"), VmAction::Start, "qemu:///system"));
        QTRY_VERIFY_WITH_TIMEOUT(w->isConnected(), kTimeoutMs);
        w->close();
        QTRY_VERIFY(!w);
    }

    void aStoppedVmCannotBeOpened()
    {
        HostSession *s = m_window->session(kDemo);
        m_window->runPlan(kDemo, planVmAction(*s->latest(), QStringLiteral("FS1"), VmAction::Shutdown, "qemu:///system"));
        QTRY_VERIFY_WITH_TIMEOUT(s->latest()->vm(QStringLiteral("FS1")) && !s->latest()->vm(QStringLiteral("FS1"))->active(),
                                 kTimeoutMs);
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("FS1")));
        QVERIFY(!m_window->vmActions()->consoleAction()->isEnabled());
        QVERIFY(m_window->vmActions()->consoleAction()->toolTip().contains(QLatin1String("start it")));
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ftconsole-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_vm_console"));
    TestVmConsole test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_vm_console.moc"
