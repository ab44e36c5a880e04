// buildSnapshot over lab captures assembled the way the poller delivers them.

#include "Fixture.h"
#include "checks/Findings.h"
#include "model/Modules.h"
#include "model/RawSources.h"
#include "model/SyncSmoother.h"

#include <QTimeZone>
#include <QtTest>

using namespace ftc;
using ftc::test::fixture;

namespace {
QByteArray md(const QString &kind, const QString &state)
{
    return fixture(QStringLiteral("lab/md/%1_%2.txt").arg(kind, state));
}

RawSources mdSources(const QString &state, bool withDetail, bool withSysfs)
{
    RawSources raw;
    raw.label = QStringLiteral("lab");
    raw.files.insert(QStringLiteral("mdstat"), md(QStringLiteral("mdstat"), state));
    const QString name = state == QLatin1String("md127_auto_read_only") ? QStringLiteral("md127") : QStringLiteral("md0");
    if (withDetail)
        raw.files.insert(QStringLiteral("md/%1/detail").arg(name), md(QStringLiteral("detail_export"), state));
    if (withSysfs)
        raw.files.insert(QStringLiteral("md/%1/sysfs").arg(name), md(QStringLiteral("sysfs"), state));
    return raw;
}

QString membersText(const Mirror &m)
{
    QStringList out;
    for (const MirrorMember &x : m.members)
        out.append(QStringLiteral("%1@%2=%3").arg(x.device).arg(x.slot).arg(memberStateName(x.state)));
    return out.join(QLatin1Char(','));
}

// The sys-block / sys-net listings of a two-module host: module 10 and 11 each
// with disks on two ports and NICs on two functions.
const QByteArray kSysBlock =
    "total 0\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 vda -> ../devices/pci0000:10/0000:10:05.0/virtio2/block/vda\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 vdb -> ../devices/pci0000:10/0000:10:06.0/virtio3/block/vdb\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 vdc -> ../devices/pci0000:11/0000:11:07.0/virtio4/block/vdc\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 vdd -> ../devices/pci0000:11/0000:11:01.0/virtio5/block/vdd\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 md0 -> ../devices/virtual/block/md0\n";
const QByteArray kSysNet =
    "total 0\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 bond0 -> ../../devices/virtual/net/bond0\n"
    "-rw-r--r-- 1 root root 4096 Nov 24 23:00 bonding_masters\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 eth0 -> ../../devices/pci0000:10/0000:10:03.0/virtio0/net/eth0\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 eth1 -> ../../devices/pci0000:10/0000:10:04.0/virtio1/net/eth1\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 eth2 -> ../../devices/pci0000:11/0000:11:04.0/virtio2/net/eth2\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 lo -> ../../devices/virtual/net/lo\n";
} // namespace

class TestSnapshotBuilder : public QObject {
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
    void disksAndModules();
    void moduleOverrides();
    void diskRolesFromPartitions();
    void nicFiltering();
    void teamFromBondingFileOnly();
    void vmCpuLimits();
    void teamsAndNics_data();
    void teamsAndNics();
    void vms();
    void host();
    void problems();
    void emptySources();
};

void TestSnapshotBuilder::mirrorStates_data()
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
    QTest::newRow("checking") << "checking" << "Syncing" << "check" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
    QTest::newRow("checking2") << "checking2" << "Syncing" << "check" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
    QTest::newRow("resyncing") << "resyncing" << "Syncing" << "resync" << "vdb@0=in_sync,vdc@1=in_sync" << 2;
}

