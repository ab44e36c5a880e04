// The console's own path to a remote host, end to end: a real OpenSSH server on
// 127.0.0.1 with ftsim-host behind it, the poller, the mirror planner, the applier
// and a HostSession that loses and regains its host.

#include "SshdFixture.h"
#include "model/ChangeTracker.h"
#include "session/HostSession.h"
#include "model/Poller.h"
#include "storage/MirrorPlanner.h"
#include "transport/SshRunner.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ftc;

namespace {

class AcceptOnce : public SessionPrompter {
public:
    std::atomic<int> asked{0};
    HostKeyDecision confirmHostKey(const HostKeyPrompt &) override
    {
        ++asked;
        return HostKeyDecision::AcceptOnce;
    }
    std::optional<QString> askSecret(const QString &, const QString &) override { return std::nullopt; }
};

SshTarget simTarget(const test::SshdFixture &sshd)
{
    SshTarget t;
    t.user = sshd.userName();
    t.host = sshd.host();
    t.port = sshd.port();
    t.identityFile = sshd.simKeyPath();
    t.knownHostsPath = sshd.knownHostsPath();
    t.useDefaultKeys = false;
    t.useAgent = false;
    return t;
}

bool has(const QList<HostEvent> &events, const QString &text)
{
    for (const HostEvent &e : events)
        if (e.message.contains(text))
            return true;
    return false;
}

} // namespace

class WrongPassword : public SessionPrompter {
public:
    std::atomic<int> asked{0};
    HostKeyDecision confirmHostKey(const HostKeyPrompt &) override { return HostKeyDecision::Refuse; }
    std::optional<QString> askSecret(const QString &, const QString &) override
    {
        ++asked;
        return QStringLiteral("not-the-password-%1").arg(asked.load());
    }
};

