// The host's worker: a plan that was queued while a refresh ran never starts
// once the host has been closed.

#include "session/SessionWorker.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ftc;

class TestSessionWorker : public QObject {
    Q_OBJECT
private slots:
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
        worker.applyPlan(7, plan, QString());
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
