// The Setup page on the demo host: the guide's five steps ticked from the
// host's live state, and Do It… taking the admin through the next step: the
// host OS steps by a plan each (boot monitoring on, automatic updates off),
// applied on the demo host and then ticked; the mirror step by the add-disk
// wizard; the VMs' network by the Teaming Wizard.

#include "common/PlanDialog.h"
#include "common/PlanView.h"
#include "host/SetupPage.h"
#include "network/TeamWizard.h"
#include "shell/MainWindow.h"
#include "storage/AddDiskWizard.h"

#include <QDir>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");
} // namespace

class TestSetupPage : public QObject {
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
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
    }

    void stepsFromTheLiveHost()
    {
        SetupPage *page = m_window->setupPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->list()->topLevelItemCount(), 5);
        QCOMPARE(page->list()->topLevelItem(0)->text(0), QStringLiteral("1. Hardware"));
        // Once the host's facts are in: the supplies, UPS, libvirt, VM sizes,
        // CPU, autostart, guest tools and image storage are done; the watchdog,
        // updates, mirrors, teams and the VMs' network are not.
        QTRY_COMPARE_WITH_TIMEOUT(progress(), QStringLiteral("11 of 16 done"), kTimeoutMs);
        QCOMPARE(statusText(QStringLiteral("watchdog")).left(32), QStringLiteral("The hardware watchdog (watchdog0"));
        QCOMPARE(statusText(QStringLiteral("power")), QStringLiteral("Done"));
        // The tree's Setup node counts the same.
        QStandardItemModel *model = m_window->treeModel();
        const QModelIndexList setup = model->match(model->index(0, 0), ObjectRole, QStringLiteral("setup"), 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(setup.size(), 1);
        QCOMPARE(setup.first().siblingAtColumn(1).data().toString(), QStringLiteral("11 of 16 done"));
        QVERIFY(QDir().mkpath(QStringLiteral(FT_BUILD_DIR "/screenshots")));
        m_window->tree()->doItemsLayout();   // the view lays rows out lazily; draw them as they are
        QTest::qWait(500);   // and let pending paints land before the grab
        QVERIFY(m_window->grab().save(QStringLiteral(FT_BUILD_DIR "/screenshots/setup-page.png")));
    }

    void hostStepsByPlan()
    {
        for (const char *id : {"watchdog", "updates"}) {
            SetupPage *page = m_window->setupPage();
            QVERIFY(page->selectItem(QString::fromLatin1(id)));
            QTRY_VERIFY_WITH_TIMEOUT(page->doItButton()->isEnabled(), kTimeoutMs);
            QTest::mouseClick(page->doItButton(), Qt::LeftButton);
            QPointer<PlanDialog> dialog;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<PlanDialog *>()) != nullptr, kTimeoutMs);
            QVERIFY2(dialog->plan().ok(), qPrintable(dialog->plan().errors.join(QLatin1Char('\n'))));
            const QString shown = dialog->planView()->toPlainText();
            QVERIFY2(shown.contains(QLatin1String(std::strcmp(id, "watchdog") == 0 ? "systemctl daemon-reexec"
                                                                                     : "cmp - /etc/apt/apt.conf.d/20auto-upgrades")),
                     qPrintable(shown));
            QTRY_VERIFY_WITH_TIMEOUT(dialog->applyButton()->isEnabled(), kTimeoutMs);
            QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog, kTimeoutMs);
            // Applied, the facts are read again and the item is ticked.
            QTRY_COMPARE_WITH_TIMEOUT(statusText(QString::fromLatin1(id)), QStringLiteral("Done"), kTimeoutMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(progress(), QStringLiteral("13 of 16 done"), kTimeoutMs);
    }

    void mirrorStepOpensTheWizard()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
        SetupPage *page = m_window->setupPage();
        QVERIFY(page->selectItem(QStringLiteral("mirrors")));
        QVERIFY(page->doItButton()->isEnabled());
        QTest::mouseClick(page->doItButton(), Qt::LeftButton);
        QPointer<AddDiskWizard> wizard;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = m_window->findChild<AddDiskWizard *>()) != nullptr, kTimeoutMs);
        wizard->reject();
        delete wizard.data();
        // The VMs' network wants a team first: the Teaming Wizard.
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Group, QStringLiteral("setup")));
        QVERIFY(page->selectItem(QStringLiteral("vm-network")));
        QVERIFY(statusText(QStringLiteral("vm-network")).contains(QLatin1String("no adapter team")));
        QVERIFY(page->doItButton()->isEnabled());
        QTest::mouseClick(page->doItButton(), Qt::LeftButton);
        QPointer<TeamWizard> teams;
        QTRY_VERIFY_WITH_TIMEOUT((teams = m_window->findChild<TeamWizard *>()) != nullptr, kTimeoutMs);
        teams->reject();
        delete teams.data();
    }

    void cleanupTestCase() { m_window.reset(); }

private:
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

QTEST_MAIN(TestSetupPage)
#include "test_setup_page.moc"
