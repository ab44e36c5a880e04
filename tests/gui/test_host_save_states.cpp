// Save VM States When the Host Stops on the demo host: the host's properties
// say what libvirt-guests does, the Host menu's checkable action previews the
// plan that changes it, and a VM whose own choice contradicts the host shows
// as a note until the two agree.

#include "common/PlanDialog.h"
#include "common/PlanView.h"
#include "shell/MainWindow.h"
#include "PropertiesPane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");
const QString kSaveRow = QStringLiteral("Save VM state when the host stops");
} // namespace

class TestHostSaveStates : public QObject {
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

    void propertiesSayWhatTheHostDoes()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(kSaveRow),
                                  QStringLiteral("Yes (libvirt-guests default ON_SHUTDOWN=suspend, not set in "
                                                 "/etc/default/libvirt-guests)"),
                                  kTimeoutMs);
        QCOMPARE(m_window->properties()->value(QStringLiteral("libvirt-guests service")), QStringLiteral("Enabled"));
        QVERIFY(notes().isEmpty());
        QAction *a = action("saveVmStates");
        QVERIFY(a->isEnabled());
        QVERIFY(a->isCheckable());
        QVERIFY(a->isChecked());
    }

    void actionPreviewsAndAppliesThePlan()
    {
        QAction *a = action("saveVmStates");
        a->trigger();   // unchecks: shut the VMs down instead
        QPointer<PlanDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QVERIFY(dialog->plan().ok());
        const QString shown = dialog->planView()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("mv -f -T /etc/default/libvirt-guests.ftconsole-new "
                                              "/etc/default/libvirt-guests")),
                 qPrintable(shown));
        // Until the plan has run, the action shows what the host does.
        QVERIFY(a->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->applyButton()->isEnabled(), kTimeoutMs);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(kSaveRow),
                                  QStringLiteral("No, each VM is shut down (libvirt-guests ON_SHUTDOWN=shutdown, "
                                                 "/etc/default/libvirt-guests)"),
                                  kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!a->isChecked(), kTimeoutMs);
        QCOMPARE(m_window->properties()->value(QStringLiteral("Wait for each VM to shut down")), QStringLiteral("300 s"));
    }

    void contradictingVmIsANote()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Vm, QStringLiteral("DC1")));
        QAction *vmSave = action("vmSaveOnStop");
        QVERIFY(vmSave->isEnabled());
        vmSave->trigger();
        QPointer<PlanDialog> dialog;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->applyButton()->isEnabled(), kTimeoutMs);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY_WITH_TIMEOUT(vmSave->isChecked(), kTimeoutMs);

        QVERIFY(m_window->selectObject(kDemo, NodeKind::Host, kDemo));
        QTRY_COMPARE_WITH_TIMEOUT(notes().size(), 1, kTimeoutMs);
        QVERIFY2(notes().first().startsWith(QLatin1String("DC1 is set to save its state")), qPrintable(notes().first()));
        QDir().mkpath(QStringLiteral(FT_BUILD_DIR "/screenshots"));
        QVERIFY(m_window->grab().save(QStringLiteral(FT_BUILD_DIR "/screenshots/host-save-states.png")));

        // The host saves again: DC1 and the host agree, the note goes.
        action("saveVmStates")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->applyButton()->isEnabled(), kTimeoutMs);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->properties()->value(kSaveRow),
                                  QStringLiteral("Yes (libvirt-guests ON_SHUTDOWN=suspend, /etc/default/libvirt-guests)"),
                                  kTimeoutMs);
        QVERIFY(notes().isEmpty());
        QVERIFY(action("saveVmStates")->isChecked());
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    QAction *action(const char *name) const
    {
        QAction *a = m_window->findChild<QAction *>(QLatin1String(name));
        if (!a)
            qWarning("no action %s", name);
        return a;
    }

    // The bodies of the host's "save state" notes.
    QStringList notes() const
    {
        QStringList out;
        for (const PropertyRow &r : m_window->properties()->rows())
            if (r.type == PropertyRow::Type::Note && r.label == QLatin1String("Save state when the host stops"))
                out << r.value;
        return out;
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
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_host_save_states"));
    TestHostSaveStates test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_host_save_states.moc"
