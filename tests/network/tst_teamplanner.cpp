// A team planned for each network stack the console knows: which stack owns
// the adapters, the exact files and commands, the address and MAC moving to
// the team, the rollback armed before anything changes, and every refusal.

#include "Fixture.h"
#include "network/IfupdownConfig.h"
#include "network/NetChangeApply.h"
#include "network/TeamPlanner.h"

#include "NetTestSupport.h"

#include <QtTest>

using namespace ftc;
using ftc::test::done;
using ftc::test::shellSyntaxProblem;

namespace {

Nic nic(const char *name, const char *module, const char *mac)
{
    Nic n;
    n.name = QString::fromLatin1(name);
    n.module = QString::fromLatin1(module);
    n.mac = QString::fromLatin1(mac);
    n.speedMbps = 1000;
    n.carrier = true;
    n.adminUp = true;
    return n;
}

HostSnapshot host()
{
    HostSnapshot s;
    s.label = QStringLiteral("ssh://root@ftlab:22");
    s.nics = {nic("eth0", "10", "52:54:00:00:00:10"), nic("eth1", "10", "52:54:00:00:00:11"),
              nic("eth2", "11", "52:54:00:00:00:12")};
    return s;
}

const char *kInterfaces = "# The loopback\n"
                          "auto lo\n"
                          "iface lo inet loopback\n"
                          "\n"
                          "allow-hotplug eth0 eth1\n"
                          "iface eth0 inet dhcp\n"
                          "    dns-search example.org\n"
                          "iface eth1 inet manual\n"
                          "source /etc/network/interfaces.d/*\n";

// eth0 has a DHCP address and the default route; eth1 and eth2 none.
QByteArray ipAddr(bool eth1Too = false)
{
    QByteArray s = R"([{"ifindex":1,"ifname":"lo","addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8,"scope":"host"}]},
{"ifindex":2,"ifname":"eth0","addr_info":[{"family":"inet","local":"10.0.2.15","prefixlen":24,"scope":"global","dynamic":true},
 {"family":"inet6","local":"fe80::5054:ff:fe00:10","prefixlen":64,"scope":"link"}]},)";
    if (eth1Too)
        s += R"({"ifindex":3,"ifname":"eth1","addr_info":[{"family":"inet","local":"192.0.2.5","prefixlen":24,"scope":"global"}]},)";
    else
        s += R"({"ifindex":3,"ifname":"eth1","addr_info":[]},)";
    s += R"({"ifindex":4,"ifname":"eth2","addr_info":[]},{}])";
    return s;
}


QHash<QString, CommandResult> ifupdownHost()
{
    QHash<QString, CommandResult> r;
    r.insert(QStringLiteral("nm-active"), done("inactive\n", 3));
    r.insert(QStringLiteral("networkd-active"), done("inactive\n", 3));
    r.insert(QStringLiteral("tools"), done("/usr/bin/systemd-run\n/usr/bin/flock\n/usr/sbin/ifup\n/usr/sbin/ifdown\n"
                                           "/usr/bin/busctl\n"));
    r.insert(QStringLiteral("netplan"), done("", 1));
    r.insert(QStringLiteral("interfaces"), done(kInterfaces));
    r.insert(QStringLiteral("if-pre-up.d"), done("bridge\nethtool\nifenslave\n"));
    r.insert(QStringLiteral("nm-devices"), done("", 127));
    r.insert(QStringLiteral("ip-addr"), done(ipAddr()));
    r.insert(QStringLiteral("route4"),
             done(R"([{"dst":"default","gateway":"10.0.2.2","dev":"eth0","protocol":"dhcp","prefsrc":"10.0.2.15","metric":1024,"flags":[]}])"));
    r.insert(QStringLiteral("route6"), done(""));
    r.insert(QStringLiteral("console-link"),
             done("10.0.2.2\n" R"([{"dst":"10.0.2.2","dev":"eth0","prefsrc":"10.0.2.15","flags":[],"uid":0,"cache":[]}])"));
    return r;
}

