#include "model/ChangeTracker.h"

#include <QtTest>

using namespace ftc;

namespace {
HostSnapshotPtr snap(const QDateTime &at, OpState md1, const QString &active = QStringLiteral("eth0"),
                     bool withDisk = true)
{
    auto s = std::make_shared<HostSnapshot>();
    s->label = QStringLiteral("demo");
    s->takenAt = at;
    Mirror m;
    m.name = QStringLiteral("md1");
    m.level = QStringLiteral("raid1");
    m.state = md1;
    if (md1 == OpState::Syncing)
        m.sync = SyncProgress{QStringLiteral("recovery"), 10.0, 1000, 60, -1, -1};
    s->mirrors << m;
    if (withDisk) {
        Disk d;
        d.name = QStringLiteral("sdf");
        d.serial = QStringLiteral("S1");
        s->disks << d;
    }
    Team t;
    t.name = QStringLiteral("bond0");
    t.kind = QStringLiteral("AFT");
    t.active = active;
    s->teams << t;
    return s;
}

bool has(const QList<HostEvent> &events, const QString &text)
{
    for (const HostEvent &e : events)
        if (e.message.contains(text))
            return true;
    return false;
}
} // namespace

class TestChangeTracker : public QObject {
    Q_OBJECT
private slots:
    // The host's history lives with the tracker and travels with snapshots: the
    // devices ever seen (a pulled disk stays known) and the sync speed line.
    void historyRemembersWhatTheWindowNeeds()
    {
        ChangeTracker t;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        auto first = std::const_pointer_cast<HostSnapshot>(snap(t0, OpState::Syncing));
        first->mirrors[0].members = {{QStringLiteral("sda"), 0, MemberState::InSync},
                                     {QStringLiteral("sdf"), 1, MemberState::Rebuilding}};
        t.update(first);
        QCOMPARE(t.history()->syncSpeed.value(QStringLiteral("md1")).size(), 1);
        QCOMPARE(t.history()->syncSpeed.value(QStringLiteral("md1")).first().y(), 1000.0);
        const std::shared_ptr<const HostHistory> afterFirst = t.history();

        // sdf is pulled: it is gone from the snapshot, not from what was seen.
        auto second = std::const_pointer_cast<HostSnapshot>(snap(t0.addSecs(1), OpState::Syncing, QStringLiteral("eth0"), false));
        second->mirrors[0].members = {{QStringLiteral("sda"), 0, MemberState::InSync}};
        t.update(second);
        QCOMPARE(t.history()->formerMembers.value(QStringLiteral("md1")),
                 QStringList({QStringLiteral("sda"), QStringLiteral("sdf")}));
        QCOMPARE(t.history()->seenDisks, QStringList{QStringLiteral("sdf")});
        QCOMPARE(t.history()->syncSpeed.value(QStringLiteral("md1")).size(), 2);
        // What was handed on before does not change afterwards.
        QCOMPARE(afterFirst->syncSpeed.value(QStringLiteral("md1")).size(), 1);

        // A sync that ends and another that starts draws a new line.
        t.update(snap(t0.addSecs(2), OpState::Duplex));
        t.update(snap(t0.addSecs(3), OpState::Syncing));
        QCOMPARE(t.history()->syncSpeed.value(QStringLiteral("md1")).size(), 1);
    }

    void syncToDuplexSaysHowLong()
    {
        ChangeTracker tracker;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        QVERIFY(!has(tracker.update(snap(t0, OpState::Simplex)), QStringLiteral("→")));
        const auto e1 = tracker.update(snap(t0.addSecs(5), OpState::Syncing));
        QVERIFY(has(e1, QStringLiteral("md1: Simplex → Syncing")));
        QVERIFY(has(e1, QStringLiteral("md1: recovery started")));
        // The change carries the state it reached, for the log to colour like the tree.
        for (const HostEvent &e : e1)
            if (e.message.contains(QStringLiteral("→")))
                QCOMPARE(e.reachedOpState, std::optional<OpState>(OpState::Syncing));
        QVERIFY(tracker.update(snap(t0.addSecs(65), OpState::Syncing)).isEmpty());
        const auto e2 = tracker.update(snap(t0.addSecs(5 + 41 * 60), OpState::Duplex));
        QVERIFY2(has(e2, QStringLiteral("md1: Syncing → Duplex after 41 min")), qPrintable(e2.value(0).message));
    }

