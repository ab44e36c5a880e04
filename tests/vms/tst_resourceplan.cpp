// The guide's Resource Assignment: 40 % of a 1 GiB server is 410 MiB, 70 %
// of 1 GHz is 0.7 GHz, 50 % headroom on top; its tables 3 and 4 (3 GiB,
// 700 GiB, 2.9 GHz against the demo host's 8 GiB, 1.5 TB of mirrors and
// 2 × 3 GHz); shortfalls said; each row as the create wizard's request; the
// plan kept per host, atomically, and read back.

#include "demo/SimulatedHost.h"
#include "model/Poller.h"
#include "vms/ResourcePlan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftc;

namespace {

PlannedServer server(const char *name, qint64 memMiB, double ghz, qint64 diskGiB)
{
    PlannedServer p;
    p.name = QString::fromLatin1(name);
    p.memoryOverrideMiB = memMiB;
    p.cpuOverrideGHz = ghz;
    p.diskGiB = diskGiB;
    return p;
}

} // namespace

class TestResourcePlan : public QObject {
    Q_OBJECT
private:
    HostSnapshotPtr demo()
    {
        SimulatedHost h;
        Poller poller(h, QStringLiteral("demo"));
        return poller.refresh(CancelFlag(), true);
    }

private slots:
    void theGuidesExamples()
    {
        PlannedServer p;
        p.installedMiB = 1024;
        p.memoryUsePct = 40;
        p.cpuGHz = 1.0;
        p.cpuUsePct = 70;
        QCOMPARE(p.minimumMiB(), 410);               // 409.6 rounded up
        QCOMPARE(p.allocationMiB(), 640);            // 615 with 50 %, in 64 MiB steps
        QCOMPARE(p.minimumGHz(), 0.7);
        QVERIFY(qAbs(p.allocationGHz() - 1.05) < 1e-9);
        p.memoryOverrideMiB = 512;
        p.cpuOverrideGHz = 0.7;
        QCOMPARE(p.allocationMiB(), 512);
        QCOMPARE(p.allocationGHz(), 0.7);
    }

    void tablesThreeAndFour()
    {
        const HostSnapshotPtr s = demo();
        QVERIFY(s);
        ResourcePlan plan;
        plan.servers = {server("DC1", 512, 0.7, 100), server("FS1", 1024, 1.0, 300), server("EX1", 1536, 1.2, 300)};
        PlanTotals t = planTotals(plan, *s, qint64(512) << 20);
        QCOMPARE(t.memoryMiB, 3072);
        QCOMPARE(t.diskGiB, 700);
        QVERIFY(qAbs(t.cpuGHz - 2.9) < 1e-9);
        QCOMPARE(t.hostMemoryMiB, 8192);
        QCOMPARE(t.hostCpus, 2);
        QCOMPARE(t.hostGHz, 6.0);
        // md0, md1 and md2: about 1.5 TB, as table 4 says.
        QVERIFY2(t.mirroredGiB > 1350 && t.mirroredGiB < 1450, qPrintable(QString::number(t.mirroredGiB)));
        QVERIFY(t.shortfalls.isEmpty());

        // A fourth server that needs more than the host has.
        plan.servers << server("SQL1", 6144, 4.0, 800);
        t = planTotals(plan, *s, qint64(512) << 20);
        QCOMPARE(t.shortfalls.size(), 3);
        QVERIFY(t.shortfalls[0].contains(QLatin1String("9216 MiB")) && t.shortfalls[0].contains(QLatin1String("1536 MiB short")));
        QVERIFY(t.shortfalls[1].contains(QLatin1String("6.9 GHz")));
        QVERIFY(t.shortfalls[2].contains(QLatin1String("1500 GiB")));
    }

    void aRowBecomesTheWizardsRequest()
    {
        const HostSnapshotPtr s = demo();
        const PlannedServer dc1 = server("DC1", 512, 0.7, 100);
        QCOMPARE(reservePctFor(dc1, *s), 24);        // 0.7 GHz of a 3 GHz CPU
        const VmCreateRequest r = createRequestFor(dc1, *s, QStringLiteral("/var/lib/libvirt/images"));
        QCOMPARE(r.name, QStringLiteral("DC1"));
        QCOMPARE(r.memoryMiB, 512);
        QCOMPARE(r.vcpus, 1);
        QCOMPARE(r.diskGiB, 100);
        QCOMPARE(r.reservePct, 24);
        QVERIFY(r.autostart);
        QCOMPARE(r.diskKind, VmCreateRequest::DiskKind::Fixed);
        // 4 GHz needs two 3 GHz CPUs; the reservation stops at one whole CPU.
        const PlannedServer big = server("SQL1", 2048, 4.0, 100);
        QCOMPARE(createRequestFor(big, *s, QString()).vcpus, 2);
        QCOMPARE(reservePctFor(big, *s), 100);
    }

    void keptPerHostAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = resourcePlanPath(QStringLiteral("ssh://root@h1:22"), dir.path());
        QVERIFY(path.startsWith(dir.path() + QLatin1Char('/')));
        QVERIFY(!path.mid(dir.path().size() + 1).contains(QLatin1Char('/')));
        ResourcePlan plan, back;
        QString error;
        QVERIFY(loadResourcePlan(path, &back, &error));        // none yet: empty
        QVERIFY(back.servers.isEmpty());
        plan.servers = {server("DC1", 512, 0.7, 100)};
        plan.servers[0].role = QStringLiteral("Domain controller");
        plan.servers[0].memoryUsePct = 40;
        QVERIFY2(saveResourcePlan(path, plan, &error), qPrintable(error));
        QVERIFY(loadResourcePlan(path, &back, &error));
        QCOMPARE(back, plan);

        // Damaged: said, with the path and what to do.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": 1, \"servers\": [{\"memory_use_pct\": 140}]}");
        f.close();
        QVERIFY(!loadResourcePlan(path, &back, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("memory_use_pct")), qPrintable(error));

        // A directory that cannot be written: the error names it.
        QVERIFY(!saveResourcePlan(QStringLiteral("/proc/ftc-plan.json"), plan, &error));
        QVERIFY(error.contains(QLatin1String("/proc/ftc-plan.json")));
    }
};

QTEST_GUILESS_MAIN(TestResourcePlan)
#include "tst_resourceplan.moc"
