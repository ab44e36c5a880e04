// Adapters and bonds as sysfs prints them: /sys/class/net/bonding_masters
// (bond_sysfs.c), an adapter's device/uevent (drivers/base/core.c and the bus's
// uevent), speed and duplex (net/core/net-sysfs.c), and the poller's
// `grep -H ''` form of the three per-adapter files.

#include "Fixture.h"
#include "parse/NicSysfs.h"

#include <QtTest>

using namespace ftc;
using ftc::test::fixture;

namespace {

// The uevent of an Intel 82574L on PCI as the kernel prints it (DRIVER from
// dev_uevent(), then pci_uevent()'s variables, in that order).
const QByteArray kPciUevent = "DRIVER=e1000e\n"
                              "PCI_CLASS=20000\n"
                              "PCI_ID=8086:10D3\n"
                              "PCI_SUBSYS_ID=8086:A01F\n"
                              "PCI_SLOT_NAME=0000:03:00.0\n"
                              "MODALIAS=pci:v00008086d000010D3sv00008086sd0000A01Fbc02sc00i00\n";

// A virtio adapter's device is the virtio device, not the PCI function: no
// PCI_SLOT_NAME (virtio_uevent() in drivers/virtio/virtio.c).
const QByteArray kVirtioUevent = "DRIVER=virtio_net\nMODALIAS=virtio:d00000001v00001AF4\n";

// The poller's form: each line of each file prefixed "PATH:".
QByteArray grepForm(const QByteArray &path, const QByteArray &content)
{
    QByteArray out;
    for (const QByteArray &line : content.split('\n'))
        if (!line.isEmpty())
            out += path + ':' + line + '\n';
    return out;
}

} // namespace

class TestNicSysfs : public QObject {
    Q_OBJECT
private slots:
    void bondingMastersAsTheKernelPrintsIt()
    {
        const BondingMasters two = parseBondingMasters("bond0 bond1\n");
        QCOMPARE(two.names, QStringList({QStringLiteral("bond0"), QStringLiteral("bond1")}));
        QVERIFY(two.errors.isEmpty());
        QVERIFY(!two.truncated);

        // The lab guest after `modprobe bonding` (which made no bond there):
        // the file is listed in /sys/class/net and reads empty.
        QVERIFY(fixture(QStringLiteral("lab/bond/netdevs_after_modprobe.txt")).contains("bonding_masters\n"));
        const BondingMasters none = parseBondingMasters(fixture(QStringLiteral("lab/bond/bonding_masters_after_modprobe.txt")));
        QVERIFY(none.names.isEmpty());
        QVERIFY(none.errors.isEmpty());

        // A page full of names ends in the kernel's "++more++".
        const BondingMasters full = parseBondingMasters("bond0 bond1 ++more++\n");
        QCOMPARE(full.names.size(), 2);
        QVERIFY(full.truncated);
        QVERIFY(full.errors.isEmpty());
    }

    void bondingMastersGarbage()
    {
        // Words the kernel would never print as names: each said, the rest kept.
        const BondingMasters m = parseBondingMasters("bond0 ../etc eth0:1 averyveryverylongname bond7\n");
        QCOMPARE(m.names, QStringList({QStringLiteral("bond0"), QStringLiteral("bond7")}));
        QCOMPARE(m.errors.size(), 3);
        QCOMPARE(m.errors[0].line, 1);
        QVERIFY2(m.errors[0].message.contains(QLatin1String("'../etc' is not an interface name")),
                 qPrintable(m.errors[0].message));
        QVERIFY(m.errors[1].message.contains(QLatin1String("eth0:1")));
        QVERIFY(m.errors[2].message.contains(QLatin1String("averyveryverylongname")));
    }

