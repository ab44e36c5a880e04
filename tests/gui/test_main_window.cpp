// The main window against the real demo host: the tree fills in, properties follow
// the selection, the connect dialog refuses bad addresses, a dead host does not stop
// the others, and a screenshot lands in the build tree for the README.

#include "shell/ConnectDialog.h"
#include "shell/EventLog.h"
#include "shell/HelpDialogs.h"
#include "session/HostSession.h"
#include "storage/MirrorPlanner.h"
#include "shell/MainWindow.h"
#include "host/HostActions.h"
#include "host/HostSettings.h"
#include "host/ModuleOverridesDialog.h"
#include "PropertiesPane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QAbstractButton>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QStandardItemModel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");
const QString kBad = QStringLiteral("bundle:/nonexistent");
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void treeShowsDemoHost();
    void propertiesFollowSelection();
    void treeKeepsSelectionAcrossRefresh();
    void connectDialogRejectsGarbage();
    void modulePlacementMovesADisk();
    void screenshot();
    void badHostFailsWhileDemoKeepsUpdating();
    void helpShowsTheManualAndEveryShortcut();
    void closingDuringASyncAsks();
    void cleanupTestCase();

private:
    QStandardItem *find(const QString &text) const;
    // The module node a disk sits under in the Modules branch ("" when none).
    QString moduleOf(const QString &disk) const;
    QString stateOf(const QString &text) const;

    std::unique_ptr<MainWindow> m_window;
};

QStandardItem *TestMainWindow::find(const QString &text) const
{
    QStandardItemModel *model = m_window->treeModel();
    if (model->rowCount() == 0)
        return nullptr;
    const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, text, 1,
                                              Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchWrap);
    return hits.isEmpty() ? nullptr : model->itemFromIndex(hits.first());
}

QString TestMainWindow::moduleOf(const QString &disk) const
{
    QStandardItemModel *model = m_window->treeModel();
    if (model->rowCount() == 0)
        return {};
    const QModelIndexList modules = model->match(model->index(0, 0), KindRole, int(NodeKind::Module), -1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    for (const QModelIndex &m : modules)
        for (int r = 0; r < model->rowCount(m); ++r) {
            const QModelIndex child = model->index(r, 0, m);
            if (child.data(KindRole).toInt() == int(NodeKind::Disk) && child.data(ObjectRole).toString() == disk)
                return m.data(ObjectRole).toString();
        }
    return {};
}

QString TestMainWindow::stateOf(const QString &text) const
{
    // Host rows read "label (hostname)"; find them by their host role instead.
    QStandardItem *item = nullptr;
    QStandardItemModel *model = m_window->treeModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r, 0)->data(HostRole).toString() == text)
            item = model->item(r, 0);
    if (!item)
        item = find(text);
    if (!item)
        return {};
    return item->index().siblingAtColumn(1).data().toString();
}

void TestMainWindow::initTestCase()
{
    QVERIFY(QSettings().allKeys().isEmpty());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // No saved hosts in the fresh settings: the demo host opens.
    m_window->openStartupHosts();
    QCOMPARE(m_window->openHosts(), QStringList{kDemo});
    // Recent hosts: those that answered, once they have.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->recentHosts(), QStringList{kDemo}, kTimeoutMs);
}

void TestMainWindow::treeShowsDemoHost()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) > 0, kTimeoutMs);
    for (const QString &text : {QStringLiteral("Module 10"), QStringLiteral("Module 11"), QStringLiteral("md0"),
                                QStringLiteral("md1"), QStringLiteral("md2"), QStringLiteral("DC1"),
                                QStringLiteral("FS1"), QStringLiteral("EX1"), QStringLiteral("sda"),
                                QStringLiteral("eth3")})
        QTRY_VERIFY2_WITH_TIMEOUT(find(text), qPrintable(text + QStringLiteral(" not in the tree")), kTimeoutMs);
    QCOMPARE(stateOf(QStringLiteral("md0")), QStringLiteral("Duplex"));
    QCOMPARE(stateOf(QStringLiteral("md2")), QStringLiteral("Simplex"));
    QCOMPARE(stateOf(kDemo), QStringLiteral("Connected"));
    // Disks sit under their module.
    QStandardItem *module10 = find(QStringLiteral("Module 10"));
    QVERIFY(module10->rowCount() > 0);
}

