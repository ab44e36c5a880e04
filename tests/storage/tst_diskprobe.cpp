// Asking a disk what it holds: the probe's parsers on real outputs, and the
// probe run against the demo host for each thing a disk can hold, at plan time
// and again at apply time, where a plan made for a blank disk must be refused,
// with nothing written, once the disk is no longer blank.

#include "model/Poller.h"
#include "demo/SimClock.h"
#include "demo/SimulatedHost.h"
#include "storage/DiskProbe.h"
#include "storage/MirrorPlanner.h"

#include <QFile>
#include <QtTest>

using namespace ftc;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile f(QStringLiteral(FT_FIXTURES "/") + relative);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

CommandResult sh(Runner &r, const QByteArray &line)
{
    Command c;
    c.argv = {"sh", "-c", line};
    return r.run(c);
}

bool mentions(const QString &text, const QString &what)
{
    return text.contains(what);
}

} // namespace

class TestDiskProbe : public QObject {
    Q_OBJECT
private slots:
    void wipefsJson()
    {
        QList<DiskSignature> sigs;
        QVERIFY(parseWipefsJson(fixture(QStringLiteral("lab/md/wipefs_nJ_vdb_raidmember.txt")), &sigs));
        QCOMPARE(sigs.size(), 1);
        QCOMPARE(sigs[0].type, QStringLiteral("linux_raid_member"));
        QCOMPARE(sigs[0].offset, QStringLiteral("0x1000"));
        QCOMPARE(sigs[0].label, QStringLiteral("labguest:0"));
        // The capture ends with the command's status line; the JSON is the rest.
        QVERIFY(parseWipefsJson(fixture(QStringLiteral("lab/md/wipefs_nJ_vdd_blank.txt")).replace("rc=0\n", ""), &sigs));
        QVERIFY(sigs.isEmpty());
        // Not wipefs's JSON: not "no signatures".
        QVERIFY(!parseWipefsJson("wipefs: error: /dev/sdf: probing initialization failed\n", &sigs));
        QVERIFY(!parseWipefsJson("{\"other\": []}", &sigs));
    }

