// sosreports read back as data: a tree laid out as sos writes it (its links
// included), as a directory and as the .tar.xz `sos report` leaves.

#include "capture/SosReader.h"
#include "capture/SosSources.h"
#include "model/RawSources.h"
#include "parse/MdDetail.h"
#include "session/HostSpec.h"
#include "../common/Fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace ftc;

namespace {

void write(const QString &root, const QString &rel, const QByteArray &content)
{
    const QString path = root + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

void link(const QString &root, const QString &rel, const QString &target)
{
    const QString path = root + QLatin1Char('/') + rel;
    QDir().mkpath(QFileInfo(path).path());
    QVERIFY2(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) == 0, qPrintable(path));
}

const QByteArray kMdstat =
    "Personalities : [raid1] \n"
    "md1 : active raid1 sdd1[2] sdc1[0]\n"
    "      1046528 blocks super 1.2 [2/1] [U_]\n"
    "      [=>...................]  recovery =  8.5% (89216/1046528) finish=0.5min speed=29738K/sec\n"
    "      \n"
    "md0 : active raid1 sdb1[1] sda1[0]\n"
    "      1046528 blocks super 1.2 [2/2] [UU]\n"
    "      \n"
    "unused devices: <none>\n";

QByteArray lsblkLine(const char *name, const char *type, const char *size, const char *pkname, const char *fstype,
                     const char *serial)
{
    return QByteArray("NAME=\"") + name + "\" KNAME=\"" + name + "\" PATH=\"/dev/" + name + "\" MAJ:MIN=\"8:0\" FSTYPE=\""
        + fstype + "\" MOUNTPOINT=\"\" UUID=\"\" RO=\"0\" RM=\"0\" MODEL=\"QEMU HARDDISK\" SERIAL=\"" + serial
        + "\" SIZE=\"" + size + "\" TYPE=\"" + type + "\" PKNAME=\"" + pkname + "\" HCTL=\"\" TRAN=\"sata\"\n";
}

// A report as sos 4.x lays it out: files copied under their own paths, links
// kept (proc/net -> self/net -> the pid's, sys/block/mdN -> ../devices/...),
// command outputs under sos_commands/PLUGIN/ with mangled names.
QString makeReport(const QString &base, bool sos40 = false)
{
    const QString root = base + QStringLiteral("/sosreport-ft1-2026-11-30-abcdefg");
    write(root, QStringLiteral("sos_commands/host/hostname"), "ft1\n");
    link(root, QStringLiteral("hostname"), QStringLiteral("sos_commands/host/hostname"));
    write(root, QStringLiteral("proc/mdstat"), kMdstat);
    // The md plugin's `mdadm -D /dev/md*`, as mdadm 4.2 prints it.
    write(root, QStringLiteral("sos_commands/md/mdadm_-D_.dev.md"),
          "/dev/md0:\n"
          "           Version : 1.2\n"
          "     Creation Time : Mon Nov 30 08:00:00 2026\n"
          "        Raid Level : raid1\n"
          "        Array Size : 1046528 (1022.00 MiB 1071.64 MB)\n"
          "      Raid Devices : 2\n"
          "     Total Devices : 2\n"
          "       Persistence : Superblock is persistent\n"
          "\n"
          "             State : clean \n"
          "\n"
          "Consistency Policy : resync\n"
          "\n"
          "              Name : ft1:0  (local to host ft1)\n"
          "              UUID : 3f1c0a5e:8b2d4c71:a9e05f13:6d7b2c90\n"
          "            Events : 17\n"
          "\n"
          "    Number   Major   Minor   RaidDevice State\n"
          "       0       8        1        0      active sync   /dev/sda1\n"
          "       1       8       17        1      active sync   /dev/sdb1\n"
          "/dev/md1:\n"
          "           Version : 1.2\n"
          "        Raid Level : raid1\n"
          "      Raid Devices : 2\n"
          "              Name : ft1:1  (local to host ft1)\n"
          "              UUID : 7a4e91c2:05d36f8b:c1e2a7d4:93f0b618\n"
          "\n"
          "    Number   Major   Minor   RaidDevice State\n"
          "       0       8       33        0      active sync   /dev/sdc1\n"
          "       2       8       49        1      spare rebuilding   /dev/sdd1\n");
    for (const char *md : {"md0", "md1"})
        link(root, QStringLiteral("sys/block/%1").arg(QLatin1String(md)), QStringLiteral("../devices/virtual/block/%1").arg(QLatin1String(md)));
    const QString md0 = QStringLiteral("sys/devices/virtual/block/md0/md/");
    for (auto [f, v] : {std::pair{"sync_action", "idle"}, {"array_state", "clean"}, {"degraded", "0"}, {"level", "raid1"},
                        {"raid_disks", "2"}, {"sync_speed_min", "1000 (system)"}, {"sync_speed_max", "200000 (system)"},
                        {"mismatch_cnt", "0"}, {"last_sync_action", "check"}, {"sync_completed", "none"}})
        write(root, md0 + QLatin1String(f), QByteArray(v) + '\n');
    write(root, md0 + QStringLiteral("dev-sda1/state"), "in_sync\n");
    write(root, md0 + QStringLiteral("dev-sda1/slot"), "0\n");
    write(root, md0 + QStringLiteral("dev-sdb1/state"), "in_sync\n");
    write(root, md0 + QStringLiteral("dev-sdb1/slot"), "1\n");
    const QString md1 = QStringLiteral("sys/devices/virtual/block/md1/md/");
    for (auto [f, v] : {std::pair{"sync_action", "recover"}, {"array_state", "clean"}, {"degraded", "1"}, {"level", "raid1"},
                        {"raid_disks", "2"}, {"sync_speed", "29738"}, {"sync_completed", "178432 / 2093056"}})
        write(root, md1 + QLatin1String(f), QByteArray(v) + '\n');
    write(root, md1 + QStringLiteral("dev-sdc1/state"), "in_sync\n");
    write(root, md1 + QStringLiteral("dev-sdc1/slot"), "0\n");
    write(root, md1 + QStringLiteral("dev-sdd1/state"), "spare\n");
    write(root, md1 + QStringLiteral("dev-sdd1/slot"), "1\n");

    link(root, QStringLiteral("proc/net"), QStringLiteral("self/net"));
    link(root, QStringLiteral("proc/self"), QStringLiteral("4242"));
    write(root, QStringLiteral("proc/4242/net/bonding/bond0"), test::fixture(QStringLiteral("lab/bond/procbond_ab_initial.txt")));
    // A link out of the report resolves inside it, where nothing is.
    link(root, QStringLiteral("etc/os-release"), QStringLiteral("../../../../../../../../etc/hostname"));
    link(root, QStringLiteral("etc/default/libvirt-guests"), QStringLiteral("/etc/passwd"));

    QByteArray lsblk;
    lsblk += lsblkLine("sda", "disk", "10G", "", "", "S-A");
    lsblk += lsblkLine("sda1", "part", "1G", "sda", "linux_raid_member", "");
    lsblk += lsblkLine("md0", "raid1", "1022M", "sda1", "ext4", "");
    lsblk += lsblkLine("sdb", "disk", "10G", "", "", "S-B");
    lsblk += lsblkLine("sdb1", "part", "1G", "sdb", "linux_raid_member", "");
    lsblk += lsblkLine("md0", "raid1", "1022M", "sdb1", "ext4", "");
    lsblk += lsblkLine("sdc", "disk", "10G", "", "", "S-C");
    lsblk += lsblkLine("sdc1", "part", "1G", "sdc", "linux_raid_member", "");
    lsblk += lsblkLine("sdd", "disk", "10G", "", "", "S-D");
    lsblk += lsblkLine("sdd1", "part", "1G", "sdd", "linux_raid_member", "");
    lsblk += lsblkLine("sde", "disk", "10.5G", "", "", "S\\x20E");
    if (!sos40) {
        write(root, QStringLiteral("sos_commands/block/lsblk_-O_-P"), lsblk);
    } else {
        // sos 4.0 (Debian 12): the plain tree, in the C locale sos runs it in,
        // and the file systems as a list; no serials.
        write(root, QStringLiteral("sos_commands/block/lsblk"),
              "NAME    MAJ:MIN RM  SIZE RO TYPE  MOUNTPOINTS\n"
              "sda       8:0    0   10G  0 disk  \n"
              "`-sda1    8:1    0    1G  0 part  \n"
              "  `-md0   9:0    0 1022M  0 raid1 /srv/vm\n"
              "sdb       8:16   0   10G  0 disk  \n"
              "`-sdb1    8:17   0    1G  0 part  \n"
              "  `-md0   9:0    0 1022M  0 raid1 /srv/vm\n"
              "sdc       8:32   0   10G  0 disk  \n"
              "`-sdc1    8:33   0    1G  0 part  \n"
              "  `-md1   9:1    0 1022M  0 raid1 \n"
              "sdd       8:48   0   10G  0 disk  \n"
              "`-sdd1    8:49   0    1G  0 part  \n"
              "  `-md1   9:1    0 1022M  0 raid1 \n"
              "sde       8:64   0 10.5G  0 disk  \n");
        // Columns start under their titles, as lsblk aligns them.
        write(root, QStringLiteral("sos_commands/block/lsblk_-f_-a_-l"),
              "NAME FSTYPE            FSVER LABEL UUID                                 FSAVAIL FSUSE% MOUNTPOINTS\n"
              "sda\n"
              "sda1 linux_raid_member 1.2   ft1:0 3a1c5e7f-0b2d-4c6e-8f10-223344556677\n"
              "sdb\n"
              "sdb1 linux_raid_member 1.2   ft1:0 3a1c5e7f-0b2d-4c6e-8f10-223344556677\n"
              "sdc\n"
              "sdc1 linux_raid_member 1.2   ft1:1 0b6f3d2a-51c4-4e8e-9a7d-2f0c1e5b7a10\n"
              "sdd\n"
              "sdd1 linux_raid_member 1.2   ft1:1 0b6f3d2a-51c4-4e8e-9a7d-2f0c1e5b7a10\n"
              "sde\n"
              "md0  ext4              1.0         5d9a2e4f-8c1b-4f07-a3d6-7e0b9c12f485 900M           /srv/vm\n"
              "md1\n");
    }

    write(root, QStringLiteral("sos_commands/virsh/virsh_-r_list_--all"),
          " Id   Name   State\n-----------------------\n 1    DC1    running\n -    FS1    shut off\n\n");
    write(root, QStringLiteral("sos_commands/virsh/virsh_-r_dominfo_DC1"),
          "Id:             1\nName:           DC1\nUUID:           1b0e7c3a-4d2f-4a61-9e85-0c3d7f21a9b4\nOS Type:        hvm\n"
          "State:          running\nCPU(s):         2\nCPU time:       12.5s\nMax memory:     524288 KiB\n"
          "Used memory:    524288 KiB\nPersistent:     yes\nAutostart:      enable\nManaged save:   no\n");
    write(root, QStringLiteral("sos_commands/virsh/virsh_-r_dominfo_FS1"),
          "Id:             -\nName:           FS1\nState:          shut off\nCPU(s):         1\nMax memory:     1048576 KiB\n"
          "Used memory:    1048576 KiB\nAutostart:      disable\nManaged save:   yes\n");
    write(root, QStringLiteral("sos_commands/virsh/virsh_-r_nodeinfo"),
          "CPU model:           x86_64\nCPU(s):              4\nCPU frequency:       3000 MHz\nCPU socket(s):       1\n"
          "Core(s) per socket:  4\nThread(s) per core:  1\nNUMA cell(s):        1\nMemory size:         8388608 KiB\n");
    write(root, QStringLiteral("proc/meminfo"), "MemTotal:        8388608 kB\nMemFree:         4194304 kB\nMemAvailable:    5242880 kB\n");
    write(root, QStringLiteral("sos_reports/manifest.json"), R"({"version": "4.5.6", "start_time": "2026-11-30 09:15:07.123456"})");
    return root;
}

} // namespace

