// The demo host end to end below the GUI: poller, planner, applier and event log
// against the simulated host with a clock the test moves.

#include "model/ChangeTracker.h"
#include "model/Poller.h"
#include "demo/SimulatedHost.h"
#include "storage/MirrorPlanner.h"

#include <QtTest>

using namespace ftc;

namespace {
class Counting : public Runner {
public:
    explicit Counting(Runner &inner) : m_inner(inner) {}
    int runs = 0;
    QString hostLabel() const override { return m_inner.hostLabel(); }
    CommandResult run(const Command &cmd, const CancelFlag &cancel) override
    {
        ++runs;
        return m_inner.run(cmd, cancel);
    }
    std::unique_ptr<Stream> openStream(const Command &cmd) override { return m_inner.openStream(cmd); }

private:
    Runner &m_inner;
};

bool has(const QList<HostEvent> &events, const QString &text)
{
    for (const HostEvent &e : events)
        if (e.message.contains(text))
            return true;
    return false;
}
} // namespace

class TestDemoFlow : public QObject {
    Q_OBJECT
private slots:
    void guideScenario()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost sim(clock);
        Poller poller(sim, QStringLiteral("demo"));
        HostSnapshotPtr s = poller.refresh();
        QVERIFY2(s, qPrintable(poller.lastError()));
        QVERIFY2(s->problems.isEmpty(), qPrintable(s->problems.value(0).message + s->problems.value(0).line));
        QCOMPARE(s->info.cpus, 2);
        QCOMPARE(s->info.mhz, 3000);
        QCOMPARE(s->info.memoryBytes, 8LL << 30);
        QStringList modules;
        for (const Module &m : s->modules)
            modules << m.id;
        QCOMPARE(modules, (QStringList{QStringLiteral("10"), QStringLiteral("11")}));
        QCOMPARE(s->disks.size(), 6);
        QCOMPARE(s->mirror(QStringLiteral("md0"))->state, OpState::Duplex);
        QCOMPARE(s->mirror(QStringLiteral("md1"))->state, OpState::Duplex);
        QCOMPARE(s->mirror(QStringLiteral("md2"))->state, OpState::Simplex);
        // The system mirror is known as such by its own mountpoint.
        QVERIFY(s->mirror(QStringLiteral("md0"))->mountpoints.contains(QStringLiteral("/")));
        QCOMPARE(s->disk(QStringLiteral("sdf"))->role, DiskRole::Unconfigured);
        QCOMPARE(s->disk(QStringLiteral("sdf"))->module, QStringLiteral("11"));
        QCOMPARE(s->disk(QStringLiteral("sdc"))->module, QStringLiteral("10"));
        QCOMPARE(s->nics.size(), 4);
        QVERIFY(s->teams.isEmpty());
        // No adapter is teamed yet, and each still has its driver and link.
        for (const Nic &n : s->nics) {
            QCOMPARE(n.driver, QStringLiteral("e1000e"));
            QCOMPARE(n.speedMbps, 1000);
            QCOMPARE(n.duplex, QStringLiteral("full"));
        }
        QCOMPARE(s->vms.size(), 3);
        QCOMPARE(s->vm(QStringLiteral("FS1"))->memoryBytes, 1LL << 30);
        QCOMPARE(s->vm(QStringLiteral("EX1"))->vcpus, 2);
        // A VM's configuration comes with the refresh after it was first seen.
        QCOMPARE(s->vm(QStringLiteral("DC1"))->cpu.cpuShares, -1);
        s = poller.refresh();
        QVERIFY(s);
        QCOMPARE(s->vm(QStringLiteral("DC1"))->cpu.cpuShares, 1024);
        QCOMPARE(s->vm(QStringLiteral("DC1"))->cpu.weight, 100);
        QCOMPARE(s->mirror(QStringLiteral("md1"))->resyncPriority, QStringLiteral("normal"));

