// The storage area: mirrors, containers and disks from mdstat, mdadm, md sysfs
// and lsblk, over real captures and the kernel's grammar.

#include "BuilderFixtures.h"
#include "checks/Findings.h"
#include "model/Modules.h"
#include "model/SyncSmoother.h"

#include <QTimeZone>
#include <QtTest>

using namespace ftc;
using namespace ftc::test;

class TestStorageBuilder : public QObject {
    Q_OBJECT
private slots:
    void recoveryEndingDoesNotJumpBackToZero();
    void mirrorStates_data();
    void mirrorStates();
    void recoveringFromSysfs();
    void recoveringFromMdstatOnly();
    void failedMemberNotMissing();
    void timelines_data();
    void timelines();
    void timeLeftCountsDown_data();
    void timeLeftCountsDown();
    void raidLevelsAndContainers();
    void containerDisksAreNotBlank();
    void replacementIsRebuilding_data();
    void replacementIsRebuilding();
    void degradedKeepsRedundancy();
    void progressFollowsMdstatWhenSysfsLags();
    void pendingOnReadOnly();
    void diskRolesFromPartitions();
};

// Seen on a real kernel: right after a recovery, sync_action still says "recover"
// while sync_completed is back to "none" and mdstat shows no progress line.
void TestStorageBuilder::recoveryEndingDoesNotJumpBackToZero()
{
    RawSources raw;
    raw.label = QStringLiteral("lab");
    raw.files.insert(QStringLiteral("mdstat"),
        "Personalities : [raid1]\n"
        "md0 : active raid1 vdc[2] vdb[0]\n"
        "      261120 blocks super 1.2 [2/2] [UU]\n"
        "      bitmap: 0/1 pages [0KB], 65536KB chunk\n"
        "\n"
        "unused devices: <none>\n");
    raw.files.insert(QStringLiteral("md/md0/sysfs"),
        "/sys/block/md0/md/sync_action:recover\n"
        "/sys/block/md0/md/sync_completed:none\n"
        "/sys/block/md0/md/sync_speed:none\n"
        "/sys/block/md0/md/degraded:0\n"
        "/sys/block/md0/md/array_state:clean\n");
    const HostSnapshot s = builtBy<buildStorage>(raw);
    const Mirror *m = s.mirror(QStringLiteral("md0"));
    QVERIFY(m);
    QVERIFY(!m->sync.has_value());
    QCOMPARE(m->state, OpState::Duplex);
}

void TestStorageBuilder::mirrorStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("opState");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("members");
    QTest::addColumn<int>("working");
    // sysfs is read after mdstat, so where they disagree (readd_bitmap_recovering:
    // mdstat still recovering, sysfs already idle and not degraded) sysfs wins.
    QTest::newRow("clean") << "clean" << "Duplex" << "" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
    QTest::newRow("clean_bitmap") << "clean_bitmap" << "Duplex" << "" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
    QTest::newRow("clean_final") << "clean_final" << "Duplex" << "" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
    QTest::newRow("degraded_missing") << "degraded_missing" << "Simplex" << "" << "vdb@0=in_sync,@1=missing" << 1;
    QTest::newRow("removed") << "removed" << "Simplex" << "" << "vdb@0=in_sync,@1=missing" << 1;
    QTest::newRow("removed_bitmap") << "removed_bitmap" << "Simplex" << "" << "vdb@0=in_sync,@1=missing" << 1;
    QTest::newRow("failed") << "failed" << "Simplex" << "" << "vdb@0=in_sync,vdc@-1=faulty" << 1;
    QTest::newRow("recovering") << "recovering" << "Syncing" << "recovery" << "vdb@0=in_sync,vdc@1=rebuilding" << 1;
    QTest::newRow("readd_bitmap_recovering") << "readd_bitmap_recovering" << "Duplex" << ""
                                             << "vdb@0=in_sync,vdc@1=in_sync" << 2;
    // A check on a healthy mirror: still Duplex, with the check as its activity.
    QTest::newRow("checking") << "checking" << "Duplex" << "check" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
    QTest::newRow("checking2") << "checking2" << "Duplex" << "check" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
    QTest::newRow("resyncing") << "resyncing" << "Syncing" << "resync" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
}

