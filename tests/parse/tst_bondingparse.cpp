// /proc/net/bonding/bondN (drivers/net/bonding/bond_procfs.c) in every mode and
// kernel generation, and plain `ethtool IFACE` (ethtool 6.1): the lab captures
// plus hand-written cases from the kernel's and ethtool's format strings.

#include "Fixture.h"
#include "parse/Bonding.h"
#include "parse/Ethtool.h"

#include <QtTest>

using namespace ftc;
using ftc::test::fixture;

class TestBondingParse : public QObject {
    Q_OBJECT
private slots:
    void labFailoverBothWays();
    void labPrimaryAndAlb();
    void lab8023ad();
    void handWritten8023adWithPartner();
    void noActiveAggregator();
    void arpMonitoring();
    void oldKernelFormat();
    void failOverMac();
    void unknownLinesKept();
    void truncated();
    void malformed();
    void ethtoolLab();
    void ethtoolFull();
    void ethtoolErrors();
};

void TestBondingParse::labFailoverBothWays()
{
    const Bonding before = parseBonding(fixture(QStringLiteral("lab/bond/procbond_ab_initial.txt")));
    const Bonding down = parseBonding(fixture(QStringLiteral("lab/bond/procbond_ab_after_admin_down_eth1.txt")));
    const Bonding back = parseBonding(fixture(QStringLiteral("lab/bond/procbond_ab_after_carrier_off_eth2.txt")));
    for (const Bonding *b : {&before, &down, &back}) {
        QVERIFY2(b->errors.isEmpty(), qPrintable(b->errors.value(0).text));
        QVERIFY(b->extra.isEmpty());
        QCOMPARE(b->peerNotifyDelayMs, 0);
        QCOMPARE(b->upDelayMs, 0);
        QCOMPARE(b->failOverMac, QString());
        QVERIFY(!b->truncated);
    }
    QCOMPARE(before.activeSlave, QStringLiteral("eth1"));
    QCOMPARE(down.activeSlave, QStringLiteral("eth2"));
    QCOMPARE(down.slave(QStringLiteral("eth1"))->miiStatus, QStringLiteral("down"));
    QCOMPARE(down.slave(QStringLiteral("eth1"))->linkFailures, 1);
    QCOMPARE(back.activeSlave, QStringLiteral("eth1"));
    QCOMPARE(back.slave(QStringLiteral("eth2"))->miiStatus, QStringLiteral("down"));
    QCOMPARE(back.slave(QStringLiteral("eth2"))->queueId, 0);
    QVERIFY(back.slave(QStringLiteral("eth2"))->extra.isEmpty());
}

void TestBondingParse::labPrimaryAndAlb()
{
    const Bonding p = parseBonding(fixture(QStringLiteral("lab/bond/procbond_ab_primary_initial.txt")));
    QCOMPARE(p.primary, QStringLiteral("eth1"));
    QCOMPARE(p.primaryReselect, QStringLiteral("always"));
    const Bonding a = parseBonding(fixture(QStringLiteral("lab/bond/procbond_alb_after_admin_down_eth1.txt")));
    QVERIFY(a.errors.isEmpty());
    QCOMPARE(a.mode, QStringLiteral("balance-alb"));
    QCOMPARE(a.primary, QString());
    QCOMPARE(a.primaryReselect, QString());
    QCOMPARE(a.activeSlave, QStringLiteral("eth2"));
    QCOMPARE(a.slaves.size(), 2);
    QCOMPARE(a.slaves[1].permanentAddress, QStringLiteral("52:54:00:00:00:12"));
}