void TestSnapshotBuilder::mirrorStates()
{
    QFETCH(QString, state);
    QFETCH(QString, opState);
    QFETCH(QString, action);
    QFETCH(QString, members);
    QFETCH(int, working);
    const HostSnapshot s = buildSnapshot(mdSources(state, true, true));
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

void TestSnapshotBuilder::recoveringFromSysfs()
{
    const HostSnapshot s = buildSnapshot(mdSources(QStringLiteral("recovering"), true, true));
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

void TestSnapshotBuilder::recoveringFromMdstatOnly()
{
    const HostSnapshot s = buildSnapshot(mdSources(QStringLiteral("recovering"), false, false));
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

    const HostSnapshot r = buildSnapshot(mdSources(QStringLiteral("readd_bitmap_recovering"), true, false));
    QCOMPARE(r.mirrors.value(0).state, OpState::Syncing);
    QCOMPARE(membersText(r.mirrors.value(0)), QStringLiteral("vdb@0=in_sync,vdc@1=rebuilding"));
    QVERIFY(!r.mirrors.value(0).bitmap.isEmpty());
}

void TestSnapshotBuilder::failedMemberNotMissing()
{
    const HostSnapshot s = buildSnapshot(mdSources(QStringLiteral("failed"), false, false));
    QCOMPARE(membersText(s.mirrors.value(0)), QStringLiteral("vdb@0=in_sync,vdc@-1=faulty"));
    QCOMPARE(s.mirrors.value(0).state, OpState::Simplex);
}

namespace {
// The samples of a lab timeline as the poller would have delivered them, each
// with the time it was taken ("=== t=EPOCH.NANOS").
QList<RawSources> timelineSources(const QString &file)
{
    QList<RawSources> raws;
    QString section;
    for (const QByteArray &line : fixture(QStringLiteral("lab/md/") + file).split('\n')) {
        if (line.startsWith("=== t=")) {
            RawSources raw;
            raw.takenAt = QDateTime::fromMSecsSinceEpoch(qint64(line.mid(6).toDouble() * 1000), Qt::UTC);
            raws.append(raw);
            continue;
        }
        if (raws.isEmpty())
            continue;
        if (line.startsWith("--- ")) {
            section = QString::fromUtf8(line.mid(4));
            continue;
        }
        RawSources &raw = raws.last();
        if (section == QLatin1String("cat /proc/mdstat"))
            raw.files[QStringLiteral("mdstat")] += line + '\n';
        else if (section.startsWith(QLatin1String("mdadm")))
            raw.files[QStringLiteral("md/md0/detail")] += line + '\n';
        else if (section.startsWith(QLatin1String("/sys/")) && !line.isEmpty())
            raw.files[QStringLiteral("md/md0/sysfs")] += section.toUtf8() + ':' + line + '\n';
    }
    return raws;
}
} // namespace

void TestSnapshotBuilder::timelines_data()
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
void TestSnapshotBuilder::timelines()
{
    QFETCH(QString, file);
    QFETCH(QString, action);
    const QList<RawSources> raws = timelineSources(file);
    QVERIFY(raws.size() >= 2);
    double lastPercent = -1;
    int syncing = 0;
    for (const RawSources &raw : std::as_const(raws)) {
        const HostSnapshot s = buildSnapshot(raw);
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
        QCOMPARE(m.state, OpState::Syncing);
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


void TestSnapshotBuilder::timeLeftCountsDown_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("recovery_throttled") << "recovery_throttled_timeline.txt";
    QTest::newRow("resync") << "resync_timeline.txt";
    QTest::newRow("check") << "check_timeline.txt";
}

// Real syncs sampled every ~1.7 s: the time left the console shows must count
// down (never jump back up by more than a second) and be close to the truth,
// which the timeline itself records: the sample where the sync was over.
void TestSnapshotBuilder::timeLeftCountsDown()
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
        const bool running = buildSnapshot(raws[i]).mirrors.value(0).sync.has_value();
        seenRunning = seenRunning || running;
        if (seenRunning && !running && endMs < 0)
            endMs = raws[i].takenAt.toMSecsSinceEpoch();
    }
    SyncSmoother smoother;
    qint64 lastFinish = -1;
    int estimates = 0;
    QStringList trace;
    for (const RawSources &raw : raws) {
        HostSnapshot s = buildSnapshot(raw);
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

void TestSnapshotBuilder::raidLevelsAndContainers()
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
    const HostSnapshot s = buildSnapshot(raw);
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
void TestSnapshotBuilder::containerDisksAreNotBlank()
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
    const HostSnapshot s = buildSnapshot(raw);
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

void TestSnapshotBuilder::replacementIsRebuilding_data()
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

void TestSnapshotBuilder::replacementIsRebuilding()
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
    const HostSnapshot s = buildSnapshot(raw);
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
void TestSnapshotBuilder::degradedKeepsRedundancy()
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
    const HostSnapshot s = buildSnapshot(raw);
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
    QCOMPARE(fourWay.severity, QStringLiteral("warning"));
    QVERIFY2(fourWay.message.contains(QLatin1String("3 of 4")) && fourWay.message.contains(QLatin1String("2 more")),
             qPrintable(fourWay.message));
    QVERIFY2(!fourWay.message.contains(QLatin1String("one disk")), qPrintable(fourWay.message));
    const Finding lastCopy = byObject.value(QStringLiteral("md1"));
    QCOMPARE(lastCopy.id, QStringLiteral("storage.mirror-simplex"));
    QCOMPARE(lastCopy.severity, QStringLiteral("error"));
    QCOMPARE(byObject.value(QStringLiteral("md2")).severity, QStringLiteral("warning"));
    QCOMPARE(byObject.value(QStringLiteral("md3")).severity, QStringLiteral("error"));
    QVERIFY(!byObject.contains(QStringLiteral("md4")));
}

// A real recovery's first sample: sysfs sync_completed still says 0 (it moves in
// checkpoints) while mdstat already reports 4.5 %. The console shows the latter.
void TestSnapshotBuilder::progressFollowsMdstatWhenSysfsLags()
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
    HostSnapshot s = buildSnapshot(raw);
    const Mirror *m = s.mirror(QStringLiteral("md0"));
    QVERIFY(m && m->sync);
    QCOMPARE(m->sync->doneSectors, qint64(24064));
    QVERIFY2(qAbs(m->sync->percent - 4.6) < 0.1, qPrintable(QString::number(m->sync->percent)));
    QCOMPARE(m->sync->finishSeconds, qint64(21)); // (261120 - 12032) KiB at 12032 KiB/s

    // When sysfs is the further one (mdstat read a moment earlier), it wins.
    raw.files[QStringLiteral("md/md0/sysfs")].replace("0 / 522240", "65536 / 522240");
    s = buildSnapshot(raw);
    QCOMPARE(s.mirror(QStringLiteral("md0"))->sync->doneSectors, qint64(65536));
}

void TestSnapshotBuilder::pendingOnReadOnly()
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
    const HostSnapshot s = buildSnapshot(raw);
    const Mirror &m = s.mirrors.value(0);
    QVERIFY(m.readOnly);
    QCOMPARE(m.state, OpState::Syncing);
    QCOMPARE(m.sync->action, QStringLiteral("pending"));
}