void TestStorageBuilder::mirrorStates()
{
    QFETCH(QString, state);
    QFETCH(QString, opState);
    QFETCH(QString, action);
    QFETCH(QString, members);
    QFETCH(int, working);
    const HostSnapshot s = builtBy<buildStorage>(mdSources(state, true, true));
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    QCOMPARE(s.mirrors.size(), 1);
    const Mirror &m = s.mirrors[0];
    QCOMPARE(m.name, QStringLiteral("md0"));
    QCOMPARE(m.level, QStringLiteral("raid1"));
    QCOMPARE(opStateName(m.state), opState);
    QCOMPARE(m.sync ? m.sync->action : QString(), action);
    QCOMPARE(membersText(m), members);
    QCOMPARE(m.membersExpected, 2);
    QCOMPARE(m.membersWorking, working);
    QCOMPARE(m.sizeBytes, qint64(261120) * 1024);
    QCOMPARE(m.metadata, QStringLiteral("1.2"));
    QCOMPARE(m.uuid.size(), 35);
}

void TestStorageBuilder::recoveringFromSysfs()
{
    const HostSnapshot s = builtBy<buildStorage>(mdSources(QStringLiteral("recovering"), true, true));
    const Mirror &m = s.mirrors.value(0);
    QVERIFY(m.sync);
    // sysfs says 98304 sectors (its last checkpoint); mdstat, read in the same
    // instant, is already at 51200 KiB: the current position is mdstat's.
    QCOMPARE(m.sync->doneSectors, qint64(102400));
    QCOMPARE(m.sync->totalSectors, qint64(522240));
    QVERIFY(qAbs(m.sync->percent - 100.0 * 102400 / 522240) < 1e-9);
    QCOMPARE(m.sync->speedKiBs, qint64(12800));
    QCOMPARE(m.sync->finishSeconds, qint64(16)); // (522240-102400)/2 KiB at 12800 KiB/s
}

void TestStorageBuilder::recoveringFromMdstatOnly()
{
    const HostSnapshot s = builtBy<buildStorage>(mdSources(QStringLiteral("recovering"), false, false));
    const Mirror &m = s.mirrors.value(0);
    QCOMPARE(m.state, OpState::Syncing);
    QVERIFY(m.sync);
    QCOMPARE(m.sync->action, QStringLiteral("recovery"));
    QVERIFY(qAbs(m.sync->percent - 100.0 * 51200 / 261120) < 1e-9);
    QCOMPARE(m.sync->finishSeconds, qint64(12));
    QCOMPARE(m.sync->speedKiBs, qint64(12800));
    // vdc[2]: the bracket number is not the slot; it fills the empty slot 1
    QCOMPARE(membersText(m), QStringLiteral("vdb@0=in_sync,vdc@1=rebuilding"));
    QCOMPARE(m.metadata, QStringLiteral("1.2"));
    QVERIFY(m.uuid.isEmpty());

    const HostSnapshot r = builtBy<buildStorage>(mdSources(QStringLiteral("readd_bitmap_recovering"), true, false));
    QCOMPARE(r.mirrors.value(0).state, OpState::Syncing);
    QCOMPARE(membersText(r.mirrors.value(0)), QStringLiteral("vdb@0=in_sync,vdc@1=rebuilding"));
    QVERIFY(!r.mirrors.value(0).bitmap.isEmpty());
}

void TestStorageBuilder::failedMemberNotMissing()
{
    const HostSnapshot s = builtBy<buildStorage>(mdSources(QStringLiteral("failed"), false, false));
    QCOMPARE(membersText(s.mirrors.value(0)), QStringLiteral("vdb@0=in_sync,vdc@-1=faulty"));
    QCOMPARE(s.mirrors.value(0).state, OpState::Simplex);
}

