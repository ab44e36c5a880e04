// Changes to a team that exists on the demo host, the console's own way:
// a team built with planTeamCreate, then the host's facts probed, an edit
// planned with planTeamEdit and applied with applyNetChange through the
// demo's InProcessRunner, the host's clock moved by the test. Each edit is
// confirmed with what the kernel and the file show afterwards; unconfirmed,
// the host's timer puts the team back as it was; a lost connection during a
// delete is rolled back by the host.

#include "DemoNetTestSupport.h"
#include "demo/DemoFaults.h"
#include "demo/SimClock.h"
#include "demo/SimulatedHost.h"
#include "network/IfupdownConfig.h"
#include "network/NetChangeApply.h"
#include "network/TeamEditPlanner.h"
#include "network/TeamPlanner.h"
#include "parse/Bonding.h"
#include "parse/IpAddr.h"
#include "parse/IpLink.h"

#include <QtTest>

using namespace ftc;
using namespace ftc::test;

namespace {

const QDateTime kBuilt(QDate(2026, 11, 30), QTime(8, 15, 2), Qt::UTC);

// bond0, AFT, from the adapter that carries the host's address and the
// others named, confirmed.
bool buildTeam(SimulatedHost &h, const QStringList &members, const QString &primary = {})
{
    TeamBuild b;
    b.request.name = QStringLiteral("bond0");
    b.request.type = TeamType::Aft;
    b.request.members = members;
    b.request.primary = primary;
    b.rollbackSec = 30;
    b.now = kBuilt;
    const HostSnapshotPtr s = snapshot(h);
    if (!s)
        return false;
    const NetChange c = planTeamCreate(*s, probeNetFacts(h), b);
    if (!c.ok()) {
        qWarning("%s", qPrintable(c.errors.join(QLatin1Char('\n'))));
        return false;
    }
    const NetChangeOutcome o = applyNetChange(h, c, quick());
    if (o.kind != NetChangeOutcome::Kind::Confirmed)
        qWarning("%s", qPrintable(o.message));
    return o.kind == NetChangeOutcome::Kind::Confirmed;
}

// An edit of bond0 planned with what the host says now, as the console
// does; `minute` names the change (one directory per change).
NetChange planEdit(SimulatedHost &h, TeamEdit::Kind kind, const QString &adapter, int minute)
{
    TeamEdit e;
    e.kind = kind;
    e.team = QStringLiteral("bond0");
    e.adapter = adapter;
    e.rollbackSec = 30;
    e.now = kBuilt.addSecs(60 * minute);
    const HostSnapshotPtr s = snapshot(h);
    if (!s)
        return {};
    const NetChange c = planTeamEdit(*s, probeNetFacts(h), e);
    if (!c.ok())
        qWarning("%s: %s", qPrintable(c.title), qPrintable(c.errors.join(QLatin1Char('\n'))));
    return c;
}

NetChangeOutcome::Kind applyEdit(SimulatedHost &h, const NetChange &c)
{
    const NetChangeOutcome o = applyNetChange(h, c, quick());
    if (o.kind != NetChangeOutcome::Kind::Confirmed)
        qWarning("%s: %s", qPrintable(c.title), qPrintable(o.message));
    return o.kind;
}

QStringList memberNames(const Team *t)
{
    QStringList names;
    if (t)
        for (const TeamMember &m : t->members)
            names << m.name;
    return names;
}

QStringList cidrs(const IpAddrs &a, const char *link)
{
    QStringList out;
    if (const IpLinkAddresses *l = a.link(QLatin1String(link)))
        for (const IpAddress &x : l->routable())
            out << x.cidr();
    return out;
}

// What a rollback must give back: the file, the links, the addresses and
// routes, the bonding driver's view.
struct HostView {
    QByteArray file, links, addrs, routes, bonding;
    bool operator==(const HostView &) const = default;
};

HostView view(SimulatedHost &h)
{
    return {out(h, "cat /etc/network/interfaces"), out(h, "ip -d -j link show"), out(h, "ip -j addr show"),
            out(h, "ip -j route show"), sh(h, "cat /proc/net/bonding/bond0").out};
}

void compareViews(const HostView &now, const HostView &before)
{
    QCOMPARE(now.file, before.file);
    QCOMPARE(now.links, before.links);
    QCOMPARE(now.addrs, before.addrs);
    QCOMPARE(now.routes, before.routes);
    QCOMPARE(now.bonding, before.bonding);
}

} // namespace