void TestBondingParse::lab8023ad()
{
    const Bonding b = parseBonding(fixture(QStringLiteral("lab/bond/procbond_8023ad_initial.txt")));
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.value(0).text));
    QVERIFY2(b.extra.isEmpty(), qPrintable(b.extra.keys().join(QLatin1Char(','))));
    QCOMPARE(b.transmitHashPolicyId, 1);
    QCOMPARE(b.lacpActive, QStringLiteral("on"));
    QCOMPARE(b.minLinks, 0);
    QCOMPARE(b.adSelect, QStringLiteral("stable"));
    QCOMPARE(b.systemPriority, 65535);
    QCOMPARE(b.systemMac, QStringLiteral("8e:ae:1e:dc:bb:43"));
    QCOMPARE(b.activeAggregator.id, 1);
    QCOMPARE(b.activeAggregator.ports, 1);
    QCOMPARE(b.activeAggregator.actorKey, 0);
    QCOMPARE(b.activeAggregator.partnerKey, 1);
    QCOMPARE(b.activeAggregator.partnerMac, QStringLiteral("00:00:00:00:00:00"));
    QVERIFY(!b.noActiveAggregator);
    const BondingSlave &s = b.slaves.value(1);
    QCOMPARE(s.name, QStringLiteral("eth2"));
    QVERIFY(s.extra.isEmpty());
    QCOMPARE(s.actorChurnState, QStringLiteral("monitoring"));
    QCOMPARE(s.partnerChurnedCount, 0);
    QVERIFY(s.actorPdu.present && s.partnerPdu.present);
    QCOMPARE(s.actorPdu.portNumber, 2);
    QCOMPARE(s.actorPdu.portState, 71);
    QCOMPARE(s.actorPdu.portPriority, 255);
    QCOMPARE(s.partnerPdu.portKey, 1); // "oper key"
    QCOMPARE(s.partnerPdu.portState, 0);
    QCOMPARE(b.slaves[0].actorPdu.portState, 79);
}

// bond_info_show_master()/show_slave() of a 6.x kernel with a real LACP partner.
void TestBondingParse::handWritten8023adWithPartner()
{
    const Bonding b = parseBonding(
        "Ethernet Channel Bonding Driver: v6.8.0-45-generic\n\n"
        "Bonding Mode: IEEE 802.3ad Dynamic link aggregation\n"
        "Transmit Hash Policy: layer2+3 (2)\n"
        "MII Status: up\nMII Polling Interval (ms): 100\nUp Delay (ms): 200\nDown Delay (ms): 200\n"
        "Peer Notification Delay (ms): 0\n\n"
        "802.3ad info\nLACP active: off\nLACP rate: slow\nMin links: 1\n"
        "Aggregator selection policy (ad_select): bandwidth\n"
        "System priority: 100\nSystem MAC address: 3c:fd:fe:aa:bb:01\n"
        "Active Aggregator Info:\n\tAggregator ID: 3\n\tNumber of ports: 2\n\tActor Key: 21\n"
        "\tPartner Key: 32801\n\tPartner Mac Address: 00:1c:73:12:34:56\n\n"
        "Slave Interface: ens2f0\nMII Status: up\nSpeed: 25000 Mbps\nDuplex: full\nLink Failure Count: 3\n"
        "Permanent HW addr: 3c:fd:fe:aa:bb:01\nSlave queue ID: 0\nAggregator ID: 3\n"
        "Actor Churn State: none\nPartner Churn State: churned\nActor Churned Count: 1\nPartner Churned Count: 4\n"
        "details actor lacp pdu:\n    system priority: 100\n    system mac address: 3c:fd:fe:aa:bb:01\n"
        "    port key: 21\n    port priority: 255\n    port number: 1\n    port state: 61\n"
        "details partner lacp pdu:\n    system priority: 32667\n    system mac address: 00:1c:73:12:34:56\n"
        "    oper key: 32801\n    port priority: 32768\n    port number: 279\n    port state: 63\n\n"
        "Slave Interface: ens2f1\nMII Status: going back\nSpeed: Unknown\nDuplex: Unknown\nLink Failure Count: 0\n"
        "Permanent HW addr: 3c:fd:fe:aa:bb:02\nSlave queue ID: 0\nAggregator ID: N/A\n");
    QVERIFY(b.errors.isEmpty());
    QCOMPARE(b.transmitHashPolicy, QStringLiteral("layer2+3"));
    QCOMPARE(b.upDelayMs, 200);
    QCOMPARE(b.lacpActive, QStringLiteral("off"));
    QCOMPARE(b.lacpRate, QStringLiteral("slow"));
    QCOMPARE(b.minLinks, 1);
    QCOMPARE(b.adSelect, QStringLiteral("bandwidth"));
    QCOMPARE(b.activeAggregatorId, 3);
    QCOMPARE(b.activeAggregator.partnerKey, 32801);
    QCOMPARE(b.activeAggregator.partnerMac, QStringLiteral("00:1c:73:12:34:56"));
    const BondingSlave &s = b.slaves.value(0);
    QCOMPARE(s.speedMbps, 25000);
    QCOMPARE(s.linkFailures, 3);
    QCOMPARE(s.actorChurnState, QStringLiteral("none"));
    QCOMPARE(s.partnerChurnState, QStringLiteral("churned"));
    QCOMPARE(s.actorChurnedCount, 1);
    QCOMPARE(s.partnerChurnedCount, 4);
    QCOMPARE(s.actorPdu.portKey, 21);
    QCOMPARE(s.actorPdu.systemPriority, 100);
    QCOMPARE(s.partnerPdu.systemMac, QStringLiteral("00:1c:73:12:34:56"));
    QCOMPARE(s.partnerPdu.portKey, 32801); // "oper key"
    QCOMPARE(s.partnerPdu.portNumber, 279);
    QCOMPARE(s.partnerPdu.portPriority, 32768);
    QCOMPARE(s.partnerPdu.portState, 63);
    // a pdu key must not overwrite a slave field of the same meaning
    QCOMPARE(s.aggregatorId, 3);
    const BondingSlave &n = b.slaves.value(1);
    QCOMPARE(n.miiStatus, QStringLiteral("going back"));
    QCOMPARE(n.speedMbps, -1);
    QCOMPARE(n.aggregatorId, -1); // N/A
    QVERIFY(!n.actorPdu.present);
}