void TestStorageBuilder::timelines_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("action");
    QTest::newRow("check") << "check_timeline.txt" << "check";
    QTest::newRow("resync") << "resync_timeline.txt" << "resync";
    QTest::newRow("recovery") << "recovery_timeline.txt" << "recovery";
    QTest::newRow("recovery_throttled") << "recovery_throttled_timeline.txt" << "recovery";
    QTest::newRow("bitmap_readd") << "bitmap_readd_timeline.txt" << "recovery";
}

// Each sample of a real sync, turned into the poller's sources (sysfs in the
// `grep -r -H` form), must give a consistent snapshot with growing progress.
void TestStorageBuilder::timelines()
{
    QFETCH(QString, file);
    QFETCH(QString, action);
    const QList<RawSources> raws = timelineSources(file);
    QVERIFY(raws.size() >= 2);
    double lastPercent = -1;
    int syncing = 0;
    for (const RawSources &raw : std::as_const(raws)) {
        const HostSnapshot s = builtBy<buildStorage>(raw);
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message + s.problems.value(0).line));
        QCOMPARE(s.mirrors.size(), 1);
        const Mirror &m = s.mirrors[0];
        const bool idle = raw.files.value(QStringLiteral("md/md0/sysfs")).contains("sync_action:idle");
        if (idle) {
            QVERIFY(!m.sync);
            QVERIFY(m.state != OpState::Syncing);
            continue;
        }
        ++syncing;
        // A check reads a healthy mirror: Duplex throughout, the check its activity.
        QCOMPARE(m.state, action == QLatin1String("check") ? OpState::Duplex : OpState::Syncing);
        QVERIFY(m.sync);
        QCOMPARE(m.sync->action, action);
        QVERIFY(m.sync->percent >= lastPercent);
        QVERIFY(m.sync->percent <= 100);
        lastPercent = m.sync->percent;
        if (action == QLatin1String("recovery"))
            QCOMPARE(m.members.value(1).state, MemberState::Rebuilding);
    }
    QVERIFY(syncing >= 1);
}

void TestStorageBuilder::timeLeftCountsDown_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("recovery_throttled") << "recovery_throttled_timeline.txt";
    QTest::newRow("resync") << "resync_timeline.txt";
    QTest::newRow("check") << "check_timeline.txt";
}

// Real syncs sampled every ~1.7 s: the time left the console shows must count
// down (never jump back up by more than a second) and be close to the truth,
// which the timeline itself records: the sample where the sync was over.
void TestStorageBuilder::timeLeftCountsDown()
{
    QFETCH(QString, file);
    const QList<RawSources> raws = timelineSources(file);
    QVERIFY(raws.size() >= 5);
    // The end is known to within one sampling interval: the sync finished
    // between the last sample that showed it and the first that did not.
    qint64 endMs = -1, gapMs = 0;
    bool seenRunning = false;
    for (qsizetype i = 0; i < raws.size(); ++i) {
        if (i > 0)
            gapMs = qMax(gapMs, raws[i].takenAt.toMSecsSinceEpoch() - raws[i - 1].takenAt.toMSecsSinceEpoch());
        const bool running = builtBy<buildStorage>(raws[i]).mirrors.value(0).sync.has_value();
        seenRunning = seenRunning || running;
        if (seenRunning && !running && endMs < 0)
            endMs = raws[i].takenAt.toMSecsSinceEpoch();
    }
    SyncSmoother smoother;
    qint64 lastFinish = -1;
    int estimates = 0;
    QStringList trace;
    for (const RawSources &raw : raws) {
        HostSnapshot s = builtBy<buildStorage>(raw);
        smoother.apply(s);
        const Mirror *m = s.mirror(QStringLiteral("md0"));
        QVERIFY(m);
        if (!m->sync || m->sync->finishSeconds < 0)
            continue;
        ++estimates;
        trace << QString::number(m->sync->finishSeconds);
        if (lastFinish >= 0)
            QVERIFY2(m->sync->finishSeconds <= lastFinish + 1, qPrintable(trace.join(QLatin1String(" -> "))));
        lastFinish = m->sync->finishSeconds;
        if (endMs > 0 && estimates >= 3) {
            const double latest = double(endMs - raw.takenAt.toMSecsSinceEpoch()) / 1000.0;
            const double earliest = latest - double(gapMs) / 1000.0;
            const double shown = double(m->sync->finishSeconds);
            // Within a third of the truth, plus a second of rounding.
            QVERIFY2(shown >= earliest * 0.65 - 1 && shown <= latest * 1.35 + 1,
                     qPrintable(QStringLiteral("%1 s shown, %2-%3 s true; %4").arg(shown).arg(earliest).arg(latest)
                                    .arg(trace.join(QLatin1String(" -> ")))));
        }
    }
    QVERIFY(estimates >= 3);
}

