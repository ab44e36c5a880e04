// The demo host as an ifupdown host that the console builds teams on: the
// console's own probe, planner and applier against SimulatedHost through its
// InProcessRunner, with the host's clock moved by the test. The change is
// confirmed, rolled back by the host's timer when the connection is lost, or
// refused with nothing changed; a pulled cable fails the team over.

#include "DemoNetTestSupport.h"
#include "demo/DemoFaults.h"
#include "demo/SimClock.h"
#include "demo/SimulatedHost.h"
#include "model/ChangeTracker.h"
#include "model/Poller.h"
#include "network/NetChangeApply.h"
#include "network/TeamPlanner.h"
#include "parse/Bonding.h"
#include "parse/IpAddr.h"
#include "parse/IpLink.h"
#include "transport/Batch.h"

#include <QJsonArray>
#include <QtTest>

using namespace ftc;
using namespace ftc::test;

namespace {

TeamBuild aft(const QStringList &members, int rollbackSec = 30)
{
    TeamBuild b;
    b.request.name = QStringLiteral("bond0");
    b.request.type = TeamType::Aft;
    b.request.members = members;
    b.rollbackSec = rollbackSec;
    // The change's id (and directory) follows from this: fixed, so runs repeat.
    b.now = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 2), Qt::UTC);
    return b;
}

// Plans with what the host says now, as the wizard does.
NetChange plan(SimulatedHost &h, const TeamBuild &b)
{
    const HostSnapshotPtr s = snapshot(h);
    if (!s)
        return {};
    return planTeamCreate(*s, probeNetFacts(h), b);
}

const IpLinkAddresses *addrs(const IpAddrs &a, const char *link) { return a.link(QLatin1String(link)); }

QStringList cidrs(const IpLinkAddresses *l)
{
    QStringList out;
    if (l)
        for (const IpAddress &a : l->routable())
            out << a.cidr();
    return out;
}

} // namespace

class TestSimNetChange : public QObject {
    Q_OBJECT
private slots:
    // What the probe reads is a Debian server configured by ifupdown: the
    // stack's own answers, step by step, and eth0 carrying the address.
    void probeSeesAnIfupdownHost()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const CommandResult nm = sh(h, "systemctl is-active NetworkManager");
        QCOMPARE(nm.exitCode, 3);
        QCOMPARE(nm.out, QByteArray("inactive\n"));
        QCOMPARE(sh(h, "nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device").exitCode, 127);

        const QHash<QString, CommandResult> results = runBatch(h, netFactsSteps(), 10000);
        QStringList problems;
        const NetFacts f = netFactsFrom(results, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(results.value(QStringLiteral("console-link")).ok());
        QVERIFY(results.value(QStringLiteral("console-link")).err.isEmpty());
        QCOMPARE(f.networkManager, QStringLiteral("inactive"));
        QCOMPARE(f.networkd, QStringLiteral("inactive"));
        QCOMPARE(f.tools, (QStringList{"systemd-run", "flock", "ifup", "ifdown", "busctl", "networkctl"}));
        QVERIFY(f.netplanFiles.isEmpty());
        QVERIFY(results.value(QStringLiteral("netplan")).exitCode != 0);
        QVERIFY(f.hasInterfacesFile);
        QVERIFY(f.interfacesFile.contains("iface eth0 inet static\n\taddress 192.168.10.20/24\n\tgateway 192.168.10.1\n"));
        QVERIFY(f.ifenslave);
        QVERIFY(f.bridgeUtils);
        QVERIFY(f.nmDevices.isEmpty());
        QVERIFY(f.consoleLink.isEmpty());
        QCOMPARE(cidrs(addrs(f.addresses, "eth0")), QStringList{QStringLiteral("192.168.10.20/24")});
        QVERIFY(cidrs(addrs(f.addresses, "eth2")).isEmpty());
        QCOMPARE(f.defaultRoutes.size(), 1);
        QCOMPARE(f.defaultRoutes.first().gateway, QStringLiteral("192.168.10.1"));
        QCOMPARE(f.defaultRoutes.first().dev, QStringLiteral("eth0"));
        QCOMPARE(chooseNetStack(f, {QStringLiteral("eth0"), QStringLiteral("eth2")}).stack, NetStack::Ifupdown);
        const AddressCarrier carrier = addressCarrier(f, {QStringLiteral("eth2"), QStringLiteral("eth0")});
        QCOMPARE(carrier.member, QStringLiteral("eth0"));
        QVERIFY(!carrier.dynamic);
        QCOMPARE(carrier.gateway, QStringLiteral("192.168.10.1"));
        // The route to a neighbour and beyond the gateway, as the console's
        // link probe would ask over SSH.
        QVERIFY(out(h, "ip -j route get 192.168.10.7").contains("\"dev\":\"eth0\",\"prefsrc\":\"192.168.10.20\""));
        QVERIFY(out(h, "ip -j route get 203.0.113.9").contains("\"gateway\":\"192.168.10.1\",\"dev\":\"eth0\""));
    }