class TestSimTeamEdit : public QObject {
    Q_OBJECT
private slots:
    // eth1 joins: the bonding driver lists it, bond-slaves names it, its
    // own stanza is commented out.
    void addingAnAdapterIsConfirmed()
    {
        auto clock = std::make_shared<ManualClock>(1'800'000'000'000);
        SimulatedHost h(clock);
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2")}));
        const NetChange c = planEdit(h, TeamEdit::Kind::AddMember, QStringLiteral("eth1"), 1);
        QVERIFY(c.ok());
        QCOMPARE(c.stack, NetStack::Ifupdown);
        QCOMPARE(int(applyEdit(h, c)), int(NetChangeOutcome::Kind::Confirmed));
        QCOMPARE(statusWords(h, c), (QStringList{"saved", "applied", "confirmed"}));
        QVERIFY(out(h, "cat " + c.dir() + "/log").contains(" + ip link set eth1 master bond0\n"));

        const Bonding b = parseBonding(out(h, "cat /proc/net/bonding/bond0"));
        QVERIFY(b.slave(QStringLiteral("eth1")));
        QCOMPARE(b.slave(QStringLiteral("eth1"))->miiStatus, QStringLiteral("up"));
        QCOMPARE(b.activeSlave, QStringLiteral("eth0"));
        const HostSnapshotPtr s = snapshot(h);
        QVERIFY(s);
        const Team *t = s->team(QStringLiteral("bond0"));
        QVERIFY(t);
        QCOMPARE(t->members.size(), 3);
        QCOMPARE(memberNames(t), (QStringList{"eth0", "eth2", "eth1"}));
        QCOMPARE(s->nic(QStringLiteral("eth1"))->master, QStringLiteral("bond0"));

        const QByteArray file = out(h, "cat /etc/network/interfaces");
        QVERIFY2(file.contains("    bond-slaves eth0 eth2 eth1\n"), file.constData());
        QVERIFY(file.contains("#iface eth1 inet manual\n"));
        QVERIFY(parseInterfaces(file).stanzasOf(QStringLiteral("eth1")).isEmpty());
        // Confirmed: the timer is gone and time passing changes nothing.
        QCOMPARE(sh(h, "systemctl is-active " + c.rollbackUnit() + ".timer").exitCode, 3);
        const QByteArray links = out(h, "ip -d -j link show");
        clock->advanceSeconds(c.rollbackSec + 10);
        QCOMPARE(statusWords(h, c).last(), QStringLiteral("confirmed"));
        QCOMPARE(out(h, "ip -d -j link show"), links);
    }

    // eth2 made the primary: it carries the traffic at once, both of the
    // kernel's views and the snapshot say so, and the file keeps it; then
    // the primary cleared again.
    void choosingThePrimaryIsConfirmed()
    {
        SimulatedHost h(std::make_shared<ManualClock>(1'800'000'000'000));
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2")}));
        const NetChange c = planEdit(h, TeamEdit::Kind::SetPrimary, QStringLiteral("eth2"), 1);
        QVERIFY(c.ok());
        QCOMPARE(int(applyEdit(h, c)), int(NetChangeOutcome::Kind::Confirmed));

        const QByteArray proc = out(h, "cat /proc/net/bonding/bond0");
        QVERIFY2(proc.contains("Primary Slave: eth2 (primary_reselect always)\nCurrently Active Slave: eth2\n"),
                 proc.constData());
        QCOMPARE(out(h, "cat /sys/class/net/bond0/bonding/primary"), QByteArray("eth2\n"));
        const IpLinks links = parseIpLinkJson(out(h, "ip -d -j link show"));
        QCOMPARE(links.link(QStringLiteral("bond0"))->bondPrimary, QStringLiteral("eth2"));
        HostSnapshotPtr s = snapshot(h);
        QVERIFY(s && s->team(QStringLiteral("bond0")));
        QCOMPARE(s->team(QStringLiteral("bond0"))->primary, QStringLiteral("eth2"));
        QCOMPARE(s->team(QStringLiteral("bond0"))->active, QStringLiteral("eth2"));
        QVERIFY(out(h, "cat /etc/network/interfaces").contains("    bond-primary eth2\n"));

        const NetChange clear = planEdit(h, TeamEdit::Kind::SetPrimary, QString(), 2);
        QVERIFY(clear.ok());
        QVERIFY(clear.title.startsWith(QLatin1String("Clear the primary")));
        QCOMPARE(int(applyEdit(h, clear)), int(NetChangeOutcome::Kind::Confirmed));
        QVERIFY(out(h, "cat /proc/net/bonding/bond0").contains("Primary Slave: None\n"));
        s = snapshot(h);
        QVERIFY(s && s->team(QStringLiteral("bond0")));
        QVERIFY(s->team(QStringLiteral("bond0"))->primary.isEmpty());
        QVERIFY(!out(h, "cat /etc/network/interfaces").contains("bond-primary"));
    }