    // A check leaves the mirror Duplex; its end says what md's mismatch_cnt found,
    // and one stopped halfway says where it stopped instead of a partial count.
    void aCheckSaysWhatItFound()
    {
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        auto checking = [&](int secs, double percent) {
            auto s = std::const_pointer_cast<HostSnapshot>(snap(t0.addSecs(secs), OpState::Duplex));
            s->mirrors[0].sync = SyncProgress{QStringLiteral("check"), percent, 1000, 60, -1, -1};
            s->mirrors[0].lastSyncAction = QStringLiteral("check");
            s->mirrors[0].mismatchSectors = 8;
            return s;
        };
        auto idle = [&](int secs, qint64 mismatches) {
            auto s = std::const_pointer_cast<HostSnapshot>(snap(t0.addSecs(secs), OpState::Duplex));
            s->mirrors[0].lastSyncAction = QStringLiteral("check");
            s->mirrors[0].mismatchSectors = mismatches;
            return s;
        };
        for (qint64 found : {qint64(0), qint64(128)}) {
            ChangeTracker tracker;
            tracker.update(idle(0, 0));
            const auto started = tracker.update(checking(5, 40.0));
            QVERIFY(has(started, QStringLiteral("md1: consistency check started")));
            QVERIFY(!has(started, QStringLiteral("→")));
            tracker.update(checking(10, 99.6));
            const auto done = tracker.update(idle(15, found));
            QCOMPARE(done.size(), 1);
            if (found == 0) {
                QCOMPARE(done[0].message, QStringLiteral("md1: consistency check finished, no differences between the members"));
                QCOMPARE(done[0].severity, HostEvent::Severity::Info);
            } else {
                QCOMPARE(done[0].message, QStringLiteral("md1: consistency check finished, 128 sectors differed between the members"));
                QCOMPARE(done[0].severity, HostEvent::Severity::Warning);
            }
            QCOMPARE(lastCheckMismatches(idle(15, found)->mirrors[0]), found);
        }
        ChangeTracker tracker;
        tracker.update(checking(0, 12.5));
        const auto stopped = tracker.update(idle(5, 3));
        QCOMPARE(stopped.value(0).message, QStringLiteral("md1: consistency check stopped at 12.5 %"));
        // One that ends after the time md gave it finished, however rarely it was polled.
        tracker.update(checking(10, 12.5));
        QCOMPARE(tracker.update(idle(80, 0)).value(0).message,
                 QStringLiteral("md1: consistency check finished, no differences between the members"));
        // A count after a resync, or while a pass runs, is no check's result.
        auto resynced = idle(5, 3);
        resynced->mirrors[0].lastSyncAction = QStringLiteral("resync");
        QCOMPARE(lastCheckMismatches(resynced->mirrors[0]), qint64(-1));
        QCOMPARE(lastCheckMismatches(checking(0, 50.0)->mirrors[0]), qint64(-1));
    }

    void failoverAndPulledDisk()
    {
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        const auto before = snap(t0, OpState::Duplex);
        const auto after = snap(t0.addSecs(1), OpState::Simplex, QStringLiteral("eth2"), false);
        const QList<HostEvent> events = diffSnapshots(before.get(), *after);
        QVERIFY(has(events, QStringLiteral("bond0: active adapter eth0 → eth2")));
        QVERIFY(has(events, QStringLiteral("disk sdf removed")));
        QVERIFY(has(events, QStringLiteral("md1: Duplex → Simplex")));
        for (const HostEvent &e : events)
            QCOMPARE(e.host, QStringLiteral("demo"));
    }

    void failoverSaysWhichLinkDropped()
    {
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        auto before = std::make_shared<HostSnapshot>(*snap(t0, OpState::Duplex));
        auto after = std::make_shared<HostSnapshot>(*snap(t0.addSecs(1), OpState::Duplex, QStringLiteral("eno3")));
        before->teams[0].active = QStringLiteral("eno1");
        for (auto *s : {before.get(), after.get()}) {
            TeamMember a, b;
            a.name = QStringLiteral("eno1");
            b.name = QStringLiteral("eno3");
            a.link = s == before.get() ? QStringLiteral("up") : QStringLiteral("down");
            b.link = QStringLiteral("up");
            s->teams[0].members = {a, b};
        }
        const QList<HostEvent> events = diffSnapshots(before.get(), *after);
        QVERIFY2(has(events, QStringLiteral("bond0: active adapter eno1 → eno3, link down on eno1")),
                 qPrintable(events.value(0).message));
    }

    void problemsAreReportedOnceUntilTheyChange()
    {
        ChangeTracker tracker;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto a = std::make_shared<HostSnapshot>(*snap(t0, OpState::Duplex));
        a->problems << Problem{QStringLiteral("virsh/domstats"), QStringLiteral("virsh ..."),
                               QStringLiteral("demo has no virsh command"), QString()};
        QVERIFY(has(tracker.update(a), QStringLiteral("no virsh")));
        auto b = std::make_shared<HostSnapshot>(*a);
        b->takenAt = t0.addSecs(1);
        QVERIFY(!has(tracker.update(b), QStringLiteral("no virsh")));
    }

    void durations()
    {
        QCOMPARE(formatDuration(42), QStringLiteral("42 s"));
        QCOMPARE(formatDuration(41 * 60 + 10), QStringLiteral("41 min"));
        QCOMPARE(formatDuration(3 * 3600 + 5 * 60), QStringLiteral("3 h 5 min"));
    }
};

QTEST_GUILESS_MAIN(TestChangeTracker)
#include "tst_changetracker.moc"