void TestMainWindow::propertiesFollowSelection()
{
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md0")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(QStringLiteral("OpState")), QStringLiteral("Duplex"),
                              kTimeoutMs);
    QCOMPARE(m_window->properties()->title(), QStringLiteral("md0"));

    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md2")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(QStringLiteral("OpState")), QStringLiteral("Simplex"),
                              kTimeoutMs);

    QVERIFY(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("DC1")));
    QCOMPARE(m_window->properties()->title(), QStringLiteral("DC1"));
    QVERIFY(!m_window->properties()->value(QStringLiteral("Virtual CPUs")).isEmpty());

    // An adapter's page says what sysfs says of it: the demo's Intel
    // adapters are e1000e with a gigabit full-duplex link.
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Nic, QStringLiteral("eth0")));
    QCOMPARE(m_window->properties()->title(), QStringLiteral("eth0"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(QStringLiteral("Driver")), QStringLiteral("e1000e"),
                              kTimeoutMs);
    QCOMPARE(m_window->properties()->value(QStringLiteral("Speed")), QStringLiteral("1000 Mb/s"));
    QCOMPARE(m_window->properties()->value(QStringLiteral("Duplex")), QStringLiteral("Full"));

    QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
    QCOMPARE(m_window->properties()->value(QStringLiteral("Connection")), QStringLiteral("Connected"));
    QVERIFY(!m_window->properties()->value(QStringLiteral("Memory")).isEmpty());
}

void TestMainWindow::treeKeepsSelectionAcrossRefresh()
{
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md1")));
    QStandardItem *before = find(QStringLiteral("md1"));
    QVERIFY(before);
    QVERIFY(m_window->tree()->isExpanded(before->parent()->index()));
    const int count = m_window->snapshotCount(kDemo);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) >= count + 2, kTimeoutMs);
    QCOMPARE(find(QStringLiteral("md1")), before);
    QCOMPARE(m_window->tree()->currentIndex(), before->index());
    QVERIFY(m_window->tree()->isExpanded(before->parent()->index()));
    QCOMPARE(m_window->properties()->title(), QStringLiteral("md1"));
}

void TestMainWindow::modulePlacementMovesADisk()
{
    // The demo's sdf hangs off PCI root 11; the admin says it sits in module 10.
    QTRY_COMPARE_WITH_TIMEOUT(moduleOf(QStringLiteral("sdf")), QStringLiteral("11"), kTimeoutMs);
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
    QAction *placement = m_window->findChild<QAction *>(QStringLiteral("modulePlacement"));
    QVERIFY(placement);
    QVERIFY(placement->isEnabled());
    placement->trigger();
    QPointer<ModuleOverridesDialog> dialog = m_window->findChild<ModuleOverridesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QComboBox *sdf = dialog->choiceFor(QStringLiteral("sdf"));
    QVERIFY(sdf);
    QCOMPARE(sdf->currentData().toString(), QString());   // Automatic
    QVERIFY(dialog->choiceFor(QStringLiteral("eth0")));   // adapters too
    sdf->setCurrentIndex(sdf->findData(QStringLiteral("10")));
    QVERIFY(dialog->grab().save(QStringLiteral(FT_BUILD_DIR "/screenshots/module-placement.png")));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(moduleOf(QStringLiteral("sdf")), QStringLiteral("10"), kTimeoutMs);
    QCOMPARE(moduleOf(QStringLiteral("sde")), QStringLiteral("11"));
    // Saved with the host's settings, by the disk's serial.
    const QMap<QString, QString> saved = loadModuleOverrides(kDemo);
    QCOMPARE(saved.size(), 1);
    QVERIFY2(saved.firstKey().startsWith(QLatin1String("serial:")), qPrintable(saved.firstKey()));
    QCOMPARE(saved.first(), QStringLiteral("10"));
    QTRY_VERIFY(!dialog);

    // Opened again, the dialog shows the choice; back to Automatic, sdf returns.
    placement->trigger();
    dialog = m_window->findChild<ModuleOverridesDialog *>();
    QVERIFY(dialog);
    sdf = dialog->choiceFor(QStringLiteral("sdf"));
    QCOMPARE(sdf->currentData().toString(), QStringLiteral("10"));
    sdf->setCurrentIndex(0);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(moduleOf(QStringLiteral("sdf")), QStringLiteral("11"), kTimeoutMs);
    QVERIFY(loadModuleOverrides(kDemo).isEmpty());
}

