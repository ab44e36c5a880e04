// The network area: adapters and teams from ip link, sys-net,
// /proc/net/bonding, bonding_masters and the adapters' own sysfs files.

#include "BuilderFixtures.h"
#include "checks/Findings.h"
#include "model/Modules.h"
#include "model/SyncSmoother.h"
#include "report/JsonReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

using namespace ftc;
using namespace ftc::test;

class TestNetworkBuilder : public QObject {
    Q_OBJECT
private slots:
    void nicFiltering();
    void teamFromBondingFileOnly();
    void bondsFromBondingMasters();
    void adaptersDriverSpeedAndDuplex();
    void teamsAndNics_data();
    void teamsAndNics();
};

void TestNetworkBuilder::nicFiltering()
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
    const HostSnapshot s = builtBy<buildNetwork>(raw);
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

void TestNetworkBuilder::teamFromBondingFileOnly()
{
    // a support bundle may hold /proc/net/bonding without ip-link.json
    RawSources raw;
    raw.files.insert(QStringLiteral("bonding/bond1"),
                     fixture(QStringLiteral("lab/bond/procbond_ab_after_admin_down_eth1.txt")));
    const HostSnapshot s = builtBy<buildNetwork>(raw);
    QCOMPARE(s.teams.size(), 1);
    QCOMPARE(s.teams[0].name, QStringLiteral("bond1"));
    QCOMPARE(s.teams[0].mode, QStringLiteral("active-backup"));
    QCOMPARE(s.teams[0].kind, QStringLiteral("AFT"));
    QCOMPARE(s.teams[0].active, QStringLiteral("eth2"));
    QCOMPARE(s.teams[0].members.size(), 2);
    QCOMPARE(s.teams[0].members.value(0).name, QStringLiteral("eth1"));
    QCOMPARE(s.teams[0].members.value(1).name, QStringLiteral("eth2"));
    QCOMPARE(s.teams[0].members.value(0).failures, 1);
    QCOMPARE(s.teams[0].members.value(0).link, QStringLiteral("down"));
    QCOMPARE(s.teams[0].members.value(1).link, QStringLiteral("up"));
    QCOMPARE(s.teams[0].miiStatus, QStringLiteral("up"));
}

void TestNetworkBuilder::bondsFromBondingMasters()
{
    // The bonding driver's list names bonds ip link did not print (no
    // ip-link.json in a capture, or an ip without -d -j): bond1 with its
    // /proc file is whole, bond0 is known by name until that file is read.
    RawSources raw;
    raw.files.insert(QStringLiteral("bonding_masters"), "bond0 bond1\n");
    raw.files.insert(QStringLiteral("bonding/bond1"), fixture(QStringLiteral("lab/bond/procbond_alb_initial.txt")));
    HostSnapshot s = builtBy<buildNetwork>(raw);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.teams.size(), 2);
    QCOMPARE(s.teams[0].name, QStringLiteral("bond0"));
    QVERIFY(s.teams[0].mode.isEmpty());
    QVERIFY(s.teams[0].members.isEmpty());
    QCOMPARE(s.teams[1].name, QStringLiteral("bond1"));
    QCOMPARE(s.teams[1].kind, QStringLiteral("ALB"));
    QCOMPARE(s.teams[1].active, QStringLiteral("eth1"));
    QCOMPARE(s.teams[1].members.size(), 2);

    // Names listed by several sources count once; a word that is no
    // interface name is a problem of that source, not a team.
    raw.files.insert(QStringLiteral("ip-link.json"), fixture(QStringLiteral("lab/bond/ip_d_j_link_ab_initial.json")));
    raw.files.insert(QStringLiteral("bonding_masters"), "bond0 ../../etc\n");
    s = builtBy<buildNetwork>(raw);
    QStringList names;
    for (const Team &t : s.teams)
        names << t.name;
    QCOMPARE(names, QStringList({QStringLiteral("bond0"), QStringLiteral("bond1")}));
    QCOMPARE(s.problems.size(), 1);
    QCOMPARE(s.problems[0].source, QStringLiteral("bonding_masters"));
    QVERIFY2(s.problems[0].message.contains(QLatin1String("../../etc")), qPrintable(s.problems[0].message));
}

