// The mirrored-disk workflow against the demo host on a hand-moved clock: the add
// disk wizard refuses member disks, completes md2 with sdf (review lists the exact
// command, Apply waits for the serial), the live view follows the recovery to
// Duplex with a rising bar and a speed chart, the plan dialog blocks what the
// planner refuses, and the Demo menu pulls a disk.

#include "storage/AddDiskWizard.h"
#include "host/HistoryDialog.h"
#include "shell/EventLog.h"
#include "shell/MainWindow.h"
#include "common/PlanDialog.h"
#include "common/PlanView.h"
#include "PropertiesPane.h"
#include "SyncProgressWidget.h"
#include "SyncSpeedChart.h"
#include "session/RunnerFactory.h"
#include "demo/SimClock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QClipboard>
#include <QComboBox>
#include <QTableView>
#include <QLabel>
#include <QScrollArea>
#include <QtTest>
#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");
std::shared_ptr<ManualClock> g_clock;
} // namespace

class TestMirrorWorkflow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wizardRefusesDisksThatAreMembers();
    void wizardCompletesMd2WithSdf();
    void liveViewFollowsTheSyncToDuplex();
    void planDialogBlocksAndApplies();
    void demoMenuPullsADisk();
    void wizardReportsAFailedStepThenCreatesAMirror();
    void reAddBringsBackAPulledMember();
    void historyShowsWhatRanAndExports();
    void eventLogFiltersCopiesAndShowsTheObject();
    void cleanupTestCase();

private:
    QString stateOf(const QString &text) const;
    void waitForFreshSnapshots(int n = 2);
    AddDiskWizard *openWizard(NodeKind kind, const QString &object, const char *actionName);
    QAction *action(const char *name) const;
    bool logContains(const QString &text) const;
    QString shotPath(const QString &name) const;
    void runDemo(const char *menu, const QString &name, bool blank = false);

    std::unique_ptr<MainWindow> m_window;
};

QString TestMirrorWorkflow::stateOf(const QString &text) const
{
    QStandardItemModel *model = m_window->treeModel();
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, text, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchWrap);
    return hits.isEmpty() ? QString() : hits.first().siblingAtColumn(1).data().toString();
}

void TestMirrorWorkflow::waitForFreshSnapshots(int n)
{
    const int count = m_window->snapshotCount(kDemo);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) >= count + n, kTimeoutMs);
}

QAction *TestMirrorWorkflow::action(const char *name) const
{
    return m_window->findChild<QAction *>(QString::fromLatin1(name));
}

bool TestMirrorWorkflow::logContains(const QString &text) const
{
    for (const QString &line : m_window->eventLog()->messages())
        if (line.contains(text))
            return true;
    return false;
}

QString TestMirrorWorkflow::shotPath(const QString &name) const
{
    const QString dir = QStringLiteral(FT_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// Selects the object and triggers the action its context menu offers.
AddDiskWizard *TestMirrorWorkflow::openWizard(NodeKind kind, const QString &object, const char *actionName)
{
    if (!m_window->selectObject(kDemo, kind, object))
        return nullptr;
    QAction *a = action(actionName);
    if (!a || !a->isVisible() || !a->isEnabled())
        return nullptr;
    a->trigger();
    AddDiskWizard *found = nullptr;
    for (AddDiskWizard *w : m_window->findChildren<AddDiskWizard *>())
        if (w->isVisible() && w->startObject() == object)
            found = w;
    return found;
}

void TestMirrorWorkflow::initTestCase()
{
    QVERIFY(QSettings().allKeys().isEmpty());
    m_window = std::make_unique<MainWindow>();
    m_window->setRefreshInterval(150);
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openHost(kDemo));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) > 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("md2")), QStringLiteral("Simplex"), kTimeoutMs);
    QCOMPARE(stateOf(QStringLiteral("md1")), QStringLiteral("Duplex"));
    m_window->tree()->setAnimated(false);
}

