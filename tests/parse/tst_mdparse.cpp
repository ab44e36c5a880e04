// mdstat, mdadm --detail --export and md sysfs parsers: every lab capture plus
// the grammar of md.c / raid*.c status functions the lab could not produce.

#include "Fixture.h"
#include "parse/MdDetail.h"
#include "parse/MdSysfs.h"
#include "parse/Mdstat.h"

#include <QtTest>

using namespace ftc;
using ftc::test::fixture;

namespace {
// "vdc:2,vdb:0F" - device, bracket number and flags, in printed order.
QString membersText(const MdstatArray &a)
{
    QStringList out;
    for (const MdstatMember &m : a.members) {
        QString s = QStringLiteral("%1:%2").arg(m.device).arg(m.descNr);
        if (m.writeMostly) s += QLatin1Char('W');
        if (m.journal) s += QLatin1Char('J');
        if (m.faulty) s += QLatin1Char('F');
        if (m.spare) s += QLatin1Char('S');
        if (m.replacement) s += QLatin1Char('R');
        out.append(s);
    }
    return out.join(QLatin1Char(','));
}
} // namespace

class TestMdParse : public QObject {
    Q_OBJECT
private slots:
    void mdstatFixtures_data();
    void mdstatFixtures();
    void mdstatPersonalities();
    void raid5Recovery();
    void raid5Reshape();
    void raid10DelayedAndRaid6Pending();
    void containers();
    void threeWayMirrorFlags();
    void linearRaid0MultipathFaulty();
    void oldKernelFormat();
    void bitmapWithFile();
    void malformedLinesReported();
    void emptyAndGarbage();
    void detailFixtures_data();
    void detailFixtures();
    void detailRoles();
    void sysfsFixtureForm();
    void sysfsGrepForm();
    void sysfsWords();
};

void TestMdParse::mdstatFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("arrays");
    QTest::addColumn<QString>("members");
    QTest::addColumn<QString>("disks");     // "n/m status"
    QTest::addColumn<QString>("sync");      // "action percent done/total speed finish"
    QTest::addColumn<int>("bitmapPages");
    QTest::addColumn<bool>("autoReadOnly");

    QTest::newRow("empty") << "mdstat_empty.txt" << 0 << "" << "" << "" << -1 << false;
    QTest::newRow("after_modprobe") << "mdstat_after_modprobe.txt" << 0 << "" << "" << "" << -1 << false;
    QTest::newRow("stopped") << "mdstat_stopped.txt" << 0 << "" << "" << "" << -1 << false;
    QTest::newRow("degraded_missing") << "mdstat_degraded_missing.txt" << 1 << "vdb:0" << "2/1 U_" << "" << -1 << false;
    QTest::newRow("recovering") << "mdstat_recovering.txt" << 1 << "vdc:2,vdb:0" << "2/1 U_"
                                << "recovery 19.5 51200/261120 12800 0.2" << -1 << false;
    QTest::newRow("clean") << "mdstat_clean.txt" << 1 << "vdc:2,vdb:0" << "2/2 UU" << "" << -1 << false;
    QTest::newRow("clean_final") << "mdstat_clean_final.txt" << 1 << "vdc:1,vdb:0" << "2/2 UU" << "" << -1 << false;
    QTest::newRow("failed") << "mdstat_failed.txt" << 1 << "vdc:2F,vdb:0" << "2/1 U_" << "" << -1 << false;
    QTest::newRow("removed") << "mdstat_removed.txt" << 1 << "vdb:0" << "2/1 U_" << "" << -1 << false;
    QTest::newRow("clean_bitmap") << "mdstat_clean_bitmap.txt" << 1 << "vdc:2,vdb:0" << "2/2 UU" << "" << 1 << false;
    QTest::newRow("removed_bitmap") << "mdstat_removed_bitmap.txt" << 1 << "vdb:0" << "2/1 U_" << "" << 1 << false;
    QTest::newRow("readd_bitmap_recovering") << "mdstat_readd_bitmap_recovering.txt" << 1 << "vdc:2,vdb:0"
                                             << "2/1 U_" << "recovery 22.8 60288/261120 12057 0.2" << 1 << false;
    QTest::newRow("checking") << "mdstat_checking.txt" << 1 << "vdc:2,vdb:0" << "2/2 UU"
                              << "check 7.8 20480/261120 10240 0.3" << 1 << false;
    QTest::newRow("checking2") << "mdstat_checking2.txt" << 1 << "vdc:2,vdb:0" << "2/2 UU"
                               << "check 34.4 90240/261120 10026 0.2" << 0 << false;
    QTest::newRow("resyncing") << "mdstat_resyncing.txt" << 1 << "vdc:1,vdb:0" << "2/2 UU"
                               << "resync 27.2 71424/261120 11904 0.2" << -1 << false;
    QTest::newRow("md127_auto_read_only") << "mdstat_md127_auto_read_only.txt" << 1 << "vdc:1,vdb:0" << "2/2 UU"
                                          << "" << -1 << true;
}

