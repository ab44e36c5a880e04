// Where a VM's disks and NICs lead: an image file to the mirror whose file
// system holds it (the longest mount point), a block device to its mirror or
// disk, what cannot be traced said so; a NIC to the bond behind it.

#include "vms/VmPlacement.h"

#include <QtTest>

using namespace ftc;

class TestVmPlacement : public QObject {
    Q_OBJECT
private slots:
    void disksLeadToTheirMirrors()
    {
        HostSnapshot s;
        Mirror md0, md1, md2;
        md0.name = QStringLiteral("md0");
        md0.mountpoints = {QStringLiteral("/")};
        md1.name = QStringLiteral("md1");
        md1.mountpoints = {QStringLiteral("/var/lib/libvirt/images")};
        md2.name = QStringLiteral("md2");
        s.mirrors = {md0, md1, md2};
        Disk sdf;
        sdf.name = QStringLiteral("sdf");
        sdf.partitions = {QStringLiteral("sdf1")};
        sdf.mountpoints = {QStringLiteral("/data")};
        Disk sdb;
        sdb.name = QStringLiteral("sdb");
        sdb.mirror = QStringLiteral("md1");
        s.disks = {sdf, sdb};

        DomainXml xml;
        const auto disk = [](const char *target, const char *type, const QString &source) {
            DomainDisk d;
            d.targetDev = QString::fromLatin1(target);
            d.type = QString::fromLatin1(type);
            d.source = source;
            return d;
        };
        xml.disks = {disk("vda", "file", QStringLiteral("/var/lib/libvirt/images/web.qcow2")),
                     disk("vdb", "file", QStringLiteral("/var/lib/libvirt/images-old/x.img")),
                     disk("vdc", "block", QStringLiteral("/dev/md2")),
                     disk("vdd", "block", QStringLiteral("/dev/sdf1")),
                     disk("vde", "block", QStringLiteral("/dev/sdb")),
                     disk("vdf", "file", QStringLiteral("/data/big.img")),
                     disk("vdg", "block", QStringLiteral("/dev/disk/by-id/wwn-0x5000")),
                     disk("vdh", "network", QString())};
        xml.disks.last().sourceProtocol = QStringLiteral("rbd");
        const QList<VmDiskPlacement> p = placeVmDisks(xml, s);
        QCOMPARE(p.size(), 8);
        QCOMPARE(p[0].mirror, QStringLiteral("md1"));
        QCOMPARE(p[0].mountpoint, QStringLiteral("/var/lib/libvirt/images"));
        // A sibling directory whose name starts the same is not under it.
        QCOMPARE(p[1].mirror, QStringLiteral("md0"));
        QCOMPARE(p[2].mirror, QStringLiteral("md2"));
        QCOMPARE(p[3].disk, QStringLiteral("sdf"));
        QVERIFY(p[3].mirror.isEmpty());
        QCOMPARE(p[4].mirror, QStringLiteral("md1"));        // a whole disk that is a member
        QCOMPARE(p[5].disk, QStringLiteral("sdf"));
        QVERIFY(p[6].mirror.isEmpty() && p[6].why.contains(QLatin1String("/dev/disk")));
        QVERIFY(p[7].why.contains(QLatin1String("rbd")));
    }

    void nicsLeadToTheirBond()
    {
        HostSnapshot s;
        Team bond;
        bond.name = QStringLiteral("bond0");
        s.teams = {bond};
        DomainXml xml;
        DomainInterface direct, bridged, nat;
        direct.type = QStringLiteral("direct");
        direct.sourceDev = QStringLiteral("bond0");
        direct.mac = QStringLiteral("52:54:00:00:00:01");
        bridged.type = QStringLiteral("bridge");
        bridged.sourceBridge = QStringLiteral("br0");
        nat.type = QStringLiteral("network");
        nat.sourceNetwork = QStringLiteral("default");
        xml.interfaces = {direct, bridged, nat};
        const QList<VmNicPlacement> p = placeVmNics(xml, s);
        QCOMPARE(p[0].team, QStringLiteral("bond0"));
        QCOMPARE(p[0].via, QStringLiteral("direct bond0"));
        QVERIFY(p[1].team.isEmpty());
        QCOMPARE(p[1].via, QStringLiteral("bridge br0"));
        QCOMPARE(p[2].via, QStringLiteral("network default"));
    }
};

QTEST_GUILESS_MAIN(TestVmPlacement)
#include "tst_vmplacement.moc"
