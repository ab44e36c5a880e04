// Changing a team that exists, per network stack: adding and removing an
// adapter, choosing the primary and deleting the team (its address going back
// to the adapter whose MAC it had), each with the host-side rollback; and every
// refusal.

#include "network/TeamEditPlanner.h"

#include "NetTestSupport.h"

#include <QtTest>

using namespace ftc;
using ftc::test::done;
using ftc::test::shellSyntaxProblem;

namespace {

Nic nic(const char *name, const char *module, const char *mac, const char *master = "")
{
    Nic n;
    n.name = QString::fromLatin1(name);
    n.module = QString::fromLatin1(module);
    n.mac = QString::fromLatin1(mac);
    n.master = QString::fromLatin1(master);
    n.adminUp = n.carrier = true;
    n.speedMbps = 1000;
    return n;
}

HostSnapshot host(int members = 2, const char *mode = "active-backup")
{
    HostSnapshot s;
    s.label = QStringLiteral("ssh://root@ftlab:22");
    s.nics = {nic("eth0", "10", "52:54:00:00:00:10", "bond0"), nic("eth1", "10", "52:54:00:00:00:11"),
              nic("eth2", "11", "52:54:00:00:00:12", "bond0"), nic("eth3", "11", "52:54:00:00:00:13")};
    Team t;
    t.name = QStringLiteral("bond0");
    t.mode = QString::fromLatin1(mode);
    t.kind = t.mode == QLatin1String("active-backup") ? QStringLiteral("AFT") : QStringLiteral("ALB");
    t.active = QStringLiteral("eth2");
    t.primary = QStringLiteral("eth2");
    for (const char *m : {"eth0", "eth2", "eth1"}) {
        if (t.members.size() == members)
            break;
        TeamMember tm;
        tm.name = QString::fromLatin1(m);
        tm.link = QStringLiteral("up");
        t.members << tm;
    }
    if (members == 3)
        s.nics[1].master = QStringLiteral("bond0");
    s.teams = {t};
    return s;
}

const char *kInterfaces = "auto lo\n"
                          "iface lo inet loopback\n"
                          "\n"
                          "# moved to bond0 by ftconsole (change bond0-x):\n"
                          "#allow-hotplug eth0\n"
                          "#iface eth0 inet dhcp\n"
                          "allow-hotplug eth3\n"
                          "iface eth3 inet manual\n"
                          "\n"
                          "auto bond0\n"
                          "iface bond0 inet dhcp\n"
                          "    dns-search example.org\n"
                          "    bond-slaves eth0 eth2\n"
                          "    bond-mode active-backup\n"
                          "    bond-miimon 100\n"
                          "    bond-primary eth2\n"
                          "    hwaddress ether 52:54:00:00:00:10\n";


QHash<QString, CommandResult> ifupdownHost()
{
    QHash<QString, CommandResult> r;
    r.insert(QStringLiteral("nm-active"), done("inactive\n", 3));
    r.insert(QStringLiteral("networkd-active"), done("inactive\n", 3));
    r.insert(QStringLiteral("tools"), done("systemd-run\nflock\nifup\nifdown\nnmcli\nbusctl\nnetworkctl\nnetplan\n"));
    r.insert(QStringLiteral("interfaces"), done(kInterfaces));
    r.insert(QStringLiteral("if-pre-up.d"), done("ifenslave\n"));
    // bond0 has eth0's MAC: eth0 gets the address back.
    r.insert(QStringLiteral("ip-addr"),
             done(R"([{"ifname":"eth0","address":"52:54:00:00:00:10","master":"bond0","addr_info":[]},
{"ifname":"bond0","address":"52:54:00:00:00:10","addr_info":[{"family":"inet","local":"10.0.2.15","prefixlen":24,"scope":"global","dynamic":true}]}])"));
    r.insert(QStringLiteral("console-link"), done("10.0.2.2\n" R"([{"dst":"10.0.2.2","dev":"bond0"}])"));
    return r;
}

QHash<QString, CommandResult> nmHost()
{
    QHash<QString, CommandResult> r = ifupdownHost();
    r.insert(QStringLiteral("nm-active"), done("active\n"));
    r.insert(QStringLiteral("nm-devices"), done("bond0:bond:connected:bond0\neth0:ethernet:connected:bond0-port-eth0\n"
                                                "eth1:ethernet:disconnected:\neth2:ethernet:connected:bond0-port-eth2\n"
                                                "eth3:ethernet:disconnected:\n"));
    return r;
}

TeamEdit edit(TeamEdit::Kind kind, const QString &adapter = {})
{
    TeamEdit e;
    e.kind = kind;
    e.team = QStringLiteral("bond0");
    e.adapter = adapter;
    e.now = QDateTime(QDate(2026, 11, 30), QTime(9, 30, 0), Qt::UTC);
    return e;
}


bool says(const QStringList &list, const char *text)
{
    return list.join(QLatin1Char(' ')).contains(QLatin1String(text));
}

QString fileText(const NetChange &c) { return c.files.isEmpty() ? QString() : QString::fromUtf8(c.files[0].content); }

} // namespace

