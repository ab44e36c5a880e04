// The host's worker: a plan that was queued while a refresh ran never starts
// once the host has been closed; every plan that ran is in the host's journal,
// which a console started later reads; a plan cancelled before its turn never
// starts.

#include "plan/OperationJournal.h"
#include "session/SessionWorker.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ftc;

namespace {

// A step that holds the host's thread until the test opens the gate, so a
// cancel can be made to land while it runs, whatever the scheduling. It
// tells it runs by a file of its own.
struct Gate {
    QTemporaryDir dir;

    QByteArray path(const char *name) const { return QFile::encodeName(dir.filePath(QString::fromLatin1(name))); }
    bool exists(const char *name) const { return QFile::exists(dir.filePath(QString::fromLatin1(name))); }
    // sh: says it runs, waits for the gate, then runs then (if any).
    Command holdStep(const QByteArray &then = {}) const
    {
        Command c;
        c.argv = {"sh", "-c", "touch " + path("running") + "; while [ ! -e " + path("gate") + " ]; do sleep 0.02; done"
                                  + (then.isEmpty() ? QByteArray() : "; " + then)};
        return c;
    }
    bool waitUntilHeld() const
    {
        return QTest::qWaitFor([this] { return exists("running"); }, 30000);
    }
    void open() const { QFile(dir.filePath(QStringLiteral("gate"))).open(QIODevice::WriteOnly); }
};

Command touch(const QByteArray &path)
{
    Command c;
    c.argv = {"touch", path};
    return c;
}

} // namespace

class TestSessionWorker : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

    static Plan pullDisk(const QByteArray &disk)
    {
        Plan plan;
        plan.title = QStringLiteral("Pull %1").arg(QString::fromLatin1(disk));
        Command c;
        c.argv = {"ftsim", "pull-disk", disk};
        plan.steps << PlanStep{plan.title, c};
        return plan;
    }

