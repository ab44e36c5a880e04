// lsblk JSON, /proc/meminfo, /proc/cpuinfo, `ls -l` symlink listings and the
// PCI path helpers modules are derived from.

#include "Fixture.h"
#include "parse/Lsblk.h"
#include "parse/ProcInfo.h"
#include "parse/SysLinks.h"

#include <QtTest>

using namespace ftc;
using ftc::test::fixture;

class TestSysParse : public QObject {
    Q_OBJECT
private slots:
    void lsblkAllColumns();
    void lsblkSelectedColumns();
    void lsblkOldStringTypes();
    void lsblkMalformed();
    void meminfo();
    void meminfoOldKernel();
    void cpuinfo();
    void cpuinfoArm();
    void lsLinks();
    void pciPaths();
};

void TestSysParse::lsblkAllColumns()
{
    const Lsblk l = parseLsblkJson(fixture(QStringLiteral("lab/sys/lsblk_J_b_O.json")));
    QVERIFY(l.errors.isEmpty());
    const BlockDevice *vdb = l.top(QStringLiteral("vdb"));
    QVERIFY(vdb);
    QCOMPARE(vdb->type, QStringLiteral("disk"));
    QCOMPARE(vdb->sizeBytes, qint64(268435456));
    QCOMPARE(vdb->fstype, QStringLiteral("linux_raid_member"));
    QVERIFY(vdb->mountpoints.isEmpty()); // [null] drops out
    const auto kids = l.childrenOf(QStringLiteral("vdb"));
    QCOMPARE(kids.size(), 1);
    QCOMPARE(kids[0]->name, QStringLiteral("md0"));
    QCOMPARE(kids[0]->type, QStringLiteral("raid1"));
    QCOMPARE(kids[0]->depth, 1);
    const BlockDevice *vda = l.top(QStringLiteral("vda"));
    QCOMPARE(vda->mountpoints, QStringList({QStringLiteral("/")}));
    const BlockDevice *sr0 = l.top(QStringLiteral("sr0"));
    QCOMPARE(sr0->type, QStringLiteral("rom"));
    QCOMPARE(sr0->hctl, QStringLiteral("1:0:0:0"));
    QCOMPARE(sr0->transport, QStringLiteral("ata"));
    QCOMPARE(sr0->model, QStringLiteral("QEMU DVD-ROM"));
    QVERIFY(sr0->removable);
    QVERIFY(sr0->readOnly);
}

void TestSysParse::lsblkSelectedColumns()
{
    const Lsblk l = parseLsblkJson(fixture(QStringLiteral("lab/sys/lsblk_J_b_selected.json")));
    QVERIFY(l.errors.isEmpty());
    QVERIFY(l.top(QStringLiteral("vdd")));
    QCOMPARE(l.top(QStringLiteral("vda"))->mountpoints, QStringList({QStringLiteral("/")}));
    QCOMPARE(l.top(QStringLiteral("sr0"))->serial, QStringLiteral("QM00003"));
    QCOMPARE(l.top(QStringLiteral("vdc"))->path, QStringLiteral("/dev/vdc"));
}

void TestSysParse::lsblkOldStringTypes()
{
    // util-linux < 2.33 printed every value as a string, and had only "mountpoint".
    const Lsblk l = parseLsblkJson(R"({"blockdevices": [
        {"name":"sda", "size":"500107862016", "type":"disk", "ro":"0", "rm":"1", "model":"Samsung SSD 860 ",
         "children": [
            {"name":"sda1", "size":"536870912", "type":"part", "mountpoint":"/boot/efi", "fstype":"vfat"},
            {"name":"sda2", "size":"499570991104", "type":"part", "mountpoints":["/", "/home", null]}
         ]}]})");
    QVERIFY(l.errors.isEmpty());
    QCOMPARE(l.devices.size(), 3);
    QCOMPARE(l.devices[0].sizeBytes, qint64(500107862016));
    QCOMPARE(l.devices[0].model, QStringLiteral("Samsung SSD 860"));
    QVERIFY(l.devices[0].removable);
    QVERIFY(!l.devices[0].readOnly);
    QCOMPARE(l.devices[1].parent, QStringLiteral("sda"));
    QCOMPARE(l.devices[1].mountpoints, QStringList({QStringLiteral("/boot/efi")}));
    QCOMPARE(l.devices[2].mountpoints, QStringList({QStringLiteral("/"), QStringLiteral("/home")}));
    QCOMPARE(l.devices[2].kname, QStringLiteral("sda2"));
}

void TestSysParse::lsblkMalformed()
{
    QCOMPARE(parseLsblkJson("{\"blockdevices\": [ {\"name\": \"sda\"").errors.size(), 1);
    QCOMPARE(parseLsblkJson("[]").errors.size(), 1);
    const Lsblk l = parseLsblkJson(R"({"blockdevices": [1, {"type":"disk"}, {"name":"vdz","size":null}]})");
    QCOMPARE(l.errors.size(), 2);
    QCOMPARE(l.devices.size(), 1);
    QCOMPARE(l.devices[0].sizeBytes, qint64(-1));
}