void TestSnapshotBuilder::disksAndModules()
{
    RawSources raw = mdSources(QStringLiteral("clean"), true, false);
    raw.files.insert(QStringLiteral("lsblk.json"), fixture(QStringLiteral("lab/sys/lsblk_J_b_O.json")));
    raw.files.insert(QStringLiteral("sys-block"), kSysBlock);
    const HostSnapshot s = buildSnapshot(raw);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    QStringList names;
    for (const Disk &d : s.disks)
        names.append(d.name);
    QCOMPARE(names, QStringList({QStringLiteral("vda"), QStringLiteral("vdb"), QStringLiteral("vdc"),
                                 QStringLiteral("vdd")})); // fd0 and sr0 are not disks to mirror
    const Disk *vda = s.disk(QStringLiteral("vda"));
    QCOMPARE(vda->role, DiskRole::InUse);
    QVERIFY(vda->inUseReason.contains(QLatin1String("mounted at /")));
    QCOMPARE(vda->path, QStringLiteral("/dev/vda"));
    const Disk *vdb = s.disk(QStringLiteral("vdb"));
    QCOMPARE(vdb->role, DiskRole::MirrorMember);
    QCOMPARE(vdb->mirror, QStringLiteral("md0"));
    QCOMPARE(vdb->sizeBytes, qint64(268435456));
    QCOMPARE(s.disk(QStringLiteral("vdc"))->mirror, QStringLiteral("md0"));
    QCOMPARE(s.disk(QStringLiteral("vdd"))->role, DiskRole::Unconfigured);
    QVERIFY(s.disk(QStringLiteral("vdd"))->inUseReason.isEmpty());

    // Modules from PCI roots; slots by PCI address within each module.
    QCOMPARE(vda->module, QStringLiteral("10"));
    QCOMPARE(vda->slot, 0);
    QCOMPARE(vdb->module, QStringLiteral("10"));
    QCOMPARE(vdb->slot, 1);
    QCOMPARE(s.disk(QStringLiteral("vdd"))->slot, 0); // 0000:11:01.0 sorts before 0000:11:07.0
    QCOMPARE(s.disk(QStringLiteral("vdc"))->slot, 1);
    QCOMPARE(s.modules.size(), 2);
    QCOMPARE(s.modules[0].id, QStringLiteral("10"));
    QCOMPARE(s.modules[0].disks, QStringList({QStringLiteral("vda"), QStringLiteral("vdb")}));
    QCOMPARE(s.modules[1].disks, QStringList({QStringLiteral("vdd"), QStringLiteral("vdc")}));
}

