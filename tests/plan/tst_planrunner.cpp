// The plan runner on a real local shell: the report of every step as it ran,
// a failed step stopping the plan, cancel between steps, host terminal codes
// kept out of the record.

#include "plan/Plan.h"
#include "transport/LocalRunner.h"

#include <QtTest>

using namespace ftc;

namespace {

PlanStep shStep(const QString &title, const QByteArray &script, bool privileged = false)
{
    PlanStep s;
    s.title = title;
    s.command.argv = {"sh", "-c", script};
    s.command.privileged = privileged;
    return s;
}

// A session that is not root, whatever this test runs as.
class NonRootRunner : public LocalRunner {
public:
    bool needsSudo() const override { return true; }
};

} // namespace

class TestPlanRunner : public QObject {
    Q_OBJECT
private slots:
    void reportOfSuccessfulPlan();
    void failedStepStopsAndIsRecorded();
    void cancelBetweenSteps();
    void cancelBeforeFirstStep();
    void blockedPlanLeavesReport();
    void sudoIsInTheRecordedCommand();
    void terminalCodesAreNotKept();
};

void TestPlanRunner::reportOfSuccessfulPlan()
{
    LocalRunner runner;
    Plan plan;
    plan.title = QStringLiteral("Two steps");
    plan.steps << shStep(QStringLiteral("first"), "echo one") << shStep(QStringLiteral("second"), "echo two >&2");
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const ApplyResult r = applyPlan(runner, plan, QString());
    QVERIFY2(r.ok, qPrintable(r.message));
    const OperationReport &rep = r.report;
    QVERIFY(!rep.id.isEmpty());
    QCOMPARE(rep.title, QStringLiteral("Two steps"));
    QCOMPARE(rep.host, runner.hostLabel());
    QCOMPARE(rep.user, runner.userName());
    QVERIFY(rep.ok);
    QVERIFY(!rep.cancelled);
    QVERIFY(rep.started >= before);
    QVERIFY(rep.durationMs >= 0);
    QCOMPARE(rep.steps.size(), 2);
    QCOMPARE(rep.steps[0].command, QStringLiteral("env 'LC_ALL=C' sh -c 'echo one'"));
    QVERIFY(rep.steps[0].ran);
    QCOMPARE(rep.steps[0].exitCode, 0);
    QCOMPARE(rep.steps[0].output, QStringLiteral("one\n"));
    QCOMPARE(rep.steps[1].output, QStringLiteral("two\n"));
    QVERIFY(rep.steps[1].started >= rep.steps[0].started);
    QVERIFY(rep.steps[0].durationMs >= 0);
}

void TestPlanRunner::failedStepStopsAndIsRecorded()
{
    LocalRunner runner;
    Plan plan;
    plan.title = QStringLiteral("Fails in the middle");
    plan.steps << shStep(QStringLiteral("first"), "echo one") << shStep(QStringLiteral("breaks"), "echo half; echo 'no such array' >&2; exit 3")
               << shStep(QStringLiteral("never"), "echo three");
    const ApplyResult r = applyPlan(runner, plan, QString());
    QVERIFY(!r.ok);
    QCOMPARE(r.stepsDone, 1);
    const OperationReport &rep = r.report;
    QVERIFY(!rep.ok);
    QVERIFY(!rep.cancelled);
    QCOMPARE(rep.message, r.message);
    QVERIFY2(rep.message.contains(QStringLiteral("Step 2 (breaks) failed")), qPrintable(rep.message));
    QVERIFY2(rep.message.contains(QStringLiteral("Step 1 was applied")), qPrintable(rep.message));
    QCOMPARE(rep.steps.size(), 3);
    QVERIFY(rep.steps[1].ran);
    QVERIFY(!rep.steps[1].ok());
    QCOMPARE(rep.steps[1].exitCode, 3);
    QCOMPARE(rep.steps[1].status, CommandResult::Status::Finished);
    QVERIFY(rep.steps[1].output.contains(QStringLiteral("half")));
    QVERIFY(rep.steps[1].output.contains(QStringLiteral("no such array")));
    QVERIFY(!rep.steps[2].ran);
    QCOMPARE(rep.steps[2].title, QStringLiteral("never"));
    QCOMPARE(rep.steps[2].command, QStringLiteral("sh -c 'echo three'"));
    QVERIFY(rep.toText().contains(QStringLiteral("not run")));
    QVERIFY(rep.toText().contains(QStringLiteral("exit 3")));
}