void TestMirrorWorkflow::wizardRefusesDisksThatAreMembers()
{
    // sdc holds md2's only copy: adding it to md2 protects nothing, so the
    // action is not offered there; it says why instead of opening a wizard
    // that refuses after the click.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Disk, QStringLiteral("sdc")));
    QAction *a = action("addToVirtualDisk");
    QVERIFY(a);
    QVERIFY(a->isVisible());
    QVERIFY(!a->isEnabled());
    QCOMPARE(a->toolTip(), QStringLiteral("sdc is already a member of md2: choose a free disk"));
    QVERIFY(!openWizard(NodeKind::Disk, QStringLiteral("sdc"), "addToVirtualDisk"));
    // From md2, disks that cannot join are listed, greyed, with the reason.
    {
        QPointer<AddDiskWizard> w = openWizard(NodeKind::Mirror, QStringLiteral("md2"), "addDiskToMirror");
        QVERIFY(w);
        QCOMPARE(w->whyNotSelectable(QStringLiteral("sdc")), QStringLiteral("Already a member of md2"));
        QCOMPARE(w->whyNotSelectable(QStringLiteral("sda")), QStringLiteral("A member of md0"));
        QVERIFY(w->whyNotSelectable(QStringLiteral("sdf")).isEmpty());
        QVERIFY(!w->choose(QStringLiteral("sdc")));
        QCOMPARE(w->choices()->currentItem()->text(0), QStringLiteral("sdf"));
        QVERIFY(w->grab().save(shotPath(QStringLiteral("wizard-choose-disk.png"))));
        w->reject();
        QTRY_VERIFY(!w || !w->isVisible());
    }
    // On a mirror, Cancel Check waits for a check to run.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md1")));
    QVERIFY(action("startCheck")->isEnabled());
    QVERIFY(!action("cancelCheck")->isEnabled());
    QCOMPARE(action("cancelCheck")->toolTip(), QStringLiteral("md1 runs no check"));
    // With the host selected the Storage menu still opens: every action, each
    // disabled and saying what to select.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
    QMenu *storage = m_window->findChild<QMenu *>(QStringLiteral("storageMenu"));
    QVERIFY(storage);
    int shown = 0;
    for (QAction *x : storage->actions()) {
        if (x->isSeparator() || !x->isVisible())
            continue;
        ++shown;
        QVERIFY2(!x->isEnabled(), qPrintable(x->text()));
        QVERIFY2(x->toolTip().startsWith(QLatin1String("Select a")), qPrintable(x->toolTip()));
    }
    QCOMPARE(shown, 8);
}