    // eth1 joins and leaves again: it stays down and unconfigured, the
    // team keeps working on the other two.
    void removingAnAdapterIsConfirmed()
    {
        SimulatedHost h(std::make_shared<ManualClock>(1'800'000'000'000));
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2")}));
        QCOMPARE(int(applyEdit(h, planEdit(h, TeamEdit::Kind::AddMember, QStringLiteral("eth1"), 1))),
                 int(NetChangeOutcome::Kind::Confirmed));
        const NetChange c = planEdit(h, TeamEdit::Kind::RemoveMember, QStringLiteral("eth1"), 2);
        QVERIFY(c.ok());
        QCOMPARE(int(applyEdit(h, c)), int(NetChangeOutcome::Kind::Confirmed));
        QCOMPARE(statusWords(h, c), (QStringList{"saved", "applied", "confirmed"}));

        const Bonding b = parseBonding(out(h, "cat /proc/net/bonding/bond0"));
        QVERIFY(!b.slave(QStringLiteral("eth1")));
        QCOMPARE(b.slaves.size(), 2);
        QCOMPARE(b.miiStatus, QStringLiteral("up"));
        const IpLinks links = parseIpLinkJson(out(h, "ip -d -j link show"));
        QVERIFY(links.link(QStringLiteral("eth1"))->master.isEmpty());
        QCOMPARE(out(h, "cat /sys/class/net/eth1/operstate"), QByteArray("down\n"));
        const HostSnapshotPtr s = snapshot(h);
        QVERIFY(s);
        QCOMPARE(memberNames(s->team(QStringLiteral("bond0"))), (QStringList{"eth0", "eth2"}));
        QVERIFY(out(h, "cat /etc/network/interfaces").contains("    bond-slaves eth0 eth2\n"));
    }

    // The team deleted: bond0 is gone, eth0 (whose MAC the team had) holds
    // the address and the default route again, by a stanza of its own; the
    // team's stanza stays in the file, commented out.
    void deletingTheTeamGivesItsAddressBack()
    {
        SimulatedHost h(std::make_shared<ManualClock>(1'800'000'000'000));
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2")}));
        const NetChange c = planEdit(h, TeamEdit::Kind::Delete, QString(), 1);
        QVERIFY(c.ok());
        QCOMPARE(c.verify.link, QStringLiteral("eth0"));
        QCOMPARE(int(applyEdit(h, c)), int(NetChangeOutcome::Kind::Confirmed));
        QCOMPARE(statusWords(h, c), (QStringList{"saved", "applied", "confirmed"}));

        QVERIFY(sh(h, "cat /proc/net/bonding/bond0").exitCode != 0);
        QVERIFY(!out(h, "ls /sys/class/net").contains("bond0"));
        const IpAddrs a = parseIpAddrJson(out(h, "ip -j addr show"));
        QVERIFY(a.errors.isEmpty());
        QCOMPARE(cidrs(a, "eth0"), QStringList{QStringLiteral("192.168.10.20/24")});
        QVERIFY(!a.link(QStringLiteral("bond0")));
        const IpRoutes r = parseIpRouteJson(out(h, "ip -j route show default"));
        QCOMPARE(r.routes.size(), 1);
        QCOMPARE(r.routes.first().dev, QStringLiteral("eth0"));
        QCOMPARE(r.routes.first().gateway, QStringLiteral("192.168.10.1"));
        // The other member stays down, unconfigured.
        QCOMPARE(out(h, "cat /sys/class/net/eth2/operstate"), QByteArray("down\n"));

        const QByteArray file = out(h, "cat /etc/network/interfaces");
        QVERIFY2(file.contains("auto eth0\niface eth0 inet static\n    address 192.168.10.20/24\n"
                               "    gateway 192.168.10.1\n"),
                 file.constData());
        QVERIFY(file.contains("#iface bond0 inet static\n"));
        const IfupdownFile parsed = parseInterfaces(file);
        QVERIFY(parsed.stanzasOf(QStringLiteral("bond0")).isEmpty());
        QCOMPARE(parsed.stanzasOf(QStringLiteral("eth0")).size(), 1);
        const HostSnapshotPtr s = snapshot(h);
        QVERIFY(s);
        QVERIFY(s->teams.isEmpty());
        QVERIFY(s->nic(QStringLiteral("eth0"))->master.isEmpty());
    }