void TestPlanRunner::cancelBetweenSteps()
{
    LocalRunner runner;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray mark = QFile::encodeName(dir.filePath(QStringLiteral("ran")));
    Plan plan;
    plan.title = QStringLiteral("Three steps");
    plan.steps << shStep(QStringLiteral("one"), "echo 1 >> " + mark) << shStep(QStringLiteral("two"), "echo 2 >> " + mark)
               << shStep(QStringLiteral("three"), "echo 3 >> " + mark);
    CancelFlag cancel;
    // The admin presses Stop while step 1 runs: step 1 finishes, nothing after.
    const ApplyResult r = applyPlan(runner, plan, QString(), cancel, [&](const StepResult &sr) {
        if (sr.index == 0)
            cancel.cancel();
    });
    QVERIFY(!r.ok);
    QCOMPARE(r.stepsDone, 1);
    QVERIFY(r.report.cancelled);
    QVERIFY2(r.message.contains(QStringLiteral("Cancelled after step 1 of 3")), qPrintable(r.message));
    QFile f(QString::fromLocal8Bit(mark));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("1\n"));
    QCOMPARE(r.report.steps.size(), 3);
    QVERIFY(r.report.steps[0].ok());
    QVERIFY(!r.report.steps[1].ran);
    QVERIFY(!r.report.steps[2].ran);
}

void TestPlanRunner::cancelBeforeFirstStep()
{
    LocalRunner runner;
    Plan plan;
    plan.title = QStringLiteral("Never starts");
    plan.steps << shStep(QStringLiteral("one"), "echo 1");
    CancelFlag cancel;
    cancel.cancel();
    const ApplyResult r = applyPlan(runner, plan, QString(), cancel);
    QVERIFY(!r.ok);
    QCOMPARE(r.stepsDone, 0);
    QVERIFY(r.report.cancelled);
    QVERIFY(r.message.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(r.report.steps.size(), 1);
    QVERIFY(!r.report.steps[0].ran);
}

void TestPlanRunner::blockedPlanLeavesReport()
{
    LocalRunner runner;
    Plan plan;
    plan.title = QStringLiteral("Confirmed");
    plan.steps << shStep(QStringLiteral("one"), "echo 1");
    plan.confirmation = QStringLiteral("WD-123");
    plan.confirmationWhat = QStringLiteral("the serial number of sdf");
    const ApplyResult r = applyPlan(runner, plan, QStringLiteral("WD-999"));
    QVERIFY(!r.ok);
    QVERIFY(!r.report.ok);
    QVERIFY(r.report.message.contains(QStringLiteral("the serial number of sdf")));
    QCOMPARE(r.report.steps.size(), 1);
    QVERIFY(!r.report.steps[0].ran);
}

void TestPlanRunner::sudoIsInTheRecordedCommand()
{
    NonRootRunner runner;
    Plan plan;
    plan.title = QStringLiteral("Privileged");
    plan.steps << shStep(QStringLiteral("as root"), "true", true);
    const ApplyResult r = applyPlan(runner, plan, QString());
    // Whether sudo lets this account run it depends on the machine; what ran
    // does not.
    QCOMPARE(r.report.steps.size(), 1);
    QVERIFY(r.report.steps[0].ran);
    QCOMPARE(r.report.steps[0].command, QStringLiteral("env 'LC_ALL=C' sudo -n -- sh -c true"));
}

void TestPlanRunner::terminalCodesAreNotKept()
{
    LocalRunner runner;
    Plan plan;
    plan.title = QStringLiteral("Colours");
    plan.steps << shStep(QStringLiteral("colour"), "printf '\\033[31mred\\033[0m\\tok\\n'");
    const ApplyResult r = applyPlan(runner, plan, QString());
    QVERIFY2(r.ok, qPrintable(r.message));
    const QString out = r.report.steps[0].output;
    QVERIFY2(!out.contains(QChar(0x1b)), qPrintable(out));
    QCOMPARE(out, QStringLiteral("\\x1b[31mred\\x1b[0m\tok\n"));
    QVERIFY(!r.report.toText().contains(QChar(0x1b)));
    QCOMPARE(printableOutput(QByteArray(100, 'a'), 10), QString(10, QLatin1Char('a')));
}

QTEST_GUILESS_MAIN(TestPlanRunner)
#include "tst_planrunner.moc"