void TestMirrorWorkflow::wizardCompletesMd2WithSdf()
{
    QPointer<AddDiskWizard> w = openWizard(NodeKind::Disk, QStringLiteral("sdf"), "addToVirtualDisk");
    QVERIFY(w);
    // md2, the Simplex one, is offered first.
    QCOMPARE(w->choices()->currentItem()->text(0), QStringLiteral("md2"));
    QVERIFY(w->grab().save(shotPath(QStringLiteral("wizard-choose.png"))));
    QVERIFY(w->choose(QStringLiteral("md2")));
    QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(AddDiskWizard::ReviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(w->planReady(), kTimeoutMs); // the disk itself is asked first
    QVERIFY2(w->plan().ok(), qPrintable(w->plan().errors.join(QLatin1Char('\n'))));
    const QString command = QStringLiteral("mdadm /dev/md2 --add /dev/sdf");
    QVERIFY(w->plan().commandLines().contains(command));
    QVERIFY(w->planView()->toPlainText().contains(command));
    // How long the copy takes, at md's limit on the demo host.
    QVERIFY2(w->syncEstimate().contains(QStringLiteral("about 25 min at md's limit of 200,000 KiB/s")),
             qPrintable(w->syncEstimate()));
    QTest::qWait(100);
    QVERIFY(w->grab().save(shotPath(QStringLiteral("wizard-review.png"))));

    QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(AddDiskWizard::ConfirmPage));
    QAbstractButton *apply = w->button(QWizard::CommitButton);
    QVERIFY(apply->isVisible());
    QVERIFY(!apply->isEnabled());
    const QString serial = w->plan().confirmation;
    QVERIFY(!serial.isEmpty());
    // The page says what it confirms, and does not give the answer away.
    QCOMPARE(w->currentPage()->title(), QStringLiteral("Confirm: ") + w->plan().title);
    QVERIFY(!w->confirmationEdit()->placeholderText().contains(serial));
    for (const QLabel *label : w->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(serial), qPrintable(label->text()));
    QTest::keyClicks(w->confirmationEdit(), QStringLiteral("WRONG"));
    QVERIFY(!apply->isEnabled());
    QCOMPARE(w->confirmationHint(), QStringLiteral("Does not match sdf yet."));
    w->confirmationEdit()->clear();
    QTest::keyClicks(w->confirmationEdit(), serial.left(serial.size() - 1).toLower());
    QVERIFY(!apply->isEnabled());
    // Small letters are as good as the label's capitals.
    QTest::keyClicks(w->confirmationEdit(), serial.right(1).toLower());
    QVERIFY(apply->isEnabled());
    QCOMPARE(w->confirmationHint(), QStringLiteral("Matches sdf: Apply runs the plan."));
    QVERIFY(w->grab().save(shotPath(QStringLiteral("wizard-confirm.png"))));
    QTest::mouseClick(apply, Qt::LeftButton);

    // Success closes the wizard and shows md2 in the live view.
    QTRY_VERIFY_WITH_TIMEOUT(!w || !w->isVisible(), kTimeoutMs);
    QCOMPARE(m_window->properties()->title(), QStringLiteral("md2"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(QStringLiteral("OpState")), QStringLiteral("Syncing"),
                              kTimeoutMs);
    QVERIFY(stateOf(QStringLiteral("md2")).startsWith(QStringLiteral("Syncing")));
    QTRY_VERIFY_WITH_TIMEOUT(logContains(QStringLiteral("md2: Simplex → Syncing")), kTimeoutMs);
    QVERIFY(logContains(QStringLiteral("Step 1 of 1 done")));
}

void TestMirrorWorkflow::liveViewFollowsTheSyncToDuplex()
{
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md2")));
    QList<double> percents;
    bool shot = false;
    for (int step = 0; step < 30; ++step) {
        g_clock->advanceSeconds(20);
        waitForFreshSnapshots(3);
        if (m_window->properties()->value(QStringLiteral("OpState")) == QLatin1String("Duplex"))
            break;
        if (step == 2) {
            // Normal priority: md's default limit, 200000 KiB/s, holds the sync back.
            const QList<QPointF> before = m_window->syncSpeedHistory(kDemo, QStringLiteral("md2"));
            QVERIFY(!before.isEmpty());
            QCOMPARE(before.last().y(), 200000.0);
            // High lifts the limit: the demo's disks then sync ten times as fast.
            QVERIFY(action("priorityHigh")->isEnabled());
            action("priorityHigh")->trigger();
            QPointer<PlanDialog> dialog = m_window->findChild<PlanDialog *>();
            QVERIFY(dialog);
            QVERIFY(dialog->planView()->toPlainText().contains(QStringLiteral("2000000")));
            QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
            QTRY_VERIFY(!dialog);
            // The console averages md's speeds over 20 s: the chart climbs towards the new one.
            g_clock->advanceSeconds(25);
            QTRY_VERIFY_WITH_TIMEOUT(m_window->syncSpeedHistory(kDemo, QStringLiteral("md2")).last().y() > 1000000.0,
                                     kTimeoutMs);
            QVERIFY(m_window->properties()->value(QStringLiteral("Resync priority")).startsWith(QStringLiteral("High")));
        }
        auto *bar = m_window->properties()->findChild<SyncProgressWidget *>();
        QVERIFY(bar);
        percents << bar->percent();
        if (percents.size() >= 2)
            QVERIFY2(percents.last() > percents[percents.size() - 2],
                     qPrintable(QStringLiteral("progress did not rise: %1 then %2")
                                    .arg(percents[percents.size() - 2]).arg(percents.last())));
        auto *chart = m_window->properties()->findChild<SyncSpeedChart *>();
        QVERIFY(chart);
        QVERIFY(chart->pointCount() >= 1);
        QVERIFY(!bar->detailText().isEmpty());
        if (!shot && bar->percent() >= 30 && bar->percent() <= 85) {
            QVERIFY(chart->pointCount() >= 2);
            QVERIFY(chart->axisMaxMiBs() > 0);
            // At the default window size the whole chart shows without scrolling.
            auto *scroll = m_window->properties()->findChild<QScrollArea *>();
            QVERIFY(scroll);
            const QRect onViewport(chart->mapTo(scroll->viewport(), QPoint(0, 0)), chart->size());
            QVERIFY2(scroll->viewport()->rect().contains(onViewport),
                     qPrintable(QStringLiteral("chart at y %1..%2, viewport %3 high")
                                    .arg(onViewport.top()).arg(onViewport.bottom()).arg(scroll->viewport()->height())));
            QVERIFY(chart->currentText().startsWith(QStringLiteral("Now: ")));
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(shotPath(QStringLiteral("sync-progress.png"))));
            shot = true;
        }
    }
    QVERIFY2(percents.size() >= 3, "the sync should take several polls");
    QVERIFY(shot);
    QCOMPARE(m_window->properties()->value(QStringLiteral("OpState")), QStringLiteral("Duplex"));
    QCOMPARE(stateOf(QStringLiteral("md2")), QStringLiteral("Duplex"));
    QTRY_VERIFY_WITH_TIMEOUT(logContains(QStringLiteral("md2: Syncing → Duplex after")), kTimeoutMs);
    // The finished sync's line stays to look at.
    QVERIFY(m_window->syncSpeedHistory(kDemo, QStringLiteral("md2")).size() >= 3);
    QVERIFY(m_window->properties()->findChild<SyncSpeedChart *>());
    QVERIFY(m_window->grab().save(shotPath(QStringLiteral("sync-done.png"))));
}