        // Resync priority round trip: the plan's writes read back as the priority.
        for (auto [prio, word] : {std::pair{ResyncPriority::Low, "low"}, std::pair{ResyncPriority::High, "high"},
                                  std::pair{ResyncPriority::Normal, "normal"}}) {
            const Plan p = planSetResyncPriority(*s, QStringLiteral("md1"), prio);
            const ApplyResult r = applyPlan(sim, p, QString());
            QVERIFY2(r.ok, qPrintable(r.message));
            const HostSnapshotPtr after = poller.refresh();
            QCOMPARE(after->mirror(QStringLiteral("md1"))->resyncPriority, QString::fromLatin1(word));
        }
    }

    // A pulled cable shows in the next refresh: the carrier the live read
    // watches brings a full read, and sysfs no longer knows the link's speed.
    void anUnpluggedCableHasNoSpeed()
    {
        SimulatedHost sim(std::make_shared<ManualClock>(0));
        Poller poller(sim, QStringLiteral("demo"));
        QVERIFY(poller.refresh());
        QVERIFY(poller.refresh());
        QVERIFY(!poller.lastRefreshWasFull());
        QVERIFY(sim.unplugNic(QStringLiteral("eth2")));
        const HostSnapshotPtr s = poller.refresh();
        QVERIFY(s);
        QVERIFY(poller.lastRefreshWasFull());
        const Nic *eth2 = s->nic(QStringLiteral("eth2"));
        QVERIFY(!eth2->carrier);
        QCOMPARE(eth2->speedMbps, -1);
        QVERIFY(eth2->duplex.isEmpty());
        QCOMPARE(eth2->driver, QStringLiteral("e1000e"));
        QCOMPARE(s->nic(QStringLiteral("eth1"))->speedMbps, 1000);
    }

    // A pulled disk leaves its bay empty: its neighbours keep their slots, the
    // module lists the empty one, and the disk put back takes it again.
    void aPulledDiskLeavesItsSlotEmpty()
    {
        SimulatedHost sim(std::make_shared<ManualClock>(0));
        Poller poller(sim, QStringLiteral("demo"));
        HostSnapshotPtr s = poller.refresh();
        QVERIFY(s);
        const Disk before = *s->disk(QStringLiteral("sdd"));
        const Disk *sde = s->disk(QStringLiteral("sde"));
        QVERIFY(!before.module.isEmpty() && before.slot >= 0);
        QCOMPARE(sde->module, before.module);
        const int sdeSlot = sde->slot;
        QVERIFY(sdeSlot > before.slot);
        QVERIFY(sim.pullDisk(QStringLiteral("sdd")));
        s = poller.refresh(CancelFlag(), true);
        QVERIFY(s);
        QVERIFY(!s->disk(QStringLiteral("sdd")));
        QCOMPARE(s->disk(QStringLiteral("sde"))->slot, sdeSlot);
        const Module *m = nullptr;
        for (const Module &x : s->modules)
            if (x.id == before.module)
                m = &x;
        QVERIFY(m);
        QCOMPARE(m->emptyDiskSlots.size(), 1);
        QCOMPARE(m->emptyDiskSlots[0].slot, before.slot);
        QCOMPARE(m->emptyDiskSlots[0].lastDisk, QStringLiteral("sdd"));
        QVERIFY(sim.insertDisk(QStringLiteral("sdd"), false));
        s = poller.refresh(CancelFlag(), true);
        QCOMPARE(s->disk(QStringLiteral("sdd"))->slot, before.slot);
        for (const Module &x : s->modules)
            QVERIFY(x.emptyDiskSlots.isEmpty());
    }

    void addDiskSyncsToDuplex()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost sim(clock);
        Counting host(sim);
        const QDateTime epoch = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        Poller poller(host, QStringLiteral("demo"));
        poller.setClock([&] { return epoch.addMSecs(clock->nowMs()); });
        ChangeTracker tracker;
        QList<HostEvent> log;
        HostSnapshotPtr s = poller.refresh();
        QVERIFY(s);
        log += tracker.update(s);

        const Plan plan = planAddToMirror(*s, QStringLiteral("md2"), QStringLiteral("sdf"));
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join('\n')));
        QVERIFY(!plan.confirmation.isEmpty());
        const ApplyResult applied = applyPlan(sim, plan, plan.confirmation);
        QVERIFY2(applied.ok, qPrintable(applied.message));

        double last = -1;
        int risingSamples = 0;
        OpState state = OpState::Syncing;
        int followedUp = 0;
        for (int i = 0; i < 400 && state != OpState::Duplex; ++i) {
            host.runs = 0;
            s = poller.refresh();
            QVERIFY(s);
            // One round trip per refresh; a second one only where the live read
            // saw the array's shape change (sdf joining, then becoming in sync).
            QVERIFY(host.runs <= 2);
            if (host.runs == 2)
                ++followedUp;
            log += tracker.update(s);
            const Mirror *md2 = s->mirror(QStringLiteral("md2"));
            QVERIFY(md2);
            state = md2->state;
            if (state == OpState::Syncing) {
                QVERIFY(md2->sync.has_value());
                QCOMPARE(md2->sync->action, QStringLiteral("recovery"));
                QVERIFY(md2->sync->speedKiBs > 0);
                QVERIFY(md2->sync->finishSeconds >= 0);
                QVERIFY(md2->sync->percent >= last);
                if (md2->sync->percent > last)
                    ++risingSamples;
                last = md2->sync->percent;
                bool rebuilding = false;
                for (const MirrorMember &m : md2->members)
                    rebuilding |= m.device == QLatin1String("sdf") && m.state == MemberState::Rebuilding;
                QVERIFY(rebuilding);
            }
            clock->advanceSeconds(5);
        }
        QCOMPARE(state, OpState::Duplex);
        QVERIFY(risingSamples >= 3);
        QVERIFY2(followedUp <= 2, qPrintable(QString::number(followedUp)));
        QCOMPARE(s->disk(QStringLiteral("sdf"))->role, DiskRole::MirrorMember);
        QVERIFY(has(log, QStringLiteral("md2: Simplex → Syncing")));
        QVERIFY(has(log, QStringLiteral("md2: Syncing → Duplex after")));

        // Pull a disk: the mirror runs on one side and the log says so.
        QVERIFY(sim.pullDisk(QStringLiteral("sde")));
        s = poller.refresh();
        log = tracker.update(s);
        QCOMPARE(s->mirror(QStringLiteral("md1"))->state, OpState::Simplex);
        QVERIFY(has(log, QStringLiteral("md1: Duplex → Simplex")));
        QVERIFY(has(log, QStringLiteral("disk sde removed")));
    }
};

QTEST_GUILESS_MAIN(TestDemoFlow)
#include "tst_demo_flow.moc"
