// The virtual machines area against the demo host: the Master Status page
// lists DC1, FS1 and EX1 with table 3's memory and moving CPU figures, keeps
// its rows, selection and sort through refreshes (no model reset), filters,
// runs Pause/Resume from a shortcut, asks before Turn Off (and does nothing
// when told no), and the CPU Resources dialog refuses what cannot be
// guaranteed, shows what each VM would get, and its plan lands on the host.

#include "common/PlanDialog.h"
#include "common/PlanView.h"
#include "shell/MainWindow.h"
#include "vms/VmActions.h"
#include "vms/VmCpuDialog.h"
#include "vms/VmStatusModel.h"
#include "vms/VmStatusPage.h"
#include "CpuSliders.h"
#include "PropertiesPane.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");
} // namespace

class TestVmStatus : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    const Vm *vm(const QString &name) const
    {
        HostSession *s = m_window->session(kDemo);
        return s && s->latest() ? s->latest()->vm(name) : nullptr;
    }
    QString stateOf(const QString &name) const
    {
        const Vm *v = vm(name);
        return v ? v->state : QString();
    }
    QString cell(const QString &name, int column) const
    {
        VmStatusModel *model = m_window->vmStatusPage()->model();
        const int row = model->rowOf(name);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }
    void waitForSnapshots(int n)
    {
        const int count = m_window->snapshotCount(kDemo);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) >= count + n, kTimeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSettings().allKeys().isEmpty());
        m_window = std::make_unique<MainWindow>();
        m_window->setRefreshInterval(200);
        m_window->resize(1200, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openHost(kDemo));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) > 0, kTimeoutMs);
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QLatin1String(groups::Vms)));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vmStatusPage()->isVisible(), kTimeoutMs);
    }

    void masterStatusListsTheGuidesVms()
    {
        VmStatusModel *model = m_window->vmStatusPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, kTimeoutMs);
        QCOMPARE(cell(QStringLiteral("DC1"), VmStatusModel::Memory), QStringLiteral("512.0 MiB"));
        QCOMPARE(cell(QStringLiteral("FS1"), VmStatusModel::Memory), QStringLiteral("1.0 GiB"));
        QCOMPARE(cell(QStringLiteral("EX1"), VmStatusModel::Memory), QStringLiteral("1.5 GiB"));
        QCOMPARE(cell(QStringLiteral("DC1"), VmStatusModel::State), QStringLiteral("Running"));
        // CPU % comes from cpu.time between two refreshes: known after the second.
        QTRY_VERIFY_WITH_TIMEOUT(cell(QStringLiteral("EX1"), VmStatusModel::CpuPct).endsWith(QLatin1String("%")),
                                 kTimeoutMs);
        QVERIFY(vm(QStringLiteral("EX1"))->cpuPct > 0);
        QVERIFY(m_window->vmStatusPage()->grab().save(QDir::temp().filePath(QStringLiteral("ftc-master-status.png"))));
    }

    // Master Status has a guest agent column: the guide's Virtual Machine
    // Additions, read by the checks (channel in the definition, guest-ping).
    void masterStatusSaysWhetherGuestAgentsAnswer()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QString::fromLatin1(groups::Vms)));
        VmStatusModel *model = m_window->vmStatusPage()->model();
        const int row = model->rowOf(QStringLiteral("DC1"));
        QVERIFY(row >= 0);
        QCOMPARE(model->headerData(VmStatusModel::GuestAgent, Qt::Horizontal).toString(), QStringLiteral("Guest agent"));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, VmStatusModel::GuestAgent).data().toString(), QStringLiteral("Answers"),
                                  kTimeoutMs);
    }

    void rowsAndSelectionSurviveRefreshes()
    {
        VmStatusPage *page = m_window->vmStatusPage();
        QVERIFY(page->selectVm(QStringLiteral("FS1")));
        page->table()->sortByColumn(VmStatusModel::Memory, Qt::DescendingOrder);
        const int resets = page->model()->resets();
        waitForSnapshots(3);
        QCOMPARE(page->model()->resets(), resets);
        QCOMPARE(page->currentVm(), QStringLiteral("FS1"));
        QCOMPARE(m_window->vmActions()->currentVm(), QStringLiteral("FS1"));
        // Sorted by memory, largest first.
        QCOMPARE(page->table()->model()->index(0, 0).data().toString(), QStringLiteral("EX1"));

        page->filter()->setText(QStringLiteral("dc"));
        QCOMPARE(page->table()->model()->rowCount(), 1);
        QCOMPARE(page->table()->model()->index(0, 0).data().toString(), QStringLiteral("DC1"));
        page->filter()->clear();
        QCOMPARE(page->table()->model()->rowCount(), 3);
    }

    void pauseAndResumeFromTheKeyboard()
    {
        VmStatusPage *page = m_window->vmStatusPage();
        QVERIFY(page->selectVm(QStringLiteral("FS1")));
        QVERIFY(m_window->vmActions()->action(VmAction::Pause)->isEnabled());
        QVERIFY(!m_window->vmActions()->action(VmAction::Resume)->isEnabled());
        QTest::keyClick(page->table(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("FS1")), QStringLiteral("paused"), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("FS1"), VmStatusModel::State), QStringLiteral("Paused"),
                                  kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vmActions()->action(VmAction::Resume)->isEnabled(), kTimeoutMs);
        QTest::keyClick(page->table(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("FS1")), QStringLiteral("running"), kTimeoutMs);
    }

    void turnOffAsksFirst()
    {
        VmStatusPage *page = m_window->vmStatusPage();
        QVERIFY(page->selectVm(QStringLiteral("DC1")));
        QString asked;
        m_window->vmActions()->setAsk([&asked](const QString &, const QString &text) {
            asked = text;
            return false;
        });
        m_window->vmActions()->action(VmAction::TurnOff)->trigger();
        QVERIFY(asked.contains(QLatin1String("DC1")));
        QVERIFY(asked.contains(QLatin1String("lost")));
        waitForSnapshots(2);
        QCOMPARE(stateOf(QStringLiteral("DC1")), QStringLiteral("running"));

        m_window->vmActions()->setAsk([](const QString &, const QString &) { return true; });
        m_window->vmActions()->action(VmAction::TurnOff)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("DC1")), QStringLiteral("shut off"), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->vmActions()->action(VmAction::Start)->isEnabled(), kTimeoutMs);
        m_window->vmActions()->action(VmAction::Start)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("DC1")), QStringLiteral("running"), kTimeoutMs);
    }

    void cpuDialogRefusesThenApplies()
    {
        VmStatusPage *page = m_window->vmStatusPage();
        QVERIFY(page->selectVm(QStringLiteral("EX1")));
        QPointer<VmCpuDialog> dialog = m_window->vmActions()->openCpuDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
        QCOMPARE(dialog->contention()->rowCount(), 3);
        // Two CPUs, 190 % kept for the host: a 50 % reservation does not fit.
        dialog->hostReserve()->setValue(190);
        dialog->sliders()->setValues(100, 50, 100);
        QVERIFY2(!dialog->previewButton()->isEnabled(), qPrintable(dialog->plan().errors.join(' ') + dialog->plan().title));
        QLabel *errors = dialog->findChild<QLabel *>(QStringLiteral("cpuErrors"));
        QVERIFY(errors && errors->text().contains(QLatin1String("reservations add up to 50")));
        // Maximum (per vCPU, times EX1's two) below the reservation: refused too.
        dialog->hostReserve()->setValue(20);
        dialog->sliders()->setValues(100, 50, 20);   // 2 vCPUs at 20 %: 40 % in all
        QVERIFY(!dialog->previewButton()->isEnabled());
        QVERIFY(errors->text().contains(QLatin1String("below the reservation")));
        // A reservation that fits: EX1 gets at least it under full contention.
        dialog->sliders()->setValues(200, 50, 80);
        QVERIFY(dialog->previewButton()->isEnabled());
        const CpuEntitlement *ex = nullptr;
        CpuSchedule schedule;
        planVmCpu(*m_window->session(kDemo)->latest(), VmCpuRequest{QStringLiteral("EX1"), 200, 50, 80}, 20, {},
                  &schedule);
        ex = schedule.find(QStringLiteral("EX1"));
        QVERIFY(ex && ex->entitledPct >= 50);
        QVERIFY(dialog->grab().save(QDir::temp().filePath(QStringLiteral("ftc-cpu-dialog.png"))));

        QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
        PlanDialog *preview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((preview = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QVERIFY(preview->planView()->toPlainText().contains(QLatin1String("schedinfo")));
        QTRY_VERIFY_WITH_TIMEOUT(preview->applyButton()->isEnabled(), kTimeoutMs);
        QTest::mouseClick(preview->applyButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(vm(QStringLiteral("EX1")) ? vm(QStringLiteral("EX1"))->cpu.reservePct : -1, 50,
                                  kTimeoutMs);
        QCOMPARE(vm(QStringLiteral("EX1"))->cpu.weight, 200);
        QCOMPARE(vm(QStringLiteral("EX1"))->cpu.maxPct, 80);
        QCOMPARE(vm(QStringLiteral("EX1"))->cpu.cpuShares, ex->cpuShares);
        // The others' shares moved with the sums.
        QCOMPARE(vm(QStringLiteral("DC1"))->cpu.cpuShares, schedule.find(QStringLiteral("DC1"))->cpuShares);
    }

    void vmPageTracesDisksToTheirMirrors()
    {
        // The page reads EX1's definition when it opens: vda's image is in
        // /var/lib/libvirt/images on md1 (Duplex), vdb's in /srv/vm-mail on
        // md2, which has lost its second disk (Simplex): the page says so.
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("EX1")));
        PropertiesPane *pane = m_window->properties();
        QTRY_VERIFY_WITH_TIMEOUT(pane->value(QStringLiteral("vdb is on")).contains(QLatin1String("md2")), kTimeoutMs);
        QCOMPARE(pane->value(QStringLiteral("vdb is on")), QStringLiteral("md2: Simplex"));
        // The guest tools, from the checks' reading: EX1's agent answers guest-ping.
        QTRY_COMPARE_WITH_TIMEOUT(pane->value(QStringLiteral("Guest agent")), QStringLiteral("Answers"), kTimeoutMs);
        QCOMPARE(pane->value(QStringLiteral("vda is on")), QStringLiteral("md1: Duplex"));
        QVERIFY(pane->value(QStringLiteral("vda")).startsWith(QLatin1String("/var/lib/libvirt/images/EX1.img")));
        // The CPU settings the dialog applied, said for a VM with two vCPUs: the
        // reservation is the whole VM's, the cap each vCPU's.
        QCOMPARE(pane->value(QStringLiteral("Reserved capacity")),
                 QStringLiteral("50 % of one CPU for the whole VM (25 % of the host)"));
        QCOMPARE(pane->value(QStringLiteral("Maximum capacity")),
                 QStringLiteral("80 % of one CPU for each of its 2 virtual CPUs: at most 160 % of one CPU in all "
                                "(80 % of the host)"));
        bool nic = false;
        for (const PropertyRow &r : pane->rows())
            nic = nic || (r.label.startsWith(QLatin1String("52:54:00:")) && r.value.contains(QLatin1String("network default")));
        QVERIFY(nic);
        // Its CPU and memory over time, from the same refreshes.
        waitForSnapshots(2);
        int charts = 0;
        for (const PropertyRow &r : pane->rows())
            if (r.type == PropertyRow::Type::Chart && !r.points.isEmpty())
                ++charts;
        QCOMPARE(charts, 2);
        QVERIFY(pane->grab().save(QDir::temp().filePath(QStringLiteral("ftc-vm-page.png"))));
    }

    void cleanupTestCase() { m_window.reset(); }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ftconsole-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_vm_status"));
    TestVmStatus test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_vm_status.moc"