void TestMirrorWorkflow::planDialogBlocksAndApplies()
{
    // Start a consistency check on md0: no confirmation needed, Apply is enabled.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md0")));
    QVERIFY(m_window->properties()->actions().contains(action("startCheck")));
    action("startCheck")->trigger();
    QPointer<PlanDialog> dialog = m_window->findChild<PlanDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->plan().ok());
    QVERIFY(dialog->planView()->toPlainText().contains(QStringLiteral("/sys/block/md0/md/sync_action")));
    QVERIFY(!dialog->confirmationEdit());
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    // A check leaves md0 Duplex; the tree says it is checking.
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("md0")).startsWith(QStringLiteral("Duplex, checking ")), kTimeoutMs);
    QCOMPARE(m_window->properties()->value(QStringLiteral("OpState")), QStringLiteral("Duplex"));
    QVERIFY(!logContains(QStringLiteral("md0: Duplex → Syncing")));

    // Cancel it again through the same kind of dialog.
    action("cancelCheck")->trigger();
    dialog = m_window->findChild<PlanDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("md0")), QStringLiteral("Duplex"), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(logContains(QStringLiteral("md0: consistency check stopped at ")), kTimeoutMs);

    // A check that runs to its end leaves its result on the mirror's page.
    action("startCheck")->trigger();
    dialog = m_window->findChild<PlanDialog *>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("md0")).startsWith(QStringLiteral("Duplex, checking ")), kTimeoutMs);
    g_clock->advanceSeconds(3600);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("md0")), QStringLiteral("Duplex"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(QStringLiteral("Last check")),
                              QStringLiteral("No differences between the members"), kTimeoutMs);

    // Removing an in-sync member wants its name typed.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::MirrorMember, QStringLiteral("md1/sde")));
    QVERIFY(action("removeMember")->isVisible());
    action("removeMember")->trigger();
    dialog = m_window->findChild<PlanDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->plan().ok());
    QVERIFY(dialog->confirmationEdit());
    QVERIFY(!dialog->applyButton()->isEnabled());
    QTest::keyClicks(dialog->confirmationEdit(), QStringLiteral("sde"));
    QVERIFY(dialog->applyButton()->isEnabled());
    QVERIFY(dialog->grab().save(shotPath(QStringLiteral("plan-dialog.png"))));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(stateOf(QStringLiteral("md1")), QStringLiteral("Duplex"));
}

void TestMirrorWorkflow::demoMenuPullsADisk()
{
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md1")));
    QVERIFY(m_window->demoMenu()->isEnabled());
    auto *pull = m_window->demoMenu()->findChild<QMenu *>(QStringLiteral("demoPullDisk"));
    QVERIFY(pull);
    emit pull->aboutToShow();
    QAction *sde = nullptr;
    for (QAction *a : pull->actions())
        if (a->data().toString() == QLatin1String("sde"))
            sde = a;
    QVERIFY(sde);
    sde->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("md1")), QStringLiteral("Simplex"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(QStringLiteral("OpState")), QStringLiteral("Simplex"),
                              kTimeoutMs);

    // Now sdb is md1's last copy: the plan dialog refuses to remove it.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::MirrorMember, QStringLiteral("md1/sdb")));
    action("removeMember")->trigger();
    QPointer<PlanDialog> dialog = m_window->findChild<PlanDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->plan().errors.isEmpty());
    QVERIFY(!dialog->applyButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // The pulled disk can be inserted again from the same menu.
    auto *insert = m_window->demoMenu()->findChild<QMenu *>(QStringLiteral("demoInsertDisk"));
    QVERIFY(insert);
    emit insert->aboutToShow();
    bool offered = false;
    for (QAction *a : insert->actions())
        offered = offered || a->data().toString() == QLatin1String("sde");
    QVERIFY(offered);
}