class TestSosReader : public QObject {
    Q_OBJECT
private slots:
    // mdadm -D as people read it: arrays, identity, members and their roles.
    void mdadmDetailReport()
    {
        const QMap<QString, MdDetail> d = parseMdDetailReport(
            "/dev/md/data:\n"
            "           Version : 1.2\n"
            "        Raid Level : raid1\n"
            "      Raid Devices : 2\n"
            "              Name : lab:data  (local to host lab)\n"
            "              UUID : 11111111:22222222:33333333:44444444\n"
            "\n"
            "    Number   Major   Minor   RaidDevice State\n"
            "       0     254       16        0      active sync   /dev/vdb\n"
            "       -       0        0        1      removed\n"
            "       2     254       48        -      spare   /dev/vdd\n"
            "       1     254       32        -      faulty   /dev/vdc\n"
            "mdadm: cannot open /dev/md127: No such file or directory\n");
        QCOMPARE(d.size(), 1);
        const MdDetail &data = d.value(QStringLiteral("data"));
        QCOMPARE(data.level, QStringLiteral("raid1"));
        QCOMPARE(data.raidDevices, 2);
        QCOMPARE(data.metadata, QStringLiteral("1.2"));
        QCOMPARE(data.name, QStringLiteral("lab:data"));
        QCOMPARE(data.devices.size(), 3);
        QCOMPARE(data.devices[0].device, QStringLiteral("vdb"));
        QCOMPARE(data.devices[0].slot, 0);
        QCOMPARE(data.devices[1].role, QStringLiteral("spare"));
        QCOMPARE(data.devices[2].role, QStringLiteral("faulty"));
        // The export form reads back the same.
        const MdDetail back = parseMdDetailExport(mdDetailExportText(data));
        QVERIFY(back.errors.isEmpty());
        QCOMPARE(back.uuid, data.uuid);
        QCOMPARE(back.name, data.name);
        QCOMPARE(back.devices.size(), 3);
        QCOMPARE(back.devices[2].device, QStringLiteral("vdc"));
        QCOMPARE(back.devices[2].role, QStringLiteral("faulty"));
        QCOMPARE(back.devices[0].slot, 0);
    }

