// /proc/net/bonding and `ip -d -j link` parsers over every lab capture, plus
// the bonding modes and fields the lab did not exercise.

#include "Fixture.h"
#include "parse/Bonding.h"
#include "parse/IpLink.h"

#include <QtTest>

using namespace ftc;
using ftc::test::fixture;

class TestNetParse : public QObject {
    Q_OBJECT
private slots:
    void bondingFixtures_data();
    void bondingFixtures();
    void bonding8023ad();
    void bondingSpeedAndPrimary();
    void bondingArpAndRoundRobin();
    void bondingModeNames();
    void bondingModeWithSuffix();
    void bondingGarbage();
    void ipLinkFixtures_data();
    void ipLinkFixtures();
    void ipLinkMalformed();
};

void TestNetParse::bondingFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("links");     // "eth1=up/0,eth2=up/0": mii/failures
    QTest::newRow("ab_initial") << "ab_initial" << "active-backup" << "eth1" << "eth1=up/0,eth2=up/0";
    QTest::newRow("ab_admin_down") << "ab_after_admin_down_eth1" << "active-backup" << "eth2" << "eth1=down/1,eth2=up/0";
    QTest::newRow("ab_admin_up") << "ab_after_admin_up_eth1" << "active-backup" << "eth2" << "eth1=up/1,eth2=up/0";
    QTest::newRow("ab_carrier_off") << "ab_after_carrier_off_eth2" << "active-backup" << "eth1" << "eth1=up/1,eth2=down/1";
    QTest::newRow("ab_carrier_on") << "ab_after_carrier_on_eth2" << "active-backup" << "eth1" << "eth1=up/1,eth2=up/1";
    QTest::newRow("ab_primary") << "ab_primary_initial" << "active-backup" << "eth1" << "eth1=up/0,eth2=up/0";
    QTest::newRow("ab_speed1000") << "ab_speed1000" << "active-backup" << "eth1" << "eth1=up/0,eth2=up/0";
    QTest::newRow("ab_speed1000_down") << "ab_speed1000_after_admin_down_eth1" << "active-backup" << "eth2"
                                       << "eth1=down/1,eth2=up/0";
    QTest::newRow("alb_initial") << "alb_initial" << "balance-alb" << "eth1" << "eth1=up/0,eth2=up/0";
    QTest::newRow("alb_down") << "alb_after_admin_down_eth1" << "balance-alb" << "eth2" << "eth1=down/1,eth2=up/0";
    QTest::newRow("alb_up") << "alb_after_admin_up_eth1" << "balance-alb" << "eth2" << "eth1=down/1,eth2=up/0";
    QTest::newRow("8023ad") << "8023ad_initial" << "802.3ad" << "" << "eth1=up/0,eth2=up/0";
}

void TestNetParse::bondingFixtures()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, active);
    QFETCH(QString, links);
    const Bonding b = parseBonding(fixture(QStringLiteral("lab/bond/procbond_%1.txt").arg(name)));
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.value(0).text));
    QCOMPARE(b.mode, mode);
    QCOMPARE(b.activeSlave, active);
    QCOMPARE(b.miimonMs, 100);
    QCOMPARE(b.miiStatus, QStringLiteral("up"));
    QCOMPARE(b.driverVersion, QStringLiteral("v6.1.0-50-amd64"));
    QStringList got;
    for (const BondingSlave &s : b.slaves)
        got.append(QStringLiteral("%1=%2/%3").arg(s.name, s.miiStatus).arg(s.linkFailures));
    QCOMPARE(got.join(QLatin1Char(',')), links);
    QCOMPARE(b.slaves.value(0).permanentAddress, QStringLiteral("52:54:00:00:00:11"));
}

void TestNetParse::bonding8023ad()
{
    const Bonding b = parseBonding(fixture(QStringLiteral("lab/bond/procbond_8023ad_initial.txt")));
    QCOMPARE(b.transmitHashPolicy, QStringLiteral("layer3+4"));
    QCOMPARE(b.lacpRate, QStringLiteral("fast"));
    QCOMPARE(b.activeAggregatorId, 1);
    QCOMPARE(b.slaves.size(), 2);
    QCOMPARE(b.slaves[0].aggregatorId, 1);
    QCOMPARE(b.slaves[1].aggregatorId, 2);
    // the nested lacp pdu blocks must not leak into the slave
    QCOMPARE(b.slaves[1].miiStatus, QStringLiteral("up"));
    QCOMPARE(b.slaves[1].speedMbps, -1);
}