void TestStorageBuilder::raidLevelsAndContainers()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("mdstat"),
        "Personalities : [raid1] [raid5] [raid0]\n"
        "md1 : active raid5 sdd[3](F) sdc[2](F) sdb[1] sda[0]\n"
        "      2093056 blocks super 1.2 level 5, 64k chunk, algorithm 2 [4/2] [UU__]\n"
        "      \n"
        "md2 : active raid1 sdg[3](S) sdf[2](W) sde[1] sdh[0]\n"
        "      1047552 blocks super 1.2 [3/3] [UUU]\n"
        "      \n"
        "md126 : active raid1 sdj[1] sdi[0]\n"
        "      976759808 blocks super external:/md127/0 [2/2] [UU]\n"
        "      \n"
        "md127 : inactive sdj[1](S) sdi[0](S)\n"
        "      5288 blocks super external:imsm\n"
        "       \n"
        "md3 : active raid0 sdk[1] sdl[0]\n"
        "      2093056 blocks super 1.2 512k chunks\n"
        "      \n"
        "md4 : active raid1 sdm[0]\n"
        "      1047552 blocks super 1.2 [2/1] [U_]\n"
        "      resync=DELAYED\n"
        "      \n"
        "unused devices: <none>\n");
    const HostSnapshot s = builtBy<buildStorage>(raw);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.mirrors.size(), 5);
    QStringList order;
    for (const Mirror &m : s.mirrors)
        order.append(m.name);
    QCOMPARE(order.join(QLatin1Char(',')), QStringLiteral("md1,md2,md3,md4,md126"));
    QCOMPARE(s.mirror(QStringLiteral("md1"))->state, OpState::Broken);
    QCOMPARE(s.mirror(QStringLiteral("md1"))->level, QStringLiteral("raid5"));
    const Mirror *three = s.mirror(QStringLiteral("md2"));
    QCOMPARE(three->state, OpState::Duplex);
    QCOMPARE(three->membersExpected, 3);
    QCOMPARE(membersText(*three), QStringLiteral("sdh@0=in_sync,sde@1=in_sync,sdf@2=in_sync,sdg@-1=spare"));
    QCOMPARE(s.mirror(QStringLiteral("md126"))->metadata, QStringLiteral("external:/md127/0"));
    // An IMSM container is always "inactive" in mdstat: it is not a mirror in
    // trouble but the set of disks the arrays inside it use.
    QVERIFY(!s.mirror(QStringLiteral("md127")));
    QCOMPARE(s.containers.size(), 1);
    QCOMPARE(s.containers[0].name, QStringLiteral("md127"));
    QCOMPARE(s.containers[0].metadata, QStringLiteral("imsm"));
    QCOMPARE(s.containers[0].arrays, QStringList{QStringLiteral("md126")});
    QCOMPARE(s.containers[0].devices, QStringList({QStringLiteral("sdj"), QStringLiteral("sdi")}));
    QCOMPARE(s.mirror(QStringLiteral("md126"))->container, QStringLiteral("md127"));
    QCOMPARE(s.mirror(QStringLiteral("md126"))->state, OpState::Duplex);
    QCOMPARE(s.mirror(QStringLiteral("md3"))->state, OpState::Duplex);
    QCOMPARE(s.mirror(QStringLiteral("md3"))->membersExpected, 2);
    const Mirror *delayed = s.mirror(QStringLiteral("md4"));
    QCOMPARE(delayed->state, OpState::Syncing);
    QCOMPARE(delayed->sync->action, QStringLiteral("delayed"));
}