class TestTeamEditPlanner : public QObject {
    Q_OBJECT
private slots:
    void ifupdownAddsAnAdapter()
    {
        const NetChange c = planTeamEdit(host(), netFactsFrom(ifupdownHost()), edit(TeamEdit::Kind::AddMember, QStringLiteral("eth3")));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.title, QStringLiteral("Add eth3 to team bond0"));
        const QString f = fileText(c);
        QVERIFY2(f.contains(QStringLiteral("    bond-slaves eth0 eth2 eth3\n")), qPrintable(f));
        QVERIFY(f.contains(QStringLiteral("#allow-hotplug eth3\n")));
        QVERIFY(f.contains(QStringLiteral("#iface eth3 inet manual\n")));
        QVERIFY(!f.contains(QStringLiteral("\nallow-hotplug eth3")));
        QVERIFY(c.applyScript.contains("[ -e /sys/class/net/bond0 ] || fail 'bond0 is no longer on the host'"));
        QVERIFY(c.applyScript.contains("[ ! -e /sys/class/net/eth3/master ] || fail"));
        QVERIFY(c.applyScript.contains("run ip link set eth3 master bond0\n"));
        QVERIFY(c.rollbackScript.contains("try ip link set eth3 nomaster\n"));
        QCOMPARE(c.verify.members, (QStringList{QStringLiteral("eth0"), QStringLiteral("eth2"), QStringLiteral("eth3")}));
        QVERIFY(says(c.warnings, "briefly interrupts"));
        QVERIFY(c.touchesConsoleLink); // the session runs through bond0
    }

    void ifupdownRemovesAndChoosesThePrimary()
    {
        NetChange c = planTeamEdit(host(3), netFactsFrom(ifupdownHost()), edit(TeamEdit::Kind::RemoveMember, QStringLiteral("eth2")));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QVERIFY(fileText(c).contains(QStringLiteral("    bond-slaves eth0\n")));
        QVERIFY(!fileText(c).contains(QStringLiteral("bond-primary"))); // eth2 was the primary
        QVERIFY(c.applyScript.contains("run ip link set eth2 nomaster\n"));
        QVERIFY(says(c.warnings, "eth2 carries the team's traffic now"));
        QCOMPARE(c.verify.notMembers, QStringList{QStringLiteral("eth2")});

        c = planTeamEdit(host(), netFactsFrom(ifupdownHost()), edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth0")));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QVERIFY(fileText(c).contains(QStringLiteral("    bond-primary eth0\n    hwaddress")));
        QVERIFY(c.applyScript.contains("run sh -c 'echo eth0 >/sys/class/net/bond0/bonding/primary'"));
        QVERIFY(c.rollbackScript.contains("try sh -c 'echo eth2 >/sys/class/net/bond0/bonding/primary'"));
        QVERIFY(c.verify.checkPrimary);
        QCOMPARE(c.verify.primary, QStringLiteral("eth0"));

        c = planTeamEdit(host(), netFactsFrom(ifupdownHost()), edit(TeamEdit::Kind::SetPrimary));
        QVERIFY(c.ok());
        QVERIFY(!fileText(c).contains(QStringLiteral("bond-primary")));
    }

    void ifupdownDeleteGivesTheAddressBack()
    {
        const NetChange c = planTeamEdit(host(), netFactsFrom(ifupdownHost()), edit(TeamEdit::Kind::Delete));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        // eth0's MAC is the team's, though eth2 is active: DHCP hands eth0 the same address.
        QCOMPARE(c.verify.link, QStringLiteral("eth0"));
        QVERIFY(c.verify.bond.isEmpty());
        const QString f = fileText(c);
        QVERIFY2(f.contains(QStringLiteral("#auto bond0\n")), qPrintable(f));
        QVERIFY(f.contains(QStringLiteral("#    bond-slaves eth0 eth2\n")));
        QVERIFY2(f.endsWith(QStringLiteral("auto eth0\niface eth0 inet dhcp\n    dns-search example.org\n")), qPrintable(f));
        QVERIFY(c.applyScript.contains("run ifdown --force bond0\n"));
        QVERIFY(c.applyScript.contains("run ifup eth0\n"));
        QVERIFY(c.rollbackScript.contains("try ifdown --force eth0\n"));
        QVERIFY(c.rollbackScript.contains("try ifup bond0\n"));
    }

    void refusals()
    {
        const NetFacts f = netFactsFrom(ifupdownHost());
        QVERIFY(says(planTeamEdit(host(), f, edit(TeamEdit::Kind::RemoveMember, QStringLiteral("eth2"))).errors,
                     "would keep a single adapter, which is no team: delete the team instead"));
        QVERIFY(says(planTeamEdit(host(), f, edit(TeamEdit::Kind::AddMember, QStringLiteral("eth9"))).errors,
                     "eth9 is no longer on"));
        QVERIFY(says(planTeamEdit(host(), f, edit(TeamEdit::Kind::AddMember, QStringLiteral("eth0"))).errors,
                     "eth0 is already in team bond0"));
        QVERIFY(says(planTeamEdit(host(), f, edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth3"))).errors,
                     "eth3 is not a member of bond0"));
        QVERIFY(says(planTeamEdit(host(2, "balance-alb"), f, edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth0"))).errors,
                     "applies to fault-tolerance teams"));
        TeamEdit gone = edit(TeamEdit::Kind::Delete);
        gone.team = QStringLiteral("bond7");
        const NetChange c = planTeamEdit(host(), f, gone);
        QVERIFY(says(c.errors, "bond7 is no longer on"));
        QVERIFY(c.plan.steps.isEmpty());
        // A bond ifupdown does not know of is changed where it is configured.
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("interfaces"), done("auto lo\niface lo inet loopback\n"));
        QVERIFY(says(planTeamEdit(host(), netFactsFrom(r), edit(TeamEdit::Kind::Delete)).errors,
                     "bond0 is not configured in /etc/network/interfaces"));
    }

    void networkManager()
    {
        NetChange c = planTeamEdit(host(), netFactsFrom(nmHost()), edit(TeamEdit::Kind::Delete));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.stack, NetStack::NetworkManager);
        const QByteArray a = c.applyScript;
        QVERIFY(a.indexOf("CheckpointCreate") < a.indexOf("nmcli connection down"));
        QVERIFY(a.contains("nmcli connection add type ethernet con-name eth0 ifname eth0 \"$@\""));
        QVERIFY(a.contains("run nmcli connection up eth0\n"));
        // Deleted connections are not restored by a checkpoint: deleted only on confirmation.
        QVERIFY(!a.contains("connection delete"));
        QVERIFY(c.confirmScript.contains("try nmcli connection delete uuid \"$u\""));
        QVERIFY(c.rollbackScript.contains("CheckpointRollback"));

        c = planTeamEdit(host(), netFactsFrom(nmHost()), edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth0")));
        QVERIFY(c.ok());
        QVERIFY(c.applyScript.contains("run nmcli connection modify uuid \"$bu\" +bond.options 'primary=eth0'\n"));
        QVERIFY(c.applyScript.contains("run sh -c 'echo eth0 >/sys/class/net/bond0/bonding/primary'\n"));
        QVERIFY(!c.applyScript.contains("reapply"));

        c = planTeamEdit(host(), netFactsFrom(nmHost()), edit(TeamEdit::Kind::AddMember, QStringLiteral("eth3")));
        QVERIFY(c.ok());
        QVERIFY(c.applyScript.contains("nmcli connection add type ethernet con-name bond0-port-eth3 ifname eth3 master "
                                       "bond0 slave-type bond"));
        QVERIFY(c.applyScript.contains("run nmcli connection up bond0-port-eth3\n"));
    }

    void networkdAndNetplanOnlyForTheirOwnTeams()
    {
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("networkd-active"), done("active\n"));
        r.insert(QStringLiteral("networkd-files"), done("10-eth.network\n"));
        NetChange c = planTeamEdit(host(), netFactsFrom(r), edit(TeamEdit::Kind::Delete));
        QVERIFY(says(c.errors, "bond0 was not built by this console"));

        r.insert(QStringLiteral("networkd-files"),
                 done("05-ftconsole-bond0-port-eth0.network\n05-ftconsole-bond0-port-eth2.network\n"
                      "10-ftconsole-bond0.netdev\n10-ftconsole-bond0.network\n10-eth.network\n"));
        c = planTeamEdit(host(), netFactsFrom(r), edit(TeamEdit::Kind::Delete));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.files.size(), 4);
        for (const NetFileChange &f : c.files) {
            QVERIFY(f.remove);
            QVERIFY(f.path.contains(QLatin1String("ftconsole-bond0")));
            QVERIFY(c.applyScript.contains("run rm -f " + f.path.toUtf8() + "\n"));
        }
        QVERIFY(c.applyScript.contains("run networkctl reconfigure eth0 eth2\n"));
        // Removed files come back from the saved copies.
        QVERIFY(c.rollbackScript.contains("if [ -e \"$d/old/0\" ]; then try cp -p"));
        // The primary: every console port file is written whole again, the
        // running bond takes it through sysfs.
        c = planTeamEdit(host(), netFactsFrom(r), edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth0")));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.files.size(), 2);
        QCOMPARE(c.files[0].path, QStringLiteral("/etc/systemd/network/05-ftconsole-bond0-port-eth0.network"));
        QVERIFY(fileText(c).endsWith(QLatin1String("[Match]\nName=eth0\n\n[Network]\nBond=bond0\nPrimarySlave=yes\n")));
        QVERIFY(QString::fromUtf8(c.files[1].content).endsWith(QLatin1String("[Network]\nBond=bond0\n")));
        QVERIFY(c.applyScript.contains("run sh -c 'echo eth0 >/sys/class/net/bond0/bonding/primary'\n"));
        QVERIFY(c.rollbackScript.contains("try sh -c 'echo eth2 >/sys/class/net/bond0/bonding/primary'\n"));
        QVERIFY(says(planTeamEdit(host(), netFactsFrom(r), edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth1"))).errors,
                     "eth1 is not a member of bond0"));
        c = planTeamEdit(host(), netFactsFrom(r), edit(TeamEdit::Kind::AddMember, QStringLiteral("eth3")));
        QVERIFY(c.ok());
        QCOMPARE(c.files[0].path, QStringLiteral("/etc/systemd/network/05-ftconsole-bond0-port-eth3.network"));

        r.insert(QStringLiteral("netplan"), done("50-cloud-init.yaml\n90-ftconsole-bond0.yaml\n"));
        c = planTeamEdit(host(), netFactsFrom(r), edit(TeamEdit::Kind::Delete));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.stack, NetStack::Netplan);
        QCOMPARE(c.files[0].path, QStringLiteral("/etc/netplan/90-ftconsole-bond0.yaml"));
        // Other edits need the file itself, read through sudo: without it, a
        // refusal that says so.
        QVERIFY(says(planTeamEdit(host(), netFactsFrom(r), edit(TeamEdit::Kind::AddMember, QStringLiteral("eth3"))).errors,
                     "readable by root only"));
    }

    // The console's own netplan file, changed in place for each edit.
    void netplanEdits()
    {
        QHash<QString, CommandResult> r = ifupdownHost();
        r.insert(QStringLiteral("networkd-active"), done("active\n"));
        r.insert(QStringLiteral("netplan"), done("50-cloud-init.yaml\n90-ftconsole-bond0.yaml\n"));
        NetFacts f = netFactsFrom(r);
        QCOMPARE(ownNetplanSteps(f).size(), 1);
        QCOMPARE(ownNetplanSteps(f)[0].argv, (Argv{"cat", "/etc/netplan/90-ftconsole-bond0.yaml"}));
        QVERIFY(ownNetplanSteps(f)[0].privileged);
        const QByteArray yaml = "# Team bond0 (AFT) built by ftconsole, change bond0-1.\n"
                                "network:\n  version: 2\n  renderer: networkd\n  ethernets:\n"
                                "    eth0:\n      dhcp4: false\n      dhcp6: false\n"
                                "    eth2:\n      dhcp4: false\n      dhcp6: false\n"
                                "  bonds:\n    bond0:\n      interfaces: [eth0, eth2]\n      dhcp4: true\n"
                                "      parameters:\n        mode: active-backup\n        mii-monitor-interval: 100\n"
                                "        primary: eth2\n";
        QHash<QString, CommandResult> own;
        own.insert(QStringLiteral("netplan/90-ftconsole-bond0.yaml"), done(yaml));
        addOwnNetplan(&f, own);
        QCOMPARE(f.ownNetplan.value(QStringLiteral("90-ftconsole-bond0.yaml")), yaml);

        NetChange c = planTeamEdit(host(), f, edit(TeamEdit::Kind::AddMember, QStringLiteral("eth3")));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.files.size(), 1);
        QCOMPARE(c.files[0].mode, 0600);
        QString t = fileText(c);
        QVERIFY(t.contains(QLatin1String("      interfaces: [eth0, eth2, eth3]\n")));
        QVERIFY(t.contains(QLatin1String("    eth2:\n      dhcp4: false\n      dhcp6: false\n    eth3:\n      dhcp4: false\n"
                                         "      dhcp6: false\n  bonds:\n")));
        QVERIFY(t.contains(QLatin1String("# Changed by ftconsole, change bond0-20261130T093000Z: Add eth3 to team bond0.\n")));
        QVERIFY(c.applyScript.contains("run netplan apply\n"));
        QVERIFY(c.rollbackScript.contains("try ip link set eth3 nomaster\n"));

        c = planTeamEdit(host(), f, edit(TeamEdit::Kind::RemoveMember, QStringLiteral("eth2")));
        QVERIFY(says(c.errors, "delete the team instead"));
        c = planTeamEdit(host(3), f, edit(TeamEdit::Kind::RemoveMember, QStringLiteral("eth2")));
        t = fileText(c);
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QVERIFY(t.contains(QLatin1String("      interfaces: [eth0]\n")));
        QVERIFY(!t.contains(QLatin1String("    eth2:")));
        QVERIFY(!t.contains(QLatin1String("primary:"))); // the primary left with it
        QVERIFY(c.applyScript.contains("try ip link set eth2 nomaster\n"));
        // eth1 is a member in the model but not in the file: the file was
        // changed by hand, so the console refuses instead of guessing.
        c = planTeamEdit(host(3), f, edit(TeamEdit::Kind::RemoveMember, QStringLiteral("eth1")));
        QVERIFY(says(c.errors, "not in the shape this console wrote (eth1 is not listed in bond0's interfaces)"));

        c = planTeamEdit(host(), f, edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth0")));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QVERIFY(fileText(c).endsWith(QLatin1String("        mii-monitor-interval: 100\n        primary: eth0\n")));
        QVERIFY(c.applyScript.contains("run sh -c 'echo eth0 >/sys/class/net/bond0/bonding/primary'\n"));
        c = planTeamEdit(host(), f, edit(TeamEdit::Kind::SetPrimary, QString()));
        QVERIFY(c.ok());
        QVERIFY(!fileText(c).contains(QLatin1String("primary:")));

        // A file without the one-line interfaces list is refused.
        own.insert(QStringLiteral("netplan/90-ftconsole-bond0.yaml"),
                   done(QByteArray(yaml).replace("interfaces: [eth0, eth2]", "interfaces:\n        - eth0\n        - eth2")));
        f.ownNetplan.clear();
        addOwnNetplan(&f, own);
        c = planTeamEdit(host(), f, edit(TeamEdit::Kind::AddMember, QStringLiteral("eth3")));
        QVERIFY(says(c.errors, "interfaces are not on one line in brackets"));
    }

    void scriptsParse()
    {
        QHash<QString, CommandResult> nd = ifupdownHost();
        nd.insert(QStringLiteral("networkd-active"), done("active\n"));
        nd.insert(QStringLiteral("networkd-files"),
                  done("05-ftconsole-bond0-port-eth0.network\n05-ftconsole-bond0-port-eth2.network\n"
                       "05-ftconsole-bond0-port-eth1.network\n10-ftconsole-bond0.netdev\n10-ftconsole-bond0.network\n"));
        QHash<QString, CommandResult> np = nd;
        np.insert(QStringLiteral("netplan"), done("90-ftconsole-bond0.yaml\n"));
        QList<NetFacts> facts{netFactsFrom(ifupdownHost()), netFactsFrom(nmHost()), netFactsFrom(nd), netFactsFrom(np)};
        facts.last().ownNetplan.insert(QStringLiteral("90-ftconsole-bond0.yaml"),
                                       "network:\n  ethernets:\n    eth0:\n      dhcp4: false\n  bonds:\n    bond0:\n"
                                       "      interfaces: [eth0, eth2, eth1]\n      parameters:\n        mode: active-backup\n");
        for (const NetFacts &hostFacts : facts)
            for (const TeamEdit &e : {edit(TeamEdit::Kind::AddMember, QStringLiteral("eth3")),
                                      edit(TeamEdit::Kind::RemoveMember, QStringLiteral("eth1")),
                                      edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth0")),
                                      edit(TeamEdit::Kind::Delete)}) {
                const NetChange c = planTeamEdit(host(3), hostFacts, e);
                if (!c.ok())
                    continue; // refusals are tested above; what runs must parse
                for (const QByteArray &script : {c.applyScript, c.rollbackScript, c.confirmScript}) {
                    const QString problem = shellSyntaxProblem(script);
                    QVERIFY2(problem.isEmpty(), qPrintable(c.title + QStringLiteral(": ") + problem + QString::fromUtf8(script)));
                }
            }
    }
};

QTEST_GUILESS_MAIN(TestTeamEditPlanner)
#include "tst_teameditplanner.moc"