void TestMdParse::mdstatFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, arrays);
    QFETCH(QString, members);
    QFETCH(QString, disks);
    QFETCH(QString, sync);
    QFETCH(int, bitmapPages);
    QFETCH(bool, autoReadOnly);

    const QByteArray text = fixture(QStringLiteral("lab/md/") + file);
    QVERIFY(!text.isEmpty());
    const Mdstat md = parseMdstat(text);
    QVERIFY2(md.errors.isEmpty(), qPrintable(md.errors.value(0).text));
    QCOMPARE(md.personalities.size(), 8);
    QVERIFY(md.personalities.contains(QStringLiteral("raid1")));
    QCOMPARE(md.arrays.size(), arrays);
    QVERIFY(md.unusedDevices.isEmpty());
    if (arrays == 0)
        return;
    const MdstatArray &a = md.arrays.first();
    QCOMPARE(a.name, autoReadOnly ? QStringLiteral("md127") : QStringLiteral("md0"));
    QVERIFY(a.active);
    QCOMPARE(a.personality, QStringLiteral("raid1"));
    QCOMPARE(a.blocks, 261120);
    QCOMPARE(a.superblock, QStringLiteral("1.2"));
    QCOMPARE(membersText(a), members);
    QCOMPARE(QStringLiteral("%1/%2 %3").arg(a.raidDisks).arg(a.workingDisks).arg(a.status), disks);
    QCOMPARE(a.autoReadOnly, autoReadOnly);
    QVERIFY(!a.readOnly);
    QCOMPARE(a.bitmapPages, bitmapPages);
    if (bitmapPages >= 0) {
        QCOMPARE(a.bitmapTotalPages, 1);
        QVERIFY(a.bitmap.endsWith(QLatin1String("65536KB chunk")));
    }
    if (sync.isEmpty()) {
        QVERIFY(!a.sync);
        return;
    }
    QVERIFY(a.sync);
    const QStringList parts = sync.split(QLatin1Char(' '));
    QCOMPARE(a.sync->action, parts[0]);
    QCOMPARE(a.sync->percent, parts[1].toDouble());
    QCOMPARE(QStringLiteral("%1/%2").arg(a.sync->doneKiB).arg(a.sync->totalKiB), parts[2]);
    QCOMPARE(a.sync->speedKiBs, parts[3].toLongLong());
    QCOMPARE(a.sync->finishMinutes, parts[4].toDouble());
}

void TestMdParse::mdstatPersonalities()
{
    const Mdstat md = parseMdstat(fixture(QStringLiteral("lab/md/mdstat_md127_auto_read_only.txt")));
    QCOMPARE(md.personalities.first(), QStringLiteral("raid1"));
    QCOMPARE(md.personalities.last(), QStringLiteral("raid10"));
}

void TestMdParse::raid5Recovery()
{
    const Mdstat md = parseMdstat(
        "Personalities : [raid6] [raid5] [raid4] \n"
        "md0 : active raid5 sdd1[4] sdc1[2] sdb1[1] sda1[0]\n"
        "      2929893888 blocks super 1.2 level 5, 512k chunk, algorithm 2 [4/3] [UUU_]\n"
        "      [>....................]  recovery =  0.4% (4091520/976631296) finish=158.4min speed=102288K/sec\n"
        "      bitmap: 0/8 pages [0KB], 65536KB chunk\n"
        "\n"
        "unused devices: <none>\n");
    QVERIFY(md.errors.isEmpty());
    QCOMPARE(md.arrays.size(), 1);
    const MdstatArray &a = md.arrays[0];
    QCOMPARE(a.personality, QStringLiteral("raid5"));
    QCOMPARE(a.level, 5);
    QCOMPARE(a.chunkKiB, 512);
    QCOMPARE(a.algorithm, 2);
    QCOMPARE(a.raidDisks, 4);
    QCOMPARE(a.workingDisks, 3);
    QCOMPARE(a.status, QStringLiteral("UUU_"));
    QCOMPARE(a.members.size(), 4);
    QVERIFY(a.sync);
    QCOMPARE(a.sync->action, QStringLiteral("recovery"));
    QCOMPARE(a.sync->percent, 0.4);
    QCOMPARE(a.sync->totalKiB, 976631296);
    QCOMPARE(a.sync->finishMinutes, 158.4);
    QCOMPARE(a.sync->speedKiBs, 102288);
    QCOMPARE(a.bitmapTotalPages, 8);
}