TeamBuild build(QStringList members, TeamType type = TeamType::Aft, const QString &primary = {})
{
    TeamBuild b;
    b.request.name = QStringLiteral("bond0");
    b.request.type = type;
    b.request.members = members;
    b.request.primary = primary;
    b.now = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 2), Qt::UTC);
    return b;
}


bool says(const QStringList &list, const char *text)
{
    return list.join(QLatin1Char(' ')).contains(QLatin1String(text));
}

} // namespace

class TestTeamPlanner : public QObject {
    Q_OBJECT
private slots:
    void factsFromTheProbe()
    {
        QStringList problems;
        const NetFacts f = netFactsFrom(ifupdownHost(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(f.networkManager, QStringLiteral("inactive"));
        QVERIFY(f.hasTool(QStringLiteral("ifup")) && f.hasTool(QStringLiteral("systemd-run")));
        QVERIFY(!f.hasTool(QStringLiteral("nmcli")));
        QVERIFY(f.ifenslave && f.bridgeUtils && f.hasInterfacesFile);
        QCOMPARE(f.consoleLink, QStringLiteral("eth0"));
        QCOMPARE(f.consoleClient, QStringLiteral("10.0.2.2"));
        QCOMPARE(f.defaultRoutes.size(), 1);
        QCOMPARE(f.defaultRoutes.first().gateway, QStringLiteral("10.0.2.2"));
        const AddressCarrier c = addressCarrier(f, {QStringLiteral("eth0"), QStringLiteral("eth2")});
        QCOMPARE(c.member, QStringLiteral("eth0"));
        QCOMPARE(c.addresses, QStringList{QStringLiteral("10.0.2.15/24")}); // not the link-local one
        QVERIFY(c.dynamic);
        QCOMPARE(c.gateway, QStringLiteral("10.0.2.2"));
    }

    void ipAddrFromTheLab()
    {
        const IpAddrs a = parseIpAddrJson(test::fixture(QStringLiteral("lab/bond/ip_j_addr_ab_initial.json")));
        QVERIFY(a.errors.isEmpty());
        const IpLinkAddresses *eth0 = a.link(QStringLiteral("eth0"));
        QVERIFY(eth0);
        QCOMPARE(eth0->routable().size(), 2); // 10.0.2.15/24 and the site-local fec0:: one
        QCOMPARE(eth0->routable().first().cidr(), QStringLiteral("10.0.2.15/24"));
        QVERIFY(eth0->routable().first().dynamic);
        // Broken JSON is an error, not an empty host.
        QVERIFY(!parseIpAddrJson("[{\"ifname\":").errors.isEmpty());
        QVERIFY(!parseIpAddrJson("{\"ifname\":\"x\"}").errors.isEmpty());
        QVERIFY(parseIpRouteJson("").routes.isEmpty());
    }

    void whichStack_data()
    {
        QTest::addColumn<QString>("nm");
        QTest::addColumn<QByteArray>("nmDevices");
        QTest::addColumn<QString>("networkd");
        QTest::addColumn<QByteArray>("netplan");
        QTest::addColumn<int>("stack");
        QTest::addColumn<QString>("problem");
        const QByteArray managed = "eth1:ethernet:disconnected:\neth2:ethernet:connected:Wired connection 2\n";
        const QByteArray mixed = "eth1:ethernet:disconnected:\neth2:ethernet:unmanaged:\n";
        QTest::newRow("NetworkManager") << "active" << managed << "inactive" << QByteArray() << int(NetStack::NetworkManager)
                                        << QString();
        QTest::newRow("NetworkManager leaves them to ifupdown")
            << "active" << QByteArray("eth1:ethernet:unmanaged:\neth2:ethernet:unmanaged:\n") << "inactive"
            << QByteArray() << int(NetStack::Ifupdown) << QString();
        QTest::newRow("mixed") << "active" << mixed << "inactive" << QByteArray() << int(NetStack::Unknown)
                               << QStringLiteral("but not eth2");
        QTest::newRow("networkd") << "inactive" << QByteArray() << "active" << QByteArray() << int(NetStack::Networkd)
                                  << QString();
        QTest::newRow("netplan") << "inactive" << QByteArray() << "active" << QByteArray("50-cloud-init.yaml\n")
                                 << int(NetStack::Netplan) << QString();
    }
    void whichStack()
    {
        QFETCH(QString, nm);
        QFETCH(QByteArray, nmDevices);
        QFETCH(QString, networkd);
        QFETCH(QByteArray, netplan);
        QFETCH(int, stack);
        QFETCH(QString, problem);
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("nm-active"), done(nm.toUtf8() + '\n', nm == QLatin1String("active") ? 0 : 3));
        r.insert(QStringLiteral("nm-devices"), done(nmDevices));
        r.insert(QStringLiteral("networkd-active"), done(networkd.toUtf8() + '\n'));
        r.insert(QStringLiteral("netplan"), done(netplan));
        r.insert(QStringLiteral("tools"), done("systemd-run\nflock\nifup\nnmcli\nbusctl\nnetworkctl\nnetplan\n"));
        const StackChoice c = chooseNetStack(netFactsFrom(r), {QStringLiteral("eth1"), QStringLiteral("eth2")});
        QCOMPARE(int(c.stack), stack);
        if (problem.isEmpty())
            QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
        else
            QVERIFY2(c.problem.contains(problem), qPrintable(c.problem));
    }

    void noStackKnown()
    {
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("interfaces"), done("", 1));
        const NetChange c = planTeamCreate(host(), netFactsFrom(r), build({QStringLiteral("eth1"), QStringLiteral("eth2")}));
        QVERIFY(!c.ok());
        QVERIFY(says(c.errors, "No network stack the console knows manages eth1, eth2"));
        QVERIFY(c.plan.steps.isEmpty());
    }