void TestSnapshotBuilder::moduleOverrides()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("lsblk.json"), fixture(QStringLiteral("lab/sys/lsblk_J_b_selected.json")));
    raw.files.insert(QStringLiteral("sys-block"), kSysBlock);
    raw.moduleOverrides.insert(QStringLiteral("vda"), QStringLiteral("11"));
    const HostSnapshot s = buildSnapshot(raw);
    QCOMPARE(s.disk(QStringLiteral("vda"))->module, QStringLiteral("11"));
    // an overridden device keeps its PCI address for ordering: 0000:10:05.0 first
    QCOMPARE(s.modules.value(1).disks,
             QStringList({QStringLiteral("vda"), QStringLiteral("vdd"), QStringLiteral("vdc")}));
    QCOMPARE(s.modules.value(0).disks, QStringList({QStringLiteral("vdb")}));
    // without mdstat, the md0 node lsblk shows under vdb still names the array
    QCOMPARE(s.disk(QStringLiteral("vdb"))->role, DiskRole::MirrorMember);
    QCOMPARE(s.disk(QStringLiteral("vdb"))->mirror, QStringLiteral("md0"));

    const QMap<QString, Placement> p = placeDevices({{QStringLiteral("x"), QString()}}, {});
    QCOMPARE(p.value(QStringLiteral("x")).module, QString());
    QCOMPARE(p.value(QStringLiteral("x")).slot, -1);
}

void TestSnapshotBuilder::diskRolesFromPartitions()
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
    const HostSnapshot s = buildSnapshot(raw);
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

void TestSnapshotBuilder::nicFiltering()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("ip-link.json"), R"([
      {"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP"],"link_type":"loopback","operstate":"UNKNOWN"},
      {"ifindex":2,"ifname":"enp16s0f0","flags":["BROADCAST","UP","LOWER_UP"],"operstate":"UP","link_type":"ether",
       "address":"b4:96:91:00:00:01","parentbus":"pci","parentdev":"0000:10:00.0"},
      {"ifindex":3,"ifname":"enp17s0f0","flags":["BROADCAST"],"operstate":"DOWN","link_type":"ether",
       "address":"b4:96:91:00:00:02"},
      {"ifindex":4,"ifname":"br0","flags":["UP"],"link_type":"ether","linkinfo":{"info_kind":"bridge"}},
      {"ifindex":5,"ifname":"vnet0","flags":["UP"],"link_type":"ether","linkinfo":{"info_kind":"tun"}},
      {"ifindex":6,"ifname":"dummy0","flags":["UP"],"link_type":"ether"},
      {"ifindex":7,"ifname":"wg0","flags":["UP"],"link_type":"none","linkinfo":{"info_kind":"wireguard"}}
    ])");
    raw.files.insert(QStringLiteral("sys-net"),
        "lrwxrwxrwx 1 root root 0 Nov 24 23:00 dummy0 -> ../../devices/virtual/net/dummy0\n"
        "lrwxrwxrwx 1 root root 0 Nov 24 23:00 enp16s0f0 -> ../../devices/pci0000:10/0000:10:00.0/net/enp16s0f0\n"
        "lrwxrwxrwx 1 root root 0 Nov 24 23:00 enp17s0f0 -> ../../devices/pci0000:11/0000:11:00.0/net/enp17s0f0\n");
    const HostSnapshot s = buildSnapshot(raw);
    QCOMPARE(s.nics.size(), 2);
    const Nic *a = s.nic(QStringLiteral("enp16s0f0"));
    QVERIFY(a->adminUp && a->carrier);
    QCOMPARE(a->module, QStringLiteral("10"));
    QCOMPARE(a->pciPath, QStringLiteral("0000:10:00.0"));
    const Nic *b = s.nic(QStringLiteral("enp17s0f0"));
    QVERIFY(!b->adminUp);
    QCOMPARE(b->operState, QStringLiteral("DOWN"));
    QCOMPARE(b->module, QStringLiteral("11"));
    QCOMPARE(b->slot, 0);
    QVERIFY(s.teams.isEmpty());
}