void TestMdParse::raid5Reshape()
{
    const Mdstat md = parseMdstat(
        "Personalities : [raid5]\n"
        "md4 : active raid5 sde[4] sdd[3] sdc[2] sdb[1]\n"
        "      1048576 blocks super 1.2 level 5, 512k chunk, algorithm 2 [4/4] [UUUU]\n"
        "      [=>...................]  reshape =  5.2% (27264/524288) finish=3.3min speed=2494K/sec\n"
        "      \n"
        "unused devices: <none>\n");
    QVERIFY(md.errors.isEmpty());
    QVERIFY(md.arrays.value(0).sync);
    QCOMPARE(md.arrays[0].sync->action, QStringLiteral("reshape"));
    QCOMPARE(md.arrays[0].sync->doneKiB, 27264);
    QCOMPARE(md.arrays[0].sync->speedKiBs, 2494);
}

void TestMdParse::raid10DelayedAndRaid6Pending()
{
    const Mdstat md = parseMdstat(
        "Personalities : [raid10] [raid6]\n"
        "md2 : active raid10 sdd[3] sdc[2] sdb[1] sda[0]\n"
        "      209584128 blocks super 1.2 512K chunks 2 near-copies [4/4] [UUUU]\n"
        "      \tresync=DELAYED\n"
        "      \n"
        "md3 : active (read-only) raid6 sdh[5] sdg[4] sdf[3] sde[2] sdd[1] sdc[0]\n"
        "      4190208 blocks super 1.2 level 6, 512k chunk, algorithm 2 [6/6] [UUUUUU]\n"
        "      \tresync=PENDING\n"
        "      \n"
        "md6 : active raid10 sdk[1] sdj[0]\n"
        "      1046528 blocks super 1.2 2 far-copies [2/2] [UU]\n"
        "      \n"
        "unused devices: <none>\n");
    QVERIFY2(md.errors.isEmpty(), qPrintable(md.errors.value(0).text));
    QCOMPARE(md.arrays.size(), 3);
    QCOMPARE(md.arrays[0].chunkKiB, 512);
    QCOMPARE(md.arrays[0].layout, QStringLiteral("2 near-copies"));
    QCOMPARE(md.arrays[0].sync->action, QStringLiteral("delayed"));
    QCOMPARE(md.arrays[0].sync->percent, -1.0);
    QVERIFY(md.arrays[1].readOnly);
    QVERIFY(!md.arrays[1].autoReadOnly);
    QCOMPARE(md.arrays[1].personality, QStringLiteral("raid6"));
    QCOMPARE(md.arrays[1].level, 6);
    QCOMPARE(md.arrays[1].sync->action, QStringLiteral("pending"));
    QCOMPARE(md.arrays[2].layout, QStringLiteral("2 far-copies"));
    QVERIFY(!md.arrays[2].sync);
}

void TestMdParse::containers()
{
    const Mdstat md = parseMdstat(
        "Personalities : [raid1]\n"
        "md126 : active raid1 sda[1] sdb[0]\n"
        "      976759808 blocks super external:/md127/0 [2/2] [UU]\n"
        "      \n"
        "md127 : inactive sdb[1](S) sda[0](S)\n"
        "      5288 blocks super external:imsm\n"
        "       \n"
        "unused devices: <none>\n");
    QVERIFY(md.errors.isEmpty());
    QCOMPARE(md.arrays.size(), 2);
    QCOMPARE(md.arrays[0].superblock, QStringLiteral("external:/md127/0"));
    const MdstatArray *c = md.array(QStringLiteral("md127"));
    QVERIFY(c);
    QVERIFY(!c->active);
    QVERIFY(c->personality.isEmpty());
    QCOMPARE(c->superblock, QStringLiteral("external:imsm"));
    QCOMPARE(membersText(*c), QStringLiteral("sdb:1S,sda:0S"));
    QCOMPARE(c->raidDisks, -1);
}