void TestMirrorWorkflow::runDemo(const char *menuName, const QString &name, bool blank)
{
    auto *menu = m_window->demoMenu()->findChild<QMenu *>(QString::fromLatin1(menuName));
    QVERIFY(menu);
    emit menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == name && a->text().contains(QStringLiteral("blank")) == blank) {
            a->trigger();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 not offered in %2").arg(name, QString::fromLatin1(menuName))));
}

void TestMirrorWorkflow::wizardReportsAFailedStepThenCreatesAMirror()
{
    // A new blank disk goes where sde was.
    runDemo("demoInsertDisk", QStringLiteral("sde"), true);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("sde")), QStringLiteral("Unconfigured"), kTimeoutMs);

    QPointer<AddDiskWizard> w = openWizard(NodeKind::Disk, QStringLiteral("sde"), "addToVirtualDisk");
    QVERIFY(w);
    w->setCreateNew(true);
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    w->next();
    QTRY_VERIFY_WITH_TIMEOUT(w->planReady(), kTimeoutMs); // the disk itself is asked first
    QVERIFY2(w->plan().ok(), qPrintable(w->plan().errors.join(QLatin1Char('\n'))));
    QCOMPARE(w->targetMirror(), QStringLiteral("md3"));
    QVERIFY(w->planView()->toPlainText().contains(QStringLiteral("mdadm --create /dev/md3")));
    QVERIFY(!w->plan().warnings.isEmpty());               // Simplex until the second disk comes
    w->next();
    QTest::keyClicks(w->confirmationEdit(), w->plan().confirmation);
    QVERIFY(w->button(QWizard::CommitButton)->isEnabled());

    // Between review and Apply the disk is swapped: another disk now answers to
    // /dev/sde. The session re-reads the host and refuses before any step runs.
    const QString reviewedSerial = w->plan().confirmation;
    runDemo("demoPullDisk", QStringLiteral("sde"));
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("sde")).isEmpty(), kTimeoutMs);
    runDemo("demoInsertDisk", QStringLiteral("sde"), true);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("sde")), QStringLiteral("Unconfigured"), kTimeoutMs);
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(AddDiskWizard::ApplyPage));
    QTRY_VERIFY_WITH_TIMEOUT(w->button(QWizard::FinishButton)->isEnabled(), kTimeoutMs);
    QVERIFY(w->isVisible());
    QVERIFY2(w->resultText().contains(QStringLiteral("/dev/sde is now a different disk")), qPrintable(w->resultText()));
    QVERIFY(w->resultText().contains(reviewedSerial));
    QVERIFY(w->resultText().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(!w->stepList()->item(0)->text().contains(QStringLiteral("done")));
    QVERIFY(w->grab().save(shotPath(QStringLiteral("wizard-failed.png"))));
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!w);
    QVERIFY(stateOf(QStringLiteral("md3")).isEmpty());

    // Planned again for the disk that is there now, md3 is made and selected.
    w = openWizard(NodeKind::Disk, QStringLiteral("sde"), "addToVirtualDisk");
    QVERIFY(w);
    w->setCreateNew(true);
    w->next();
    QTRY_VERIFY_WITH_TIMEOUT(w->planReady(), kTimeoutMs);
    w->next();
    QTest::keyClicks(w->confirmationEdit(), w->plan().confirmation);
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->title(), QStringLiteral("md3"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("md3")), QStringLiteral("Simplex"), kTimeoutMs);
}