void TestMainWindow::connectDialogRejectsGarbage()
{
    ConnectDialog dialog({kDemo});
    dialog.setHostText(QStringLiteral("ssh://user@:notaport/x"));
    QVERIFY(!dialog.validate());
    QVERIFY(!dialog.errorText().isEmpty());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error);
    QVERIFY(!error->isHidden());
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());                         // still open, not accepted
    QVERIFY(QDir().mkpath(QStringLiteral(FT_BUILD_DIR "/screenshots")));
    QVERIFY(dialog.grab().save(QStringLiteral(FT_BUILD_DIR "/screenshots/connect-dialog-error.png")));

    // Fixing the address clears the message as one types.
    dialog.findChild<QLineEdit *>(QStringLiteral("sshAddress"))->setText(QStringLiteral("root@host.example:2222"));
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(dialog.validate());
    QCOMPARE(dialog.spec().kind, HostSpec::Kind::Ssh);
    QCOMPARE(dialog.spec().port, 2222);
    QCOMPARE(dialog.spec().user, QStringLiteral("root"));

    dialog.setHostText(QStringLiteral("bundle:"));
    QVERIFY(!dialog.validate());
    dialog.setHostText(kDemo);
    QVERIFY(dialog.validate());
    QCOMPARE(dialog.spec().kind, HostSpec::Kind::Demo);
}

void TestMainWindow::screenshot()
{
    QVERIFY(m_window->selectObject(kDemo, NodeKind::Mirror, QStringLiteral("md0")));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(QStringLiteral("OpState")), QStringLiteral("Duplex"),
                              kTimeoutMs);
    // Show a little more than the first-look expansion: a module and the VMs.
    for (const QString &text : {QStringLiteral("Module 10"), QStringLiteral("Virtual machines")})
        m_window->tree()->expand(find(text)->index());
    m_window->tree()->setAnimated(false);   // no half-drawn expansion in the picture
    QTest::qWait(300);                        // let the dock and splitter settle
    const QString dir = QStringLiteral(FT_BUILD_DIR "/screenshots");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/main-window.png");
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(path));
    QVERIFY(QImage(path).width() >= 1000);
}

void TestMainWindow::badHostFailsWhileDemoKeepsUpdating()
{
    QVERIFY(m_window->openHost(kBad));
    QCOMPARE(m_window->openHosts().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(kBad), QStringLiteral("Failed"), kTimeoutMs);

    // The event log names the host.
    bool logged = false;
    for (const QString &line : m_window->eventLog()->messages())
        if (line.startsWith(kBad + QLatin1Char('|')) && !line.contains(QStringLiteral("Opening")))
            logged = true;
    QVERIFY(logged);

    QVERIFY(m_window->selectObject(kBad, NodeKind::Host, kBad));
    QCOMPARE(m_window->properties()->value(QStringLiteral("Connection")), QStringLiteral("Failed"));
    bool noted = false;
    for (const PropertyRow &row : m_window->properties()->rows())
        if (row.type == PropertyRow::Type::Note && row.label.contains(kBad) && !row.value.isEmpty())
            noted = true;
    QVERIFY(noted);
    QVERIFY(m_window->grab().save(QStringLiteral(FT_BUILD_DIR "/screenshots/failed-host.png")));

    const int count = m_window->snapshotCount(kDemo);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) >= count + 2, kTimeoutMs);
    QCOMPARE(stateOf(kDemo), QStringLiteral("Connected"));

    // An address that never answered is not kept among Recent hosts.
    QVERIFY(!m_window->recentHosts().contains(kBad));
    // Refresh Now on a failed host is its Retry: opened again, failing again.
    QVERIFY(m_window->selectObject(kBad, NodeKind::Host, kBad));
    QAction *refresh = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
            refresh = a;
    QVERIFY(refresh && refresh->isEnabled());
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->eventLog()->messages().contains(kBad + QStringLiteral("||Retrying ") + kBad),
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(kBad), QStringLiteral("Failed"), kTimeoutMs);
    QCOMPARE(m_window->openHosts().size(), 2);

    m_window->closeHost(kBad);
    QCOMPARE(m_window->openHosts(), QStringList{kDemo});
    QVERIFY(stateOf(kBad).isEmpty());
}