    void interfacesFileGrammar()
    {
        const IfupdownFile f = parseInterfaces("auto lo eth0\nallow-hotplug eth1\niface eth0 inet static\n"
                                               "  address 192.0.2.5/24 \\\n"
                                               "\n"
                                               "# a comment inside\n"
                                               "  gateway 192.0.2.1\n"
                                               "iface eth0 inet6 auto\n"
                                               "mapping eth9\n  script x\n");
        QCOMPARE(f.autoIfaces, (QStringList{QStringLiteral("lo"), QStringLiteral("eth0")}));
        QCOMPARE(f.hotplugIfaces, QStringList{QStringLiteral("eth1")});
        QCOMPARE(f.stanzasOf(QStringLiteral("eth0")).size(), 2);
        const IfupdownIface *v4 = f.stanzasOf(QStringLiteral("eth0")).first();
        QCOMPARE(v4->method, QStringLiteral("static"));
        // The backslash joined the blank line; the comment is not an option.
        QCOMPARE(v4->options, (QStringList{QStringLiteral("address 192.0.2.5/24"), QStringLiteral("gateway 192.0.2.1")}));
        QVERIFY(!f.sourcesOthers);
    }

    void ifupdownTeamOfTwoSpareAdapters()
    {
        const NetChange c = planTeamCreate(host(), netFactsFrom(ifupdownHost()),
                                           build({QStringLiteral("eth1"), QStringLiteral("eth2")}, TeamType::Aft,
                                                 QStringLiteral("eth1")));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.stack, NetStack::Ifupdown);
        QCOMPARE(c.id, QStringLiteral("bond0-20261130T081502Z"));
        QVERIFY(!c.touchesConsoleLink); // the session runs through eth0
        QCOMPARE(c.files.size(), 1);
        QCOMPARE(c.files[0].path, QStringLiteral("/etc/network/interfaces"));
        QCOMPARE(QString::fromUtf8(c.files[0].content),
                 QStringLiteral("# The loopback\n"
                                "auto lo\n"
                                "iface lo inet loopback\n"
                                "\n"
                                "# moved to bond0 by ftconsole (change bond0-20261130T081502Z):\n"
                                "#allow-hotplug eth0 eth1\n"
                                "allow-hotplug eth0\n"
                                "iface eth0 inet dhcp\n"
                                "    dns-search example.org\n"
                                "# moved to bond0 by ftconsole (change bond0-20261130T081502Z):\n"
                                "#iface eth1 inet manual\n"
                                "source /etc/network/interfaces.d/*\n"
                                "\n"
                                "# Team bond0 (AFT) built by ftconsole, change bond0-20261130T081502Z. To undo by "
                                "hand: delete these stanzas and uncomment the ones marked \"moved to bond0\".\n"
                                "auto bond0\n"
                                "iface bond0 inet manual\n"
                                "    bond-slaves eth1 eth2\n"
                                "    bond-mode active-backup\n"
                                "    bond-miimon 100\n"
                                "    bond-primary eth1\n"));
        // The file is checked at apply time against what the plan read.
        QCOMPARE(c.files[0].plannedSha256,
                 QCryptographicHash::hash(kInterfaces, QCryptographicHash::Sha256).toHex());
        QVERIFY(says(c.warnings, "includes other files"));
        QVERIFY(c.applyScript.contains("run ifup bond0\n"));
        QVERIFY(c.applyScript.contains("run ifdown --force eth1"));
        QVERIFY(c.applyScript.contains("[ ! -e /sys/class/net/eth2/master ] || fail 'eth2 is already in a team or bridge'"));
        QVERIFY(c.rollbackScript.contains("try ifdown --force bond0\n"));
        QVERIFY(c.rollbackScript.contains("[ ! -e /sys/class/net/bond0 ] || try ip link del bond0\n"));