void TestBondingParse::noActiveAggregator()
{
    const Bonding b = parseBonding("Bonding Mode: IEEE 802.3ad Dynamic link aggregation\n\n802.3ad info\n"
                                   "LACP rate: slow\nAggregator selection policy (ad_select): count\n"
                                   "bond bond1 has no active aggregator\n");
    QVERIFY(b.errors.isEmpty());
    QVERIFY(b.noActiveAggregator);
    QCOMPARE(b.activeAggregatorId, -1);
    QCOMPARE(b.adSelect, QStringLiteral("count"));
}

void TestBondingParse::arpMonitoring()
{
    const Bonding b = parseBonding(
        "Ethernet Channel Bonding Driver: v6.1.0-50-amd64\n\n"
        "Bonding Mode: fault-tolerance (active-backup)\nPrimary Slave: eth0 (primary_reselect failure)\n"
        "Currently Active Slave: eth1\nMII Status: up\nMII Polling Interval (ms): 0\nUp Delay (ms): 0\n"
        "Down Delay (ms): 0\nPeer Notification Delay (ms): 0\nARP Polling Interval (ms): 500\nARP Missed Max: 3\n"
        "ARP IP target/s (n.n.n.n form): 192.168.1.1, 192.168.1.254\n"
        "NS IPv6 target/s (xx::xx form): fe80::1, 2001:db8::fe\n");
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.value(0).text));
    QVERIFY(b.extra.isEmpty());
    QCOMPARE(b.primary, QStringLiteral("eth0"));
    QCOMPARE(b.primaryReselect, QStringLiteral("failure"));
    QCOMPARE(b.miimonMs, 0);
    QCOMPARE(b.arpIntervalMs, 500);
    QCOMPARE(b.arpMissedMax, 3);
    QCOMPARE(b.arpTargets, QStringList({QStringLiteral("192.168.1.1"), QStringLiteral("192.168.1.254")}));
    QCOMPARE(b.nsTargets, QStringList({QStringLiteral("fe80::1"), QStringLiteral("2001:db8::fe")}));
    // no targets configured: the kernel prints the key with nothing after it
    const Bonding e = parseBonding("ARP Polling Interval (ms): 1000\nARP IP target/s (n.n.n.n form):\n"
                                   "NS IPv6 target/s (xx::xx form):\n");
    QVERIFY(e.errors.isEmpty());
    QVERIFY(e.arpTargets.isEmpty());
    QVERIFY(e.nsTargets.isEmpty());
}