// The container's disks belong to the firmware RAID: the array it holds uses
// them, and a container disk no array uses yet is still not blank.
void TestStorageBuilder::containerDisksAreNotBlank()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("mdstat"),
        "Personalities : [raid1]\n"
        "md126 : active raid1 sda[1] sdb[0]\n"
        "      976759808 blocks super external:/md0/0 [2/2] [UU]\n"
        "      \n"
        "md0 : inactive sdc[2](S) sda[1](S) sdb[0](S)\n"
        "      5288 blocks super external:imsm\n"
        "       \n"
        "unused devices: <none>\n");
    QByteArray lsblk = "{\"blockdevices\": [";
    for (const char *name : {"sda", "sdb", "sdc", "sdd"}) {
        if (lsblk.endsWith('}'))
            lsblk += ',';
        lsblk += QByteArray("{\"name\":\"") + name + "\",\"kname\":\"" + name + "\",\"path\":\"/dev/" + name
            + "\",\"type\":\"disk\",\"size\":1000204886016,\"serial\":\"S" + name + "\",\"fstype\":"
            + (QByteArray(name) == "sdd" ? "null" : "\"isw_raid_member\"") + "}";
    }
    lsblk += "]}";
    raw.files.insert(QStringLiteral("lsblk.json"), lsblk);
    const HostSnapshot s = builtBy<buildStorage>(raw);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    QCOMPARE(s.mirrors.size(), 1);
    QCOMPARE(s.disk(QStringLiteral("sda"))->role, DiskRole::MirrorMember);
    QCOMPARE(s.disk(QStringLiteral("sda"))->mirror, QStringLiteral("md126"));
    QCOMPARE(s.disk(QStringLiteral("sdb"))->mirror, QStringLiteral("md126"));
    // In the container, in no array: not a spare of an md mirror, not blank.
    QCOMPARE(s.disk(QStringLiteral("sdc"))->role, DiskRole::InUse);
    QVERIFY2(s.disk(QStringLiteral("sdc"))->inUseReason.contains(QLatin1String("IMSM container md0")),
             qPrintable(s.disk(QStringLiteral("sdc"))->inUseReason));
    QCOMPARE(s.disk(QStringLiteral("sdd"))->role, DiskRole::Unconfigured);
    // No finding says the container "is not started".
    for (const Finding &f : findingsFor(s))
        QVERIFY2(f.object != QLatin1String("md0"), qPrintable(f.message));
}

void TestStorageBuilder::replacementIsRebuilding_data()
{
    QTest::addColumn<QByteArray>("sysfs");
    QTest::addColumn<QString>("members");
    // mdadm --replace: sdc1 takes over a slot while both old members stay in
    // sync. Its bracket number (2) is a descriptor, not a slot of a 2-disk array.
    QTest::newRow("mdstat only") << QByteArray()
                                 << "sda1@0=in_sync,sdb1@1=in_sync,sdc1@-1=rebuilding";
    QTest::newRow("with sysfs") << QByteArray(
        "/sys/block/md0/md/sync_action:recover\n"
        "/sys/block/md0/md/sync_completed:786432 / 1952030720\n"
        "/sys/block/md0/md/sync_speed:196608\n"
        "/sys/block/md0/md/degraded:0\n"
        "/sys/block/md0/md/dev-sda1/state:in_sync\n/sys/block/md0/md/dev-sda1/slot:0\n"
        "/sys/block/md0/md/dev-sdb1/state:in_sync,want_replacement\n/sys/block/md0/md/dev-sdb1/slot:1\n"
        "/sys/block/md0/md/dev-sdc1/state:replacement\n/sys/block/md0/md/dev-sdc1/slot:1\n")
                                << "sda1@0=in_sync,sdb1@1=in_sync,sdc1@1=rebuilding";
}