void TestNetworkBuilder::adaptersDriverSpeedAndDuplex()
{
    // The lab's three adapters with eth1/eth2 in bond0 and sysfs as the last
    // full read found it: eth0, in no team, at 1000 Mb/s full duplex; eth1
    // unknown to sysfs; eth2 at 100 Mb/s half duplex then. The bond's file,
    // read in every refresh, says both members run at 1000 Mb/s full now.
    RawSources raw;
    raw.files.insert(QStringLiteral("ip-link.json"), fixture(QStringLiteral("lab/bond/ip_d_j_link_ab_speed1000.json")));
    raw.files.insert(QStringLiteral("bonding/bond0"), fixture(QStringLiteral("lab/bond/procbond_ab_speed1000.txt")));
    raw.files.insert(QStringLiteral("sys-net"), kSysNet);
    raw.files.insert(QStringLiteral("nic-sysfs"),
                     "/sys/class/net/eth0/device/uevent:DRIVER=virtio_net\n"
                     "/sys/class/net/eth0/device/uevent:MODALIAS=virtio:d00000001v00001AF4\n"
                     "/sys/class/net/eth0/speed:1000\n"
                     "/sys/class/net/eth0/duplex:full\n"
                     "/sys/class/net/eth1/device/uevent:DRIVER=virtio_net\n"
                     "/sys/class/net/eth1/speed:-1\n"
                     "/sys/class/net/eth1/duplex:unknown\n"
                     "/sys/class/net/eth2/device/uevent:DRIVER=e1000e\n"
                     "/sys/class/net/eth2/device/uevent:PCI_SLOT_NAME=0000:11:04.0\n"
                     "/sys/class/net/eth2/speed:100\n"
                     "/sys/class/net/eth2/duplex:half\n");
    const HostSnapshot s = buildSnapshot(raw);
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
    const Nic *eth0 = s.nic(QStringLiteral("eth0"));
    QVERIFY(eth0->master.isEmpty());
    QCOMPARE(eth0->driver, QStringLiteral("virtio_net"));
    QCOMPARE(eth0->speedMbps, 1000);
    QCOMPARE(eth0->duplex, QStringLiteral("full"));
    const Nic *eth1 = s.nic(QStringLiteral("eth1"));
    QCOMPARE(eth1->master, QStringLiteral("bond0"));
    QCOMPARE(eth1->speedMbps, 1000);          // the bond's "Speed: 1000 Mbps"
    QCOMPARE(eth1->duplex, QStringLiteral("full"));
    const Nic *eth2 = s.nic(QStringLiteral("eth2"));
    QCOMPARE(eth2->driver, QStringLiteral("e1000e"));
    QCOMPARE(eth2->speedMbps, 1000);          // the bond's fresher view wins
    QCOMPARE(eth2->duplex, QStringLiteral("full"));
    QCOMPARE(eth2->pciPath, QStringLiteral("0000:11:04.0"));

    // The report: driver, speed and duplex per adapter, unknown as null.
    raw.files.remove(QStringLiteral("bonding/bond0"));
    const HostSnapshot alone = buildSnapshot(raw);
    QMap<QString, QJsonObject> nics;
    for (const QJsonValue &v : jsonReport(alone, {}).value(QStringLiteral("nics")).toArray())
        nics.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    QCOMPARE(nics.size(), 3);
    QCOMPARE(nics[QStringLiteral("eth0")].value(QStringLiteral("driver")).toString(), QStringLiteral("virtio_net"));
    QCOMPARE(nics[QStringLiteral("eth0")].value(QStringLiteral("speed_mbps")).toInt(), 1000);
    QCOMPARE(nics[QStringLiteral("eth0")].value(QStringLiteral("duplex")).toString(), QStringLiteral("full"));
    QVERIFY(nics[QStringLiteral("eth1")].value(QStringLiteral("speed_mbps")).isNull());
    QVERIFY(nics[QStringLiteral("eth1")].value(QStringLiteral("duplex")).isNull());
    QCOMPARE(nics[QStringLiteral("eth2")].value(QStringLiteral("driver")).toString(), QStringLiteral("e1000e"));
    QCOMPARE(nics[QStringLiteral("eth2")].value(QStringLiteral("speed_mbps")).toInt(), 100);
    QCOMPARE(nics[QStringLiteral("eth2")].value(QStringLiteral("duplex")).toString(), QStringLiteral("half"));
    // Without the bond's file the team comes from ip link, its members'
    // speeds from sysfs.
    const Team *bond0 = alone.team(QStringLiteral("bond0"));
    QVERIFY(bond0);
    QCOMPARE(bond0->members.size(), 2);
    QCOMPARE(bond0->members.value(0).speedMbps, -1);
    QCOMPARE(bond0->members.value(1).name, QStringLiteral("eth2"));
    QCOMPARE(bond0->members.value(1).speedMbps, 100);

    // Without the sys-net listing (and ip naming no PCI parent: these are
    // virtio's), the PCI slot comes from the adapter's uevent.
    RawSources unlisted = raw;
    unlisted.files.remove(QStringLiteral("sys-net"));
    const HostSnapshot noListing = buildSnapshot(unlisted);
    QCOMPARE(noListing.nic(QStringLiteral("eth2"))->pciPath, QStringLiteral("0000:11:04.0"));
    QVERIFY(noListing.nic(QStringLiteral("eth0"))->pciPath.isEmpty());

    // An old capture without nic-sysfs: nothing is invented.
    raw.files.remove(QStringLiteral("nic-sysfs"));
    const HostSnapshot old = buildSnapshot(raw);
    QVERIFY(old.nic(QStringLiteral("eth0"))->driver.isEmpty());
    QCOMPARE(old.nic(QStringLiteral("eth0"))->speedMbps, -1);
    QVERIFY(old.nic(QStringLiteral("eth0"))->duplex.isEmpty());
}

void TestNetworkBuilder::teamsAndNics_data()
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

void TestNetworkBuilder::teamsAndNics()
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

    // 802.3ad's switch side, from the bond's own file: the lab's switch
    // speaks no LACP, so no partner answered and one port aggregates.
    if (mode == QLatin1String("802.3ad")) {
        QCOMPARE(t.lacpRate, QStringLiteral("fast"));
        QCOMPARE(t.aggregatorId, 1);
        QCOMPARE(t.aggregatorPorts, 1);
        QCOMPARE(t.partnerMac, QStringLiteral("00:00:00:00:00:00"));
        const QJsonObject lacp = jsonReport(s, {}).value(QStringLiteral("teams")).toArray().first().toObject()
                                     .value(QStringLiteral("lacp")).toObject();
        QCOMPARE(lacp.value(QStringLiteral("aggregator_ports")).toInt(), 1);
        QCOMPARE(lacp.value(QStringLiteral("rate")).toString(), QStringLiteral("fast"));
    } else {
        QCOMPARE(t.aggregatorId, -1);
        QVERIFY(jsonReport(s, {}).value(QStringLiteral("teams")).toArray().first().toObject()
                    .value(QStringLiteral("lacp")).isNull());
    }
}

QTEST_GUILESS_MAIN(TestNetworkBuilder)
#include "tst_networkbuilder.moc"