void TestSnapshotBuilder::teamFromBondingFileOnly()
{
    // a support bundle may hold /proc/net/bonding without ip-link.json
    RawSources raw;
    raw.files.insert(QStringLiteral("bonding/bond1"),
                     fixture(QStringLiteral("lab/bond/procbond_ab_after_admin_down_eth1.txt")));
    const HostSnapshot s = buildSnapshot(raw);
    QCOMPARE(s.teams.size(), 1);
    QCOMPARE(s.teams[0].name, QStringLiteral("bond1"));
    QCOMPARE(s.teams[0].kind, QStringLiteral("AFT"));
    QCOMPARE(s.teams[0].active, QStringLiteral("eth2"));
    QCOMPARE(s.teams[0].members.value(0).failures, 1);
    QCOMPARE(s.teams[0].members.value(0).link, QStringLiteral("down"));
    QCOMPARE(s.teams[0].miiStatus, QStringLiteral("up"));
}

void TestSnapshotBuilder::vmCpuLimits()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("virsh/domstats"),
        "Domain: 'DC1'\n  state.state=1\n  balloon.current=524288\n  vcpu.current=2\n\n"
        "Domain: 'FS1'\n  state.state=3\n  vcpu.current=2\n\n"
        "Domain: 'EX1'\n  state.state=4\n  vcpu.maximum=4\n");
    raw.files.insert(QStringLiteral("virsh/schedinfo/DC1"),
                     "Scheduler      : posix\ncpu_shares     : 2048\nvcpu_period    : 100000\nvcpu_quota     : 50000\n");
    raw.files.insert(QStringLiteral("virsh/schedinfo/FS1"),
                     "Scheduler      : posix\ncpu_shares     : 100\nvcpu_period    : 100000\n"
                     "vcpu_quota     : 17592186044415\n");
    raw.files.insert(QStringLiteral("virsh/schedinfo/EX1"),
                     "Scheduler      : Unknown\nerror: Operation not supported: CPU tuning is not available in session mode\n");
    const HostSnapshot s = buildSnapshot(raw);
    const Vm *dc = s.vm(QStringLiteral("DC1"));
    QCOMPARE(dc->memoryBytes, qint64(536870912));
    QCOMPARE(dc->cpu.weight, 200);
    QCOMPARE(dc->cpu.maxPct, 100); // 2 vCPUs at half a CPU each
    const Vm *fs = s.vm(QStringLiteral("FS1"));
    QCOMPARE(fs->state, QStringLiteral("paused"));
    QCOMPARE(fs->cpu.weight, 10);
    QCOMPARE(fs->cpu.maxPct, 200); // cgroup v2 "max" reads as 2^44-1: unlimited
    const Vm *ex = s.vm(QStringLiteral("EX1"));
    QCOMPARE(ex->state, QStringLiteral("in shutdown"));
    QCOMPARE(ex->vcpus, 4);
    QCOMPARE(ex->cpu.maxPct, 400);
    QCOMPARE(ex->cpu.weight, 100);
    QCOMPARE(s.problems.size(), 1); // the session-mode error is worth a note
    QCOMPARE(s.problems[0].source, QStringLiteral("virsh/schedinfo/EX1"));
}

void TestSnapshotBuilder::teamsAndNics_data()
{
    QTest::addColumn<QString>("c");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("links");
    QTest::addColumn<int>("speed");
    QTest::newRow("ab_initial") << "ab_initial" << "AFT" << "active-backup" << "eth1" << "eth1=up,eth2=up" << -1;
    QTest::newRow("ab_down") << "ab_after_admin_down_eth1" << "AFT" << "active-backup" << "eth2" << "eth1=down,eth2=up" << -1;
    QTest::newRow("carrier_off") << "ab_after_carrier_off_eth2" << "AFT" << "active-backup" << "eth1" << "eth1=up,eth2=down" << -1;
    QTest::newRow("speed1000") << "ab_speed1000" << "AFT" << "active-backup" << "eth1" << "eth1=up,eth2=up" << 1000;
    QTest::newRow("alb") << "alb_initial" << "ALB" << "balance-alb" << "eth1" << "eth1=up,eth2=up" << -1;
    QTest::newRow("lacp") << "8023ad_initial" << "LACP" << "802.3ad" << "" << "eth1=up,eth2=up" << -1;
}

