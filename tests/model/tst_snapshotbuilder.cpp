// The whole snapshot: areas put together, modules from disks and NICs, and
// the problems of every source.

#include "BuilderFixtures.h"
#include "checks/Findings.h"
#include "model/Modules.h"
#include "model/SyncSmoother.h"

#include <QTimeZone>
#include <QtTest>

using namespace ftc;
using namespace ftc::test;

class TestSnapshotBuilder : public QObject {
    Q_OBJECT
private slots:
    void disksAndModules();
    void moduleOverrides();
    void problems();
    void emptySources();
};

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
    // a device moved into module 11 follows its own disks, whose slots stay
    // as they were (vdd 0, vdc 1)
    QCOMPARE(s.modules.value(1).disks,
             QStringList({QStringLiteral("vdd"), QStringLiteral("vdc"), QStringLiteral("vda")}));
    QCOMPARE(s.disk(QStringLiteral("vdd"))->slot, 0);
    QCOMPARE(s.disk(QStringLiteral("vda"))->slot, 2);
    QCOMPARE(s.modules.value(0).disks, QStringList({QStringLiteral("vdb")}));
    // without mdstat, the md0 node lsblk shows under vdb still names the array
    QCOMPARE(s.disk(QStringLiteral("vdb"))->role, DiskRole::MirrorMember);
    QCOMPARE(s.disk(QStringLiteral("vdb"))->mirror, QStringLiteral("md0"));

    const QMap<QString, Placement> p = placeDevices({{QStringLiteral("x"), QString()}}, {});
    QCOMPARE(p.value(QStringLiteral("x")).module, QString());
    QCOMPARE(p.value(QStringLiteral("x")).slot, -1);
    // Every device behind one PCI root (an ordinary server, a VM): the paths
    // say nothing of modules, so none is made up; the admin's placement still holds.
    const QString root0 = QStringLiteral("../../devices/pci0000:00/0000:00:0%1.0/virtio%1/block/vd%2");
    const QList<DeviceLocation> oneRoot{{QStringLiteral("vda"), root0.arg(4).arg(QLatin1Char('a'))},
                                        {QStringLiteral("vdb"), root0.arg(5).arg(QLatin1Char('b'))}};
    QMap<QString, Placement> one = placeDevices(oneRoot, {});
    QCOMPARE(one.value(QStringLiteral("vda")).module, QString());
    QCOMPARE(one.value(QStringLiteral("vdb")).slot, -1);
    one = placeDevices(oneRoot, {{QStringLiteral("vdb"), QStringLiteral("11")}});
    QCOMPARE(one.value(QStringLiteral("vdb")).module, QStringLiteral("11"));
    QCOMPARE(one.value(QStringLiteral("vda")).module, QString());
    // Two roots: each is a module.
    const QList<DeviceLocation> twoRoots{
        {QStringLiteral("sda"), QStringLiteral("../../devices/pci0000:10/0000:10:00.0/ata1/host0/target0:0:0/0:0:0:0/block/sda")},
        {QStringLiteral("sdb"), QStringLiteral("../../devices/pci0000:11/0000:11:00.0/ata2/host1/target1:0:0/1:0:0:0/block/sdb")}};
    const QMap<QString, Placement> two = placeDevices(twoRoots, {});
    QCOMPARE(two.value(QStringLiteral("sda")).module, QStringLiteral("10"));
    QCOMPARE(two.value(QStringLiteral("sdb")).module, QStringLiteral("11"));
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
