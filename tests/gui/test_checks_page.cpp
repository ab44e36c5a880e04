// The Checks page against the demo host: the host's findings in the tree (a
// Checks node counting them, the objects they concern marked), grouped by
// area on the page with their remedy, Fix… opening the console's own action
// for the finding, Show in Tree going to the object, and Check Now reading the
// host's facts again after the admin changed the host.

#include "common/PlanDialog.h"
#include "host/ChecksPage.h"
#include "shell/EventLog.h"
#include "network/TeamWizard.h"
#include "shell/MainWindow.h"
#include "storage/AddDiskWizard.h"
#include "PropertiesPane.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");
} // namespace

class TestChecksPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openStartupHosts();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) > 0, kTimeoutMs);
    }

    void treeCountsAndMarks()
    {
        // md2 is Simplex: an error; the watchdog and updates come once the
        // host's facts are read.
        QTRY_VERIFY2_WITH_TIMEOUT(state(QStringLiteral("checks")).startsWith(QLatin1String("1 error, 8 warnings")),
                                  qPrintable(state(QStringLiteral("checks"))), kTimeoutMs);
        QCOMPARE(tone(QStringLiteral("checks")), int(BadgeTone::Bad));
        // The adapters are up, and not teamed: amber, with the finding in the tooltip.
        const QModelIndex eth0 = node(NodeKind::Nic, QStringLiteral("eth0"));
        QVERIFY(eth0.isValid());
        QCOMPARE(eth0.siblingAtColumn(1).data(ToneRole).toInt(), int(BadgeTone::Warning));
        QVERIFY2(eth0.data(Qt::ToolTipRole).toString().contains(QLatin1String("WARNING: Adapter eth0 is not in a team")),
                 qPrintable(eth0.data(Qt::ToolTipRole).toString()));
        QVERIFY(node(NodeKind::Mirror, QStringLiteral("md2")).data(Qt::ToolTipRole).toString().contains(
            QLatin1String("ERROR: 1 of 2 members of md2 work (Simplex)")));
        // The host's page has the result and each finding with its remedy.
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(QStringLiteral("Result")),
                                  QStringLiteral("1 error, 8 warnings"), kTimeoutMs);
        // A Duplex mirror has nothing to say.
        QVERIFY(!node(NodeKind::Mirror, QStringLiteral("md0")).data(Qt::ToolTipRole).toString().contains(QLatin1String("WARNING")));
    }

    void pageGroupsByArea()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("checks")));
        ChecksPage *page = m_window->checksPage();
        QVERIFY(page->isVisible());
        QTreeWidget *list = page->list();
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Storage"));
        QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("Virtual machines"));
        QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("Nothing found"));
        // Worst first within an area.
        QCOMPARE(list->topLevelItem(0)->child(0)->text(0), QStringLiteral("ERROR  md2"));
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel *>() && factsNote(page).startsWith(QLatin1String("Host facts read at")),
                                 kTimeoutMs);
        QTreeWidgetItem *host = list->topLevelItem(3);
        QCOMPARE(host->childCount(), 2);
        QVERIFY(host->child(0)->text(1).contains(QLatin1String("hardware watchdog (watchdog0) is not used")));
        QVERIFY(QDir().mkpath(QStringLiteral(FT_BUILD_DIR "/screenshots")));
        m_window->tree()->doItemsLayout();   // the view lays rows out lazily; draw them as they are
        QTest::qWait(500);   // and let pending paints land before the grab
        QVERIFY(m_window->grab().save(QStringLiteral(FT_BUILD_DIR "/screenshots/checks-page.png")));
    }

    void fixOpensTheConsolesAction()
    {
        ChecksPage *page = m_window->checksPage();
        QTreeWidget *list = page->list();
        // The watchdog: a plan, previewed first.
        list->setCurrentItem(list->topLevelItem(3)->child(0));
        QVERIFY(page->fixButton()->isEnabled());
        QTest::mouseClick(page->fixButton(), Qt::LeftButton);
        QPointer<PlanDialog> plan;
        QTRY_VERIFY_WITH_TIMEOUT((plan = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QCOMPARE(plan->plan().title, QStringLiteral("Turn on boot monitoring: systemd feeds the hardware watchdog"));
        plan->reject();
        delete plan.data();
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("checks")));
        // md2 Simplex: Add Disk on md2.
        list->setCurrentItem(list->topLevelItem(0)->child(0));
        QVERIFY(page->fixButton()->isEnabled());
        QTest::mouseClick(page->fixButton(), Qt::LeftButton);
        QPointer<AddDiskWizard> wizard;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = m_window->findChild<AddDiskWizard *>()) != nullptr, kTimeoutMs);
        QVERIFY(wizard->windowTitle().contains(QLatin1String("md2")) || wizard->isVisible());
        QCOMPARE(m_window->tree()->currentIndex().data(ObjectRole).toString(), QStringLiteral("md2"));
        wizard->reject();
        QTRY_VERIFY(!wizard || !wizard->isVisible());
        delete wizard.data();

        // An adapter that is not teamed: the Teaming Wizard.
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("checks")));
        QTreeWidgetItem *network = list->topLevelItem(1);
        QVERIFY(network->childCount() >= 4);
        list->setCurrentItem(network->child(0));
        QVERIFY(page->fixButton()->isEnabled());
        QTest::mouseClick(page->fixButton(), Qt::LeftButton);
        QPointer<TeamWizard> teams;
        QTRY_VERIFY_WITH_TIMEOUT((teams = m_window->findChild<TeamWizard *>()) != nullptr, kTimeoutMs);
        teams->reject();
        delete teams.data();
    }

    void showInTreeGoesToTheObject()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("checks")));
        ChecksPage *page = m_window->checksPage();
        page->list()->setCurrentItem(page->list()->topLevelItem(0)->child(0));
        QPushButton *show = page->findChild<QPushButton *>(QStringLiteral("showFinding"));
        QVERIFY(show && show->isEnabled());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(m_window->tree()->currentIndex().data(KindRole).toInt(), int(NodeKind::Mirror));
        QCOMPARE(m_window->tree()->currentIndex().data(ObjectRole).toString(), QStringLiteral("md2"));
    }

    // The admin turns the watchdog on and updates off on the host by hand;
    // Check Now reads the facts again and both findings go.
    void checkNowReadsTheHostAgain()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("checks")));
        HostSession *session = m_window->session(kDemo);
        QVERIFY(session);
        Plan byHand;
        byHand.title = QStringLiteral("watchdog on, updates off");
        PlanStep step;
        step.title = QStringLiteral("watchdog on, updates off");
        step.command.argv = {"sh", "-c",
                             "printf '[Manager]\\nRuntimeWatchdogSec=30\\n' > "
                             "/etc/systemd/system.conf.d/ftconsole-watchdog.conf; "
                             "printf 'APT::Periodic::Unattended-Upgrade \"0\";\\n' > "
                             "/etc/apt/apt.conf.d/20auto-upgrades"};
        byHand.steps << step;
        QSignalSpy done(session, &HostSession::planFinished);
        session->applyPlan(byHand, QString());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
        QVERIFY(done.first().at(1).toBool());
        // A plan that ran may have changed what the facts say: they are read again.
        ChecksPage *page = m_window->checksPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItem(3)->text(1), QStringLiteral("Nothing found"), kTimeoutMs);
        QTest::mouseClick(page->checkNowButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->checkNowButton()->isEnabled(), kTimeoutMs);
        QCOMPARE(page->list()->topLevelItem(3)->text(1), QStringLiteral("Nothing found"));
        QTRY_VERIFY_WITH_TIMEOUT(state(QStringLiteral("checks")).startsWith(QLatin1String("1 error, 6 warnings")),
                                 kTimeoutMs);
    }

    // File ▸ Export Report: the dialog's choice of format decides the file;
    // the report holds the host, its findings and the event log's last lines.
    void exportReportWritesTheFile()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
        QAction *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportReport"));
        QVERIFY(exportAction && exportAction->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ftdemo-report"));
        bool answered = false;
        QTimer::singleShot(300, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->selectNameFilter(dialog->nameFilters().value(1));   // the web page
            dialog->selectFile(path);
            answered = true;
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
        exportAction->trigger();
        QVERIFY(answered);
        QFile html(path + QStringLiteral(".html"));
        QVERIFY2(html.open(QIODevice::ReadOnly), qPrintable(html.fileName()));
        const QByteArray text = html.readAll();
        QVERIFY(text.contains("<title>Configuration report: ftdemo</title>"));
        QVERIFY(text.contains("1 of 2 members of md2 work (Simplex)"));
        QVERIFY(text.contains("Opening demo"));   // the event log's first line for the host
    }

    // Both disks of md1 pulled: md1 is Broken, red in the tree and the log,
    // and a box stays up until the admin acknowledges it.
    void brokenMirrorAsksForAcknowledgement()
    {
        HostSession *session = m_window->session(kDemo);
        Plan pull;
        pull.title = QStringLiteral("pull both disks of md1");
        for (const char *disk : {"sdb", "sde"}) {
            PlanStep step;
            step.title = QStringLiteral("pull");
            step.command.argv = {"ftsim", "pull-disk", disk};
            pull.steps << step;
        }
        QSignalSpy done(session, &HostSession::planFinished);
        session->applyPlan(pull, QString());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
        QPointer<QMessageBox> box;
        QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(QStringLiteral("acknowledge"))) != nullptr,
                                 kTimeoutMs);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("md1")) && box->text().contains(QLatin1String("Broken")),
                 qPrintable(box->text()));
        QCOMPARE(node(NodeKind::Mirror, QStringLiteral("md1")).siblingAtColumn(1).data(ToneRole).toInt(), int(BadgeTone::Bad));
        bool logged = false;
        for (const QString &m : m_window->eventLog()->messages())
            logged = logged || (m.startsWith(QLatin1String("demo|md1|")) && m.contains(QLatin1String("Broken")));
        QVERIFY(logged);
        QTest::mouseClick(box->buttons().first(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!box, kTimeoutMs);
        QVERIFY(m_window->eventLog()->messages().last().endsWith(QLatin1String("md1: acknowledged")));
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    QModelIndex node(NodeKind kind, const QString &object) const
    {
        QStandardItemModel *model = m_window->treeModel();
        const QModelIndexList hits = model->match(model->index(0, 0), ObjectRole, object, -1,
                                                  Qt::MatchExactly | Qt::MatchRecursive);
        for (const QModelIndex &i : hits)
            if (i.data(KindRole).toInt() == int(kind))
                return i;
        return {};
    }
    QString state(const QString &group) const { return node(NodeKind::Group, group).siblingAtColumn(1).data().toString(); }
    int tone(const QString &group) const { return node(NodeKind::Group, group).siblingAtColumn(1).data(ToneRole).toInt(); }
    static QString factsNote(ChecksPage *page)
    {
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->text().startsWith(QLatin1String("Host facts")) || l->text().startsWith(QLatin1String("Reading"))
                || l->text().startsWith(QLatin1String("The host")))
                return l->text();
        return {};
    }

    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestChecksPage)
#include "test_checks_page.moc"