void TestMdParse::threeWayMirrorFlags()
{
    const Mdstat md = parseMdstat(
        "Personalities : [raid1] [raid5]\n"
        "md5 : active raid1 sde1[4](S) sdd1[3](R) sdc1[2](W) sdb1[1] sda1[0]\n"
        "      1047552 blocks super 1.2 [3/3] [UUU]\n"
        "      \n"
        "md7 : active raid5 nvme0n1p2[3](J) sdc[2] sdb[1](W)(F) sda[0]\n"
        "      2093056 blocks super 1.2 level 5, 64k chunk, algorithm 2 [3/2] [U_U]\n"
        "      \n"
        "unused devices: <none>\n");
    QVERIFY(md.errors.isEmpty());
    QCOMPARE(membersText(md.arrays[0]), QStringLiteral("sde1:4S,sdd1:3R,sdc1:2W,sdb1:1,sda1:0"));
    QCOMPARE(md.arrays[0].raidDisks, 3);
    QCOMPARE(membersText(md.arrays[1]), QStringLiteral("nvme0n1p2:3J,sdc:2,sdb:1WF,sda:0"));
    QCOMPARE(md.arrays[1].chunkKiB, 64);
}

void TestMdParse::linearRaid0MultipathFaulty()
{
    const Mdstat md = parseMdstat(
        "Personalities : [linear] [raid0] [multipath] [faulty]\n"
        "md8 : active linear xvdb[1] xvda[0]\n"
        "      2096128 blocks super 1.2 0k rounding\n"
        "      \n"
        "md9 : active raid0 dm-3[1] dm-2[0]\n"
        "      2093056 blocks super 1.2 512k chunks\n"
        "      \n"
        "md10 : active multipath sdc[1] sdb[0]\n"
        "      1048512 blocks [2/2] [UU]\n"
        "      \n"
        "md11 : active faulty sdf[0]\n"
        "      1048576 blocks super 1.2 nfaults=0\n"
        "      \n"
        "unused devices: sdx sdy\n");
    QVERIFY(md.errors.isEmpty());
    QCOMPARE(md.arrays.size(), 4);
    QCOMPARE(md.arrays[0].personality, QStringLiteral("linear"));
    QCOMPARE(md.arrays[0].raidDisks, -1);
    QCOMPARE(md.arrays[1].chunkKiB, 512);
    QCOMPARE(md.arrays[1].members.value(1).device, QStringLiteral("dm-2"));
    QCOMPARE(md.arrays[2].superblock, QString()); // 0.90 prints no "super"
    QCOMPARE(md.arrays[2].status, QStringLiteral("UU"));
    QCOMPARE(md.arrays[3].personality, QStringLiteral("faulty"));
    QCOMPARE(md.unusedDevices, QStringList({QStringLiteral("sdx"), QStringLiteral("sdy")}));
}

void TestMdParse::oldKernelFormat()
{
    const Mdstat md = parseMdstat(
        "Personalities : [raid1] \n"
        "read_ahead 1024 sectors\n"
        "md_d0 : active raid1 hdc1[1] hda1[0]\n"
        "      104320 blocks [2/2] [UU]\n"
        "      \n"
        "unused devices: <none>\n");
    QVERIFY(md.errors.isEmpty());
    QCOMPARE(md.arrays.value(0).name, QStringLiteral("md_d0"));
    QCOMPARE(md.arrays[0].blocks, 104320);

    // 2.4/2.6.x: md's event counter between the header and the arrays.
    const Mdstat old = parseMdstat(
        "Personalities : [raid1] \n"
        "read_ahead 1024 sectors\n"
        "Event: 8\n"
        "md0 : active raid1 sdb1[1] sda1[0]\n"
        "      4194240 blocks [2/2] [UU]\n"
        "      \n"
        "unused devices: <none>\n");
    QVERIFY2(old.errors.isEmpty(), qPrintable(old.errors.value(0).message + old.errors.value(0).text));
    QCOMPARE(old.arrays.size(), 1);
    QCOMPARE(old.arrays[0].status, QStringLiteral("UU"));
    // A word that is not a counter is still reported.
    QCOMPARE(parseMdstat("Personalities : [raid1]\nEvent: soon\n").errors.size(), 1);
}

void TestMdParse::bitmapWithFile()
{
    const Mdstat md = parseMdstat(
        "md0 : active raid1 sdb[1] sda[0]\n"
        "      1048512 blocks super 1.2 [2/2] [UU]\n"
        "      bitmap: 3/8 pages [12KB], 65536KB chunk, file: /var/md0.bitmap\n");
    QVERIFY(md.errors.isEmpty());
    QCOMPARE(md.arrays[0].bitmapPages, 3);
    QCOMPARE(md.arrays[0].bitmapFile, QStringLiteral("/var/md0.bitmap"));
}