void TestNetParse::bondingSpeedAndPrimary()
{
    const Bonding s = parseBonding(fixture(QStringLiteral("lab/bond/procbond_ab_speed1000.txt")));
    QCOMPARE(s.slaves.value(0).speedMbps, 1000);
    QCOMPARE(s.slaves.value(0).duplex, QStringLiteral("full"));
    const Bonding u = parseBonding(fixture(QStringLiteral("lab/bond/procbond_ab_initial.txt")));
    QCOMPARE(u.slaves.value(1).speedMbps, -1);
    QCOMPARE(u.slaves.value(1).duplex, QStringLiteral("Unknown"));
    QCOMPARE(u.primary, QString());
    const Bonding p = parseBonding(fixture(QStringLiteral("lab/bond/procbond_ab_primary_initial.txt")));
    QCOMPARE(p.primary, QStringLiteral("eth1"));
    QCOMPARE(p.primaryReselect, QStringLiteral("always"));
}

void TestNetParse::bondingArpAndRoundRobin()
{
    const Bonding b = parseBonding(
        "Ethernet Channel Bonding Driver: v5.10.0\n\n"
        "Bonding Mode: load balancing (round-robin)\n"
        "MII Status: going down\n"
        "MII Polling Interval (ms): 0\n"
        "ARP Polling Interval (ms): 1000\n"
        "ARP Missed Max: 2\n"
        "ARP IP target/s (n.n.n.n form): 10.0.0.1, 10.0.0.254\n\n"
        "Slave Interface: ens1f0\n"
        "MII Status: going back\n"
        "Speed: 25000 Mbps\n"
        "Duplex: full\n"
        "Link Failure Count: 7\n"
        "Permanent HW addr: b4:96:91:00:00:01\n"
        "Slave queue ID: 0\n");
    QVERIFY(b.errors.isEmpty());
    QCOMPARE(b.mode, QStringLiteral("balance-rr"));
    QCOMPARE(b.miiStatus, QStringLiteral("going down"));
    QCOMPARE(b.arpIntervalMs, 1000);
    QCOMPARE(b.arpTargets, QStringList({QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.254")}));
    QCOMPARE(b.activeSlave, QString());
    QCOMPARE(b.slaves.value(0).miiStatus, QStringLiteral("going back"));
    QCOMPARE(b.slaves.value(0).speedMbps, 25000);
    QCOMPARE(b.slaves.value(0).linkFailures, 7);
}

void TestNetParse::bondingModeNames()
{
    QCOMPARE(bondModeFromText(QStringLiteral("load balancing (xor)")), QStringLiteral("balance-xor"));
    QCOMPARE(bondModeFromText(QStringLiteral("fault-tolerance (broadcast)")), QStringLiteral("broadcast"));
    QCOMPARE(bondModeFromText(QStringLiteral("transmit load balancing")), QStringLiteral("balance-tlb"));
    QCOMPARE(bondModeFromText(QStringLiteral("adaptive load balancing")), QStringLiteral("balance-alb"));
    QCOMPARE(bondModeFromText(QStringLiteral("something new")), QString());
    // A mode name only counts as a whole word sequence, not as a prefix of another.
    QCOMPARE(bondModeFromText(QStringLiteral("adaptive load balancingx")), QString());
}

// bond_info_show_master() prints " (fail_over_mac NAME)" after an active-backup
// bond's mode when fail_over_mac is set: the mode is still active-backup.
void TestNetParse::bondingModeWithSuffix()
{
    const Bonding b = parseBonding(
        "Ethernet Channel Bonding Driver: v6.1.0-50-amd64\n"
        "\n"
        "Bonding Mode: fault-tolerance (active-backup) (fail_over_mac active)\n"
        "Primary Slave: None\n"
        "Currently Active Slave: eth2\n"
        "MII Status: up\n"
        "MII Polling Interval (ms): 100\n"
        "Up Delay (ms): 0\n"
        "Down Delay (ms): 0\n"
        "Peer Notification Delay (ms): 0\n"
        "\n"
        "Slave Interface: eth1\n"
        "MII Status: up\n"
        "Speed: 1000 Mbps\n"
        "Duplex: full\n"
        "Link Failure Count: 0\n"
        "Permanent HW addr: 52:54:00:12:34:57\n"
        "Slave queue ID: 0\n");
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.value(0).message));
    QCOMPARE(b.mode, QStringLiteral("active-backup"));
    QCOMPARE(b.activeSlave, QStringLiteral("eth2"));
    QCOMPARE(bondModeFromText(QStringLiteral("fault-tolerance (active-backup) (fail_over_mac follow)")),
             QStringLiteral("active-backup"));
    QCOMPARE(bondModeFromText(QStringLiteral("active-backup (fail_over_mac none)")), QStringLiteral("active-backup"));
}

void TestNetParse::bondingGarbage()
{
    const Bonding b = parseBonding("Bonding Mode: warp drive\nno colon here\nSlave Interface: eth9\nSpeed: fast\n");
    QCOMPARE(b.errors.size(), 2);
    QCOMPARE(b.errors[1].line, 2);
    QCOMPARE(b.slaves.value(0).name, QStringLiteral("eth9"));
    QCOMPARE(b.slaves.value(0).speedMbps, -1);
}

void TestNetParse::ipLinkFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("eth1oper");
    for (const char *c : {"ab_initial", "ab_primary_initial", "ab_speed1000", "ab_after_carrier_off_eth2",
                          "ab_after_carrier_on_eth2"})
        QTest::newRow(c) << c << "active-backup" << "eth1" << "UP";
    QTest::newRow("ab_after_admin_down_eth1") << "ab_after_admin_down_eth1" << "active-backup" << "eth2" << "DOWN";
    QTest::newRow("ab_after_admin_up_eth1") << "ab_after_admin_up_eth1" << "active-backup" << "eth2" << "UP";
    QTest::newRow("alb_initial") << "alb_initial" << "balance-alb" << "eth1" << "UP";
    QTest::newRow("alb_after_admin_down_eth1") << "alb_after_admin_down_eth1" << "balance-alb" << "eth2" << "DOWN";
    QTest::newRow("8023ad_initial") << "8023ad_initial" << "802.3ad" << "" << "UP";
}

