// Adapter teams on a real kernel and a real network stack (FT_LAB_STACK:
// ifupdown or NetworkManager), seen only through the console's own eyes: the
// Teaming Wizard's plan built from what the guest says, applied over SSH with
// the host-side rollback, the Poller's snapshots, and a cable pulled from
// outside with qemu's set_link. The slots run in order and build on each other.
//
// The guest has three virtio adapters on one segment (a qemu hub): eth0
// carries the SSH session (qemu's user network forwards 127.0.0.1:PORT to
// 10.0.2.15:22), eth1 and eth2 are spare and unconfigured.

#include "LabGuest.h"
#include "model/ChangeTracker.h"
#include "model/Poller.h"
#include "network/IdentifyAdapter.h"
#include "network/NetChangeApply.h"
#include "network/TeamEditPlanner.h"
#include "network/TeamPlanner.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

using namespace ftc;

namespace {

QString outcomeName(NetChangeOutcome::Kind k)
{
    switch (k) {
    case NetChangeOutcome::Kind::Confirmed: return QStringLiteral("confirmed");
    case NetChangeOutcome::Kind::RolledBack: return QStringLiteral("rolled back");
    case NetChangeOutcome::Kind::NothingChanged: return QStringLiteral("nothing changed");
    case NetChangeOutcome::Kind::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

} // namespace

class TestLabTeam : public QObject {
    Q_OBJECT

    ftlab::LabGuest m_guest{QStringLiteral(FT_LAB_STACK)};
    std::unique_ptr<Poller> m_poller;
    ChangeTracker m_tracker;

    HostSnapshotPtr refresh()
    {
        HostSnapshotPtr s = m_poller->refresh(CancelFlag(), true);
        if (!s)
            qWarning("refresh failed: %s", qPrintable(m_poller->lastError()));
        return s;
    }

    QByteArray guest(const QByteArray &script)
    {
        Command c;
        c.argv = {"sh", "-c", script};
        c.timeoutMs = 30000;
        const CommandResult r = m_guest.runner().run(c);
        return r.out + r.err;
    }

    NetChangeOutcome build(const TeamBuild &b, NetChange *planned)
    {
        const NetFacts facts = probeNetFacts(m_guest.runner());
        const HostSnapshotPtr s = refresh();
        if (!s)
            return {};
        return run(planTeamCreate(*s, facts, b), planned);
    }

    NetChangeOutcome edit(TeamEdit::Kind kind, const QString &adapter, NetChange *planned)
    {
        const NetFacts facts = probeNetFacts(m_guest.runner());
        const HostSnapshotPtr s = refresh();
        if (!s)
            return {};
        TeamEdit e;
        e.kind = kind;
        e.team = QStringLiteral("bond0");
        e.adapter = adapter;
        e.rollbackSec = 60;
        return run(planTeamEdit(*s, facts, e), planned);
    }

    NetChangeOutcome run(const NetChange &change, NetChange *planned)
    {
        *planned = change;
        qInfo("plan (%s): %s\n%s\nwarnings: %s", qPrintable(netStackName(planned->stack)),
              qPrintable(planned->title), qPrintable(planned->summary.join(QLatin1Char('\n'))),
              qPrintable(planned->warnings.join(QLatin1Char(' '))));
        if (!planned->ok()) {
            NetChangeOutcome refused;
            refused.kind = NetChangeOutcome::Kind::NothingChanged;
            refused.message = planned->errors.join(QLatin1Char(' '));
            return refused;
        }
        QElapsedTimer t;
        t.start();
        const NetChangeOutcome o = applyNetChange(m_guest.runner(), *planned, {}, CancelFlag(), {},
                                                  [&](const QString &p) {
                                                      qInfo("  %5.1f s  %s", double(t.elapsed()) / 1000.0, qPrintable(p));
                                                  });
        qInfo("outcome after %.1f s: %s: %s", double(t.elapsed()) / 1000.0, qPrintable(outcomeName(o.kind)),
              qPrintable(o.message));
        if (o.kind != NetChangeOutcome::Kind::Confirmed) {
            qInfo("host log:\n%s", guest("cat " + planned->dir() + "/log").constData());
            if (planned->stack == NetStack::NetworkManager)
                qInfo("NetworkManager:\n%s", guest("nmcli device; nmcli connection; journalctl -b -u NetworkManager "
                                                  "--no-pager | tail -n 60").constData());
        }
        return o;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_guest.start(&error), qPrintable(QStringLiteral("lab guest unavailable: ") + error));
        qInfo("lab guest (%s): boot to SSH login %.1f s", FT_LAB_STACK, double(m_guest.bootMs()) / 1000.0);
        m_poller = std::make_unique<Poller>(m_guest.runner(), m_guest.runner().hostLabel());
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        m_tracker.update(s);
        QVERIFY2(s->nic(QStringLiteral("eth1")) && s->nic(QStringLiteral("eth2")), "the guest lacks eth1/eth2");
        QVERIFY(s->teams.isEmpty());
    }

    void theStackIsRecognised()
    {
        const NetFacts f = probeNetFacts(m_guest.runner());
        QVERIFY2(f.read, qPrintable(f.error));
        qInfo("NetworkManager %s, systemd-networkd %s, tools: %s, /etc/network/interfaces: %s, ifenslave: %d",
              qPrintable(f.networkManager), qPrintable(f.networkd), qPrintable(f.tools.join(QLatin1Char(' '))),
              f.hasInterfacesFile ? "yes" : "no", int(f.ifenslave));
        const StackChoice c = chooseNetStack(f, {QStringLiteral("eth0"), QStringLiteral("eth1"), QStringLiteral("eth2")});
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
        QCOMPARE(netStackName(c.stack),
                 QLatin1String(FT_LAB_STACK) == QLatin1String("ifupdown") ? QStringLiteral("ifupdown")
                                                                            : QStringLiteral("NetworkManager"));
        // The session arrives over eth0 with its DHCP address.
        QCOMPARE(f.consoleLink, QStringLiteral("eth0"));
        const AddressCarrier carrier = addressCarrier(f, {QStringLiteral("eth0"), QStringLiteral("eth1")});
        QCOMPARE(carrier.member, QStringLiteral("eth0"));
        QCOMPARE(carrier.addresses.value(0), QStringLiteral("10.0.2.15/24"));
        QVERIFY(carrier.dynamic);
    }

    void identifyOnVirtioSaysWhyNot()
    {
        QElapsedTimer t;
        t.start();
        const QString why = identifyAdapter(m_guest.runner(), QStringLiteral("eth2"), 2);
        qInfo("identify eth2: %s (%.1f s)", qPrintable(why), double(t.elapsed()) / 1000.0);
        QVERIFY2(why.contains(QLatin1String("cannot blink")), qPrintable(why));
        QVERIFY(identifyAdapter(m_guest.runner(), QStringLiteral("eth9"), 1).contains(QLatin1String("eth9")));
    }

    // The console's own adapter and a spare one become an AFT team with eth1 as
    // primary: the team takes eth0's DHCP address and MAC, the session survives
    // (or reconnects), and the change is confirmed.
    void aftTeamTakesOverTheConsolesLink()
    {
        TeamBuild b;
        b.request.name = QStringLiteral("bond0");
        b.request.members = {QStringLiteral("eth1"), QStringLiteral("eth0")};
        b.request.primary = QStringLiteral("eth1");
        b.rollbackSec = 60;
        NetChange planned;
        const NetChangeOutcome o = build(b, &planned);
        QCOMPARE(outcomeName(o.kind), outcomeName(NetChangeOutcome::Kind::Confirmed));
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        const Team *t = s->team(QStringLiteral("bond0"));
        QVERIFY2(t, "no bond0 in the snapshot");
        QCOMPARE(t->kind, QStringLiteral("AFT"));
        if (t->members.size() != 2)
            qInfo("after the change:\n%s\n%s", guest("cat " + planned.dir() + "/log; cat /proc/net/bonding/bond0").constData(),
                  planned.stack == NetStack::NetworkManager
                      ? guest("nmcli device; journalctl -b -u NetworkManager --no-pager | tail -n 40").constData()
                      : "");
        QCOMPARE(t->members.size(), 2);
        QCOMPARE(t->active, QStringLiteral("eth1"));
        for (const TeamMember &m : t->members)
            QCOMPARE(m.link, QStringLiteral("up"));
        const QByteArray addr = guest("ip -4 -o addr show dev bond0");
        QVERIFY2(addr.contains("10.0.2.15/24"), addr.constData());
        // Persistent in the stack's own configuration, and nothing left armed.
        if (planned.stack == NetStack::Ifupdown)
            QVERIFY(guest("cat /etc/network/interfaces").contains("auto bond0\niface bond0 inet dhcp\n"));
        else
            QCOMPARE(guest("nmcli -g connection.type connection show bond0").trimmed(), QByteArray("bond"));
        QVERIFY(!guest("systemctl list-timers --all --no-legend").contains("ftconsole-net"));
        QVERIFY(guest("tail -n 1 " + planned.dir() + "/status").startsWith("confirmed"));
        // Its status can be read by an account without sudo; the staged and
        // saved files cannot.
        const QByteArray d = planned.dir();
        QCOMPARE(guest("stat -c '%a %n' /var/lib/ftconsole/net " + d + " " + d + "/status " + d + "/new " + d + "/old"),
                 QByteArray("755 /var/lib/ftconsole/net\n755 " + d + "\n644 " + d + "/status\n700 " + d + "/new\n700 " + d
                            + "/old\n"));
        m_tracker.update(s);
    }

    // eth1's cable pulled from outside: the next snapshot shows eth0 active and
    // eth1 down, and the console logs the failover.
    void failoverWithinOnePoll()
    {
        QString reply, error;
        QVERIFY2(m_guest.monitor(QStringLiteral("set_link nic1 off"), &reply, &error), qPrintable(error));
        // The bond's MII monitor looks every 100 ms; give the kernel that long.
        QThread::msleep(500);
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        const Team *t = s->team(QStringLiteral("bond0"));
        QVERIFY(t);
        QCOMPARE(t->active, QStringLiteral("eth0"));
        const QList<HostEvent> events = m_tracker.update(s);
        QStringList lines;
        for (const HostEvent &e : events)
            lines << e.message;
        qInfo("events: %s", qPrintable(lines.join(QStringLiteral(" | "))));
        QVERIFY2(lines.contains(QStringLiteral("bond0: active adapter eth1 → eth0, link down on eth1")),
                 qPrintable(lines.join(QStringLiteral(" | "))));
        QVERIFY2(m_guest.monitor(QStringLiteral("set_link nic1 on"), &reply, &error), qPrintable(error));
        // The cable back in: eth1 is a working member again (NetworkManager
        // may take its port down meanwhile and bring it back).
        QElapsedTimer back;
        back.start();
        bool rejoined = false;
        while (!rejoined && back.elapsed() < 60000) {
            QThread::msleep(1000);
            if (const HostSnapshotPtr again = refresh())
                if (const Team *team = again->team(QStringLiteral("bond0")))
                    for (const TeamMember &m : team->members)
                        rejoined = rejoined || (m.name == QLatin1String("eth1") && m.link == QLatin1String("up"));
        }
        qInfo("eth1 back in bond0 after %.1f s", double(back.elapsed()) / 1000.0);
        QVERIFY2(rejoined, "eth1 did not rejoin bond0 within 60 s of its cable coming back");
    }

    // PROSet's other team actions on the running team: an adapter added, the
    // primary chosen, the adapter removed again; each confirmed, each seen.
    void teamChangesAreApplied()
    {
        NetChange planned;
        NetChangeOutcome o = edit(TeamEdit::Kind::AddMember, QStringLiteral("eth2"), &planned);
        QCOMPARE(outcomeName(o.kind), outcomeName(NetChangeOutcome::Kind::Confirmed));
        HostSnapshotPtr s = refresh();
        QVERIFY(s && s->team(QStringLiteral("bond0")));
        QCOMPARE(s->team(QStringLiteral("bond0"))->members.size(), 3);

        o = edit(TeamEdit::Kind::SetPrimary, QStringLiteral("eth2"), &planned);
        QCOMPARE(outcomeName(o.kind), outcomeName(NetChangeOutcome::Kind::Confirmed));
        s = refresh();
        QCOMPARE(s->team(QStringLiteral("bond0"))->primary, QStringLiteral("eth2"));
        QCOMPARE(s->team(QStringLiteral("bond0"))->active, QStringLiteral("eth2"));

        o = edit(TeamEdit::Kind::RemoveMember, QStringLiteral("eth2"), &planned);
        QCOMPARE(outcomeName(o.kind), outcomeName(NetChangeOutcome::Kind::Confirmed));
        s = refresh();
        QCOMPARE(s->team(QStringLiteral("bond0"))->members.size(), 2);
        QVERIFY(s->nic(QStringLiteral("eth2"))->master.isEmpty());
        QVERIFY(!guest("systemctl list-timers --all --no-legend").contains("ftconsole-net"));
    }

    // Deleting the team gives its address back to eth0, whose MAC it had: the
    // console's own session keeps working, and the stack's configuration says so.
    void deletingTheTeamGivesTheAddressBack()
    {
        NetChange planned;
        const NetChangeOutcome o = edit(TeamEdit::Kind::Delete, QString(), &planned);
        QCOMPARE(planned.verify.link, QStringLiteral("eth0"));
        QCOMPARE(outcomeName(o.kind), outcomeName(NetChangeOutcome::Kind::Confirmed));
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        QVERIFY(!s->team(QStringLiteral("bond0")));
        const QByteArray addr = guest("ip -4 -o addr show dev eth0");
        QVERIFY2(addr.contains("10.0.2.15/24"), addr.constData());
        if (planned.stack == NetStack::Ifupdown)
            QVERIFY(guest("cat /etc/network/interfaces").contains("auto eth0\niface eth0 inet dhcp\n"));
        else
            QCOMPARE(guest("nmcli -g GENERAL.CONNECTION device show eth0").trimmed(), QByteArray("eth0"));
        QVERIFY(!guest("systemctl list-timers --all --no-legend").contains("ftconsole-net"));
    }

    // A change that cuts the console off (the team takes eth0 with an address
    // the forwarded SSH port does not reach): the console cannot get back in,
    // the host restores itself, and the console reports what it restored.
    // Last, so the other changes run on a host that has not been rolled back.
    void cutOffChangeIsRolledBackByTheHost()
    {
        TeamBuild b;
        b.request.name = QStringLiteral("bond1");
        b.request.members = {QStringLiteral("eth0"), QStringLiteral("eth2")};
        b.ip.mode = TeamIpSettings::Mode::Static;
        b.ip.address = QStringLiteral("10.0.2.99/24");
        b.rollbackSec = 40;
        const QByteArray interfacesBefore = guest("cat /etc/network/interfaces");
        NetChange planned;
        const NetChangeOutcome o = build(b, &planned);
        QVERIFY(planned.touchesConsoleLink);
        QCOMPARE(outcomeName(o.kind), outcomeName(NetChangeOutcome::Kind::RolledBack));
        QVERIFY2(o.message.contains(QLatin1String("removed bond1")), qPrintable(o.message));
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        QVERIFY(!s->team(QStringLiteral("bond1")));
        QVERIFY(s->nic(QStringLiteral("eth0")) && s->nic(QStringLiteral("eth0"))->master.isEmpty());
        QCOMPARE(guest("cat /etc/network/interfaces"), interfacesBefore);
        const QByteArray addr = guest("ip -4 -o addr show dev eth0");
        QVERIFY2(addr.contains("10.0.2.15/24"), addr.constData());
        QVERIFY(!guest("systemctl list-timers --all --no-legend").contains("ftconsole-net"));
        m_tracker.update(s);
    }
};

QTEST_GUILESS_MAIN(TestLabTeam)
#include "tst_lab_team.moc"