    // The console's check after a change, through the demo's shell: the
    // status, "@@" lines, the bonding driver's file, operstate "up" or
    // "down".
    void theVerifyCommandReadsTheHost()
    {
        SimulatedHost h(std::make_shared<ManualClock>(1'800'000'000'000));
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2")}));
        const NetChange add = planEdit(h, TeamEdit::Kind::AddMember, QStringLiteral("eth1"), 1);
        QCOMPARE(int(applyEdit(h, add)), int(NetChangeOutcome::Kind::Confirmed));
        CommandResult r = h.run(add.verifyCommand());
        QVERIFY(r.ok());
        const QByteArray status = out(h, "cat " + add.dir() + "/status");
        QVERIFY(r.out.startsWith(status + "@@\nEthernet Channel Bonding Driver: "));
        QVERIFY(r.out.endsWith("Slave queue ID: 0\n@@\n@@\n"));
        QVERIFY(netVerifyProblem(add.verify, r.out).isEmpty());
        NetVerify missing = add.verify;
        missing.members = {QStringLiteral("eth3")};
        QCOMPARE(netVerifyProblem(missing, r.out), QStringLiteral("eth3 is not a port of bond0 yet"));

        const NetChange del = planEdit(h, TeamEdit::Kind::Delete, QString(), 2);
        QCOMPARE(int(applyEdit(h, del)), int(NetChangeOutcome::Kind::Confirmed));
        r = h.run(del.verifyCommand());
        QVERIFY(r.ok());
        QCOMPARE(r.out, out(h, "cat " + del.dir() + "/status") + "@@\n@@\n@@\nup\n");
        QVERIFY(netVerifyProblem(del.verify, r.out).isEmpty());
        // eth2 left the team down: the same command for it says so.
        NetChange other = del;
        other.verify.link = QStringLiteral("eth2");
        r = h.run(other.verifyCommand());
        QVERIFY(r.out.endsWith("@@\n@@\n@@\ndown\n"));
        QCOMPARE(netVerifyProblem(other.verify, r.out), QStringLiteral("adapter eth2 is down"));
    }