    void interfaceNames()
    {
        QVERIFY(validInterfaceName(QStringLiteral("eth0")));
        QVERIFY(validInterfaceName(QStringLiteral("enp16s2f0")));
        QVERIFY(validInterfaceName(QStringLiteral("fifteen_chars_x")));   // 15 bytes: IFNAMSIZ - 1
        QVERIFY(!validInterfaceName(QStringLiteral("sixteen_chars_xx")));
        QVERIFY(!validInterfaceName(QString()));
        QVERIFY(!validInterfaceName(QStringLiteral("..")));
        QVERIFY(!validInterfaceName(QStringLiteral("a b")));
        QVERIFY(!validInterfaceName(QStringLiteral("a\tb")));
        QVERIFY(!validInterfaceName(QStringLiteral("a/b")));
        QVERIFY(!validInterfaceName(QStringLiteral("eth0:0")));
        // Bytes count, not characters: five three-byte characters fill 15.
        QVERIFY(validInterfaceName(QStringLiteral("ネットワーク").left(5)));
        QVERIFY(!validInterfaceName(QStringLiteral("ネットワーク")));
    }

    void uevent()
    {
        const Uevent pci = parseUevent(kPciUevent);
        QVERIFY(pci.errors.isEmpty());
        QCOMPARE(pci.vars.value(QStringLiteral("DRIVER")), QStringLiteral("e1000e"));
        QCOMPARE(pci.vars.value(QStringLiteral("PCI_SLOT_NAME")), QStringLiteral("0000:03:00.0"));
        QCOMPARE(pci.vars.size(), 6);
        const Uevent bad = parseUevent("DRIVER=igb\nno equals sign\n=value\n\nPCI_ID=8086:1533\n");
        QCOMPARE(bad.vars.size(), 2);
        QCOMPARE(bad.errors.size(), 2);
        QCOMPARE(bad.errors[0].line, 2);
        QCOMPARE(bad.errors[0].message, QStringLiteral("not a 'KEY=VALUE' line"));
        QCOMPARE(bad.errors[1].line, 3);
    }

