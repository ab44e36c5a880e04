// The Teaming Wizard against the demo host, as an admin clicks through it:
// the team types with their pictures, adapters ticked across modules (the
// rules refuse what PROSet refused), Identify Adapter, the address moving to
// the team, the plan with its host-side rollback, and the team built and
// confirmed, shown in the tree. Then a change that loses the connection is
// rolled back by the demo host and the wizard says what was restored.

#include "network/NetChangeDialog.h"
#include "network/NetworkActions.h"
#include "network/TeamWizard.h"
#include "shell/MainWindow.h"
#include "common/PlanView.h"
#include "TeamDiagram.h"
#include "demo/SimClock.h"
#include "session/RunnerFactory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include "Screenshots.h"

#include <QtTest>
#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");
std::shared_ptr<ManualClock> g_clock;

using test::shotPath;
} // namespace

class TestTeamWizard : public QObject {
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
        QTRY_VERIFY_WITH_TIMEOUT(m_window->snapshotCount(kDemo) > 0, kTimeoutMs);
    }

    void typesAndTheirPictures()
    {
        QPointer<TeamWizard> w = open(QStringLiteral("eth0"));
        QVERIFY(w);
        QCOMPARE(w->members(), QStringList{QStringLiteral("eth0")}); // the adapter selected in the tree
        QCOMPARE(w->type(), TeamType::Aft);
        QCOMPARE(w->diagram()->switches(), 1);
        QVERIFY(!w->diagram()->allActive());
        QVERIFY(says(w->diagram()->outcomes(), "The switch fails: the network is lost"));
        QVERIFY(w->grab().save(shotPath(QStringLiteral("team-wizard-type.png"))));
        w->setType(TeamType::Sft);
        QCOMPARE(w->diagram()->switches(), 2);
        QVERIFY(says(w->diagram()->outcomes(), "A switch fails: the team carries on"));
        w->setType(TeamType::Alb);
        QVERIFY(w->diagram()->allActive());
        w->setType(TeamType::Aft);
        w->reject();
        QTRY_VERIFY(!w);
    }

    void rulesOnTheMembersPage()
    {
        QPointer<TeamWizard> w = open(QStringLiteral("eth0"));
        QVERIFY(w);
        w->next();
        QCOMPARE(w->currentId(), int(TeamWizard::MembersPage));
        // One adapter is no team: Next stays off and the rule says why.
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(w->rulesLabel()->text().contains(QLatin1String("at least two adapters")));
        // Two adapters of module 10: allowed, with the guide's warning.
        QVERIFY(w->setMemberChecked(QStringLiteral("eth1"), true));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(w->rulesLabel()->text().contains(QLatin1String("All members sit in module 10")));
        // eth0 and eth2 span the modules, as the guide teams them.
        QVERIFY(w->setMemberChecked(QStringLiteral("eth1"), false));
        QVERIFY(w->setMemberChecked(QStringLiteral("eth2"), true));
        QVERIFY(!w->rulesLabel()->text().contains(QLatin1String("All members sit")));
        // SFT with three adapters is refused.
        w->back();
        w->setType(TeamType::Sft);
        w->next();
        QVERIFY(w->setMemberChecked(QStringLiteral("eth3"), true));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(w->rulesLabel()->text().contains(QLatin1String("exactly two adapters")));
        QVERIFY(w->setMemberChecked(QStringLiteral("eth3"), false));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        // The primary is one of the members.
        QCOMPARE(w->primaryBox()->count(), 3);
        // Identify Adapter answers (blinks, or says why not) without hanging.
        w->adapterList()->setCurrentItem(w->adapterList()->topLevelItem(0));
        QTest::mouseClick(w->identifyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w->identifyButton()->isEnabled(), kTimeoutMs);
        QVERIFY(!w->identifyLabel()->text().isEmpty());
        qInfo("identify: %s", qPrintable(w->identifyLabel()->text()));
        QVERIFY(w->grab().save(shotPath(QStringLiteral("team-wizard-members.png"))));
        w->reject();
        QTRY_VERIFY(!w);
    }

    void buildsAnAftTeamAcrossModules()
    {
        QPointer<TeamWizard> w = open(QStringLiteral("eth0"));
        QVERIFY(w);
        w->next();
        QVERIFY(w->setMemberChecked(QStringLiteral("eth2"), true));
        w->primaryBox()->setCurrentIndex(w->primaryBox()->findData(QStringLiteral("eth0")));
        w->next();
        QCOMPARE(w->currentId(), int(TeamWizard::SettingsPage));
        QTRY_VERIFY_WITH_TIMEOUT(w->factsReady(), kTimeoutMs);
        QCOMPARE(w->nameEdit()->text(), QStringLiteral("bond0"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(w->grab().save(shotPath(QStringLiteral("team-wizard-settings.png"))));
        w->next();
        QCOMPARE(w->currentId(), int(TeamWizard::ReviewPage));
        QVERIFY2(w->change().ok(), qPrintable(w->change().errors.join(QLatin1Char('\n'))));
        QCOMPARE(w->change().stack, NetStack::Ifupdown);
        QVERIFY(w->summaryLabel()->text().contains(QLatin1String("host arms its own rollback")));
        QVERIFY(w->summaryLabel()->text().contains(QLatin1String("Adding adapters to a team later")));
        QVERIFY(w->planView()->toPlainText().contains(QLatin1String("systemd-run")));
        QVERIFY(w->grab().save(shotPath(QStringLiteral("team-wizard-review.png"))));
        QVERIFY(w->button(QWizard::CommitButton)->isEnabled());
        QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(TeamWizard::ApplyPage));
        QTRY_VERIFY_WITH_TIMEOUT(w->finished(), 60000);
        QVERIFY2(w->resultText().contains(QLatin1String("The team is built")), qPrintable(w->resultText()));
        QVERIFY(w->grab().save(shotPath(QStringLiteral("team-wizard-done.png"))));
        w->accept();
        // The tree shows the team with its kind once the refresh after the change lands.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectObject(kDemo, NodeKind::Team, QStringLiteral("bond0")), kTimeoutMs);
        QVERIFY(m_window->grab().save(shotPath(QStringLiteral("team-built.png"))));
    }

    // The Demo menu's lost connection: the second team cuts the console off,
    // the demo host's own timer restores its network, and the wizard says
    // what the host restored.
    void lostConnectionIsRolledBackByTheHost()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Nic, QStringLiteral("eth1")));
        QAction *lose = m_window->findChild<QAction *>(QStringLiteral("demoLoseConnection"));
        QVERIFY(lose && lose->isEnabled());
        lose->trigger();
        QPointer<TeamWizard> w = open(QStringLiteral("eth1"));
        QVERIFY(w);
        w->next();
        QVERIFY(w->setMemberChecked(QStringLiteral("eth3"), true));
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->factsReady(), kTimeoutMs);
        QCOMPARE(w->nameEdit()->text(), QStringLiteral("bond1"));
        w->rollbackBox()->setValue(30);
        w->next();
        QVERIFY2(w->change().ok(), qPrintable(w->change().errors.join(QLatin1Char('\n'))));
        QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
        // The console tries to get back in; the demo host's clock moves past
        // its rollback timer meanwhile.
        QLabel *progress = w->findChild<QLabel *>(QStringLiteral("progress"));
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->text().contains(QLatin1String("Reconnecting")), 30000);
        QVERIFY(w->grab().save(shotPath(QStringLiteral("team-wizard-reconnecting.png"))));
        g_clock->advanceSeconds(31);
        QTRY_VERIFY_WITH_TIMEOUT(w->finished(), 30000);
        QVERIFY2(w->resultText().contains(QLatin1String("The team was not built")), qPrintable(w->resultText()));
        QVERIFY2(w->resultText().contains(QLatin1String("removed bond1")), qPrintable(w->resultText()));
        QVERIFY(w->grab().save(shotPath(QStringLiteral("team-wizard-rolled-back.png"))));
        w->accept();
        // The host is as it was: bond0 still there, no bond1, eth1 free.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectObject(kDemo, NodeKind::Nic, QStringLiteral("eth1")), kTimeoutMs);
        QVERIFY(!m_window->selectObject(kDemo, NodeKind::Team, QStringLiteral("bond1")));
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Team, QStringLiteral("bond0")));
    }

    // PROSet's other team actions from the tree: an adapter added from the
    // team's menu, the primary chosen and the adapter removed from the
    // member's, the team deleted; each previewed, applied and confirmed.
    void teamActionsFromTheTree()
    {
        QVERIFY(m_window->selectObject(kDemo, NodeKind::Team, QStringLiteral("bond0")));
        NetworkActions *n = m_window->networkActions();
        QVERIFY(n->addMemberMenu()->menuAction()->isVisible());
        QAction *addEth1 = nullptr;
        for (QAction *a : n->addMemberMenu()->actions())
            if (a->text().startsWith(QLatin1String("eth1")))
                addEth1 = a;
        QVERIFY(addEth1);
        addEth1->trigger();
        QVERIFY(applied(QStringLiteral("Add eth1 to team bond0")));
        QTRY_VERIFY_WITH_TIMEOUT(memberCount() == 3, kTimeoutMs);

        QVERIFY(m_window->selectObject(kDemo, NodeKind::TeamMember, QStringLiteral("bond0/eth2")));
        QVERIFY(n->makePrimaryAction()->isVisible() && n->makePrimaryAction()->isEnabled());
        n->makePrimaryAction()->trigger();
        QVERIFY(applied(QStringLiteral("Make eth2 the primary adapter of team bond0")));
        QTRY_COMPARE_WITH_TIMEOUT(team().primary, QStringLiteral("eth2"), kTimeoutMs);

        QVERIFY(m_window->selectObject(kDemo, NodeKind::TeamMember, QStringLiteral("bond0/eth1")));
        QVERIFY(n->removeMemberAction()->isEnabled());
        n->removeMemberAction()->trigger();
        QVERIFY(applied(QStringLiteral("Remove eth1 from team bond0")));
        QTRY_VERIFY_WITH_TIMEOUT(memberCount() == 2, kTimeoutMs);
        // Two members left: removing another would leave no team.
        QVERIFY(m_window->selectObject(kDemo, NodeKind::TeamMember, QStringLiteral("bond0/eth0")));
        QVERIFY(!n->removeMemberAction()->isEnabled());

        QVERIFY(m_window->selectObject(kDemo, NodeKind::Team, QStringLiteral("bond0")));
        n->deleteTeamAction()->trigger();
        QVERIFY(applied(QStringLiteral("Delete team bond0"), QStringLiteral("team-delete.png")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->selectObject(kDemo, NodeKind::Team, QStringLiteral("bond0")), kTimeoutMs);
    }

    // "Virtual machines use this team": a bridge over the team carries the
    // address, and the tree shows bridge ▸ team ▸ adapters.
    void teamForVirtualMachines()
    {
        QPointer<TeamWizard> w = open(QStringLiteral("eth0"));
        QVERIFY(w);
        w->next();
        QVERIFY(w->setMemberChecked(QStringLiteral("eth2"), true));
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->factsReady(), kTimeoutMs);
        w->vmBridgeBox()->setChecked(true);
        w->next();
        QVERIFY2(w->change().ok(), qPrintable(w->change().errors.join(QLatin1Char('\n'))));
        QVERIFY(w->summaryLabel()->text().contains(QLatin1String("Bridge br0 over bond0 carries the address")));
        QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w->finished(), 60000);
        QVERIFY2(w->resultText().contains(QLatin1String("The team is built")), qPrintable(w->resultText()));
        w->accept();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectObject(kDemo, NodeKind::Bridge, QStringLiteral("br0")), kTimeoutMs);
        HostSession *session = m_window->session(kDemo);
        QTRY_VERIFY_WITH_TIMEOUT(session->latest()->bridge(QStringLiteral("br0"))
                                     && session->latest()->bridge(QStringLiteral("br0"))->ports
                                            == QStringList{QStringLiteral("bond0")},
                                 kTimeoutMs);
        m_window->tree()->expandAll();
        QVERIFY(m_window->grab().save(shotPath(QStringLiteral("team-bridge.png"))));
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    // The change dialog that just opened: its plan ready and titled, applied,
    // confirmed, closed.
    bool applied(const QString &title, const QString &shot = {})
    {
        NetChangeDialog *d = nullptr;
        for (NetChangeDialog *c : m_window->findChildren<NetChangeDialog *>())
            if (c->isVisible())
                d = c;
        if (!d)
            return false;
        if (!QTest::qWaitFor([d] { return d->planReady(); }, kTimeoutMs))
            return false;
        if (d->change().title != title || !d->applyButton()->isEnabled()) {
            qWarning("%s: %s", qPrintable(d->change().title), qPrintable(d->change().errors.join(QLatin1Char(' '))));
            return false;
        }
        if (!shot.isEmpty())
            d->grab().save(shotPath(shot));
        QTest::mouseClick(d->applyButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([d] { return d->finished(); }, 60000) || !d->succeeded()) {
            qWarning("%s", qPrintable(d->resultText()));
            return false;
        }
        d->reject();
        return true;
    }
    Team team() const
    {
        HostSession *session = m_window->session(kDemo);
        const HostSnapshotPtr s = session ? session->latest() : HostSnapshotPtr();
        const Team *t = s ? s->team(QStringLiteral("bond0")) : nullptr;
        return t ? *t : Team();
    }
    int memberCount() const { return int(team().members.size()); }

    TeamWizard *open(const QString &adapter)
    {
        if (!m_window->selectObject(kDemo, NodeKind::Nic, adapter))
            return nullptr;
        QAction *a = m_window->networkActions()->newTeamAction();
        if (!a->isEnabled())
            return nullptr;
        a->trigger();
        for (TeamWizard *w : m_window->findChildren<TeamWizard *>())
            if (w->isVisible())
                return w;
        return nullptr;
    }
    static bool says(const QList<QPair<QString, BadgeTone>> &lines, const char *text)
    {
        for (const auto &l : lines)
            if (l.first.contains(QLatin1String(text)))
                return true;
        return false;
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
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_team_wizard"));
    TestTeamWizard test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_team_wizard.moc"