private slots:
    void initTestCase()
    {
        // The user's data directory (QStandardPaths reads XDG_DATA_HOME) is
        // this test's own, so the journal starts empty and is thrown away.
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        QCoreApplication::setApplicationName(QStringLiteral("ftconsole-test"));
    }

    void aPlanIsJournaledAndSurvivesARestart()
    {
        HostSpec spec;
        spec.kind = HostSpec::Kind::Demo;
        const QString journalDir = OperationJournal().directory();
        QVERIFY2(journalDir.startsWith(m_data.path()), qPrintable(journalDir));
        {
            SessionWorker worker(spec, nullptr);
            worker.start(3600 * 1000);
            QSignalSpy finished(&worker, &SessionWorker::planFinished);
            QSignalSpy journalFailed(&worker, &SessionWorker::journalFailed);
            worker.applyPlan(1, pullDisk("sdb"), QString(), CancelFlag());
            QCOMPARE(finished.size(), 1);
            QVERIFY2(finished[0][1].toBool(), qPrintable(finished[0][2].toString()));
            QCOMPARE(journalFailed.size(), 0);
        }
        // A console started later (a new journal object, nothing in memory).
        const QList<OperationReport> reports = OperationJournal().load(spec.label());
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports[0].host, spec.label());
        QCOMPARE(reports[0].title, QStringLiteral("Pull sdb"));
        QVERIFY(reports[0].ok);
        QCOMPARE(reports[0].steps.size(), 1);
        QCOMPARE(reports[0].steps[0].command, QStringLiteral("env 'LC_ALL=C' ftsim pull-disk sdb"));
        QCOMPARE(reports[0].steps[0].exitCode, 0);
    }

    // The local machine, with a real shell, open and read once.
    static bool startLocal(HostSession &session)
    {
        QSignalSpy snapshots(&session, &HostSession::snapshotReady);
        session.start(3600 * 1000);
        return snapshots.wait(30000);
    }

    void aPlanCancelledBeforeItsTurnNeverStarts()
    {
        // Plan A holds the host's thread; plan B waits behind it and is
        // cancelled there, before its turn.
        Gate gate;
        QVERIFY(gate.dir.isValid());
        HostSpec spec;
        spec.kind = HostSpec::Kind::Local;
        HostSession session(spec, nullptr);
        QSignalSpy steps(&session, &HostSession::planStepFinished);
        QSignalSpy finished(&session, &HostSession::planFinished);
        QVERIFY(startLocal(session));
        Plan holdA;
        holdA.title = QStringLiteral("A holds the host");
        holdA.steps << PlanStep{holdA.title, gate.holdStep()};
        Plan planB;
        planB.title = QStringLiteral("B writes");
        planB.steps << PlanStep{planB.title, touch(gate.path("b"))};
        const int a = session.applyPlan(holdA, QString());
        QVERIFY(gate.waitUntilHeld());
        const int idB = session.applyPlan(planB, QString());
        QCOMPARE(session.runningPlans(), (QList<int>{a, idB}));
        session.cancelPlan(idB);
        gate.open();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished[0][0].toInt(), a);
        QVERIFY(finished[0][1].toBool());
        QCOMPARE(finished[1][0].toInt(), idB);
        QCOMPARE(finished[1][1].toBool(), false);
        QVERIFY2(finished[1][2].toString().contains(QLatin1String("nothing was changed")),
                 qPrintable(finished[1][2].toString()));
        QCOMPARE(steps.size(), 1);              // A's only step
        QVERIFY(session.runningPlans().isEmpty());
        QVERIFY(!gate.exists("b"));
        session.stop();
        HostSession::waitForStoppedSessions(10000);
    }

    void cancelStopsBetweenSteps()
    {
        // Step 1 holds the host; the cancel lands while it runs.
        Gate gate;
        QVERIFY(gate.dir.isValid());
        HostSpec spec;
        spec.kind = HostSpec::Kind::Local;
        HostSession session(spec, nullptr);
        QSignalSpy steps(&session, &HostSession::planStepFinished);
        QSignalSpy finished(&session, &HostSession::planFinished);
        QVERIFY(startLocal(session));
        Plan plan;
        plan.title = QStringLiteral("Waits, then writes");
        plan.steps << PlanStep{QStringLiteral("wait for the gate"), gate.holdStep("echo started")}
                   << PlanStep{QStringLiteral("write"), touch(gate.path("second"))};
        const int id = session.applyPlan(plan, QString());
        QVERIFY(gate.waitUntilHeld());
        session.cancelPlan(id);
        gate.open();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished[0][0].toInt(), id);
        QCOMPARE(finished[0][1].toBool(), false);
        QVERIFY2(finished[0][2].toString().contains(QLatin1String("Cancelled after step 1 of 2")),
                 qPrintable(finished[0][2].toString()));
        QCOMPARE(steps.size(), 1);
        QVERIFY(steps[0][4].toBool());
        QVERIFY(!gate.exists("second"));
        const QList<OperationReport> reports = OperationJournal().load(spec.label());
        QVERIFY(!reports.isEmpty());
        const OperationReport &last = reports.last();
        QVERIFY(last.cancelled);
        QCOMPARE(last.steps.size(), 2);
        QVERIFY(last.steps[0].ok());
        QCOMPARE(last.steps[0].output, QStringLiteral("started\n"));
        QVERIFY(!last.steps[1].ran);
        session.stop();
        HostSession::waitForStoppedSessions(10000);
    }

    void aClosedHostIsNeverChanged()
    {
        HostSpec spec;
        spec.kind = HostSpec::Kind::Demo;
        SessionWorker worker(spec, nullptr);
        QSignalSpy snapshots(&worker, &SessionWorker::snapshotReady);
        worker.start(3600 * 1000);
        QCOMPARE(snapshots.size(), 1);
        // The window closes the host; the plan it queued before is still in line.
        worker.cancelFlag().cancel();
        Plan plan;
        plan.title = QStringLiteral("Pull sdf");
        Command c;
        c.argv = {"ftsim", "pull-disk", "sdf"};
        plan.steps << PlanStep{plan.title, c};
        QSignalSpy steps(&worker, &SessionWorker::planStepFinished);
        QSignalSpy finished(&worker, &SessionWorker::planFinished);
        worker.applyPlan(7, plan, QString(), CancelFlag());
        QCOMPARE(steps.size(), 0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toInt(), 7);
        QCOMPARE(finished[0][1].toBool(), false);
        QVERIFY2(finished[0][2].toString().contains(QLatin1String("closed")), qPrintable(finished[0][2].toString()));
        // Nor is it read again.
        worker.refresh();
        QCOMPARE(snapshots.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionWorker)
#include "tst_sessionworker.moc"