// 3.x bond_procfs.c: no Peer Notification Delay, Slave queue ID after the
// 802.3ad Aggregator ID, Speed printed with %d (-1 / 65535 when unknown).
void TestBondingParse::oldKernelFormat()
{
    const Bonding b = parseBonding(
        "Ethernet Channel Bonding Driver: v3.7.1 (April 27, 2011)\n\n"
        "Bonding Mode: IEEE 802.3ad Dynamic link aggregation\nTransmit Hash Policy: layer2 (0)\n"
        "MII Status: up\nMII Polling Interval (ms): 100\nUp Delay (ms): 0\nDown Delay (ms): 0\n\n"
        "802.3ad info\nLACP rate: slow\nAggregator selection policy (ad_select): stable\n"
        "Active Aggregator Info:\n\tAggregator ID: 1\n\tNumber of ports: 1\n\tActor Key: 17\n\tPartner Key: 1\n"
        "\tPartner Mac Address: 00:00:00:00:00:00\n\n"
        "Slave Interface: eth0\nMII Status: up\nSpeed: 1000 Mbps\nDuplex: full\nLink Failure Count: 0\n"
        "Permanent HW addr: 00:16:3e:00:00:01\nAggregator ID: 1\nSlave queue ID: 0\n\n"
        "Slave Interface: eth1\nMII Status: down\nSpeed: -1 Mbps\nDuplex: half\nLink Failure Count: 2\n"
        "Permanent HW addr: 00:16:3e:00:00:02\nAggregator ID: 2\n\n"
        "Slave Interface: eth2\nMII Status: down\nSpeed: 65535 Mbps\nDuplex: half\nLink Failure Count: 1\n"
        "Permanent HW addr: 00:16:3e:00:00:03\n");
    QVERIFY(b.errors.isEmpty());
    QVERIFY(b.extra.isEmpty());
    QCOMPARE(b.driverVersion, QStringLiteral("v3.7.1 (April 27, 2011)"));
    QCOMPARE(b.mode, QStringLiteral("802.3ad"));
    QCOMPARE(b.peerNotifyDelayMs, -1);
    QCOMPARE(b.lacpActive, QString());
    QCOMPARE(b.minLinks, -1);
    QCOMPARE(b.systemPriority, -1);
    QCOMPARE(b.activeAggregator.actorKey, 17);
    QCOMPARE(b.slaves.size(), 3);
    QCOMPARE(b.slaves[0].speedMbps, 1000);
    QCOMPARE(b.slaves[0].queueId, 0);
    QCOMPARE(b.slaves[0].aggregatorId, 1);
    QCOMPARE(b.slaves[0].actorChurnState, QString());
    QCOMPARE(b.slaves[1].speedMbps, -1);
    QCOMPARE(b.slaves[1].queueId, -1);
    QCOMPARE(b.slaves[1].aggregatorId, 2);
    QCOMPARE(b.slaves[2].speedMbps, -1);
    QCOMPARE(b.slaves[2].linkFailures, 1);
}

void TestBondingParse::failOverMac()
{
    for (const char *policy : {"active", "follow"}) {
        const Bonding b = parseBonding(QByteArray("Bonding Mode: fault-tolerance (active-backup) (fail_over_mac ")
                                       + policy + ")\nPrimary Slave: None\nCurrently Active Slave: None\n");
        QVERIFY(b.errors.isEmpty());
        QCOMPARE(b.mode, QStringLiteral("active-backup"));
        QCOMPARE(b.failOverMac, QLatin1String(policy));
        QCOMPARE(b.activeSlave, QString());
    }
    QCOMPARE(parseBonding("Bonding Mode: fault-tolerance (active-backup)\n").failOverMac, QString());
}