void TestMdParse::malformedLinesReported()
{
    const Mdstat md = parseMdstat(
        "      261120 blocks super 1.2 [2/1] [U_]\n"          // 1: before any array
        "md0 : active raid1 vdc[2] vd\n"                       // 2: truncated member
        "this is not mdstat\n"                                 // 3
        "      261120 blocks super 1.2 [2/1] [U_]\n"
        "      [===>.......]  recovery = 19.5% (51200/261120) finish=0.2min speed=12800K/sec\n");
    QCOMPARE(md.errors.size(), 3);
    QCOMPARE(md.errors[0].line, 1);
    QCOMPARE(md.errors[1].line, 2);
    QCOMPARE(md.errors[2].line, 3);
    QCOMPARE(md.errors[2].text, QStringLiteral("this is not mdstat"));
    QCOMPARE(md.arrays.size(), 1);
    QCOMPARE(membersText(md.arrays[0]), QStringLiteral("vdc:2"));
    QCOMPARE(md.arrays[0].status, QStringLiteral("U_"));
    QVERIFY(md.arrays[0].sync);
}

void TestMdParse::emptyAndGarbage()
{
    QVERIFY(parseMdstat(QByteArray()).arrays.isEmpty());
    QVERIFY(parseMdstat(QByteArray()).errors.isEmpty());
    const Mdstat g = parseMdstat(QByteArray("\x00\xff\xfe md0 : \x01\n[[[[", 16));
    QVERIFY(!g.errors.isEmpty());
}

void TestMdParse::detailFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("roles"); // device=role,...
    for (const char *s : {"checking", "checking2", "clean", "clean_bitmap", "clean_final", "readd_bitmap_recovering",
                          "recovering", "resyncing"})
        QTest::newRow(s) << QStringLiteral("detail_export_%1.txt").arg(QLatin1String(s)) << "vdc=1,vdb=0";
    for (const char *s : {"degraded_missing", "removed", "removed_bitmap"})
        QTest::newRow(s) << QStringLiteral("detail_export_%1.txt").arg(QLatin1String(s)) << "vdb=0";
    QTest::newRow("failed") << "detail_export_failed.txt" << "vdc=spare,vdb=0";
}

void TestMdParse::detailFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, roles);
    const MdDetail d = parseMdDetailExport(fixture(QStringLiteral("lab/md/") + file));
    QVERIFY(d.errors.isEmpty());
    QCOMPARE(d.level, QStringLiteral("raid1"));
    QCOMPARE(d.raidDevices, 2);
    QCOMPARE(d.metadata, QStringLiteral("1.2"));
    QCOMPARE(d.name, QStringLiteral("labguest:0"));
    QCOMPARE(d.uuid.size(), 35);
    QStringList got;
    for (const MdDetailDevice &dev : d.devices) {
        got.append(dev.device + QLatin1Char('=') + dev.role);
        QCOMPARE(dev.slot, dev.role == QLatin1String("spare") ? -1 : dev.role.toInt());
    }
    QCOMPARE(got.join(QLatin1Char(',')), roles);
}

void TestMdParse::detailRoles()
{
    const MdDetail d = parseMdDetailExport(
        "MD_LEVEL=raid5\n"
        "MD_DEVICES=3\n"
        "MD_NAME='host:data'\n"
        "MD_DEVICE_dev_nvme0n1p2_ROLE=journal\n"
        "MD_DEVICE_dev_nvme0n1p2_DEV=/dev/nvme0n1p2\n"
        "MD_DEVICE_dev_sdb_ROLE=faulty\n"
        "MD_DEVICE_dev_sdb_DEV=/dev/sdb\n"
        "MD_DEVICE_dev_sda_ROLE=2\n"
        "mdadm: cannot open /dev/sdz\n"
        "MD_DEVICE_dev_mapper_vg_lv_ROLE=0\n");
    QCOMPARE(d.errors.size(), 1);
    QCOMPARE(d.errors[0].line, 9);
    QCOMPARE(d.name, QStringLiteral("host:data"));
    QCOMPARE(d.devices.size(), 4);
    QCOMPARE(d.device(QStringLiteral("nvme0n1p2"))->role, QStringLiteral("journal"));
    QCOMPARE(d.device(QStringLiteral("nvme0n1p2"))->slot, -1);
    QCOMPARE(d.device(QStringLiteral("sdb"))->role, QStringLiteral("faulty"));
    QCOMPARE(d.device(QStringLiteral("sda"))->slot, 2);
    QVERIFY(d.device(QStringLiteral("mapper_vg_lv"))); // no DEV line: the key's name
}