void TestMirrorWorkflow::reAddBringsBackAPulledMember()
{
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md0")));
    runDemo("demoPullDisk", QStringLiteral("sdd"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("md0")), QStringLiteral("Simplex"), kTimeoutMs);
    runDemo("demoInsertDisk", QStringLiteral("sdd"));
    QTRY_VERIFY_WITH_TIMEOUT(!stateOf(QStringLiteral("sdd")).isEmpty(), kTimeoutMs);

    // md0's page offers sdd2, which the window saw in md0 before the pull.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md0")));
    QAction *reAdd = action("reAddMenuAction");
    QVERIFY(m_window->properties()->actions().contains(reAdd));
    emit reAdd->menu()->aboutToShow();
    QAction *sdd2 = nullptr;
    for (QAction *a : reAdd->menu()->actions())
        if (a->data().toString() == QLatin1String("sdd2"))
            sdd2 = a;
    QVERIFY(sdd2);
    sdd2->trigger();
    QPointer<PlanDialog> dialog = m_window->findChild<PlanDialog *>();
    QVERIFY(dialog);
    QVERIFY2(dialog->plan().ok(), qPrintable(dialog->plan().errors.join(QLatin1Char('\n'))));
    const QString lines = dialog->plan().commandLines().join(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("/dev/md0")) && lines.contains(QStringLiteral("/dev/sdd2")), qPrintable(lines));
    QVERIFY(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("md0")) != QLatin1String("Simplex"), kTimeoutMs);
    for (int i = 0; i < 20 && stateOf(QStringLiteral("md0")) != QLatin1String("Duplex"); ++i) {
        g_clock->advanceSeconds(30);
        waitForFreshSnapshots();
    }
    QCOMPARE(stateOf(QStringLiteral("md0")), QStringLiteral("Duplex"));

    // Pulled and put back once more: the disk itself says whose it is, by the
    // array UUID on its partition, and offers the way back.
    runDemo("demoPullDisk", QStringLiteral("sdd"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("md0")), QStringLiteral("Simplex"), kTimeoutMs);
    runDemo("demoInsertDisk", QStringLiteral("sdd"));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("sdd")), QStringLiteral("Former member of md0"), kTimeoutMs);
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Disk, QStringLiteral("sdd")));
    QAction *onDisk = action("reAddDisk");
    QVERIFY(onDisk->isEnabled());
    QCOMPARE(onDisk->text(), QStringLiteral("Re-&add sdd2 to md0…"));
    QVERIFY(m_window->properties()->actions().contains(onDisk));
    QVERIFY(!action("addToVirtualDisk")->isEnabled());
    QVERIFY(action("addToVirtualDisk")->toolTip().contains(QStringLiteral("former member of md0")));
    onDisk->trigger();
    dialog = m_window->findChild<PlanDialog *>();
    QVERIFY(dialog);
    QVERIFY2(dialog->plan().commandLines().join(QLatin1Char('\n')).contains(QStringLiteral("--re-add /dev/sdd2")),
             qPrintable(dialog->plan().commandLines().join(QLatin1Char('\n'))));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("md0")) != QLatin1String("Simplex"), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("sdd")).startsWith(QStringLiteral("md0: ")), kTimeoutMs);
}