void TestBondingParse::unknownLinesKept()
{
    const Bonding b = parseBonding("Bonding Mode: load balancing (xor)\nTransmit Hash Policy: vlan+srcmac (5)\n"
                                   "Coupled Control: on\n\nSlave Interface: eth0\nMII Status: up\n"
                                   "Link Flap Rate: 2/min\ndetails actor lacp pdu:\n    port key: 9\n"
                                   "    future field: x\n");
    QVERIFY(b.errors.isEmpty());
    QCOMPARE(b.transmitHashPolicy, QStringLiteral("vlan+srcmac"));
    QCOMPARE(b.transmitHashPolicyId, 5);
    QCOMPARE(b.extra.value(QStringLiteral("Coupled Control")), QStringLiteral("on"));
    QCOMPARE(b.slaves.value(0).extra.value(QStringLiteral("Link Flap Rate")), QStringLiteral("2/min"));
    QCOMPARE(b.slaves.value(0).extra.value(QStringLiteral("actor lacp pdu/future field")), QStringLiteral("x"));
    QCOMPARE(b.slaves.value(0).actorPdu.portKey, 9);
}

void TestBondingParse::truncated()
{
    QByteArray full = fixture(QStringLiteral("lab/bond/procbond_8023ad_initial.txt"));
    QVERIFY(!full.isEmpty());
    // cut in the middle of the second slave's "Permanent HW addr" key
    const qsizetype cut = full.indexOf("Permanent HW a", full.indexOf("Slave Interface: eth2")) + 14;
    const Bonding b = parseBonding(full.left(cut));
    QVERIFY(b.errors.isEmpty());
    QVERIFY(b.truncated);
    QCOMPARE(b.slaves.size(), 2);
    QCOMPARE(b.slaves[0].actorPdu.portState, 79);
    QCOMPARE(b.slaves[1].name, QStringLiteral("eth2"));
    QCOMPARE(b.slaves[1].linkFailures, 0);
    QCOMPARE(b.slaves[1].miiStatus, QStringLiteral("up"));
    QCOMPARE(b.slaves[1].permanentAddress, QString());
    // cut mid-value: the partial value is what was read
    const Bonding v = parseBonding("Slave Interface: eth0\nPermanent HW addr: 52:54:0");
    QCOMPARE(v.slaves.value(0).permanentAddress, QStringLiteral("52:54:0"));
    QVERIFY(v.errors.isEmpty());
}

void TestBondingParse::malformed()
{
    const Bonding b = parseBonding("Bonding Mode: adaptive load balancing\nMII Status: up\nthis line has no colon\n"
                                   "\nSlave Interface: eth0\n   \x01\x02 garbage\nMII Status: down\n");
    QCOMPARE(b.errors.size(), 2);
    QCOMPARE(b.errors[0].line, 3);
    QCOMPARE(b.errors[0].text, QStringLiteral("this line has no colon"));
    QCOMPARE(b.errors[1].line, 6);
    QCOMPARE(b.mode, QStringLiteral("balance-alb"));
    QCOMPARE(b.slaves.value(0).miiStatus, QStringLiteral("down"));
    QVERIFY(!b.truncated);
    QVERIFY(parseBonding(QByteArray()).slaves.isEmpty());
}

void TestBondingParse::ethtoolLab()
{
    const EthtoolInfo e = parseEthtool(fixture(QStringLiteral("lab/bond/ethtool_eth1_speed1000.txt")));
    QVERIFY2(e.errors.isEmpty(), qPrintable(e.errors.value(0).text));
    QVERIFY(e.toolErrors.isEmpty());
    QCOMPARE(e.interface, QStringLiteral("eth1"));
    QCOMPARE(e.speedMbps, 1000);
    QCOMPARE(e.duplex, QStringLiteral("Full"));
    QCOMPARE(e.autoNegotiation, QStringLiteral("off"));
    QCOMPARE(e.port, QStringLiteral("Other"));
    QCOMPARE(e.phyAddress, 0);
    QCOMPARE(e.transceiver, QStringLiteral("internal"));
    QCOMPARE(e.linkDetected, 0);
    QVERIFY(e.supportedPorts.isEmpty());
    QVERIFY(e.supportedLinkModes.isEmpty()); // "Not reported"
    QCOMPARE(e.supportsAutoNegotiation, QStringLiteral("No"));
    QCOMPARE(e.values.value(QStringLiteral("Supported FEC modes")), QStringLiteral("Not reported"));
}

