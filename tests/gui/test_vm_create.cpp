// The New Virtual Machine wizard against the demo host, as an admin clicks
// through it: a taken name and memory beyond the host stop Next and say why,
// the places list each mirror and its state, a place off a Duplex mirror and
// an expanding disk warn, the review shows the plan asked of the host, and
// Create makes the VM, which appears in the tree, running. Screenshots of
// every page go to the build tree.

#include "shell/MainWindow.h"
#include "common/PlanDialog.h"
#include "common/PlanView.h"
#include "vms/VmEditDialog.h"
#include "vms/ResourcePlannerDialog.h"
#include "vms/CreateVmWizard.h"
#include "vms/VmActions.h"
#include "CpuSliders.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include "Screenshots.h"

#include <QtTest>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");

using test::shotPath;
} // namespace

class TestVmCreate : public QObject {
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

    void theWizardCreatesARunningVm()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
        QAction *create = m_window->vmActions()->createAction();
        QVERIFY(create->isEnabled());
        QPointer<CreateVmWizard> w = m_window->vmActions()->openCreateWizard();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QAbstractButton *next = w->button(QWizard::NextButton);

        // Name and memory.
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(w->nameEdit(), QStringLiteral("DC1"));
        QVERIFY(w->nameProblem()->text().contains(QLatin1String("already has a VM named DC1")));
        QVERIFY(!next->isEnabled());
        w->nameEdit()->clear();
        QTest::keyClicks(w->nameEdit(), QStringLiteral("SQL1"));
        QVERIFY(w->nameProblem()->text().isEmpty());
        QVERIFY(w->memoryText()->text().contains(QLatin1String("4608 MiB can still be given")));
        w->memorySpin()->setValue(6144);
        QVERIFY(!next->isEnabled());
        QVERIFY(w->memoryText()->text().contains(QLatin1String("will not start")));
        w->memorySpin()->setValue(2048);
        QVERIFY(next->isEnabled());
        QVERIFY(w->grab().save(shotPath(QStringLiteral("create-vm-name.png"))));
        w->next();