    void domblklistRows()
    {
        const QByteArray text =
            " Type   Device   Target   Source\n"
            "-----------------------------------------------------------\n"
            " file   disk     vda      /var/lib/libvirt/images/web 1.qcow2\n"
            " block  disk     vdb      /dev/disk/by-id/ata-ST2000_Z4Z1ABCD\n"
            " file   cdrom    sda      -\n"
            "\n";
        const auto rows = parseDomblklist(text);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0], qMakePair(QStringLiteral("vda"), QStringLiteral("/var/lib/libvirt/images/web 1.qcow2")));
        QCOMPARE(rows[1].second, QStringLiteral("/dev/disk/by-id/ata-ST2000_Z4Z1ABCD"));
    }

    void partitionsAndMounts()
    {
        QCOMPARE(partitionsOf(QStringLiteral("sdf"), {QStringLiteral("sdf1"), QStringLiteral("size"),
                                                     QStringLiteral("sdf12"), QStringLiteral("holders")}),
                 QStringList({QStringLiteral("sdf1"), QStringLiteral("sdf12")}));
        QCOMPARE(partitionsOf(QStringLiteral("nvme0n1"), {QStringLiteral("nvme0n1p1"), QStringLiteral("nvme0n1p")}),
                 QStringList{QStringLiteral("nvme0n1p1")});
        QCOMPARE(partitionsOf(QStringLiteral("sd"), {QStringLiteral("sdf")}), QStringList());
        const QStringList m = mountsOf("/dev/sdf1 /mnt/old ext4 rw 0 0\n/dev/sdg /x ext4 rw 0 0\n",
                                       "Filename Type Size Used Priority\n/dev/sdf2 partition 1 0 -2\n",
                                       QStringLiteral("sdf"), {QStringLiteral("sdf1"), QStringLiteral("sdf2")});
        QCOMPARE(m, QStringList({QStringLiteral("/dev/sdf1 on /mnt/old"), QStringLiteral("/dev/sdf2 as swap")}));
    }

    void blankDiskOnTheDemoHost()
    {
        SimulatedHost host(std::make_shared<ManualClock>(0));
        const DiskProbe p = probeDisk(host, QStringLiteral("sdf"));
        QVERIFY2(p.isBlank(), qPrintable(p.reasons().join('\n')));
        QVERIFY(!p.serial.isEmpty());
        // A member disk: its RAID signature and the array that holds it.
        const DiskProbe member = probeDisk(host, QStringLiteral("sdb"));
        QVERIFY(!member.isBlank());
        QVERIFY2(mentions(member.reasons().join(' '), QStringLiteral("linux_raid_member")), qPrintable(member.reasons().join('\n')));
        QCOMPARE(member.holders, QStringList{QStringLiteral("md1")});
        // A disk that is not there cannot be checked, so it is not blank.
        const DiskProbe gone = probeDisk(host, QStringLiteral("sdz"));
        QVERIFY(!gone.complete());
        QVERIFY(!gone.isBlank());
    }

    // Each fact alone, made after a plan for a blank sdf: the plan made now is
    // refused, and the plan made before is refused when applied, with md2 and
    // sdf left exactly as they were.
    void refusedAtPlanAndApplyTime_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("ext4 udev never saw") << QByteArray("ftsim mkfs sdf ext4 --stale-udev") << "ext4 signature";
        QTest::newRow("partition table only") << QByteArray("ftsim mkpt sdf --stale-udev") << "gpt signature";
        QTest::newRow("used by a VM as its raw disk") << QByteArray("ftsim attach-disk DC1 /dev/disk/by-id/ata-FTDISK_SERIAL")
                                                      << "VM DC1 uses /dev/disk/by-id/";
        QTest::newRow("another disk took its name") << QByteArray("ftsim pull-disk sdf; ftsim insert-disk --blank sdf")
                                                    << "is now a different disk";
    }

    void refusedAtPlanAndApplyTime()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        SimulatedHost host(std::make_shared<ManualClock>(0));
        Poller poller(host, QStringLiteral("demo"));
        const HostSnapshotPtr before = poller.refresh();
        QVERIFY(before);
        const QString serial = before->disk(QStringLiteral("sdf"))->serial;
        const DiskProbe blank = probeDisk(host, QStringLiteral("sdf"));
        QVERIFY(blank.isBlank());
        const Plan plan = planAddToMirror(*before, QStringLiteral("md2"), QStringLiteral("sdf"), &blank);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join('\n')));

        // Meanwhile, at the host:
        QVERIFY(sh(host, fault.replace("SERIAL", serial.toUtf8())).ok());
        const QByteArray mdstatBefore = sh(host, "cat /proc/mdstat").out;

        // Made now, the plan is refused; the snapshot alone would have let it
        // through (lsblk still shows nothing).
        const HostSnapshotPtr after = poller.refresh(CancelFlag(), true);
        QVERIFY(after);
        const Disk *sdf = after->disk(QStringLiteral("sdf"));
        QVERIFY(sdf);
        QVERIFY(sdf->fstype.isEmpty());
        if (!says.contains(QLatin1String("different"))) {
            const DiskProbe now = probeDisk(host, QStringLiteral("sdf"));
            const Plan fresh = planAddToMirror(*after, QStringLiteral("md2"), QStringLiteral("sdf"), &now);
            QVERIFY(!fresh.ok());
            QVERIFY2(mentions(fresh.errors.join(' '), says), qPrintable(fresh.errors.join('\n')));
        }

        // Applied, the old plan asks the disk again and writes nothing.
        const ApplyResult r = applyPlan(host, plan, plan.confirmation);
        QVERIFY(!r.ok);
        QCOMPARE(r.stepsDone, 0);
        QVERIFY2(r.message.contains(says) && r.message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(r.message));
        QCOMPARE(sh(host, "cat /proc/mdstat").out, mdstatBefore);
    }
};

QTEST_GUILESS_MAIN(TestDiskProbe)
#include "tst_diskprobe.moc"
