// The Virtual Server CPU model: entitlements from weights and reservations,
// cpu_shares proportional to them and clamped to libvirt's range, what each
// running VM gets under full contention (caps handed on by shares),
// admission refusals; the planner re-plans every VM, sets running VMs live
// and stopped ones in their definition, and a plan that stops halfway says
// which VMs it changed.

#include "demo/SimulatedHost.h"
#include "model/Poller.h"
#include "plan/Plan.h"
#include "transport/LocalRunner.h"
#include "vms/CpuSchedule.h"
#include "vms/VmPlanner.h"

#include <QtTest>

using namespace ftc;

class TestCpuSchedule : public QObject {
    Q_OBJECT
private slots:
    void entitlementsFollowTheGuide()
    {
        // One CPU offered (2 CPUs, 100 % kept back), reservations 70 and 10,
        // equal weights: 70 + 10 and 10 + 10 of the unreserved 20.
        const CpuSchedule s = scheduleCpu({{QStringLiteral("a"), 100, 70, 100, 1, true},
                                           {QStringLiteral("b"), 100, 10, 100, 1, true}},
                                          2, 100);
        QVERIFY(s.errors.isEmpty());
        QCOMPARE(s.capacityPct, 100.0);
        QCOMPARE(s.reservedPct, 80.0);
        QCOMPARE(s.find(QStringLiteral("a"))->entitledPct, 80.0);
        QCOMPARE(s.find(QStringLiteral("b"))->entitledPct, 20.0);
        QCOMPARE(s.find(QStringLiteral("a"))->cpuShares, qint64(819));   // 80 % of one CPU * 1024 / 100
        QCOMPARE(s.find(QStringLiteral("b"))->cpuShares, qint64(205));
        // What the kernel gives for those (rounded) shares.
        QVERIFY(qAbs(s.find(QStringLiteral("a"))->underContentionPct - 80.0) < 0.1);
    }

    void weightsSplitWhatIsNotReserved()
    {
        const CpuSchedule s = scheduleCpu({{QStringLiteral("a"), 300, 0, 100, 1, true},
                                           {QStringLiteral("b"), 100, 0, 100, 1, true}},
                                          1, 0);
        QCOMPARE(s.find(QStringLiteral("a"))->entitledPct, 75.0);
        QCOMPARE(s.find(QStringLiteral("b"))->entitledPct, 25.0);
    }

    void sharesStayInLibvirtsRange()
    {
        // Everything reserved: a VM without reservation is entitled to nothing,
        // yet libvirt takes no shares below 2.
        const CpuSchedule s = scheduleCpu({{QStringLiteral("a"), 100, 100, 100, 1, true},
                                           {QStringLiteral("b"), 1, 0, 100, 1, true}},
                                          1, 0);
        QVERIFY(s.errors.isEmpty());
        QCOMPARE(s.find(QStringLiteral("b"))->cpuShares, kMinCpuShares);
        // 256 CPUs for one VM: at most 262144.
        const CpuSchedule big = scheduleCpu({{QStringLiteral("a"), 10000, 0, 100, 256, true}}, 4096, 0);
        QCOMPARE(big.find(QStringLiteral("a"))->cpuShares, kMaxCpuShares);
    }

    void capsAreHandedOnByShares()
    {
        // a is capped at 20 %: of the one CPU offered, b gets the other 80.
        const CpuSchedule s = scheduleCpu({{QStringLiteral("a"), 100, 0, 20, 1, true},
                                           {QStringLiteral("b"), 100, 0, 100, 1, true}},
                                          2, 100);
        QCOMPARE(s.find(QStringLiteral("a"))->underContentionPct, 20.0);
        QCOMPARE(s.find(QStringLiteral("b"))->underContentionPct, 80.0);
        // A stopped VM competes for nothing.
        const CpuSchedule off = scheduleCpu({{QStringLiteral("a"), 100, 0, 100, 1, false},
                                             {QStringLiteral("b"), 100, 0, 100, 1, true}},
                                            2, 100);
        QCOMPARE(off.find(QStringLiteral("a"))->underContentionPct, 0.0);
        QCOMPARE(off.find(QStringLiteral("b"))->underContentionPct, 100.0);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("weight");
        QTest::addColumn<int>("reserve");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("says");
        QTest::newRow("weight 0") << 0 << 0 << 100 << "weight 0 is out of range";
        QTest::newRow("weight 10001") << 10001 << 0 << 100 << "weight 10001 is out of range";
        QTest::newRow("reserve 101") << 100 << 101 << 100 << "reserved capacity 101 %";
        QTest::newRow("max 0") << 100 << 0 << 0 << "maximum capacity 0 %";
        QTest::newRow("max below reserve") << 100 << 60 << 50 << "below the reservation";
        QTest::newRow("beyond the host") << 100 << 90 << 100 << "reservations add up to 150 %";
    }
    void refusals()
    {
        QFETCH(int, weight);
        QFETCH(int, reserve);
        QFETCH(int, max);
        QFETCH(QString, says);
        const CpuSchedule s = scheduleCpu({{QStringLiteral("vm one"), weight, reserve, max, 1, true},
                                           {QStringLiteral("other"), 100, 60, 100, 1, true}},
                                          2, 80);
        QVERIFY2(s.errors.join(' ').contains(says), qPrintable(s.errors.join(' ')));
    }