    void mangledNamesAreSos()
    {
        QCOMPARE(sosCommandFileName(QStringLiteral("virsh -r dominfo DC1")), QStringLiteral("virsh_-r_dominfo_DC1"));
        QCOMPARE(sosCommandFileName(QStringLiteral("virsh -r list --all")), QStringLiteral("virsh_-r_list_--all"));
        QCOMPARE(sosCommandFileName(QStringLiteral("lsblk -O -P")), QStringLiteral("lsblk_-O_-P"));
        QCOMPARE(sosCommandFileName(QStringLiteral("/usr/sbin/mdadm -D /dev/md*")), QStringLiteral("mdadm_-D_.dev.md"));
        QCOMPARE(humanSizeBytes(QStringLiteral("279.4G")), qint64(std::llround(279.4 * 1024 * 1024 * 1024)));
        QCOMPARE(humanSizeBytes(QStringLiteral("512B")), qint64(512));
        QCOMPARE(humanSizeBytes(QStringLiteral("1K")), qint64(1024));
        QCOMPARE(humanSizeBytes(QStringLiteral("lots")), qint64(-1));
    }

    void aReportDirectoryShowsMirrorsTeamsDisksAndVms()
    {
        QTemporaryDir base;
        const QString root = makeReport(base.path());
        RawSources raw;
        QString error;
        QVERIFY2(readSosReport(root, QStringLiteral("sos:") + root, &raw, &error), qPrintable(error));
        check(raw);
        // The link out of the report found nothing inside it, so nothing was read.
        QVERIFY(!raw.files.contains(QStringLiteral("os-release")));
        QVERIFY(!raw.files.contains(QStringLiteral("libvirt-guests/default")));
    }