    // The guide's AFT team of two adapters in different modules, built from
    // the adapter that carries the host's address: confirmed, the address and
    // the gateway moved to the team, the file holds its stanza.
    void aftTeamIsConfirmed()
    {
        auto clock = std::make_shared<ManualClock>(1'800'000'000'000);
        SimulatedHost h(clock);
        const NetChange c = plan(h, aft({QStringLiteral("eth0"), QStringLiteral("eth2")}));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(c.stack, NetStack::Ifupdown);
        const NetChangeOutcome o = applyNetChange(h, c, quick());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::Confirmed));
        QVERIFY(!o.reconnected);
        QCOMPARE(statusWords(h, c), (QStringList{"saved", "applied", "confirmed"}));

        const HostSnapshotPtr s = snapshot(h);
        QVERIFY(s);
        const Team *t = s->team(QStringLiteral("bond0"));
        QVERIFY(t);
        QCOMPARE(t->kind, QStringLiteral("AFT"));
        QCOMPARE(t->active, QStringLiteral("eth0"));
        QCOMPARE(t->members.size(), 2);
        QStringList modules;
        for (const TeamMember &m : t->members) {
            QCOMPARE(m.link, QStringLiteral("up"));
            modules << m.module;
        }
        QCOMPARE(modules, (QStringList{QStringLiteral("10"), QStringLiteral("11")}));

        const QByteArray file = out(h, "cat /etc/network/interfaces");
        QVERIFY2(file.contains("auto bond0\niface bond0 inet static\n    address 192.168.10.20/24\n"
                               "    gateway 192.168.10.1\n"),
                 file.constData());
        QVERIFY(file.contains("    bond-slaves eth0 eth2\n    bond-mode active-backup\n    bond-miimon 100\n"));
        QVERIFY(file.contains("    hwaddress ether 00:15:17:10:02:00\n"));
        QVERIFY(file.contains("#iface eth0 inet static\n"));
        QCOMPARE(out(h, "cat " + c.dir() + "/old/0"), SimState::demoFiles().value("/etc/network/interfaces").content);

        const IpAddrs a = parseIpAddrJson(out(h, "ip -j addr show"));
        QVERIFY(a.errors.isEmpty());
        QCOMPARE(cidrs(addrs(a, "bond0")), QStringList{QStringLiteral("192.168.10.20/24")});
        QVERIFY(cidrs(addrs(a, "eth0")).isEmpty());
        const IpRoutes r = parseIpRouteJson(out(h, "ip -j route show default"));
        QCOMPARE(r.routes.size(), 1);
        QCOMPARE(r.routes.first().dev, QStringLiteral("bond0"));
        const IpLinks links = parseIpLinkJson(out(h, "ip -d -j link show"));
        QCOMPARE(links.link(QStringLiteral("bond0"))->address, QStringLiteral("00:15:17:10:02:00"));

        // Confirmed: the timer is gone, and time passing rolls nothing back.
        const CommandResult timer = sh(h, "systemctl is-active " + c.rollbackUnit() + ".timer");
        QCOMPARE(timer.exitCode, 3);
        clock->advanceSeconds(c.rollbackSec + 10);
        QCOMPARE(statusWords(h, c).last(), QStringLiteral("confirmed"));
        QVERIFY(out(h, "cat /proc/net/bonding/bond0").contains("Currently Active Slave: eth0\n"));
    }

    // "Virtual machines use this team": a bridge over the bond takes the
    // address; ip shows bond0 as br0's port.
    void bridgeOverTheTeamIsConfirmed()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        TeamBuild b = aft({QStringLiteral("eth0"), QStringLiteral("eth2")});
        b.vmBridge = true;
        const NetChange c = plan(h, b);
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        const NetChangeOutcome o = applyNetChange(h, c, quick());
        QVERIFY2(o.kind == NetChangeOutcome::Kind::Confirmed, qPrintable(o.message));

        const IpLinks links = parseIpLinkJson(out(h, "ip -d -j link show"));
        QVERIFY(links.errors.isEmpty());
        const IpLink *br = links.link(QStringLiteral("br0"));
        const IpLink *bond = links.link(QStringLiteral("bond0"));
        QVERIFY(br && bond);
        QCOMPARE(br->kind, QStringLiteral("bridge"));
        QCOMPARE(br->operState, QStringLiteral("UP"));
        QCOMPARE(bond->kind, QStringLiteral("bond"));
        QCOMPARE(bond->master, QStringLiteral("br0"));
        QCOMPARE(bond->slaveKind, QStringLiteral("bridge"));
        QCOMPARE(links.link(QStringLiteral("eth2"))->master, QStringLiteral("bond0"));
        QCOMPARE(br->address, QStringLiteral("00:15:17:10:02:00"));

        const IpAddrs a = parseIpAddrJson(out(h, "ip -j addr show"));
        QCOMPARE(cidrs(addrs(a, "br0")), QStringList{QStringLiteral("192.168.10.20/24")});
        QVERIFY(cidrs(addrs(a, "bond0")).isEmpty());
        QVERIFY(cidrs(addrs(a, "eth0")).isEmpty());
        QCOMPARE(parseIpRouteJson(out(h, "ip -j route show default")).routes.value(0).dev, QStringLiteral("br0"));
        QCOMPARE(out(h, "cat /sys/class/net/br0/operstate"), QByteArray("up\n"));
        QVERIFY(out(h, "ls /sys/class/net").contains("br0\n"));
        QVERIFY(out(h, "cat /etc/network/interfaces").contains("iface br0 inet static\n    address 192.168.10.20/24\n"));
        const HostSnapshotPtr s = snapshot(h);
        QVERIFY(s && s->team(QStringLiteral("bond0")));
        QVERIFY2(s->problems.isEmpty(), qPrintable(s->problems.value(0).message));
        QCOMPARE(s->team(QStringLiteral("bond0"))->members.size(), 2);
        QVERIFY(!s->nic(QStringLiteral("br0")));    // a bridge is no adapter

        // The whole of it survives a save and load, as ftsim-host keeps it.
        SimulatedHost copy(std::make_shared<ManualClock>(0));
        QVERIFY(copy.loadState(h.saveState()));
        QCOMPARE(out(copy, "ip -d -j link show"), out(h, "ip -d -j link show"));
        QCOMPARE(out(copy, "ip -j addr show"), out(h, "ip -j addr show"));
        QCOMPARE(out(copy, "ip -j route show"), out(h, "ip -j route show"));
    }

    // The lost connection: the team forms, the console cannot get back in,
    // the host's own timer restores the configuration, and the console,
    // back in, reports what was restored. The test moves the host's clock
    // each time the console says it is reconnecting.
    void lostConnectionIsRolledBackByTheHost()
    {
        auto clock = std::make_shared<ManualClock>(1'800'000'000'000);
        SimulatedHost h(clock);
        const QByteArray fileBefore = out(h, "cat /etc/network/interfaces");
        const QByteArray addrBefore = out(h, "ip -j addr show");
        const QByteArray linksBefore = out(h, "ip -d -j link show");
        const QByteArray routesBefore = out(h, "ip -j route show");
        QVERIFY(h.run(demoFaultCommand(DemoFault::LoseConnectionOnNextNetworkChange, QString())).ok());
        // Armed once: a second time says so.
        QCOMPARE(h.run(demoFaultCommand(DemoFault::LoseConnectionOnNextNetworkChange, QString())).exitCode, 1);

        const NetChange c = plan(h, aft({QStringLiteral("eth0"), QStringLiteral("eth2")}, 30));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        CutOff cut;
        const NetChangeOutcome o = applyCutOff(h, *clock, c, &cut);
        QVERIFY2(o.kind == NetChangeOutcome::Kind::RolledBack, qPrintable(o.message));
        QVERIFY(o.reconnected);
        QCOMPARE(cut.reconnects, 3);   // 30 s of rollback timer, 10 s per attempt
        // Cut off: every command fails as a connection that timed out.
        QCOMPARE(int(cut.firstTry.status), int(CommandResult::Status::TransportError));
        QVERIFY2(cut.firstTry.error.startsWith(QLatin1String("connection timed out")), qPrintable(cut.firstTry.error));
        QVERIFY2(o.message.contains(QLatin1String("restored /etc/network/interfaces; removed bond0; eth0, eth2 back "
                                                  "as before")),
                 qPrintable(o.message));

        // The host is as it was, and says when it rolled back: the timer's
        // 30 s after the change was saved.
        QCOMPARE(out(h, "cat /etc/network/interfaces"), fileBefore);
        QCOMPARE(out(h, "ip -j addr show"), addrBefore);
        QCOMPARE(out(h, "ip -d -j link show"), linksBefore);
        QCOMPARE(out(h, "ip -j route show"), routesBefore);
        const QList<NetChangeEvent> events = parseNetChangeStatus(out(h, "cat " + c.dir() + "/status"));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[1].word, QStringLiteral("applied"));
        QCOMPARE(events[2].word, QStringLiteral("rolled-back"));
        QCOMPARE(events[2].epoch - events[0].epoch, qint64(30));
        const HostSnapshotPtr s = snapshot(h);
        QVERIFY(s && s->teams.isEmpty());
        QVERIFY(s->nic(QStringLiteral("eth2"))->adminUp);

        // The fault was used up: the next change is confirmed.
        TeamBuild again = aft({QStringLiteral("eth0"), QStringLiteral("eth2")});
        again.now = again.now.addSecs(120);
        const NetChange c2 = plan(h, again);
        QVERIFY2(c2.ok(), qPrintable(c2.errors.join(QLatin1Char('\n'))));
        QCOMPARE(int(applyNetChange(h, c2, quick()).kind), int(NetChangeOutcome::Kind::Confirmed));
    }

    // A team that asks for DHCP on a network without a DHCP server: ifup
    // fails, the console has the host roll back at once, and says where it failed.
    void aFailedIfupIsRolledBackAtOnce()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const QByteArray fileBefore = out(h, "cat /etc/network/interfaces");
        const QByteArray addrBefore = out(h, "ip -j addr show");
        TeamBuild b = aft({QStringLiteral("eth0"), QStringLiteral("eth2")});
        b.ip.mode = TeamIpSettings::Mode::Dhcp;
        const NetChange c = plan(h, b);
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        const NetChangeOutcome o = applyNetChange(h, c, quick());
        QVERIFY2(o.kind == NetChangeOutcome::Kind::RolledBack, qPrintable(o.message));
        QVERIFY2(o.message.startsWith(QLatin1String("The change failed at: ifup bond0 (exit 1).")), qPrintable(o.message));
        QCOMPARE(statusWords(h, c), (QStringList{"saved", "failed", "rolled-back"}));
        QVERIFY(out(h, "cat " + c.dir() + "/log").contains("No DHCPOFFERS received."));
        QCOMPARE(out(h, "cat /etc/network/interfaces"), fileBefore);
        QCOMPARE(out(h, "ip -j addr show"), addrBefore);
    }

    // A timer armed and not confirmed fires in a host loaded from the saved
    // state too: the change, its timer and the addresses are in the state.
    void anArmedTimerSurvivesSaveAndLoad()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        const NetChange c = plan(h, aft({QStringLiteral("eth0"), QStringLiteral("eth2")}, 45));
        QVERIFY(c.ok());
        // The plan alone: staged, armed, started, never confirmed.
        const ApplyResult r = applyPlan(h, c.plan, QString());
        QVERIFY2(r.ok, qPrintable(r.message));
        // One timer per unit name, as systemd allows.
        const CommandResult twice = h.run(c.plan.steps[c.plan.steps.size() - 2].command);
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains("already loaded"));
        SimulatedHost later(clock);
        QVERIFY(later.loadState(h.saveState()));
        QCOMPARE(statusWords(later, c).last(), QStringLiteral("applied"));
        QVERIFY(cidrs(addrs(parseIpAddrJson(out(later, "ip -j addr show")), "bond0")).size() == 1);
        QCOMPARE(sh(later, "systemctl is-active " + c.rollbackUnit() + ".timer").exitCode, 0);
        clock->advanceSeconds(44);
        QCOMPARE(statusWords(later, c).last(), QStringLiteral("applied"));
        clock->advanceSeconds(1);
        QCOMPARE(statusWords(later, c).last(), QStringLiteral("rolled-back"));
        QCOMPARE(cidrs(addrs(parseIpAddrJson(out(later, "ip -j addr show")), "eth0")),
                 QStringList{QStringLiteral("192.168.10.20/24")});
        QVERIFY(sh(later, "cat /proc/net/bonding/bond0").exitCode != 0);
    }

    // Between plan and apply a member went into another team, or left the
    // host: apply.sh's own checks refuse, and nothing changes.
    void aMemberTeamedOrGoneMeanwhileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("meanwhile");
        QTest::addColumn<QString>("why");
        QTest::newRow("teamed") << QByteArray("ip link add bond7 type bond mode active-backup && ip link set eth3 down && "
                                              "ip link set eth3 master bond7")
                                << QStringLiteral("eth3 is already in a team or bridge");
        QTest::newRow("gone") << QByteArray() << QStringLiteral("eth3 is no longer on the host");
    }

    void aMemberTeamedOrGoneMeanwhileIsRefused()
    {
        QFETCH(QByteArray, meanwhile);
        QFETCH(QString, why);
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        const NetChange c = plan(h, aft({QStringLiteral("eth1"), QStringLiteral("eth3")}));
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        if (!meanwhile.isEmpty()) {
            QVERIFY(sh(h, meanwhile).ok());
        } else {
            // The card was taken out: the host comes back without eth3.
            QJsonObject state = h.saveState();
            QJsonArray nics = state.value(QStringLiteral("nics")).toArray();
            nics.removeAt(3);
            state.insert(QStringLiteral("nics"), nics);
            QVERIFY(h.loadState(state));
        }
        const QByteArray file = out(h, "cat /etc/network/interfaces");
        const QByteArray addr = out(h, "ip -j addr show");
        const QByteArray links = out(h, "ip -d -j link show");
        const NetChangeOutcome o = applyNetChange(h, c, quick());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::NothingChanged));
        QVERIFY2(o.message.contains(why), qPrintable(o.message));
        QCOMPARE(statusWords(h, c), QStringList{QStringLiteral("refused")});
        QCOMPARE(out(h, "cat /etc/network/interfaces"), file);
        QCOMPARE(out(h, "ip -j addr show"), addr);
        QCOMPARE(out(h, "ip -d -j link show"), links);
        // The timer still fires, and leaves a refused change alone.
        clock->advanceSeconds(c.rollbackSec + 1);
        QCOMPARE(statusWords(h, c), QStringList{QStringLiteral("refused")});
        QCOMPARE(out(h, "ip -d -j link show"), links);
    }

    // The configuration changed behind the plan's back: refused by its hash.
    void aChangedInterfacesFileIsRefused()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const NetChange c = plan(h, aft({QStringLiteral("eth1"), QStringLiteral("eth3")}));
        QVERIFY(c.ok());
        Command edit;
        edit.argv = {"tee", "-a", "/etc/network/interfaces"};
        edit.input = "# edited by hand\n";
        QVERIFY(h.run(edit).ok());
        const NetChangeOutcome o = applyNetChange(h, c, quick());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::NothingChanged));
        QVERIFY2(o.message.contains(QLatin1String("/etc/network/interfaces changed since the plan was made")),
                 qPrintable(o.message));
        QVERIFY(sh(h, "cat /proc/net/bonding/bond0").exitCode != 0);
    }

    // A pulled cable on the active member: the bond fails over, both of the
    // kernel's views agree, and the event log says so in one line.
    void unpluggingTheActiveMemberFailsOver()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        TeamBuild b = aft({QStringLiteral("eth1"), QStringLiteral("eth3")});
        b.request.primary = QStringLiteral("eth1");
        const NetChange c = plan(h, b);
        QVERIFY2(c.ok(), qPrintable(c.errors.join(QLatin1Char('\n'))));
        QCOMPARE(int(applyNetChange(h, c, quick()).kind), int(NetChangeOutcome::Kind::Confirmed));

        Poller poller(h, QStringLiteral("demo"));
        ChangeTracker tracker;
        HostSnapshotPtr s = poller.refresh(CancelFlag(), true);
        QVERIFY(s);
        tracker.update(s);
        QCOMPARE(s->team(QStringLiteral("bond0"))->active, QStringLiteral("eth1"));

        QVERIFY(h.run(demoFaultCommand(DemoFault::UnplugCable, QStringLiteral("eth1"))).ok());
        s = poller.refresh();
        QVERIFY(s);
        QStringList lines;
        for (const HostEvent &e : tracker.update(s))
            lines << e.message;
        QVERIFY2(lines.contains(QStringLiteral("bond0: active adapter eth1 → eth3, link down on eth1")),
                 qPrintable(lines.join(QStringLiteral(" | "))));
        const Team *t = s->team(QStringLiteral("bond0"));
        QCOMPARE(t->active, QStringLiteral("eth3"));
        for (const TeamMember &m : t->members) {
            QCOMPARE(m.link, m.name == QLatin1String("eth1") ? QStringLiteral("down") : QStringLiteral("up"));
            QCOMPARE(m.failures, m.name == QLatin1String("eth1") ? 1 : 0);
        }

        const Bonding proc = parseBonding(out(h, "cat /proc/net/bonding/bond0"));
        const IpLinks links = parseIpLinkJson(out(h, "ip -d -j link show"));
        QCOMPARE(proc.activeSlave, QStringLiteral("eth3"));
        QCOMPARE(links.link(QStringLiteral("bond0"))->bondActiveSlave, proc.activeSlave);
        QCOMPARE(proc.slave(QStringLiteral("eth1"))->linkFailures, 1);
        QCOMPARE(links.link(QStringLiteral("eth1"))->slaveLinkFailures, 1);
        QCOMPARE(links.link(QStringLiteral("eth1"))->slaveMiiStatus, QStringLiteral("DOWN"));
        QCOMPARE(links.link(QStringLiteral("eth3"))->slaveState, QStringLiteral("ACTIVE"));
    }
};

QTEST_GUILESS_MAIN(TestSimNetChange)
#include "tst_simnetchange.moc"