    // Not confirmed (the console never came back): the host's timer puts
    // the team back exactly as it was, whatever the edit.
    void anUnconfirmedEditIsRolledBackByTheTimer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("adapter");
        QTest::newRow("add eth3") << int(TeamEdit::Kind::AddMember) << QStringLiteral("eth3");
        QTest::newRow("remove eth1") << int(TeamEdit::Kind::RemoveMember) << QStringLiteral("eth1");
        QTest::newRow("primary eth2") << int(TeamEdit::Kind::SetPrimary) << QStringLiteral("eth2");
        QTest::newRow("delete") << int(TeamEdit::Kind::Delete) << QString();
    }

    void anUnconfirmedEditIsRolledBackByTheTimer()
    {
        QFETCH(int, kind);
        QFETCH(QString, adapter);
        auto clock = std::make_shared<ManualClock>(1'800'000'000'000);
        SimulatedHost h(clock);
        // Three members, eth0 the primary: every edit has something to undo.
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2"), QStringLiteral("eth1")},
                          QStringLiteral("eth0")));
        const HostView before = view(h);
        QVERIFY(before.bonding.contains("Primary Slave: eth0 (primary_reselect always)\n"));

        const NetChange c = planEdit(h, TeamEdit::Kind(kind), adapter, 1);
        QVERIFY(c.ok());
        // The plan alone: staged, armed, started, never confirmed.
        const ApplyResult r = applyPlan(h, c.plan, QString());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(statusWords(h, c), (QStringList{"saved", "applied"}));
        QVERIFY(view(h) != before);

        clock->advanceSeconds(c.rollbackSec - 1);
        QCOMPARE(statusWords(h, c).last(), QStringLiteral("applied"));
        clock->advanceSeconds(1);
        const QList<NetChangeEvent> events = parseNetChangeStatus(out(h, "cat " + c.dir() + "/status"));
        QCOMPARE(events.last().word, QStringLiteral("rolled-back"));
        QCOMPARE(events.last().text, QStringLiteral("restored /etc/network/interfaces; bond0 as it was"));
        compareViews(view(h), before);
        // Confirming now is too late, and says why.
        const CommandResult k = h.run(c.confirmCommand());
        QCOMPARE(k.exitCode, 3);
        QVERIFY(k.out.startsWith("rolled-back "));
    }

    // The lost connection during a delete: the team goes, the console
    // cannot get back in, the host's own timer brings the team back, and the
    // console, back in, reports what was restored.
    void aLostConnectionDuringDeleteIsRolledBackByTheHost()
    {
        auto clock = std::make_shared<ManualClock>(1'800'000'000'000);
        SimulatedHost h(clock);
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2")}));
        const HostView before = view(h);
        QVERIFY(h.run(demoFaultCommand(DemoFault::LoseConnectionOnNextNetworkChange, QString())).ok());

        const NetChange c = planEdit(h, TeamEdit::Kind::Delete, QString(), 1);
        QVERIFY(c.ok());
        // Behind the cut, the change did run: the team is gone, eth0 has
        // the address.
        bool deletedMeanwhile = false;
        CutOff cut;
        const NetChangeOutcome o = applyCutOff(h, *clock, c, &cut, [&] {
            const SimState st = h.state();
            deletedMeanwhile = st.bonds.isEmpty()
                && st.addresses.contains(SimAddress{QStringLiteral("eth0"), QStringLiteral("192.168.10.20/24"), false});
        });
        QVERIFY2(o.kind == NetChangeOutcome::Kind::RolledBack, qPrintable(o.message));
        QVERIFY(o.reconnected);
        QCOMPARE(cut.reconnects, 3);   // 30 s of rollback timer, 10 s per attempt
        QCOMPARE(int(cut.firstTry.status), int(CommandResult::Status::TransportError));
        QVERIFY2(cut.firstTry.error.startsWith(QLatin1String("connection timed out")), qPrintable(cut.firstTry.error));
        QVERIFY(deletedMeanwhile);
        QVERIFY2(o.message.contains(QLatin1String("restored /etc/network/interfaces; bond0 as it was")),
                 qPrintable(o.message));
        QCOMPARE(statusWords(h, c), (QStringList{"saved", "applied", "rolled-back"}));

        compareViews(view(h), before);
        const HostSnapshotPtr s = snapshot(h);
        QVERIFY(s);
        const Team *t = s->team(QStringLiteral("bond0"));
        QVERIFY(t);
        QCOMPARE(memberNames(t), (QStringList{"eth0", "eth2"}));
        QCOMPARE(t->active, QStringLiteral("eth0"));
        QCOMPARE(cidrs(parseIpAddrJson(out(h, "ip -j addr show")), "bond0"),
                 QStringList{QStringLiteral("192.168.10.20/24")});
    }

    // The team went between plan and apply (deleted by hand): apply.sh's
    // own check refuses, and the adapter that was to join is untouched.
    void aTeamGoneMeanwhileIsRefused()
    {
        SimulatedHost h(std::make_shared<ManualClock>(1'800'000'000'000));
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2")}));
        const NetChange c = planEdit(h, TeamEdit::Kind::AddMember, QStringLiteral("eth1"), 1);
        QVERIFY(c.ok());
        QVERIFY(sh(h, "ip link del bond0").ok());
        const HostView before = view(h);
        const NetChangeOutcome o = applyNetChange(h, c, quick());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::NothingChanged));
        QVERIFY2(o.message.contains(QLatin1String("bond0 is no longer on the host")), qPrintable(o.message));
        QCOMPARE(statusWords(h, c), QStringList{QStringLiteral("refused")});
        compareViews(view(h), before);
        QCOMPARE(out(h, "cat /sys/class/net/eth1/operstate"), QByteArray("up\n"));
    }

    // The bonding sysfs as a shell writes it: a primary set and cleared in
    // active-backup, refused in a mode without one.
    void thePrimaryIsWrittenThroughSysfs()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        QVERIFY(buildTeam(h, {QStringLiteral("eth0"), QStringLiteral("eth2")}));
        QVERIFY(sh(h, "echo eth2 >/sys/class/net/bond0/bonding/primary").ok());
        QVERIFY(out(h, "cat /proc/net/bonding/bond0").contains("Primary Slave: eth2 (primary_reselect always)\n"
                                                               "Currently Active Slave: eth2\n"));
        QVERIFY(sh(h, "echo '' >/sys/class/net/bond0/bonding/primary").ok());
        QVERIFY(out(h, "cat /proc/net/bonding/bond0").contains("Primary Slave: None\n"));
        QCOMPARE(out(h, "cat /sys/class/net/bond0/bonding/primary"), QByteArray());

        QVERIFY(sh(h, "ip link add bond7 type bond mode balance-rr").ok());
        const CommandResult rr = sh(h, "echo eth1 >/sys/class/net/bond7/bonding/primary");
        QCOMPARE(rr.exitCode, 2);
        QVERIFY2(rr.err.contains("Invalid argument"), rr.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSimTeamEdit)
#include "tst_simteamedit.moc"