    void theArchiveSosWritesOpensTheSame()
    {
        QTemporaryDir base;
        const QString root = makeReport(base.path());
        const QString archive = base.path() + QStringLiteral("/sosreport-ft1-2026-11-30-abcdefg.tar.xz");
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-cJf"), archive, QStringLiteral("-C"), base.path(),
                                          QFileInfo(root).fileName()});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        RawSources raw;
        QString error;
        QVERIFY2(readSosReport(archive, QStringLiteral("sos:") + archive, &raw, &error), qPrintable(error));
        check(raw);

        // Through the host syntax as the user writes it.
        HostSpec spec;
        QVERIFY(parseHostSpec(QStringLiteral("sos:") + archive, &spec, &error));
        QCOMPARE(spec.kind, HostSpec::Kind::Sos);
        QVERIFY(spec.isCapture());
        QCOMPARE(spec.label(), QStringLiteral("sos:") + archive);
    }

    // Debian 12's sos 4.0 has no lsblk -O -P: the tree and the -f list stand in.
    void sos40SaysTheSameWithoutPairs()
    {
        QTemporaryDir base;
        const QString root = makeReport(base.path(), true);
        RawSources raw;
        QString error;
        QVERIFY2(readSosReport(root, QStringLiteral("sos:") + root, &raw, &error), qPrintable(error));
        const HostSnapshot s = buildSnapshot(raw);
        QCOMPARE(s.disks.size(), 5);
        QCOMPARE(s.disk(QStringLiteral("sda"))->mirror, QStringLiteral("md0"));
        QCOMPARE(s.disk(QStringLiteral("sda"))->partitions, QStringList{QStringLiteral("sda1")});
        QCOMPARE(s.disk(QStringLiteral("sdd"))->mirror, QStringLiteral("md1"));
        QCOMPARE(s.disk(QStringLiteral("sde"))->role, DiskRole::Unconfigured);
        QCOMPARE(s.disk(QStringLiteral("sde"))->sizeBytes, qint64(std::llround(10.5 * 1024 * 1024 * 1024)));
        QCOMPARE(s.mirror(QStringLiteral("md0"))->mountpoints, QStringList{QStringLiteral("/srv/vm")});
        const QJsonObject doc = QJsonDocument::fromJson(raw.files.value(QStringLiteral("lsblk.json"))).object();
        const QJsonObject sda1 = doc.value(QStringLiteral("blockdevices")).toArray().first().toObject()
                                     .value(QStringLiteral("children")).toArray().first().toObject();
        QCOMPARE(sda1.value(QStringLiteral("fstype")).toString(), QStringLiteral("linux_raid_member"));
        QCOMPARE(sda1.value(QStringLiteral("uuid")).toString(), QStringLiteral("3a1c5e7f-0b2d-4c6e-8f10-223344556677"));
        QCOMPARE(sda1.value(QStringLiteral("pkname")).toString(), QStringLiteral("sda"));
    }

    void somethingElseIsRefusedWithAReason()
    {
        QTemporaryDir base;
        RawSources raw;
        QString error;
        QVERIFY(!readSosReport(base.path(), QStringLiteral("sos:x"), &raw, &error));
        QVERIFY2(error.contains(QStringLiteral("holds no sosreport")), qPrintable(error));
        const QString junk = base.path() + QStringLiteral("/junk.tar.xz");
        write(base.path(), QStringLiteral("junk.tar.xz"), "not an archive");
        QVERIFY(!readSosReport(junk, QStringLiteral("sos:junk"), &raw, &error));
        QVERIFY2(error.contains(QStringLiteral("could not be unpacked")), qPrintable(error));
        QVERIFY(!readSosReport(base.path() + QStringLiteral("/nothing"), QStringLiteral("sos:n"), &raw, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        HostSpec spec;
        QVERIFY(!parseHostSpec(QStringLiteral("sos:"), &spec, &error));
        QVERIFY(error.contains(QStringLiteral("sos: needs an sosreport")));
    }

private:
    void check(const RawSources &raw)
    {
        QVERIFY(raw.isCapture);
        QCOMPARE(raw.capturedFrom, QStringLiteral("ft1"));
        QCOMPARE(raw.takenAt, QDateTime(QDate(2026, 11, 30), QTime(9, 15, 7)));
        const HostSnapshot s = buildSnapshot(raw);
        QCOMPARE(s.info.name, QStringLiteral("ft1"));
        QCOMPARE(s.info.memoryBytes, qint64(8388608) * 1024);
        // Mirrors from mdstat and the md sysfs sos copied.
        QCOMPARE(s.mirrors.size(), 2);
        const Mirror *md0 = s.mirror(QStringLiteral("md0"));
        const Mirror *md1 = s.mirror(QStringLiteral("md1"));
        QVERIFY(md0 && md1);
        QCOMPARE(md0->state, OpState::Duplex);
        QCOMPARE(md0->resyncPriority, QStringLiteral("normal"));
        QCOMPARE(lastCheckMismatches(*md0), qint64(0));
        QCOMPARE(md1->state, OpState::Syncing);
        QVERIFY(md1->sync.has_value());
        QCOMPARE(md1->sync->action, QStringLiteral("recovery"));
        // Identity from mdadm -D, as a live read has it.
        QCOMPARE(md0->uuid, QStringLiteral("3f1c0a5e:8b2d4c71:a9e05f13:6d7b2c90"));
        QCOMPARE(md1->uuid, QStringLiteral("7a4e91c2:05d36f8b:c1e2a7d4:93f0b618"));
        // The team from proc/net/bonding, through proc/net -> self/net -> 4242/net.
        QCOMPARE(s.teams.size(), 1);
        QCOMPARE(s.teams[0].name, QStringLiteral("bond0"));
        QVERIFY(!s.teams[0].active.isEmpty());
        // Disks from lsblk -O -P: members, and the free one with its escaped serial.
        QCOMPARE(s.disk(QStringLiteral("sda"))->mirror, QStringLiteral("md0"));
        QCOMPARE(s.disk(QStringLiteral("sdd"))->mirror, QStringLiteral("md1"));
        const Disk *sde = s.disk(QStringLiteral("sde"));
        QVERIFY(sde);
        QCOMPARE(sde->role, DiskRole::Unconfigured);
        QCOMPARE(sde->serial, QStringLiteral("S E"));
        QCOMPARE(sde->sizeBytes, qint64(std::llround(10.5 * 1024 * 1024 * 1024)));
        // VMs from virsh list --all and dominfo.
        QCOMPARE(s.vms.size(), 2);
        const Vm *dc1 = s.vm(QStringLiteral("DC1"));
        const Vm *fs1 = s.vm(QStringLiteral("FS1"));
        QVERIFY(dc1 && fs1);
        QCOMPARE(dc1->memoryBytes, qint64(524288) * 1024);
        QCOMPARE(dc1->vcpus, 2);
        QCOMPARE(dc1->autostart, std::optional<bool>(true));
        QCOMPARE(fs1->autostart, std::optional<bool>(false));
        QVERIFY(fs1->managedSave);
        // What an sosreport cannot hold is said, once.
        int said = 0;
        for (const Problem &p : s.problems) {
            said += p.message.contains(QStringLiteral("an sosreport has no adapter details")) ? 1 : 0;
            QVERIFY(!p.message.contains(QStringLiteral("mdadm --detail")));
        }
        QCOMPARE(said, 1);
    }
};

QTEST_GUILESS_MAIN(TestSosReader)
#include "tst_sosreader.moc"