        // The disk: the places with their mirrors.
        QCOMPARE(w->currentId(), int(CreateVmWizard::DiskPage));
        QTRY_VERIFY_WITH_TIMEOUT(w->placesRead(), kTimeoutMs);
        QCOMPARE(w->places()->topLevelItemCount(), 2);
        QCOMPARE(w->places()->topLevelItem(0)->text(0), QStringLiteral("/var/lib/libvirt/images"));
        QCOMPARE(w->places()->topLevelItem(0)->text(1), QStringLiteral("md1"));
        QCOMPARE(w->places()->topLevelItem(0)->text(2), QStringLiteral("Duplex"));
        QCOMPARE(w->places()->topLevelItem(1)->text(2), QStringLiteral("Simplex"));
        w->places()->setCurrentItem(w->places()->topLevelItem(1));
        QCOMPARE(w->dirEdit()->text(), QStringLiteral("/srv/vm-mail"));
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("diskNote"))->text().contains(QLatin1String("not on a Duplex mirror")));
        w->places()->setCurrentItem(w->places()->topLevelItem(0));
        w->sizeSpin()->setValue(20);
        QVERIFY(w->grab().save(shotPath(QStringLiteral("create-vm-disk.png"))));
        w->next();

        // Network and CD: no team yet, so the default network.
        QCOMPARE(w->currentId(), int(CreateVmWizard::NetworkPage));
        QVERIFY(!w->bridgeRadio()->isEnabled());
        QVERIFY(w->networkRadio()->isChecked());
        QCOMPARE(w->networkCombo()->currentText(), QStringLiteral("default"));
        QTest::keyClicks(w->isoEdit(), QStringLiteral("/var/lib/libvirt/boot/debian-12.8.0-amd64-netinst.iso"));
        QVERIFY(w->grab().save(shotPath(QStringLiteral("create-vm-network.png"))));
        w->next();
        QCOMPARE(w->currentId(), int(CreateVmWizard::CpuPage));
        w->sliders()->setValues(200, 25, 100);
        w->startBox()->setChecked(true);
        QVERIFY(w->grab().save(shotPath(QStringLiteral("create-vm-cpu.png"))));
        w->next();

        // Review: the plan asked of the host.
        QCOMPARE(w->currentId(), int(CreateVmWizard::ReviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(w->planReady(), kTimeoutMs);
        QVERIFY2(w->plan().ok(), qPrintable(w->plan().errors.join('\n')));
        const QString text = w->planView()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("qemu-img create -f raw -o 'preallocation=falloc' -- /var/lib/libvirt/images/SQL1.img 20G")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("<name>SQL1</name>")));
        QVERIFY(text.contains(QLatin1String("reserve")));
        QVERIFY(w->grab().save(shotPath(QStringLiteral("create-vm-review.png"))));
        w->next();   // Create

        QTRY_VERIFY_WITH_TIMEOUT(!w, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("SQL1")), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(latestVm(QStringLiteral("SQL1")) && latestVm(QStringLiteral("SQL1"))->running(), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(latestVm(QStringLiteral("SQL1"))->cpu.reservePct, 25, kTimeoutMs);
        QVERIFY(m_window->grab().save(shotPath(QStringLiteral("create-vm-done.png"))));
    }

    // The same name again, now taken: refused on the first page.
    void aTakenNameStopsTheFirstPage()
    {
        QPointer<CreateVmWizard> w = m_window->vmActions()->openCreateWizard();
        QVERIFY(w);
        QTest::keyClicks(w->nameEdit(), QStringLiteral("sql1"));
        QVERIFY(w->nameProblem()->text().contains(QLatin1String("only in case")));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        // 8192 - 512 - 3072 - 2048: SQL1 runs now.
        QVERIFY(w->memoryText()->text().contains(QLatin1String("2560 MiB can still be given")));
        w->reject();
        QTRY_VERIFY(!w);
    }

    // Edit Configuration on the new VM: memory pending while it runs, the
    // install CD ejected, the NIC moved to a bridge, then shut down and
    // deleted with its image, the name typed.
    void editConfiguration()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("SQL1")));
        QAction *edit = m_window->vmActions()->editAction();
        QVERIFY(edit->isEnabled());
        QPointer<VmEditDialog> d = m_window->vmActions()->openEditDialog();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(d->ready(), kTimeoutMs);
        QCOMPARE(d->memorySpin()->value(), 2048);
        QVERIFY(d->mediaLabel()->text().startsWith(QLatin1String("/var/lib/libvirt/boot/debian-12.8.0-amd64-netinst.iso")));
        QVERIFY(!d->deleteButton()->isEnabled());     // it runs
        QVERIFY(d->grab().save(shotPath(QStringLiteral("edit-vm.png"))));

        d->memorySpin()->setValue(3072);
        QTest::mouseClick(d->resourcesButton(), Qt::LeftButton);
        applyPreviewed(QStringLiteral("setmaxmem --domain SQL1 --size 3072M --config"));
        QTRY_VERIFY_WITH_TIMEOUT(d->ready() && d->pendingLabel()->text().contains(QLatin1String("memory 3072 MiB (runs with 2048 MiB)")),
                                 kTimeoutMs);

        QTest::mouseClick(d->ejectButton(), Qt::LeftButton);
        applyPreviewed(QStringLiteral("change-media --domain SQL1 --path hdc --eject --live --config"));
        QTRY_VERIFY_WITH_TIMEOUT(d->ready() && d->mediaLabel()->text().startsWith(QLatin1String("Empty")), kTimeoutMs);
        QVERIFY(!d->ejectButton()->isEnabled());

        // An ISO that is not there: the preview says so and offers no Apply.
        d->isoEdit()->setText(QStringLiteral("/srv/none.iso"));
        QTest::mouseClick(d->insertButton(), Qt::LeftButton);
        QPointer<PlanDialog> bad;
        QTRY_VERIFY_WITH_TIMEOUT((bad = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QVERIFY(bad->planView()->toPlainText().contains(QLatin1String("does not exist on demo")));
        QVERIFY(!bad->applyButton()->isEnabled());
        bad->reject();
        QTRY_VERIFY(!bad);
        d->close();
        QTRY_VERIFY(!d);

        // Shut down, then deleted with its image.
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("SQL1")));
        m_window->vmActions()->trigger(VmAction::Shutdown);
        QTRY_VERIFY_WITH_TIMEOUT(latestVm(QStringLiteral("SQL1")) && !latestVm(QStringLiteral("SQL1"))->active(), kTimeoutMs);
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("SQL1")));
        d = m_window->vmActions()->openEditDialog();
        QTRY_VERIFY_WITH_TIMEOUT(d->ready(), kTimeoutMs);
        QVERIFY(d->pendingLabel()->text().isEmpty());
        QCOMPARE(d->memorySpin()->value(), 3072);     // off: the definition is what it runs with next
        QVERIFY(d->deleteButton()->isEnabled());
        d->deleteImagesBox()->setChecked(true);
        QTest::mouseClick(d->deleteButton(), Qt::LeftButton);
        QPointer<PlanDialog> del;
        QTRY_VERIFY_WITH_TIMEOUT((del = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QVERIFY(del->planView()->toPlainText().contains(QLatin1String("rm -f -- /var/lib/libvirt/images/SQL1.img")));
        QVERIFY(!del->applyButton()->isEnabled());
        QTest::keyClicks(del->confirmationEdit(), QStringLiteral("SQL1"));
        QTRY_VERIFY(del->applyButton()->isEnabled());
        QTest::mouseClick(del->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!latestVm(QStringLiteral("SQL1")), kTimeoutMs);
    }

    // The guide's tables 3 and 4 typed into the planner; a bad value refused
    // and said; the plan kept with the host; a row made into a VM.
    void resourcePlanner()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
        QPointer<ResourcePlannerDialog> d = m_window->vmActions()->openPlanner();
        QVERIFY(d);
        QCOMPARE(d->table()->rowCount(), 0);
        const struct {
            const char *name, *role, *memory, *ghz, *disk;
        } rows[] = {{"DC2", "Domain controller", "512", "0.7", "100"},
                    {"FS2", "File server", "1024", "1", "300"},
                    {"EX2", "Email server", "1536", "1.2", "300"}};
        for (int r = 0; r < 3; ++r) {
            d->addServer(PlannedServer());
            d->setCell(r, ResourcePlannerDialog::Name, QLatin1String(rows[r].name));
            d->setCell(r, ResourcePlannerDialog::Role, QLatin1String(rows[r].role));
            d->setCell(r, ResourcePlannerDialog::Memory, QLatin1String(rows[r].memory));
            d->setCell(r, ResourcePlannerDialog::Cpu, QLatin1String(rows[r].ghz));
            d->setCell(r, ResourcePlannerDialog::Disk, QLatin1String(rows[r].disk));
        }
        QVERIFY2(d->totalsLabel()->text().contains(QLatin1String("3072 MiB of memory, 700 GiB of disk, 2.9 GHz")),
                 qPrintable(d->totalsLabel()->text()));
        QVERIFY(d->totalsLabel()->text().contains(QLatin1String("room for all of them")));
        // The guide's measurement for a fourth: 40 % of 1 GiB.
        d->addServer(PlannedServer());
        d->setCell(3, ResourcePlannerDialog::Installed, QStringLiteral("1024"));
        d->setCell(3, ResourcePlannerDialog::MemoryUse, QStringLiteral("40"));
        QCOMPARE(d->table()->item(3, ResourcePlannerDialog::MinimumMemory)->text(), QStringLiteral("410 MiB"));
        d->setCell(3, ResourcePlannerDialog::MemoryUse, QStringLiteral("140"));
        QVERIFY(d->problemLabel()->text().contains(QLatin1String("\"140\" is not a number from 0 to 100")));
        QCOMPARE(d->plan().servers[3].memoryUsePct, 40.0);
        d->setCell(3, ResourcePlannerDialog::Memory, QStringLiteral("8192"));
        QVERIFY(d->totalsLabel()->text().contains(QLatin1String("MiB short")));
        QVERIFY(d->grab().save(shotPath(QStringLiteral("resource-planner.png"))));
        d->close();
        QTRY_VERIFY(!d);

        // Kept with the host: opened again, the rows are there.
        d = m_window->vmActions()->openPlanner();
        QCOMPARE(d->table()->rowCount(), 4);
        QCOMPARE(d->plan().servers[0].name, QStringLiteral("DC2"));
        d->table()->setCurrentCell(0, 0);
        QVERIFY(d->createButton()->isEnabled());
        QPointer<CreateVmWizard> w = d->createVm(0);
        QVERIFY(w);
        QCOMPARE(w->nameEdit()->text(), QStringLiteral("DC2"));
        QCOMPARE(w->memorySpin()->value(), 512);
        QCOMPARE(w->sizeSpin()->value(), 100);
        QCOMPARE(w->request().reservePct, 24);      // 0.7 GHz of a 3 GHz CPU
        w->reject();
        QTRY_VERIFY(!w);
        d->close();
    }

private:
    void applyPreviewed(const QString &command)
    {
        QPointer<PlanDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QVERIFY2(dialog->planView()->toPlainText().contains(command), qPrintable(dialog->planView()->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->applyButton()->isEnabled(), kTimeoutMs);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
    }

    const Vm *latestVm(const QString &name) const
    {
        HostSession *session = m_window->session(kDemo);
        return session && session->latest() ? session->latest()->vm(name) : nullptr;
    }

    std::unique_ptr<MainWindow> m_window;
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ftconsole-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_vm_create"));
    TestVmCreate test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_vm_create.moc"