void TestStorageBuilder::replacementIsRebuilding()
{
    QFETCH(QByteArray, sysfs);
    QFETCH(QString, members);
    RawSources raw;
    raw.files.insert(QStringLiteral("mdstat"),
        "Personalities : [raid1]\n"
        "md0 : active raid1 sdc1[2](R) sdb1[1] sda1[0]\n"
        "      976015360 blocks super 1.2 [2/2] [UU]\n"
        "      [>....................]  recovery =  0.1% (393216/976015360) finish=82.7min speed=196608K/sec\n"
        "      bitmap: 0/8 pages [0KB], 65536KB chunk\n"
        "\n"
        "unused devices: <none>\n");
    if (!sysfs.isEmpty())
        raw.files.insert(QStringLiteral("md/md0/sysfs"), sysfs);
    const HostSnapshot s = builtBy<buildStorage>(raw);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    const Mirror *m = s.mirror(QStringLiteral("md0"));
    QVERIFY(m);
    QCOMPARE(membersText(*m), members);
    QVERIFY(m->members.last().replacement);
    QCOMPARE(m->state, OpState::Syncing);
    QCOMPARE(m->membersWorking, 2);
    QCOMPARE(failuresTolerated(*m), 1);
}

// A 4-way raid1 that lost one member still has three copies: degraded, not
// "one disk only". Each level counts its own way.
void TestStorageBuilder::degradedKeepsRedundancy()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("mdstat"),
        "Personalities : [raid1] [raid6] [raid5] [raid4] [raid10]\n"
        "md0 : active raid1 sda1[1] sdc1[3] sdb1[4](F) sdd1[2]\n"
        "      1052160 blocks [4/3] [_UUU]\n"
        "      \n"
        "md1 : active raid1 sde1[0]\n"
        "      1052160 blocks super 1.2 [2/1] [U_]\n"
        "      \n"
        "md2 : active raid6 sdf[0] sdg[1] sdh[2] sdi[3](F) sdj[4]\n"
        "      3139584 blocks super 1.2 level 6, 512k chunk, algorithm 2 [5/4] [UUU_U]\n"
        "      \n"
        "md3 : active raid5 sdk[0] sdl[1] sdm[3](F)\n"
        "      2093056 blocks super 1.2 level 5, 512k chunk, algorithm 2 [3/2] [UU_]\n"
        "      \n"
        "md4 : active raid10 sdn[0] sdo[1] sdp[2] sdq[3]\n"
        "      2093056 blocks super 1.2 512K chunks 2 near-copies [4/4] [UUUU]\n"
        "      \n"
        "md5 : active raid10 sdr[0] sds[1](F) sdt[2] sdu[3]\n"
        "      2093056 blocks super 1.2 512K chunks 3 near-copies [4/3] [U_UU]\n"
        "      \n"
        "unused devices: <none>\n");
    const HostSnapshot s = builtBy<buildStorage>(raw);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message + s.problems.value(0).line));
    const auto tolerated = [&](const char *name) { return failuresTolerated(*s.mirror(QLatin1String(name))); };
    QCOMPARE(s.mirror(QStringLiteral("md0"))->membersWorking, 3);
    QCOMPARE(tolerated("md0"), 2);
    QCOMPARE(tolerated("md1"), 0);
    QCOMPARE(tolerated("md2"), 1);
    QCOMPARE(tolerated("md3"), 0);
    QCOMPARE(tolerated("md4"), 1);
    QCOMPARE(s.mirror(QStringLiteral("md5"))->layout, QStringLiteral("3 near-copies"));
    QCOMPARE(tolerated("md5"), 1);

    QMap<QString, Finding> byObject;
    for (const Finding &f : findingsFor(s))
        byObject.insert(f.object, f);
    const Finding fourWay = byObject.value(QStringLiteral("md0"));
    QCOMPARE(fourWay.id, QStringLiteral("storage.mirror-degraded"));
    QCOMPARE(fourWay.severity, Severity::Warning);
    QVERIFY2(fourWay.message.contains(QLatin1String("3 of 4")) && fourWay.message.contains(QLatin1String("2 more")),
             qPrintable(fourWay.message));
    QVERIFY2(!fourWay.message.contains(QLatin1String("one disk")), qPrintable(fourWay.message));
    const Finding lastCopy = byObject.value(QStringLiteral("md1"));
    QCOMPARE(lastCopy.id, QStringLiteral("storage.mirror-simplex"));
    QCOMPARE(lastCopy.severity, Severity::Error);
    QCOMPARE(byObject.value(QStringLiteral("md2")).severity, Severity::Warning);
    QCOMPARE(byObject.value(QStringLiteral("md3")).severity, Severity::Error);
    QVERIFY(!byObject.contains(QStringLiteral("md4")));
}

