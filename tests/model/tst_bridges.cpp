// Bridges as iproute2 shows them (`ip -d -j link`: a bridge has info_kind
// "bridge", its ports name it as master, libvirt's taps are tun devices), and
// which VMs' NICs sit on each (domstats --interface: net.N.name).

#include "model/RawSources.h"
#include "report/JsonReport.h"

#include <QJsonArray>

#include <QtTest>

using namespace ftc;

namespace {
// iproute2 6.1's shape, trimmed to what the builder reads.
const char *kLinks = R"([
{"ifindex":2,"ifname":"eth0","flags":["BROADCAST","MULTICAST","SLAVE","UP","LOWER_UP"],"master":"bond0","operstate":"UP","link_type":"ether","address":"52:54:00:00:00:10","linkinfo":{"info_slave_kind":"bond","info_slave_data":{"state":"ACTIVE","mii_status":"UP","link_failure_count":0,"perm_hwaddr":"52:54:00:00:00:10"}},"parentbus":"pci","parentdev":"0000:00:03.0"},
{"ifindex":3,"ifname":"eth1","flags":["BROADCAST","MULTICAST","SLAVE","UP","LOWER_UP"],"master":"bond0","operstate":"UP","link_type":"ether","address":"52:54:00:00:00:10","linkinfo":{"info_slave_kind":"bond","info_slave_data":{"state":"BACKUP","mii_status":"UP","link_failure_count":0,"perm_hwaddr":"52:54:00:00:00:11"}},"parentbus":"pci","parentdev":"0000:00:04.0"},
{"ifindex":4,"ifname":"bond0","flags":["BROADCAST","MULTICAST","MASTER","UP","LOWER_UP"],"master":"br0","operstate":"UP","link_type":"ether","address":"52:54:00:00:00:10","linkinfo":{"info_kind":"bond","info_data":{"mode":"active-backup","active_slave":"eth0","miimon":100},"info_slave_kind":"bridge"}},
{"ifindex":5,"ifname":"br0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"operstate":"UP","link_type":"ether","address":"52:54:00:00:00:10","linkinfo":{"info_kind":"bridge","info_data":{"stp_state":0}}},
{"ifindex":6,"ifname":"vnet0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"master":"br0","operstate":"UNKNOWN","link_type":"ether","address":"fe:54:00:aa:bb:01","linkinfo":{"info_kind":"tun","info_slave_kind":"bridge"}},
{"ifindex":7,"ifname":"vnet1","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"master":"br0","operstate":"UNKNOWN","link_type":"ether","address":"fe:54:00:aa:bb:02","linkinfo":{"info_kind":"tun","info_slave_kind":"bridge"}},
{"ifindex":8,"ifname":"virbr9","flags":["BROADCAST","MULTICAST"],"operstate":"DOWN","link_type":"ether","address":"52:54:00:99:99:99","linkinfo":{"info_kind":"bridge","info_data":{}}}
])";

const char *kDomstats = "Domain: 'DC1'\n"
                        "  state.state=1\n"
                        "  state.reason=1\n"
                        "  net.count=1\n"
                        "  net.0.name=vnet0\n"
                        "\n"
                        "Domain: 'FS1'\n"
                        "  state.state=1\n"
                        "  state.reason=1\n"
                        "  net.count=2\n"
                        "  net.0.name=vnet1\n"
                        "  net.1.name=macvtap3\n"
                        "\n"
                        "Domain: 'EX1'\n"
                        "  state.state=5\n"
                        "  state.reason=2\n"
                        "\n";
} // namespace

class TestBridges : public QObject {
    Q_OBJECT
private slots:
    void bridgeTeamAndVms()
    {
        RawSources raw;
        raw.label = QStringLiteral("test");
        raw.files.insert(QStringLiteral("ip-link.json"), kLinks);
        raw.files.insert(QStringLiteral("virsh/domstats"), kDomstats);
        const HostSnapshot s = buildSnapshot(raw);
        QCOMPARE(s.bridges.size(), 2);
        const Bridge *br0 = s.bridge(QStringLiteral("br0"));
        QVERIFY(br0);
        QVERIFY(br0->up);
        QCOMPARE(br0->ports, QStringList{QStringLiteral("bond0")});
        QCOMPARE(br0->taps, (QStringList{QStringLiteral("vnet0"), QStringLiteral("vnet1")}));
        QCOMPARE(br0->vms, (QStringList{QStringLiteral("DC1"), QStringLiteral("FS1")}));
        const Vm *fs1 = s.vm(QStringLiteral("FS1"));
        QVERIFY(fs1);
        QCOMPARE(fs1->hostNics, (QStringList{QStringLiteral("vnet1"), QStringLiteral("macvtap3")}));
        QVERIFY(s.vm(QStringLiteral("EX1"))->hostNics.isEmpty()); // shut off: no devices
        // The team under the bridge is still the team, with its members.
        QVERIFY(s.team(QStringLiteral("bond0")));
        QCOMPARE(s.team(QStringLiteral("bond0"))->members.size(), 2);
        // A bridge of nothing (libvirt's own, here down) is listed, empty.
        const Bridge *virbr = s.bridge(QStringLiteral("virbr9"));
        QVERIFY(virbr && !virbr->up && virbr->ports.isEmpty() && virbr->vms.isEmpty());
        // Bridges and taps are not adapters.
        QVERIFY(!s.nic(QStringLiteral("br0")) && !s.nic(QStringLiteral("vnet0")));

        // The report lists each bridge with its ports and VMs.
        const QJsonArray bridges = jsonReport(s, {}).value(QStringLiteral("bridges")).toArray();
        QCOMPARE(bridges.size(), 2);
        const QJsonObject first = bridges.first().toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("br0"));
        QCOMPARE(first.value(QStringLiteral("up")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("ports")).toArray(), QJsonArray{QStringLiteral("bond0")});
        QCOMPARE(first.value(QStringLiteral("vms")).toArray(), (QJsonArray{QStringLiteral("DC1"), QStringLiteral("FS1")}));
    }
};

QTEST_GUILESS_MAIN(TestBridges)
#include "tst_bridges.moc"