void TestBondingParse::ethtoolFull()
{
    const EthtoolInfo e = parseEthtool(
        "Settings for enp3s0:\n"
        "\tSupported ports: [ TP MII ]\n"
        "\tSupported link modes:   10baseT/Half 10baseT/Full\n"
        "\t                        100baseT/Half 100baseT/Full\n"
        "\t                        1000baseT/Full\n"
        "\tSupported pause frame use: Symmetric Receive-only\n"
        "\tSupports auto-negotiation: Yes\n"
        "\tAdvertised link modes:  100baseT/Full\n"
        "\t                        1000baseT/Full\n"
        "\tAdvertised auto-negotiation: Yes\n"
        "\tLink partner advertised link modes:  1000baseT/Full\n"
        "\tSpeed: Unknown!\n"
        "\tDuplex: Unknown! (255)\n"
        "\tAuto-negotiation: on\n"
        "\tmaster-slave cfg: preferred slave\n"
        "\tPort: Twisted Pair\n"
        "\tPHYAD: 1\n"
        "\tTransceiver: external\n"
        "\tMDI-X: Unknown\n"
        "\tSupports Wake-on: pumbg\n"
        "\tWake-on: d\n"
        "        Current message level: 0x00000007 (7)\n"
        "                               drv probe link\n"
        "\tLink detected: yes\n");
    QVERIFY2(e.errors.isEmpty(), qPrintable(e.errors.value(0).text));
    QCOMPARE(e.speedMbps, -1);
    QCOMPARE(e.duplex, QStringLiteral("Unknown! (255)"));
    QCOMPARE(e.supportedPorts, QStringList({QStringLiteral("TP"), QStringLiteral("MII")}));
    QCOMPARE(e.supportedLinkModes.size(), 5);
    QCOMPARE(e.supportedLinkModes.last(), QStringLiteral("1000baseT/Full"));
    QCOMPARE(e.advertisedLinkModes, QStringList({QStringLiteral("100baseT/Full"), QStringLiteral("1000baseT/Full")}));
    QCOMPARE(e.partnerAdvertisedLinkModes, QStringList({QStringLiteral("1000baseT/Full")}));
    QCOMPARE(e.port, QStringLiteral("Twisted Pair"));
    QCOMPARE(e.phyAddress, 1);
    QCOMPARE(e.wakeOn, QStringLiteral("d"));
    QCOMPARE(e.messageLevel, 7);
    QCOMPARE(e.messageFlags, QStringList({QStringLiteral("drv"), QStringLiteral("probe"), QStringLiteral("link")}));
    QCOMPARE(e.linkDetected, 1);
    QCOMPARE(e.values.value(QStringLiteral("master-slave cfg")), QStringLiteral("preferred slave"));
    QCOMPARE(ethtoolSpeedMbps(QStringLiteral("25000Mb/s")), 25000);
    QCOMPARE(ethtoolSpeedMbps(QStringLiteral("0Mb/s")), -1);
    QCOMPARE(ethtoolSpeedMbps(QString()), -1);
}

void TestBondingParse::ethtoolErrors()
{
    const EthtoolInfo gone = parseEthtool("netlink error: No such device\n");
    QCOMPARE(gone.toolErrors, QStringList({QStringLiteral("netlink error: No such device")}));
    QVERIFY(gone.errors.isEmpty());
    QCOMPARE(gone.speedMbps, -1);
    QCOMPARE(gone.linkDetected, -1);
    const EthtoolInfo part = parseEthtool("Settings for bond0:\n"
                                          "Cannot get device settings: Operation not supported\n"
                                          "Cannot get wake-on-lan settings: Operation not permitted\n"
                                          "\tLink detected: yes\n"
                                          "garbage without colon\n");
    QCOMPARE(part.toolErrors.size(), 2);
    QVERIFY(part.toolErrors[0].startsWith(QLatin1String("Cannot get device settings")));
    QCOMPARE(part.interface, QStringLiteral("bond0"));
    QCOMPARE(part.linkDetected, 1);
    QCOMPARE(part.errors.size(), 1);
    QCOMPARE(part.errors[0].line, 5);
}

QTEST_GUILESS_MAIN(TestBondingParse)
#include "tst_bondingparse.moc"