void TestNetParse::ipLinkFixtures()
{
    QFETCH(QString, name);
    QFETCH(QString, mode);
    QFETCH(QString, active);
    QFETCH(QString, eth1oper);
    const IpLinks l = parseIpLinkJson(fixture(QStringLiteral("lab/bond/ip_d_j_link_%1.json").arg(name)));
    QVERIFY(l.errors.isEmpty());
    QCOMPARE(l.links.size(), 5);
    const IpLink *bond = l.link(QStringLiteral("bond0"));
    QVERIFY(bond);
    QCOMPARE(bond->kind, QStringLiteral("bond"));
    QCOMPARE(bond->bondMode, mode);
    QCOMPARE(bond->bondActiveSlave, active);
    QCOMPARE(bond->bondMiimon, 100);
    QVERIFY(bond->flags.contains(QStringLiteral("MASTER")));
    const IpLink *eth1 = l.link(QStringLiteral("eth1"));
    QCOMPARE(eth1->master, QStringLiteral("bond0"));
    QCOMPARE(eth1->slaveKind, QStringLiteral("bond"));
    QCOMPARE(eth1->operState, eth1oper);
    QCOMPARE(eth1->permAddress, QStringLiteral("52:54:00:00:00:11"));
    QCOMPARE(eth1->parentBus, QStringLiteral("virtio"));
    QCOMPARE(eth1->parentDev, QStringLiteral("virtio1"));
    const IpLink *lo = l.link(QStringLiteral("lo"));
    QCOMPARE(lo->linkType, QStringLiteral("loopback"));
    QVERIFY(lo->parentBus.isEmpty());
}

void TestNetParse::ipLinkMalformed()
{
    const IpLinks t = parseIpLinkJson("[{\"ifindex\":1,\"ifname\":\"eth0\",\n\"flags\":[\"UP\"");
    QCOMPARE(t.errors.size(), 1);
    QCOMPARE(t.errors[0].line, 2);
    QVERIFY(!parseIpLinkJson("{\"a\":1}").errors.isEmpty());
    const IpLinks partial = parseIpLinkJson("[{\"ifindex\":1},{\"ifname\":\"eth3\",\"flags\":\"UP\"}]");
    QCOMPARE(partial.errors.size(), 1);
    QCOMPARE(partial.links.size(), 1);
    QVERIFY(!partial.links[0].adminUp());
}

QTEST_GUILESS_MAIN(TestNetParse)
#include "tst_netparse.moc"