void TestMirrorWorkflow::historyShowsWhatRanAndExports()
{
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
    QAction *history = action("operationHistory");
    QVERIFY(history);
    QVERIFY(history->isEnabled());
    history->trigger();
    QPointer<HistoryDialog> dialog = m_window->findChild<HistoryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QList<OperationReport> reports = dialog->reports();
    // The plans this test applied, oldest first: md2 completed with sdf, ...,
    // the refused md3, md3 made, sdd2 re-added last.
    QVERIFY2(reports.size() >= 4, qPrintable(QString::number(reports.size())));
    const OperationReport &last = reports.last();
    QVERIFY(last.ok);
    QVERIFY2(last.steps.value(0).command.contains(QStringLiteral("mdadm")) &&
                 last.steps.value(0).command.contains(QStringLiteral("/dev/sdd2")),
             qPrintable(last.steps.value(0).command));
    QCOMPARE(last.host, kDemo);
    bool sawRefused = false;
    for (const OperationReport &r : reports)
        if (!r.ok && r.message.contains(QStringLiteral("/dev/sde is now a different disk"))) {
            sawRefused = true;
            for (const StepRecord &s : r.steps)
                QVERIFY(!s.ran);
        }
    QVERIFY(sawRefused);
    // Newest first in the list, its record shown.
    QCOMPARE(dialog->list()->topLevelItemCount(), int(reports.size()));
    QCOMPARE(dialog->list()->topLevelItem(0)->text(1), last.title);
    QVERIFY(dialog->shownText().contains(QStringLiteral("/dev/sdd2")));
    QVERIFY(dialog->grab().save(shotPath(QStringLiteral("history.png"))));

    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString error;
    QVERIFY2(dialog->exportTo(out.filePath(QStringLiteral("history.html")), &error), qPrintable(error));
    QVERIFY2(dialog->exportTo(out.filePath(QStringLiteral("history.txt")), &error), qPrintable(error));
    QFile html(out.filePath(QStringLiteral("history.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("/dev/sdd2"));
    QCOMPARE(page.count("<section>"), int(reports.size()));
    QFile text(out.filePath(QStringLiteral("history.txt")));
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(text.readAll().contains("/dev/sde is now a different disk"));
    QVERIFY(!dialog->exportTo(out.filePath(QStringLiteral("no/such/dir/h.txt")), &error));
    QVERIFY2(error.contains(QStringLiteral("no/such/dir")), qPrintable(error));
    dialog->close();
    QTRY_VERIFY(!dialog);
}

void TestMirrorWorkflow::eventLogFiltersCopiesAndShowsTheObject()
{
    EventLog *log = m_window->eventLog();
    QVERIFY(log->rowCount() > 10);
    QCOMPARE(log->shownRowCount(), log->rowCount());
    QVERIFY(log->hostFilter()->findData(kDemo) > 0);

    // Search: only rows naming md2 in their object or message.
    log->searchEdit()->setText(QStringLiteral("MD2"));
    QVERIFY(log->shownRowCount() > 0);
    QVERIFY(log->shownRowCount() < log->rowCount());
    const QStringList csv = QString::fromUtf8(log->shownCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(csv.first(), QStringLiteral("Time,Host,Object,Severity,Message"));
    QCOMPARE(csv.size() - 1, log->shownRowCount());
    for (const QString &line : csv.mid(1))
        QVERIFY2(line.contains(QStringLiteral("md2")), qPrintable(line));

    // Severity: the pulled disks made errors; "Errors only" shows just those.
    log->searchEdit()->clear();
    log->severityFilter()->setCurrentIndex(log->severityFilter()->findData(int(HostEvent::Severity::Error)));
    QVERIFY(log->shownRowCount() > 0);
    for (const QString &line : QString::fromUtf8(log->shownCsv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1))
        QVERIFY2(line.contains(QStringLiteral(",Error,")), qPrintable(line));
    log->severityFilter()->setCurrentIndex(0);

    // Copy: the selected row as tab-separated fields, on the clipboard.
    log->searchEdit()->setText(QStringLiteral("md2: Simplex → Syncing"));
    QCOMPARE(log->shownRowCount(), 1);
    log->view()->selectRow(0);
    const QStringList fields = log->selectedText().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 5);
    QCOMPARE(fields[1], kDemo);
    QCOMPARE(fields[2], QStringLiteral("md2"));
    QCOMPARE(fields[3], QStringLiteral("Information"));
    QCOMPARE(fields[4], QStringLiteral("md2: Simplex → Syncing"));
    log->copySelection();
    QCOMPARE(QGuiApplication::clipboard()->text(), log->selectedText());

    // Double-click: the window shows the event's object.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
    emit log->view()->doubleClicked(log->view()->model()->index(0, 3));
    QCOMPARE(m_window->tree()->currentIndex().data(ObjectRole).toString(), QStringLiteral("md2"));
    QCOMPARE(m_window->tree()->currentIndex().data(KindRole).toInt(), int(NodeKind::Mirror));
    log->searchEdit()->clear();
    QCOMPARE(log->shownRowCount(), log->rowCount());
    QVERIFY(log->grab().save(shotPath(QStringLiteral("event-log.png"))));
}

void TestMirrorWorkflow::cleanupTestCase()
{
    m_window.reset();
    HostSession::waitForStoppedSessions(5000);
}

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    // The operation journal (the user's data directory) starts empty too.
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    // Before any demo host opens: its sync moves only when the test says.
    g_clock = std::make_shared<ManualClock>(1'700'000'000'000);
    setDemoClock(g_clock);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ftconsole-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_mirror_workflow"));
    TestMirrorWorkflow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_mirror_workflow.moc"