void TestMdParse::sysfsFixtureForm()
{
    const MdSysfs r = parseMdSysfs(fixture(QStringLiteral("lab/md/sysfs_recovering.txt")));
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.syncAction, QStringLiteral("recover"));
    QCOMPARE(r.syncDoneSectors, 98304);
    QCOMPARE(r.syncTotalSectors, 522240);
    QCOMPARE(r.syncSpeedKiBs, 12800);
    QCOMPARE(r.degraded, 1);
    QCOMPARE(r.arrayState, QStringLiteral("clean"));

    const MdSysfs c = parseMdSysfs(fixture(QStringLiteral("lab/md/sysfs_clean.txt")));
    QCOMPARE(c.syncAction, QStringLiteral("idle"));
    QCOMPARE(c.syncCompletedWord, QStringLiteral("none"));
    QCOMPARE(c.syncSpeedKiBs, -1);
    QCOMPARE(c.degraded, 0);

    const MdSysfs d = parseMdSysfs(fixture(QStringLiteral("lab/md/sysfs_degraded_missing.txt")));
    QCOMPARE(d.raidDisks, 2);
    QCOMPARE(d.level, QStringLiteral("raid1"));
    QCOMPARE(d.metadataVersion, QStringLiteral("1.2"));
}

void TestMdParse::sysfsGrepForm()
{
    const MdSysfs r = parseMdSysfs(
        "/sys/block/md0/md/sync_completed:98304 / 522240\n"
        "/sys/block/md0/md/sync_speed:12800\n"
        "/sys/block/md0/md/sync_action:recover\n"
        "/sys/block/md0/md/sync_speed_min:1000 (system)\n"
        "/sys/block/md0/md/sync_speed_max:10000 (local)\n"
        "/sys/block/md0/md/raid_disks:2\n"
        "/sys/block/md0/md/dev-vdb/state:in_sync\n"
        "/sys/block/md0/md/dev-vdb/slot:0\n"
        "/sys/block/md0/md/dev-vdc/state:spare,write_mostly\n"
        "/sys/block/md0/md/dev-vdc/slot:1\n"
        "/sys/block/md0/md/dev-vdd/state:spare\n"
        "/sys/block/md0/md/dev-vdd/slot:none\n"
        "/sys/block/md0/md/dev-vde/state:faulty,blocked,want_replacement\n"
        "/sys/block/md0/md/bitmap/location:+8\n"
        "grep: /sys/block/md0/md/new_dev: Permission denied\n"
        "garbage without separator\n");
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].line, 16);
    QCOMPARE(r.syncSpeedMin, 1000);
    QCOMPARE(r.syncSpeedMax, 10000);
    QCOMPARE(r.raidDisks, 2);
    QCOMPARE(r.attributes.value(QStringLiteral("bitmap/location")), QStringLiteral("+8"));
    QCOMPARE(r.devices.size(), 4);
    QCOMPARE(r.device(QStringLiteral("vdb"))->slot, 0);
    QCOMPARE(r.device(QStringLiteral("vdc"))->states,
             QStringList({QStringLiteral("spare"), QStringLiteral("write_mostly")}));
    QCOMPARE(r.device(QStringLiteral("vdc"))->slot, 1);
    QVERIFY(r.device(QStringLiteral("vdd"))->hasSlot);
    QCOMPARE(r.device(QStringLiteral("vdd"))->slot, -1);
    QVERIFY(r.device(QStringLiteral("vde"))->states.contains(QStringLiteral("faulty")));
    QVERIFY(!r.device(QStringLiteral("vde"))->hasSlot);
}

void TestMdParse::sysfsWords()
{
    const MdSysfs r = parseMdSysfs("/sys/block/md1/md/sync_completed:delayed\n/sys/block/md1/md/sync_action:resync\n");
    QCOMPARE(r.syncCompletedWord, QStringLiteral("delayed"));
    QCOMPARE(r.syncDoneSectors, -1);
    QCOMPARE(r.syncAction, QStringLiteral("resync"));
}

QTEST_GUILESS_MAIN(TestMdParse)
#include "tst_mdparse.moc"