    void unknownMeansUnknown()
    {
        QCOMPARE(weightFromShares(-1), -1);
        QCOMPARE(weightFromShares(0), 100);        // inactive domain: not set
        QCOMPARE(weightFromShares(1024), 100);
        QCOMPARE(weightFromShares(512), 50);
        QCOMPARE(maxPctFromQuota(std::nullopt, std::nullopt), -1);
        QCOMPARE(maxPctFromQuota(0, 0), 100);      // inactive domain: not set
        QCOMPARE(maxPctFromQuota(-1, 100000), 100);
        QCOMPARE(maxPctFromQuota(kUnlimitedQuota, 100000), 100);
        QCOMPARE(maxPctFromQuota(20000, 100000), 20);
        QCOMPARE(quotaForMaxPct(100), qint64(-1));
        QCOMPARE(quotaForMaxPct(20), qint64(20000));
    }

    void thePlannerReplansEveryVm()
    {
        SimulatedHost sim;
        Poller poller(sim, QStringLiteral("demo"));
        QVERIFY(poller.refresh());
        const HostSnapshotPtr s = poller.refresh();
        QVERIFY(s && s->vm(QStringLiteral("DC1")));
        CpuSchedule schedule;
        const Plan p = planVmCpu(*s, VmCpuRequest{QStringLiteral("DC1"), 100, 50, 100}, 20, {}, &schedule);
        QVERIFY2(p.ok(), qPrintable(p.errors.join(' ')));
        QStringList subjects;
        for (const PlanStep &step : p.steps)
            if (!subjects.contains(step.subject))
                subjects << step.subject;
        // DC1 first, then every other VM whose shares move; each recorded.
        QCOMPARE(subjects, (QStringList{QStringLiteral("DC1"), QStringLiteral("FS1"), QStringLiteral("EX1")}));
        const QString lines = p.commandLines().join(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("cpu_shares=%1").arg(schedule.find(QStringLiteral("FS1"))->cpuShares)));
        QVERIFY(lines.contains(QLatin1String("--live --config")));
        QVERIFY(p.steps.first().command.argv.contains("<vm weight='100' reserve_pct='50'/>"));
        const ApplyResult r = applyPlan(sim, p, QString());
        QVERIFY2(r.ok, qPrintable(r.message));
        poller.invalidateVmConfig();
        const HostSnapshotPtr after = poller.refresh();
        QCOMPARE(after->vm(QStringLiteral("DC1"))->cpu.reservePct, 50);
        QCOMPARE(after->vm(QStringLiteral("FS1"))->cpu.cpuShares, schedule.find(QStringLiteral("FS1"))->cpuShares);
        // Asking for what is already there changes nothing.
        const Plan same = planVmCpu(*after, VmCpuRequest{QStringLiteral("DC1"), 100, 50, 100}, 20, {});
        QVERIFY(!same.ok());
        QVERIFY(same.errors.join(' ').contains(QLatin1String("already has these settings")));
    }

    void aPlanStoppedHalfwaySaysWhichVmsChanged()
    {
        LocalRunner local;
        Plan p;
        p.title = QStringLiteral("three VMs");
        const auto step = [](const QString &vm, const char *prog) {
            PlanStep s;
            s.title = vm;
            s.subject = vm;
            s.command.argv = {prog};
            return s;
        };
        p.steps = {step(QStringLiteral("DC1"), "true"), step(QStringLiteral("DC1"), "true"),
                   step(QStringLiteral("FS1"), "false"), step(QStringLiteral("EX1"), "true")};
        const ApplyResult r = applyPlan(local, p, QString());
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QLatin1String("Changed: DC1. Not changed: FS1, EX1.")), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestCpuSchedule)
#include "tst_cpuschedule.moc"