// A real recovery's first sample: sysfs sync_completed still says 0 (it moves in
// checkpoints) while mdstat already reports 4.5 %. The console shows the latter.
void TestStorageBuilder::progressFollowsMdstatWhenSysfsLags()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("mdstat"),
        "Personalities : [raid1]\n"
        "md0 : active raid1 vdc[2] vdb[0]\n"
        "      261120 blocks super 1.2 [2/1] [U_]\n"
        "      [>....................]  recovery =  4.5% (12032/261120) finish=0.3min speed=12032K/sec\n"
        "      \n"
        "unused devices: <none>\n");
    raw.files.insert(QStringLiteral("md/md0/sysfs"),
        "/sys/block/md0/md/sync_completed:0 / 522240\n"
        "/sys/block/md0/md/sync_speed:12032\n"
        "/sys/block/md0/md/sync_action:recover\n"
        "/sys/block/md0/md/degraded:1\n");
    HostSnapshot s = builtBy<buildStorage>(raw);
    const Mirror *m = s.mirror(QStringLiteral("md0"));
    QVERIFY(m && m->sync);
    QCOMPARE(m->sync->doneSectors, qint64(24064));
    QVERIFY2(qAbs(m->sync->percent - 4.6) < 0.1, qPrintable(QString::number(m->sync->percent)));
    QCOMPARE(m->sync->finishSeconds, qint64(21)); // (261120 - 12032) KiB at 12032 KiB/s

    // When sysfs is the further one (mdstat read a moment earlier), it wins.
    raw.files[QStringLiteral("md/md0/sysfs")].replace("0 / 522240", "65536 / 522240");
    s = builtBy<buildStorage>(raw);
    QCOMPARE(s.mirror(QStringLiteral("md0"))->sync->doneSectors, qint64(65536));
}

void TestStorageBuilder::pendingOnReadOnly()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("mdstat"),
        "md127 : active (auto-read-only) raid1 vdc[1] vdb[0]\n"
        "      261120 blocks super 1.2 [2/2] [UU]\n"
        "      \tresync=PENDING\n");
    // sysfs has no word for a pending resync: idle must not hide mdstat's PENDING
    raw.files.insert(QStringLiteral("md/md127/sysfs"),
        "/sys/block/md127/md/sync_action:idle\n/sys/block/md127/md/sync_completed:none\n"
        "/sys/block/md127/md/array_state:read-auto\n/sys/block/md127/md/degraded:0\n");
    const HostSnapshot s = builtBy<buildStorage>(raw);
    const Mirror &m = s.mirrors.value(0);
    QVERIFY(m.readOnly);
    QCOMPARE(m.state, OpState::Syncing);
    QCOMPARE(m.sync->action, QStringLiteral("pending"));
}