void TestSnapshotBuilder::teamsAndNics()
{
    QFETCH(QString, c);
    QFETCH(QString, kind);
    QFETCH(QString, mode);
    QFETCH(QString, active);
    QFETCH(QString, links);
    QFETCH(int, speed);
    RawSources raw;
    raw.files.insert(QStringLiteral("ip-link.json"), fixture(QStringLiteral("lab/bond/ip_d_j_link_%1.json").arg(c)));
    raw.files.insert(QStringLiteral("bonding/bond0"), fixture(QStringLiteral("lab/bond/procbond_%1.txt").arg(c)));
    raw.files.insert(QStringLiteral("sys-net"), kSysNet);
    const HostSnapshot s = buildSnapshot(raw);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    QCOMPARE(s.teams.size(), 1);
    const Team &t = s.teams[0];
    QCOMPARE(t.name, QStringLiteral("bond0"));
    QCOMPARE(t.kind, kind);
    QCOMPARE(t.mode, mode);
    QCOMPARE(t.active, active);
    QCOMPARE(t.miimonMs, 100);
    QStringList got;
    for (const TeamMember &m : t.members) {
        got.append(m.name + QLatin1Char('=') + m.link);
        QCOMPARE(m.speedMbps, speed);
    }
    QCOMPARE(got.join(QLatin1Char(',')), links);
    QCOMPARE(t.members.value(0).module, QStringLiteral("10"));
    QCOMPARE(t.members.value(1).module, QStringLiteral("11"));

    QCOMPARE(s.nics.size(), 3); // lo and bond0 are not adapters
    const Nic *eth1 = s.nic(QStringLiteral("eth1"));
    QCOMPARE(eth1->master, QStringLiteral("bond0"));
    QCOMPARE(eth1->mac, QStringLiteral("52:54:00:00:00:11"));
    QCOMPARE(eth1->speedMbps, speed);
    QCOMPARE(eth1->module, QStringLiteral("10"));
    QCOMPARE(eth1->slot, 1);
    QCOMPARE(eth1->pciPath, QStringLiteral("0000:10:04.0"));
    QCOMPARE(s.nic(QStringLiteral("eth0"))->slot, 0);
    QCOMPARE(s.nic(QStringLiteral("eth2"))->module, QStringLiteral("11"));
    QCOMPARE(s.modules.value(0).nics, QStringList({QStringLiteral("eth0"), QStringLiteral("eth1")}));
}

void TestSnapshotBuilder::vms()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("virsh/domstats"), fixture(QStringLiteral("libvirt/qemu_domstats_raw.txt")));
    raw.files.insert(QStringLiteral("virsh/autostart"), fixture(QStringLiteral("libvirt/qemu_list_all_name.txt")));
    raw.files.insert(QStringLiteral("virsh/schedinfo/spin1"), fixture(QStringLiteral("libvirt/qemu_schedinfo_after.txt")));
    const HostSnapshot s = buildSnapshot(raw);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.vms.size(), 1);
    const Vm &v = s.vms[0];
    QCOMPARE(v.name, QStringLiteral("spin1"));
    QCOMPARE(v.state, QStringLiteral("running"));
    QCOMPARE(v.memoryBytes, qint64(65536) * 1024);
    QCOMPARE(v.maxMemoryBytes, qint64(65536) * 1024);
    QCOMPARE(v.vcpus, 1);
    QCOMPARE(v.cpuTimeNs, qint64(22909742000));
    QVERIFY(v.autostart);
    QCOMPARE(v.cpu.cpuShares, qint64(512));
    QCOMPARE(v.cpu.weight, 50);
    QCOMPARE(v.cpu.maxPct, 50);
    QCOMPARE(v.cpu.reservePct, 0);

    raw.files.insert(QStringLiteral("virsh/schedinfo/spin1"), fixture(QStringLiteral("libvirt/qemu_schedinfo_default.txt")));
    raw.files.insert(QStringLiteral("virsh/domstats"), fixture(QStringLiteral("libvirt/qemu_domstats_shutoff.txt")));
    raw.files.insert(QStringLiteral("virsh/autostart"), QByteArray());
    const HostSnapshot d = buildSnapshot(raw);
    QCOMPARE(d.vms.value(0).state, QStringLiteral("shut off"));
    QCOMPARE(d.vms.value(0).cpu.weight, 100);
    QCOMPARE(d.vms.value(0).cpu.maxPct, 100);
    QVERIFY(!d.vms.value(0).autostart);
}