        // The plan: stage, arm, apply, in that order, all as root.
        const QStringList lines = c.plan.commandLines();
        QCOMPARE(lines.first(), QStringLiteral("install -d -m 0755 /var/lib/ftconsole/net "
                                               "/var/lib/ftconsole/net/bond0-20261130T081502Z"));
        QCOMPARE(lines.at(1), QStringLiteral("install -d -m 0700 /var/lib/ftconsole/net/bond0-20261130T081502Z/new"));
        QVERIFY(c.applyScript.contains("mkdir -p -m 0700 \"$d/old\"\n"));
        QCOMPARE(lines.at(lines.size() - 2),
                 QStringLiteral("systemd-run --quiet --collect '--unit=ftconsole-net-bond0-20261130T081502Z-rollback' "
                                "'--on-active=90' '--timer-property=AccuracySec=1s' /bin/sh "
                                "/var/lib/ftconsole/net/bond0-20261130T081502Z/rollback.sh"));
        QCOMPARE(lines.last(), QStringLiteral("systemd-run --collect --quiet "
                                              "'--unit=ftconsole-net-bond0-20261130T081502Z-apply' /bin/sh "
                                              "/var/lib/ftconsole/net/bond0-20261130T081502Z/apply.sh"));
        for (const PlanStep &s : c.plan.steps)
            QVERIFY(s.command.privileged);
    }

    void ifupdownTakesOverTheConsolesAddressAndMac()
    {
        const NetChange c = planTeamCreate(host(), netFactsFrom(ifupdownHost()),
                                           build({QStringLiteral("eth2"), QStringLiteral("eth0")}));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QVERIFY(c.touchesConsoleLink);
        QVERIFY(says(c.warnings, "eth0 carries this console's own connection"));
        QVERIFY(says(c.summary, "bond0 takes over eth0's DHCP address (10.0.2.15/24) with eth0's MAC 52:54:00:00:00:10"));
        const QString file = QString::fromUtf8(c.files[0].content);
        // The member that carried the address comes first, its own stanza's
        // method and options move along, and the MAC is pinned.
        QVERIFY2(file.endsWith(QStringLiteral("auto bond0\n"
                                              "iface bond0 inet dhcp\n"
                                              "    dns-search example.org\n"
                                              "    bond-slaves eth0 eth2\n"
                                              "    bond-mode active-backup\n"
                                              "    bond-miimon 100\n"
                                              "    hwaddress ether 52:54:00:00:00:10\n")),
                 qPrintable(file));
        QVERIFY(file.contains(QStringLiteral("#iface eth0 inet dhcp\n#    dns-search example.org\n")));
    }

    void ifupdownBridgeForVirtualMachines()
    {
        TeamBuild b = build({QStringLiteral("eth0"), QStringLiteral("eth2")});
        b.vmBridge = true;
        const NetChange c = planTeamCreate(host(), netFactsFrom(ifupdownHost()), b);
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        const QString file = QString::fromUtf8(c.files[0].content);
        QVERIFY2(file.contains(QStringLiteral("iface bond0 inet manual\n    bond-slaves eth0 eth2\n")), qPrintable(file));
        QVERIFY2(file.contains(QStringLiteral("auto br0\niface br0 inet dhcp\n    dns-search example.org\n"
                                              "    bridge_ports bond0\n    bridge_stp off\n    bridge_fd 0\n"
                                              "    hwaddress ether 52:54:00:00:00:10\n")),
                 qPrintable(file));
        QCOMPARE(c.verify.bridge, QStringLiteral("br0"));
        QVERIFY(c.applyScript.indexOf("run ifup bond0") < c.applyScript.indexOf("run ifup br0"));
    }

    void ifupdownRefusals()
    {
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("if-pre-up.d"), done("ethtool\n"));
        TeamBuild b = build({QStringLiteral("eth1"), QStringLiteral("eth2")});
        b.vmBridge = true;
        NetChange c = planTeamCreate(host(), netFactsFrom(r), b);
        QVERIFY(!c.ok());
        QVERIFY(says(c.errors, "install ifenslave"));
        QVERIFY(says(c.errors, "install bridge-utils"));
        QVERIFY(c.plan.steps.isEmpty());

        r = ifupdownHost();
        r.insert(QStringLiteral("tools"), done("/usr/sbin/ifup\n"));
        c = planTeamCreate(host(), netFactsFrom(r), build({QStringLiteral("eth1"), QStringLiteral("eth2")}));
        QVERIFY(says(c.errors, "systemd-run is missing"));
        QVERIFY(says(c.errors, "flock is missing"));

        r = ifupdownHost();
        r.insert(QStringLiteral("ip-addr"), done(ipAddr(true)));
        c = planTeamCreate(host(), netFactsFrom(r), build({QStringLiteral("eth0"), QStringLiteral("eth1")}));
        QVERIFY(says(c.errors, "More than one of eth0, eth1 carries an address"));

        // The rules' own refusals come through, and a vanished adapter.
        c = planTeamCreate(host(), netFactsFrom(ifupdownHost()), build({QStringLiteral("eth1"), QStringLiteral("eth7")}));
        QVERIFY(says(c.errors, "eth7 is no longer on"));
        TeamBuild bad = build({QStringLiteral("eth1"), QStringLiteral("eth2")});
        bad.request.name = QStringLiteral("bond 0");
        QVERIFY(!planTeamCreate(host(), netFactsFrom(ifupdownHost()), bad).ok());
        bad = build({QStringLiteral("eth1"), QStringLiteral("eth2")});
        bad.vmBridge = true;
        bad.bridgeName = QStringLiteral("eth0");
        QVERIFY(says(planTeamCreate(host(), netFactsFrom(ifupdownHost()), bad).errors, "eth0 already exists"));

        // Facts that could not be read refuse: never a guess.
        NetFacts unread;
        unread.error = QStringLiteral("connection refused");
        c = planTeamCreate(host(), unread, build({QStringLiteral("eth1"), QStringLiteral("eth2")}));
        QVERIFY(says(c.errors, "could not be read (connection refused)"));
    }

    void staticAddresses()
    {
        TeamBuild b = build({QStringLiteral("eth1"), QStringLiteral("eth2")});
        b.ip.mode = TeamIpSettings::Mode::Static;
        b.ip.address = QStringLiteral("192.0.2.10/24");
        b.ip.gateway = QStringLiteral("192.0.2.1");
        NetChange c = planTeamCreate(host(), netFactsFrom(ifupdownHost()), b);
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QVERIFY(QString::fromUtf8(c.files[0].content)
                    .contains(QStringLiteral("iface bond0 inet static\n    address 192.0.2.10/24\n    gateway 192.0.2.1\n")));
        for (const char *badAddress : {"192.0.2.10", "192.0.2.300/24", "192.0.2.10/33", "bond0/24", ""}) {
            b.ip.address = QString::fromLatin1(badAddress);
            c = planTeamCreate(host(), netFactsFrom(ifupdownHost()), b);
            QVERIFY2(says(c.errors, "is not an address with a prefix length"), badAddress);
        }
        b.ip.address = QStringLiteral("2001:db8::5/64");
        b.ip.gateway = QStringLiteral("192.0.2.x");
        c = planTeamCreate(host(), netFactsFrom(ifupdownHost()), b);
        QCOMPARE(c.errors.size(), 1);
        QVERIFY(says(c.errors, "\"192.0.2.x\" is not a gateway address"));
    }

    void networkManager()
    {
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("nm-active"), done("active\n"));
        r.insert(QStringLiteral("nm-devices"),
                 done("eth0:ethernet:connected:lab-eth0\neth1:ethernet:disconnected:\neth2:ethernet:disconnected:\n"
                      "lo:loopback:unmanaged:\n"));
        r.insert(QStringLiteral("tools"), done("systemd-run\nflock\nnmcli\nbusctl\n"));
        const NetChange c = planTeamCreate(host(), netFactsFrom(r),
                                           build({QStringLiteral("eth0"), QStringLiteral("eth2")}, TeamType::Sft));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.stack, NetStack::NetworkManager);
        QVERIFY(c.files.isEmpty()); // NetworkManager keeps its own files
        const QByteArray a = c.applyScript;
        QVERIFY(a.contains("CheckpointCreate aouu 0 210 7"));
        QVERIFY(a.indexOf("CheckpointCreate") < a.indexOf("nmcli connection add"));
        QVERIFY2(a.contains("nmcli connection add type bond con-name bond0 ifname bond0 bond.options "
                            "'mode=active-backup,miimon=100' connection.autoconnect no connection.autoconnect-slaves yes "
                            "ipv4.method auto "
                            "ethernet.cloned-mac-address 52:54:00:00:00:10"),
                 a.mid(a.indexOf("type bond") - 40, 300).constData());
        QVERIFY(a.contains("nmcli connection add type ethernet con-name bond0-port-eth0 ifname eth0 master bond0 "
                           "slave-type bond"));
        // The team takes eth0's connection's own IP settings, read at apply time.
        QVERIFY(a.contains("u=$(nmcli -g GENERAL.CON-UUID device show eth0)"));
        QVERIFY(a.contains("run nmcli connection modify bond0 \"$@\""));
        QVERIFY(a.contains("connection.autoconnect no"));
        QVERIFY(a.contains("run nmcli connection up bond0"));
        // Started once, in order, then made to come back at boot.
        QVERIFY(a.indexOf("run nmcli connection up bond0") < a.indexOf("connection.autoconnect yes; done <\"$d/nm-new\""));
        QVERIFY(c.rollbackScript.contains("CheckpointRollback o \"$(cat \"$d/checkpoint\")\""));
        QVERIFY(c.rollbackScript.contains("connection.autoconnect yes"));
        QVERIFY(c.confirmScript.contains("CheckpointDestroy"));
        QVERIFY(c.confirmScript.contains("systemctl stop ftconsole-net-bond0-20261130T081502Z-rollback.timer"));
    }

    void networkd()
    {
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("networkd-active"), done("active\n"));
        r.insert(QStringLiteral("tools"), done("systemd-run\nflock\nnetworkctl\n"));
        TeamBuild b = build({QStringLiteral("eth1"), QStringLiteral("eth2")}, TeamType::Lacp);
        b.ip.mode = TeamIpSettings::Mode::Dhcp;
        const NetChange c = planTeamCreate(host(), netFactsFrom(r), b);
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.stack, NetStack::Networkd);
        QStringList paths;
        for (const NetFileChange &f : c.files)
            paths << f.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("/etc/systemd/network/10-ftconsole-bond0.netdev"),
                                     QStringLiteral("/etc/systemd/network/05-ftconsole-bond0-port-eth1.network"),
                                     QStringLiteral("/etc/systemd/network/05-ftconsole-bond0-port-eth2.network"),
                                     QStringLiteral("/etc/systemd/network/10-ftconsole-bond0.network")}));
        QCOMPARE(QString::fromUtf8(c.files[0].content),
                 QStringLiteral("# Team bond0 (LACP) built by ftconsole, change bond0-20261130T081502Z\n"
                                "[NetDev]\nName=bond0\nKind=bond\n\n[Bond]\nMode=802.3ad\nMIIMonitorSec=100ms\n"
                                "LACPTransmitRate=fast\n"));
        QVERIFY(c.files[1].content.endsWith("[Match]\nName=eth1\n\n[Network]\nBond=bond0\n"));
        QVERIFY(c.files[3].content.endsWith("[Match]\nName=bond0\n\n[Network]\nDHCP=yes\n"));
        for (const NetFileChange &f : c.files)
            QVERIFY(f.plannedSha256.isEmpty()); // new files: apply.sh refuses if one appeared
        QVERIFY(c.applyScript.contains("[ ! -e /etc/systemd/network/10-ftconsole-bond0.netdev ] || fail"));
        QVERIFY(c.applyScript.contains("run networkctl reload\nrun networkctl reconfigure eth1 eth2\n"));
        QVERIFY(c.rollbackScript.contains("else try rm -f /etc/systemd/network/10-ftconsole-bond0.netdev; fi"));
        QVERIFY(says(c.warnings, "802.3ad (LACP) works only when the switch ports are configured"));
    }

    void netplan()
    {
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("networkd-active"), done("active\n"));
        r.insert(QStringLiteral("netplan"), done("50-cloud-init.yaml\n"));
        r.insert(QStringLiteral("tools"), done("systemd-run\nflock\nnetworkctl\nnetplan\n"));
        const NetChange c = planTeamCreate(host(), netFactsFrom(r), build({QStringLiteral("eth2"), QStringLiteral("eth0")}));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.stack, NetStack::Netplan);
        QCOMPARE(c.files.size(), 1);
        QCOMPARE(c.files[0].path, QStringLiteral("/etc/netplan/90-ftconsole-bond0.yaml"));
        QCOMPARE(c.files[0].mode, 0600);
        QCOMPARE(QString::fromUtf8(c.files[0].content),
                 QStringLiteral("# Team bond0 (AFT) built by ftconsole, change bond0-20261130T081502Z.\n"
                                "# Later files override earlier ones: the members' addresses are turned off here.\n"
                                "network:\n  version: 2\n  renderer: networkd\n  ethernets:\n"
                                "    eth0:\n      dhcp4: false\n      dhcp6: false\n"
                                "    eth2:\n      dhcp4: false\n      dhcp6: false\n"
                                "  bonds:\n    bond0:\n      interfaces: [eth0, eth2]\n"
                                "      macaddress: \"52:54:00:00:00:10\"\n      dhcp4: true\n"
                                "      parameters:\n        mode: active-backup\n        mii-monitor-interval: 100\n"));
        QVERIFY(c.applyScript.contains("run netplan generate\n"));
        QVERIFY(c.applyScript.contains("run install -D -m 600 \"$d/new/0\" /etc/netplan/90-ftconsole-bond0.yaml\n"));
        QVERIFY(c.applyScript.contains("run netplan apply\n"));
    }

    // Every script of every stack is valid sh: a syntax error would stop a
    // rollback halfway on the host, where no one sees it.
    void scriptsParse()
    {
        const QList<QPair<const char *, QByteArray>> stacks = {
            {"nm-active", "active\n"}, {"networkd-active", "active\n"}, {"netplan", "50-cloud-init.yaml\n"}, {"", ""}};
        for (const auto &[key, value] : stacks) {
            QHash<QString, CommandResult> r = ifupdownHost();
            r.insert(QStringLiteral("tools"), done("systemd-run\nflock\nifup\nnmcli\nbusctl\nnetworkctl\nnetplan\n"));
            r.insert(QStringLiteral("nm-devices"),
                     done("eth0:ethernet:connected:lab-eth0\neth1:ethernet:disconnected:\neth2:ethernet:disconnected:\n"));
            if (qstrlen(key))
                r.insert(QString::fromLatin1(key), done(value));
            if (QByteArray(key) == "netplan")
                r.insert(QStringLiteral("networkd-active"), done("active\n"));
            for (const bool bridge : {false, true})
                for (const TeamIpSettings::Mode mode : {TeamIpSettings::Mode::TakeOver, TeamIpSettings::Mode::Static,
                                                        TeamIpSettings::Mode::None}) {
                    TeamBuild b = build({QStringLiteral("eth0"), QStringLiteral("eth2")}, TeamType::Aft,
                                        QStringLiteral("eth2"));
                    b.vmBridge = bridge;
                    b.ip.mode = mode;
                    b.ip.address = QStringLiteral("192.0.2.10/24");
                    const NetChange c = planTeamCreate(host(), netFactsFrom(r), b);
                    QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
                    for (const QByteArray &script : {c.applyScript, c.rollbackScript, c.confirmScript}) {
                        const QString problem = shellSyntaxProblem(script);
                        QVERIFY2(problem.isEmpty(), qPrintable(netStackName(c.stack) + QStringLiteral(": ") + problem
                                                               + QString::fromUtf8(script)));
                    }
                }
        }
    }

    void verifyReadsTheHost()
    {
        NetVerify v;
        v.bond = QStringLiteral("bond0");
        v.needsActive = true;
        const QByteArray up = "saved 1 x\napplied 2\n@@\n" + test::fixture(QStringLiteral("lab/bond/procbond_ab_initial.txt"));
        QVERIFY2(netVerifyProblem(v, up).isEmpty(), qPrintable(netVerifyProblem(v, up)));
        QCOMPARE(netVerifyProblem(v, "applied 2\n@@\n"), QStringLiteral("bond0 does not exist yet"));
        v.bridge = QStringLiteral("br0");
        QCOMPARE(netVerifyProblem(v, up + "@@\ndown\n"), QStringLiteral("bridge br0 is down"));
        QVERIFY(netVerifyProblem(v, up + "@@\nup\n").isEmpty());
        const QList<NetChangeEvent> ev = parseNetChangeStatus("saved 1764490502 the files\napplied 1764490510 \n"
                                                              "rolled-back 1764490600 restored /etc/network/interfaces\n");
        QCOMPARE(ev.size(), 3);
        QCOMPARE(ev[2].word, QStringLiteral("rolled-back"));
        QCOMPARE(ev[2].epoch, 1764490600);
        QCOMPARE(ev[2].text, QStringLiteral("restored /etc/network/interfaces"));
    }
};

QTEST_GUILESS_MAIN(TestTeamPlanner)
#include "tst_teamplanner.moc"