void TestStorageBuilder::diskRolesFromPartitions()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("mdstat"),
        "md1 : active raid1 sdb2[1] sda2[0]\n      975585280 blocks super 1.2 [2/2] [UU]\n");
    raw.files.insert(QStringLiteral("lsblk.json"), R"({"blockdevices": [
      {"name":"sda","type":"disk","size":1000204886016,"fstype":null,"mountpoints":[null],"children":[
        {"name":"sda1","type":"part","size":536870912,"fstype":"vfat","mountpoints":["/boot/efi"]},
        {"name":"sda2","type":"part","size":999666221056,"fstype":"linux_raid_member","mountpoints":[null],
         "children":[{"name":"md1","type":"raid1","size":999000000000,"mountpoints":["/"]}]}]},
      {"name":"sdb","type":"disk","size":1000204886016,"children":[
        {"name":"sdb2","type":"part","size":999666221056,"fstype":"linux_raid_member"}]},
      {"name":"sdc","type":"disk","size":2000398934016,"fstype":"LVM2_member","children":[
        {"name":"vg-data","type":"lvm","size":2000000000000,"mountpoints":["/srv"]}]},
      {"name":"sdd","type":"disk","size":2000398934016,"children":[
        {"name":"sdd1","type":"part","size":2000000000000,"fstype":"ext4"}]},
      {"name":"sde","type":"disk","size":2000398934016},
      {"name":"sdg","type":"disk","size":2000398934016,"fstype":"linux_raid_member"},
      {"name":"zram0","type":"disk","size":4294967296,"mountpoints":["[SWAP]"]},
      {"name":"loop0","type":"loop","size":0},
      {"name":"sdf","type":"disk","size":0}
    ]})");
    const HostSnapshot s = builtBy<buildStorage>(raw);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    QCOMPARE(s.disks.size(), 6);
    const Disk *sda = s.disk(QStringLiteral("sda"));
    QCOMPARE(sda->role, DiskRole::MirrorMember);
    QCOMPARE(sda->mirror, QStringLiteral("md1"));
    QCOMPARE(sda->partitions, QStringList({QStringLiteral("sda1"), QStringLiteral("sda2")}));
    QCOMPARE(sda->mountpoints, QStringList({QStringLiteral("/boot/efi")})); // md1's "/" is the mirror's
    QCOMPARE(s.disk(QStringLiteral("sdb"))->mirror, QStringLiteral("md1"));
    const Disk *sdc = s.disk(QStringLiteral("sdc"));
    QCOMPARE(sdc->role, DiskRole::InUse);
    QVERIFY(sdc->inUseReason.contains(QLatin1String("LVM2_member")));
    QVERIFY(sdc->inUseReason.contains(QLatin1String("vg-data")));
    const Disk *sdd = s.disk(QStringLiteral("sdd"));
    QCOMPARE(sdd->role, DiskRole::InUse);
    QVERIFY(sdd->inUseReason.contains(QLatin1String("sdd1")));
    QCOMPARE(s.disk(QStringLiteral("sde"))->role, DiskRole::Unconfigured);
    // a removed member keeps its signature but names no array
    const Disk *sdg = s.disk(QStringLiteral("sdg"));
    QCOMPARE(sdg->role, DiskRole::InUse);
    QVERIFY(sdg->mirror.isEmpty());
    QVERIFY(sdg->inUseReason.contains(QLatin1String("not running")));
    QVERIFY(!s.disk(QStringLiteral("zram0")));
    QVERIFY(!s.disk(QStringLiteral("sdf")));
}

QTEST_GUILESS_MAIN(TestStorageBuilder)
#include "tst_storagebuilder.moc"