void TestSnapshotBuilder::host()
{
    RawSources raw;
    raw.label = QStringLiteral("ssh://root@lab:22");
    raw.files.insert(QStringLiteral("hostname"), "labguest\n");
    raw.files.insert(QStringLiteral("cpuinfo"), fixture(QStringLiteral("lab/sys/cpuinfo_full.txt")));
    raw.files.insert(QStringLiteral("meminfo"), fixture(QStringLiteral("lab/sys/meminfo_full.txt")));
    raw.files.insert(QStringLiteral("virsh/nodeinfo"), fixture(QStringLiteral("libvirt/test_nodeinfo.txt")));
    const HostSnapshot s = buildSnapshot(raw);
    QCOMPARE(s.label, raw.label);
    QCOMPARE(s.info.name, QStringLiteral("labguest"));
    QCOMPARE(s.info.cpus, 2); // the host's own /proc wins over libvirt
    QCOMPARE(s.info.mhz, 2096);
    QCOMPARE(s.info.memoryBytes, qint64(983460) * 1024);
    QCOMPARE(s.info.memoryAvailableBytes, qint64(797680) * 1024);
    QCOMPARE(s.info.cpuModel, QStringLiteral("QEMU Virtual CPU version 2.5+"));

    RawSources node;
    node.label = QStringLiteral("bundle:/tmp/x");
    node.files.insert(QStringLiteral("virsh/nodeinfo"), fixture(QStringLiteral("libvirt/qemu_nodeinfo.txt")));
    const HostSnapshot n = buildSnapshot(node);
    QCOMPARE(n.info.name, node.label);
    QCOMPARE(n.info.cpus, 2);
    QCOMPARE(n.info.mhz, 2096);
    QCOMPARE(n.info.memoryBytes, qint64(4679456) * 1024);
}

void TestSnapshotBuilder::problems()
{
    RawSources raw = mdSources(QStringLiteral("clean"), false, false);
    raw.files[QStringLiteral("mdstat")].append("this line is not mdstat\n");
    raw.commands.insert(QStringLiteral("mdstat"), QStringLiteral("cat /proc/mdstat"));
    raw.problems.append({QStringLiteral("virsh/domstats"), QStringLiteral("virsh ..."),
                         QStringLiteral("virsh not installed"), {}});
    raw.files.insert(QStringLiteral("virsh/schedinfo/x"), "garbage\n"); // no such VM: not read
    QByteArray noise;
    for (int i = 0; i < 100; ++i)
        noise += "noise " + QByteArray::number(i) + "\n";
    raw.files.insert(QStringLiteral("meminfo"), noise);
    const HostSnapshot s = buildSnapshot(raw);
    QCOMPARE(s.mirrors.size(), 1); // the rest still parsed
    QCOMPARE(s.mirrors[0].state, OpState::Duplex);
    QCOMPARE(s.problems.value(0).message, QStringLiteral("virsh not installed"));
    int mdstatProblems = 0, meminfoProblems = 0;
    for (const Problem &p : s.problems) {
        if (p.source == QLatin1String("mdstat")) {
            ++mdstatProblems;
            QCOMPARE(p.command, QStringLiteral("cat /proc/mdstat"));
            QCOMPARE(p.line, QStringLiteral("this line is not mdstat"));
            QVERIFY(p.message.contains(QLatin1String("line 6")));
        }
        if (p.source == QLatin1String("meminfo"))
            ++meminfoProblems;
    }
    QCOMPARE(mdstatProblems, 1);
    QCOMPARE(meminfoProblems, 21); // 20 detailed, one "N more"
}

void TestSnapshotBuilder::emptySources()
{
    RawSources raw;
    raw.label = QStringLiteral("demo");
    const HostSnapshot s = buildSnapshot(raw);
    QVERIFY(s.problems.isEmpty());
    QVERIFY(s.mirrors.isEmpty() && s.disks.isEmpty() && s.nics.isEmpty() && s.teams.isEmpty() && s.vms.isEmpty());
    QCOMPARE(s.info.name, QStringLiteral("demo"));
}

QTEST_GUILESS_MAIN(TestSnapshotBuilder)
#include "tst_snapshotbuilder.moc"

// Seen on a real kernel: right after a recovery, sync_action still says "recover"
// while sync_completed is back to "none" and mdstat shows no progress line.
void TestSnapshotBuilder::recoveryEndingDoesNotJumpBackToZero()
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
    const HostSnapshot s = buildSnapshot(raw);
    const Mirror *m = s.mirror(QStringLiteral("md0"));
    QVERIFY(m);
    QVERIFY(!m->sync.has_value());
    QCOMPARE(m->state, OpState::Duplex);
}