void TestMainWindow::helpShowsTheManualAndEveryShortcut()
{
    QAction *manual = m_window->findChild<QAction *>(QStringLiteral("helpManual"));
    QVERIFY(manual);
    QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
    manual->trigger();
    QPointer<ManualDialog> dialog = m_window->findChild<ManualDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    const QString text = dialog->text()->toPlainText();
    for (const char *step : {"1. Hardware", "2. Host operating system", "3. Server hardware", "4. Hypervisor",
                             "5. Virtual machines"})
        QVERIFY2(text.contains(QLatin1String(step)), step);
    QVERIFY(text.contains(QStringLiteral("Storage ▸ Add Disk…")));
    dialog->close();
    QTRY_VERIFY(!dialog);

    m_window->findChild<QAction *>(QStringLiteral("helpShortcuts"))->trigger();
    QPointer<ShortcutsDialog> keys = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(keys && keys->isVisible());
    QMap<QString, QString> listed;
    for (int r = 0; r < keys->table()->rowCount(); ++r)
        listed.insert(keys->table()->item(r, 0)->text(), keys->table()->item(r, 1)->text());
    // Every action of the window that has a shortcut is listed with it.
    for (const QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        const QString name = ShortcutsDialog::plainText(a->text());
        bool found = false;
        for (auto it = listed.cbegin(); it != listed.cend(); ++it)
            found = found || ((it.key() == name || it.key().endsWith(QStringLiteral(" ▸ ") + name))
                              && it.value() == a->shortcut().toString(QKeySequence::NativeText));
        QVERIFY2(found, qPrintable(name));
    }
    QCOMPARE(listed.value(QStringLiteral("File ▸ Open Host")), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    QCOMPARE(listed.value(QStringLiteral("File ▸ Export Report")), QStringLiteral("Ctrl+E"));
    QCOMPARE(listed.value(QStringLiteral("Virtual Machine ▸ Pause")), QStringLiteral("Ctrl+Shift+P"));
    QVERIFY(keys->grab().save(QStringLiteral(FT_BUILD_DIR "/screenshots/shortcuts.png")));
    keys->close();
}

void TestMainWindow::closingDuringASyncAsks()
{
    // A consistency check of md0 runs for minutes on the demo's disks.
    HostSession *session = m_window->session(kDemo);
    QVERIFY(session && session->latest());
    session->applyPlan(planStartCheck(*session->latest(), QStringLiteral("md0")), QString());
    QTRY_VERIFY_WITH_TIMEOUT(session->latest()->mirror(QStringLiteral("md0"))->sync.has_value(), kTimeoutMs);
    const auto answer = [this](const QString &button) {
        QTimer::singleShot(0, this, [this, button] {
            for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
                if (box->objectName() == QLatin1String("confirmLeavingSync") && box->isVisible())
                    for (QAbstractButton *b : box->buttons())
                        if (b->text() == button) {
                            QVERIFY(box->text().contains(QStringLiteral("md0 on demo")));
                            b->click();
                        }
        });
    };
    answer(QStringLiteral("Keep Open"));
    m_window->closeHost(kDemo);
    QCOMPARE(m_window->openHosts(), QStringList{kDemo});
    answer(QStringLiteral("Close Anyway"));
    m_window->closeHost(kDemo);
    QVERIFY(m_window->openHosts().isEmpty());
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
}

int main(int argc, char **argv)
{
    // Keep the user's settings untouched and start from none: a private config
    // directory (test mode would share ~/.qttest between runs).
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ftconsole-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_main_window"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_main_window.moc"
