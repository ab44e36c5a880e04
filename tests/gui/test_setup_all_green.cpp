// The guide from the Setup page alone, on an unconfigured demo host: every
// item's Do It… followed as an admin would (the host OS plans, the add-disk
// wizard completing md2 and its sync run to Duplex, two teams across the
// modules with the VMs' bridge over the first, the VMs' NICs moved onto it)
// until all sixteen items are done. Screenshots of the start and the end go
// to the build tree.

#include "common/PlanDialog.h"
#include "common/PlanView.h"
#include "demo/SimClock.h"
#include "host/SetupPage.h"
#include "network/TeamWizard.h"
#include "session/RunnerFactory.h"
#include "shell/MainWindow.h"
#include "storage/AddDiskWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include "Screenshots.h"

#include <QtTest>
#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kDemo = QStringLiteral("demo");
std::shared_ptr<ManualClock> g_clock;

using test::shotPath;
} // namespace

class TestSetupAllGreen : public QObject {
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
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
        QTRY_COMPARE_WITH_TIMEOUT(progress(), QStringLiteral("11 of 16 done"), kTimeoutMs);
        QVERIFY(m_window->grab().save(shotPath(QStringLiteral("setup-unconfigured.png"))));
    }

    void hostOs()
    {
        for (const char *id : {"watchdog", "updates"}) {
            doIt(QString::fromLatin1(id));
            applyPreviewed();
            QTRY_COMPARE_WITH_TIMEOUT(statusText(QString::fromLatin1(id)), QStringLiteral("Done"), kTimeoutMs);
        }
    }

    // md2 runs on sdc alone: the wizard adds sdf (module 11), the sync runs to Duplex.
    void mirrors()
    {
        doIt(QStringLiteral("mirrors"));
        QPointer<AddDiskWizard> w;
        QTRY_VERIFY_WITH_TIMEOUT((w = m_window->findChild<AddDiskWizard *>()) != nullptr, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(w->choose(QStringLiteral("sdf")), kTimeoutMs);
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->planReady(), kTimeoutMs);
        QVERIFY2(w->plan().ok(), qPrintable(w->plan().errors.join('\n')));
        w->next();
        QTest::keyClicks(w->confirmationEdit(), w->plan().confirmation);
        QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w, kTimeoutMs);
        // The demo host's clock carries the sync through.
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
        for (int i = 0; i < 200 && statusText(QStringLiteral("mirrors")) != QLatin1String("Done"); ++i) {
            g_clock->advanceSeconds(60);
            QTest::qWait(100);
        }
        QTRY_COMPARE_WITH_TIMEOUT(statusText(QStringLiteral("mirrors")), QStringLiteral("Done"), kTimeoutMs);
    }

    // Two teams across the modules (1+3, 2+4); the first carries the VMs' bridge.
    void teams()
    {
        buildTeam({QStringLiteral("eth0"), QStringLiteral("eth2")}, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectObject(kDemo, NodeKind::Team, QStringLiteral("bond0")), kTimeoutMs);
        buildTeam({QStringLiteral("eth1"), QStringLiteral("eth3")}, false);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectObject(kDemo, NodeKind::Team, QStringLiteral("bond1")), kTimeoutMs);
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
        QTRY_COMPARE_WITH_TIMEOUT(statusText(QStringLiteral("teams")), QStringLiteral("Done"), kTimeoutMs);
    }

    // The VMs still reach the network through libvirt's default network:
    // Do It moves every NIC onto the team's bridge in one plan.
    void vmNetwork()
    {
        QVERIFY(statusText(QStringLiteral("vm-network")) != QLatin1String("Done"));
        doIt(QStringLiteral("vm-network"));
        QPointer<PlanDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        const QString shown = dialog->planView()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("update-device --domain DC1")) && shown.contains(QLatin1String("--domain EX1")),
                 qPrintable(shown));
        applyPreviewed();
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
        QTRY_COMPARE_WITH_TIMEOUT(statusText(QStringLiteral("vm-network")), QStringLiteral("Done"), kTimeoutMs);
    }

    void allGreen()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
        QTRY_COMPARE_WITH_TIMEOUT(progress(), QStringLiteral("16 of 16 done"), kTimeoutMs);
        m_window->tree()->doItemsLayout();
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(shotPath(QStringLiteral("setup-all-green.png"))));
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    void doIt(const QString &id)
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
        SetupPage *page = m_window->setupPage();
        QVERIFY(page->selectItem(id));
        QTRY_VERIFY_WITH_TIMEOUT(page->doItButton()->isEnabled(), kTimeoutMs);
        QTest::mouseClick(page->doItButton(), Qt::LeftButton);
    }

    void applyPreviewed()
    {
        QPointer<PlanDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QVERIFY2(dialog->plan().ok(), qPrintable(dialog->plan().errors.join('\n')));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->applyButton()->isEnabled(), kTimeoutMs);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kTimeoutMs);
    }

    void buildTeam(const QStringList &adapters, bool forVms)
    {
        doIt(QStringLiteral("teams"));
        QPointer<TeamWizard> w;
        QTRY_VERIFY_WITH_TIMEOUT((w = m_window->findChild<TeamWizard *>()) != nullptr && w->isVisible(), kTimeoutMs);
        w->next();
        for (const QString &a : w->members())
            w->setMemberChecked(a, false);
        for (const QString &a : adapters)
            QVERIFY2(w->setMemberChecked(a, true), qPrintable(a));
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->factsReady(), kTimeoutMs);
        QCOMPARE(w->nameEdit()->text(), forVms ? QStringLiteral("bond0") : QStringLiteral("bond1"));
        w->vmBridgeBox()->setChecked(forVms);
        w->next();
        QVERIFY2(w->change().ok(), qPrintable(w->change().errors.join('\n')));
        QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w->finished(), 60000);
        QVERIFY2(w->resultText().contains(QLatin1String("The team is built")), qPrintable(w->resultText()));
        w->accept();
        delete w.data();
    }

    QString progress() const { return m_window->setupPage()->findChild<QProgressBar *>()->text(); }
    QString statusText(const QString &id) const
    {
        QTreeWidget *list = m_window->setupPage()->list();
        for (int s = 0; s < list->topLevelItemCount(); ++s)
            for (int i = 0; i < list->topLevelItem(s)->childCount(); ++i)
                if (list->topLevelItem(s)->child(i)->data(0, Qt::UserRole + 3).toString() == id)
                    return list->topLevelItem(s)->child(i)->text(1);
        return {};
    }

    std::unique_ptr<MainWindow> m_window;
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    g_clock = std::make_shared<ManualClock>(1'700'000'000'000);
    setDemoClock(g_clock);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ftconsole-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_setup_all_green"));
    TestSetupAllGreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_setup_all_green.moc"