void TestSysParse::meminfo()
{
    const MemInfo m = parseMemInfo(fixture(QStringLiteral("lab/sys/meminfo_full.txt")));
    QVERIFY(m.errors.isEmpty());
    QCOMPARE(m.value(QStringLiteral("MemTotal")), qint64(983460) * 1024);
    QCOMPARE(m.available(), qint64(797680) * 1024);
    QCOMPARE(m.value(QStringLiteral("Hugepagesize")), qint64(2048) * 1024);
    QVERIFY(m.bytes.size() > 40);
    const MemInfo h = parseMemInfo(fixture(QStringLiteral("lab/sys/meminfo_head5.txt")));
    QCOMPARE(h.value(QStringLiteral("MemTotal")), qint64(983460) * 1024);
}

void TestSysParse::meminfoOldKernel()
{
    const MemInfo m = parseMemInfo("MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 10 kB\nCached: 50 kB\n"
                                   "HugePages_Total: 0\nnonsense\n");
    QCOMPARE(m.errors.size(), 1);
    QCOMPARE(m.errors[0].line, 6);
    QCOMPARE(m.available(), qint64(160) * 1024);
    QCOMPARE(m.value(QStringLiteral("HugePages_Total")), qint64(0));
}

void TestSysParse::cpuinfo()
{
    const CpuInfo c = parseCpuInfo(fixture(QStringLiteral("lab/sys/cpuinfo_full.txt")));
    QVERIFY(c.errors.isEmpty());
    QCOMPARE(c.processors, 2);
    QCOMPARE(c.mhz, 2096.007);
    QCOMPARE(c.modelName, QStringLiteral("QEMU Virtual CPU version 2.5+"));
}

void TestSysParse::cpuinfoArm()
{
    const CpuInfo c = parseCpuInfo("processor\t: 0\nBogoMIPS\t: 48.00\nCPU implementer\t: 0x41\n\n"
                                   "processor\t: 1\nBogoMIPS\t: 48.00\n\nHardware\t: BCM2835\n");
    QVERIFY(c.errors.isEmpty());
    QCOMPARE(c.processors, 2);
    QCOMPARE(c.mhz, -1.0);
    const CpuInfo s390 = parseCpuInfo("vendor_id       : IBM/S390\n# processors    : 2\n"
                                      "processor 0: version = FF,  identification = 0, machine = 3906\n"
                                      "processor 1: version = FF,  identification = 1, machine = 3906\n");
    QCOMPARE(s390.processors, 2);
}

void TestSysParse::lsLinks()
{
    const SysLinks l = parseLsLinks(
        "total 0\n"
        "-rw-r--r-- 1 root root 4096 Nov 24 23:00 bonding_masters\n"
        "lrwxrwxrwx 1 root root 0 Nov 24 23:00 bond0 -> ../../devices/virtual/net/bond0\n"
        "lrwxrwxrwx 1 root root 0 Nov 24 23:00 eth0 -> ../../devices/pci0000:10/0000:10:02.0/net/eth0\n"
        "lrwxrwxrwx 1 root root 0 Nov 24 23:00 sda -> ../devices/pci0000:11/0000:11:01.0/ata1/host0/target0:0:0/0:0:0:0/block/sda\n"
        "ls: cannot access '/sys/nothing': No such file or directory\n");
    QCOMPARE(l.targets.size(), 3);
    QCOMPARE(l.errors.size(), 1);
    QCOMPARE(l.errors[0].line, 6);
    QCOMPARE(l.targets.value(QStringLiteral("eth0")), QStringLiteral("../../devices/pci0000:10/0000:10:02.0/net/eth0"));
}

void TestSysParse::pciPaths()
{
    const QString sda = QStringLiteral("../devices/pci0000:10/0000:10:01.0/ata1/host0/target0:0:0/0:0:0:0/block/sda");
    QCOMPARE(pciRootBus(sda), QStringLiteral("10"));
    QCOMPARE(pciFunction(sda), QStringLiteral("0000:10:01.0"));
    const QString nvme = QStringLiteral("../devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/nvme0n1");
    QCOMPARE(pciRootBus(nvme), QStringLiteral("00"));
    QCOMPARE(pciFunction(nvme), QStringLiteral("0000:3d:00.0"));
    QCOMPARE(pciRootBus(QStringLiteral("../devices/pci0001:02/0001:02:00.0/net/eth5")), QStringLiteral("0001:02"));
    QCOMPARE(pciRootBus(QStringLiteral("../../devices/virtual/net/bond0")), QString());
    QVERIFY(isVirtualDevicePath(QStringLiteral("../../devices/virtual/net/bond0")));
    QCOMPARE(pciFunction(QStringLiteral("../devices/platform/floppy.0/block/fd0")), QString());
}

QTEST_GUILESS_MAIN(TestSysParse)
#include "tst_sysparse.moc"
