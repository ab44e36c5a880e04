// The host's worker: a plan that was queued while a refresh ran never starts
// once the host has been closed; every plan that ran is in the host's journal,
// which a console started later reads; a plan cancelled before its turn never
// starts.

#include "plan/OperationJournal.h"
#include "session/SessionWorker.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ftc;

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

    void aPlanCancelledBeforeItsTurnNeverStarts()
    {
        // The local machine, with a real shell. Plan A holds the host's thread
        // (it waits for a file the test creates last); plan B waits behind it
        // and is cancelled there, so it is cancelled before its turn whatever
        // the scheduling.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray gate = QFile::encodeName(dir.filePath(QStringLiteral("gate")));
        const QByteArray running = QFile::encodeName(dir.filePath(QStringLiteral("running")));
        const QByteArray b = QFile::encodeName(dir.filePath(QStringLiteral("b")));
        HostSpec spec;
        spec.kind = HostSpec::Kind::Local;
        HostSession session(spec, nullptr);
        QSignalSpy snapshots(&session, &HostSession::snapshotReady);
        QSignalSpy steps(&session, &HostSession::planStepFinished);
        QSignalSpy finished(&session, &HostSession::planFinished);
        session.start(3600 * 1000);
        QVERIFY(snapshots.wait(30000));
        Plan holdA;
        holdA.title = QStringLiteral("A holds the host");
        Command wait;
        wait.argv = {"sh", "-c", "touch " + running + "; while [ ! -e " + gate + " ]; do sleep 0.02; done"};
        holdA.steps << PlanStep{holdA.title, wait};
        Plan planB;
        planB.title = QStringLiteral("B writes");
        Command write;
        write.argv = {"touch", b};
        planB.steps << PlanStep{planB.title, write};
        const int a = session.applyPlan(holdA, QString());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QString::fromLocal8Bit(running)), 30000);
        const int idB = session.applyPlan(planB, QString());
        QCOMPARE(session.runningPlans(), (QList<int>{a, idB}));
        session.cancelPlan(idB);
        QFile(QString::fromLocal8Bit(gate)).open(QIODevice::WriteOnly);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(finished[0][0].toInt(), a);
        QVERIFY(finished[0][1].toBool());
        QCOMPARE(finished[1][0].toInt(), idB);
        QCOMPARE(finished[1][1].toBool(), false);
        QVERIFY2(finished[1][2].toString().contains(QLatin1String("nothing was changed")),
                 qPrintable(finished[1][2].toString()));
        QCOMPARE(steps.size(), 1);              // A's only step
        QVERIFY(session.runningPlans().isEmpty());
        QVERIFY(!QFile::exists(QString::fromLocal8Bit(b)));
        session.stop();
        HostSession::waitForStoppedSessions(10000);
    }

    void cancelStopsBetweenSteps()
    {
        // The local machine, with a real shell: step 1 says it runs, then waits
        // for a file this test creates only after it asked to cancel, so the
        // cancel lands while step 1 runs, whatever the scheduling.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray gate = QFile::encodeName(dir.filePath(QStringLiteral("gate")));
        const QByteArray second = QFile::encodeName(dir.filePath(QStringLiteral("second")));
        const QByteArray running = QFile::encodeName(dir.filePath(QStringLiteral("running")));
        HostSpec spec;
        spec.kind = HostSpec::Kind::Local;
        HostSession session(spec, nullptr);
        QSignalSpy snapshots(&session, &HostSession::snapshotReady);
        QSignalSpy steps(&session, &HostSession::planStepFinished);
        QSignalSpy finished(&session, &HostSession::planFinished);
        session.start(3600 * 1000);
        QVERIFY(snapshots.wait(30000));
        Plan plan;
        plan.title = QStringLiteral("Waits, then writes");
        Command wait;
        wait.argv = {"sh", "-c", "touch " + running + "; while [ ! -e " + gate + " ]; do sleep 0.02; done; echo started"};
        Command write;
        write.argv = {"touch", second};
        plan.steps << PlanStep{QStringLiteral("wait for the gate"), wait} << PlanStep{QStringLiteral("write"), write};
        const int id = session.applyPlan(plan, QString());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QString::fromLocal8Bit(running)), 30000);
        session.cancelPlan(id);
        QFile(QString::fromLocal8Bit(gate)).open(QIODevice::WriteOnly);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished[0][0].toInt(), id);
        QCOMPARE(finished[0][1].toBool(), false);
        QVERIFY2(finished[0][2].toString().contains(QLatin1String("Cancelled after step 1 of 2")),
                 qPrintable(finished[0][2].toString()));
        QCOMPARE(steps.size(), 1);
        QVERIFY(steps[0][4].toBool());
        QVERIFY(!QFile::exists(QString::fromLocal8Bit(second)));
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