class TestSshFlow : public QObject {
    Q_OBJECT
    test::SshdFixture m_sshd;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
    }

    void mirrorWorkflowThroughSsh()
    {
        SshRunner runner(simTarget(m_sshd), nullptr);
        QString error;
        QVERIFY2(runner.connectNow(&error), qPrintable(error));
        // Fast enough that a 300 GB recovery takes a few seconds of wall clock.
        Command speed;
        speed.argv = {"ftsim", "sync-speed", "40000000"};
        QVERIFY(runner.run(speed).ok());
        // md honours the host's limit as well, so the test raises it as an admin would.
        Command limit;
        limit.argv = {"tee", "/proc/sys/dev/raid/speed_limit_max"};
        limit.input = "40000000\n";
        QVERIFY(runner.run(limit).ok());

        Poller poller(runner, QStringLiteral("ssh://test"));
        ChangeTracker tracker;
        QList<HostEvent> log;
        HostSnapshotPtr s = poller.refresh();
        QVERIFY2(s, qPrintable(poller.lastError()));
        log += tracker.update(s);
        QCOMPARE(s->mirror(QStringLiteral("md2"))->state, OpState::Simplex);

        // Steady state: one refresh, one channel.
        const int before = runner.channelsOpened();
        s = poller.refresh();
        QVERIFY(s);
        QCOMPARE(runner.channelsOpened() - before, 1);

        const Plan plan = planAddToMirror(*s, QStringLiteral("md2"), QStringLiteral("sdf"));
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join('\n')));
        const ApplyResult applied = applyPlan(runner, plan, plan.confirmation);
        QVERIFY2(applied.ok, qPrintable(applied.message));

        QList<double> percents;
        QElapsedTimer t;
        t.start();
        OpState state = OpState::Syncing;
        while (state != OpState::Duplex && t.elapsed() < 60000) {
            s = poller.refresh();
            QVERIFY2(s, qPrintable(poller.lastError()));
            log += tracker.update(s);
            const Mirror *md2 = s->mirror(QStringLiteral("md2"));
            QVERIFY(md2);
            state = md2->state;
            if (state == OpState::Syncing && md2->sync) {
                percents << md2->sync->percent;
                QVERIFY(md2->sync->speedKiBs > 0);
            }
            QTest::qWait(300);
        }
        QCOMPARE(state, OpState::Duplex);
        QVERIFY2(percents.size() >= 3, qPrintable(QString::number(percents.size())));
        QVERIFY(percents.last() > percents.first());
        QVERIFY(has(log, QStringLiteral("md2: Simplex → Syncing")));
        QVERIFY(has(log, QStringLiteral("md2: Syncing → Duplex after")));
    }

    void persistentShellRefreshesWithoutNewChannels()
    {
        SshRunner runner(simTarget(m_sshd), nullptr);
        QString error;
        QVERIFY2(runner.connectNow(&error), qPrintable(error));
        Poller once(runner, QStringLiteral("ssh://test"));
        const HostSnapshotPtr reference = once.refresh();
        QVERIFY(reference);

        Poller poller(runner, QStringLiteral("ssh://test"));
        poller.setPersistentShell(true);
        HostSnapshotPtr s = poller.refresh();
        QVERIFY2(s, qPrintable(poller.lastError()));
        const int opened = runner.channelsOpened();
        for (int i = 0; i < 5; ++i) {
            s = poller.refresh();
            QVERIFY2(s, qPrintable(poller.lastError()));
            QCOMPARE(poller.roundTripsLastRefresh(), 1);
        }
        // The shell stays open: no channel per refresh at all.
        QCOMPARE(runner.channelsOpened(), opened);
        QVERIFY2(s->problems.isEmpty(), qPrintable(s->problems.value(0).message));
        QCOMPARE(s->mirrors.size(), reference->mirrors.size());
        QCOMPARE(s->vms.size(), reference->vms.size());
        QCOMPARE(s->disks.size(), reference->disks.size());
        for (const Mirror &m : reference->mirrors)
            QCOMPARE(s->mirror(m.name)->state, m.state);
    }

    void aWrongPasswordIsRefusedClearly()
    {
        test::SshdFixture sshd;
        sshd.setPasswordAuthentication(true);
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        SshTarget t = simTarget(sshd);
        t.identityFile.clear();
        WrongPassword prompter;
        SshRunner runner(t, &prompter);
        QVERIFY(!runner.connectNow(&error));
        QCOMPARE(prompter.asked.load(), 3);
        QVERIFY2(error.contains(QLatin1String("password for %1@127.0.0.1 was not accepted").arg(sshd.userName())),
                 qPrintable(error));
        QVERIFY(error.contains(QLatin1String("127.0.0.1")));
        // Nothing of what was typed reaches the message.
        QVERIFY(!error.contains(QLatin1String("not-the-password")));
        QVERIFY(!runner.isConnected());
    }

    void sessionSurvivesSshdRestart()
    {
        AcceptOnce prompter;
        HostSpec spec;
        QString error;
        QVERIFY(parseHostSpec(QStringLiteral("ssh://%1@127.0.0.1:%2").arg(m_sshd.userName()).arg(m_sshd.port()),
                              &spec, &error));
        spec.identityFile = m_sshd.simKeyPath();
        HostSession session(spec, &prompter);
        QSignalSpy snaps(&session, &HostSession::snapshotReady);
        QSignalSpy states(&session, &HostSession::stateChanged);
        session.start(300);
        QTRY_VERIFY_WITH_TIMEOUT(snaps.count() >= 2, 20000);
        QCOMPARE(session.state(), ConnectionState::Connected);
        QVERIFY(prompter.asked >= 1);

        m_sshd.stop();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Disconnected, 20000);
        bool named = false;
        for (const QList<QVariant> &args : states)
            if (args.at(0).value<ConnectionState>() == ConnectionState::Disconnected)
                named |= args.at(1).toString().contains(QLatin1String("127.0.0.1"));
        QVERIFY(named);

        QVERIFY2(m_sshd.restart(false, &error), qPrintable(error));
        const int seen = snaps.count();
        QTRY_VERIFY_WITH_TIMEOUT(snaps.count() > seen, 30000);
        QCOMPARE(session.state(), ConnectionState::Connected);
        session.stop();
    }
};

QTEST_MAIN(TestSshFlow)
#include "tst_ssh_flow.moc"