    void speed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mbps");
        QTest::addColumn<bool>("error");
        QTest::newRow("gigabit") << "1000\n" << 1000 << false;
        QTest::newRow("25G") << "25000" << 25000 << false;
        QTest::newRow("no link") << "-1\n" << -1 << false;
        QTest::newRow("old u16 unknown") << "65535\n" << -1 << false;
        QTest::newRow("u32 unknown") << "4294967295\n" << -1 << false;
        QTest::newRow("zero") << "0\n" << -1 << false;
        QTest::newRow("words") << "Unknown!\n" << -1 << true;
        QTest::newRow("empty") << "" << -1 << true;
    }

    void speed()
    {
        QFETCH(QString, text);
        QFETCH(int, mbps);
        QFETCH(bool, error);
        QString why;
        QCOMPARE(parseSysfsSpeed(text, &why), mbps);
        QCOMPARE(!why.isEmpty(), error);
    }

    void duplex()
    {
        QString why;
        QCOMPARE(parseSysfsDuplex(QStringLiteral("full\n"), &why), QStringLiteral("full"));
        QCOMPARE(parseSysfsDuplex(QStringLiteral("half"), &why), QStringLiteral("half"));
        QCOMPARE(parseSysfsDuplex(QStringLiteral("unknown\n"), &why), QString());
        QVERIFY(why.isEmpty());
        QCOMPARE(parseSysfsDuplex(QStringLiteral("Full"), &why), QString());   // sysfs never capitalises
        QCOMPARE(why, QStringLiteral("the duplex is not full, half or unknown"));
    }

    void grepFormOfSeveralAdapters()
    {
        // eth0: PCI, link up. eth1: virtio with a link but no speed set
        // (qemu's default). eth2: down, so speed and duplex failed (EINVAL)
        // and gave no line, as the shell's reads and grep -H do.
        const QByteArray text = grepForm("/sys/class/net/eth0/device/uevent", kPciUevent)
            + grepForm("/sys/class/net/eth0/speed", "1000\n") + grepForm("/sys/class/net/eth0/duplex", "full\n")
            + grepForm("/sys/class/net/eth1/device/uevent", kVirtioUevent)
            + grepForm("/sys/class/net/eth1/speed", "-1\n") + grepForm("/sys/class/net/eth1/duplex", "unknown\n")
            + grepForm("/sys/class/net/eth2/device/uevent", kPciUevent);
        const NicSysfs n = parseNicSysfs(text);
        QVERIFY2(n.errors.isEmpty(), qPrintable(n.errors.value(0).message + QLatin1String(": ") + n.errors.value(0).text));
        QCOMPARE(n.nics.keys(), QStringList({QStringLiteral("eth0"), QStringLiteral("eth1"), QStringLiteral("eth2")}));
        const NicSysfsEntry *eth0 = n.nic(QStringLiteral("eth0"));
        QCOMPARE(eth0->driver, QStringLiteral("e1000e"));
        QCOMPARE(eth0->pciSlot, QStringLiteral("0000:03:00.0"));   // the value's own colons survive
        QCOMPARE(eth0->speedMbps, 1000);
        QCOMPARE(eth0->duplex, QStringLiteral("full"));
        QCOMPARE(eth0->uevent.value(QStringLiteral("PCI_ID")), QStringLiteral("8086:10D3"));
        const NicSysfsEntry *eth1 = n.nic(QStringLiteral("eth1"));
        QCOMPARE(eth1->driver, QStringLiteral("virtio_net"));
        QVERIFY(eth1->pciSlot.isEmpty());
        QCOMPARE(eth1->speedMbps, -1);
        QVERIFY(eth1->duplex.isEmpty());
        const NicSysfsEntry *eth2 = n.nic(QStringLiteral("eth2"));
        QCOMPARE(eth2->speedMbps, -1);
        QVERIFY(eth2->duplex.isEmpty());
        QVERIFY(!n.nic(QStringLiteral("eth3")));
    }

    void grepFormMalformed()
    {
        const QByteArray text = "no colon at all\n"
                                "/proc/net/dev:eth0\n"
                                "/sys/class/net/eth0:speed\n"
                                "/sys/class/net/a:b/speed:100\n"
                                "/sys/class/net/eth0/speed:fast\n"
                                "/sys/class/net/eth0/duplex:quarter\n"
                                "/sys/class/net/eth0/device/uevent:DRIVER\n"
                                "grep: /sys/class/net/eth0/speed: Invalid argument\n"
                                "/sys/class/net/eth0/mtu:1500\n"
                                "/sys/class/net/eth0/device/uevent:DRIVER=tg3\n";
        const NicSysfs n = parseNicSysfs(text);
        QList<int> lines;
        for (const ParseError &e : n.errors)
            lines << e.line;
        // grep's complaint and a file this parser does not read are not errors.
        QCOMPARE(lines, QList<int>({1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(n.errors[0].message, QStringLiteral("not a '/sys/class/net/IF/FILE:TEXT' line"));
        QCOMPARE(n.errors[1].message, QStringLiteral("not a file under /sys/class/net/IF/"));
        QCOMPARE(n.errors[3].message, QStringLiteral("not a file under /sys/class/net/IF/"));
        QCOMPARE(n.errors[4].message, QStringLiteral("the speed is not a number of Mb/s"));
        QCOMPARE(n.errors[4].text, QStringLiteral("/sys/class/net/eth0/speed:fast"));
        QCOMPARE(n.errors[6].message, QStringLiteral("not a KEY=VALUE line of device/uevent"));
        // What was good still counts.
        QCOMPARE(n.nic(QStringLiteral("eth0"))->driver, QStringLiteral("tg3"));
        QCOMPARE(n.nic(QStringLiteral("eth0"))->speedMbps, -1);
    }
};

QTEST_GUILESS_MAIN(TestNicSysfs)
#include "tst_nicsysfs.moc"
