// The console's side of a network change against a host that behaves as the
// staged scripts make a real one behave: the session survives, drops and comes
// back, or never returns; apply.sh succeeds, fails or is refused. What the
// console confirms, asks to roll back, and tells the admin.

#include "Fixture.h"
#include "network/NetChangeApply.h"
#include "network/TeamPlanner.h"

#include <QtTest>

using namespace ftc;

namespace {

// A host that runs the change's commands the way the scripts would.
class ScriptedHost : public Runner {
public:
    enum class Apply { Works, Fails, Refused, NeverUp };
    Apply apply = Apply::Works;
    int dropAfterApply = 0;        // calls that fail after apply.sh started (the session is gone)
    bool hostRollsBackWhileAway = false;   // the timer fires while the console is away
    QByteArray status;
    QStringList ran;               // the programs (and scripts) run, in order
    bool armed = false;
    int dropped = 0;               // times the console abandoned a stalled session

    void dropConnection() override { ++dropped; }

    QString hostLabel() const override { return QStringLiteral("ssh://root@ftlab:22"); }
    std::unique_ptr<Stream> openStream(const Command &) override { return nullptr; }

    CommandResult run(const Command &cmd, const CancelFlag & = CancelFlag()) override
    {
        Argv a = cmd.argv;
        while (!a.isEmpty() && (a.first() == "env" || a.first().startsWith("LC_ALL")))
            a.removeFirst();
        const QByteArray prog = a.value(0);
        const QByteArray last = a.value(a.size() - 1);
        ran << QString::fromUtf8(prog + (last.endsWith(".sh") ? " " + last.mid(last.lastIndexOf('/') + 1) : QByteArray()));
        if (m_dropping > 0) {
            if (--m_dropping == 0 && hostRollsBackWhileAway)
                mark("rolled-back restored /etc/network/interfaces; removed bond0; eth0, eth1 back as before");
            return lostResult();
        }
        if (prog == "systemd-run" && last.endsWith("/rollback.sh") && a.contains("--wait")) {
            const QByteArray w = lastWord();
            if (w != "confirmed" && w != "rolled-back" && w != "refused")
                mark("rolled-back restored /etc/network/interfaces; removed bond0; eth0, eth1 back as before");
            return ok();
        }
        if (prog == "systemd-run" && last.endsWith("/rollback.sh")) {
            armed = true;
            return ok();
        }
        if (prog == "systemd-run" && last.endsWith("/apply.sh")) {
            switch (apply) {
            case Apply::Refused: mark("refused eth1 is already in a team or bridge"); return ok(1);
            case Apply::Fails: mark("saved the files"); mark("failed ifup bond0 (exit 1)"); return ok(1);
            case Apply::Works:
            case Apply::NeverUp: mark("saved the files"); mark("applied"); break;
            }
            // The unit starts and this call returns; then the links change
            // under the session.
            m_dropping = dropAfterApply;
            return ok();
        }
        if (prog == "sh" && last.endsWith("/confirm.sh")) {
            if (lastWord() != "applied")
                return ok(3, status.split('\n').value(status.count('\n') - 1));
            mark("confirmed");
            return ok();
        }
        if (prog == "sh" && a.value(1) == "-c") {
            QByteArray out = status + "@@\n";
            if (lastWord() == "applied" || lastWord() == "confirmed")
                out += apply == Apply::NeverUp ? test::fixture(QStringLiteral("lab/bond/procbond_ab_initial.txt"))
                                                     .replace("Currently Active Slave: eth1", "Currently Active Slave: None")
                                               : test::fixture(QStringLiteral("lab/bond/procbond_ab_initial.txt"));
            return ok(0, out);
        }
        return ok(); // install, tee
    }

private:
    int m_dropping = 0;
    QByteArray lastWord() const
    {
        const QList<QByteArray> l = status.trimmed().split('\n');
        return l.isEmpty() ? QByteArray() : l.last().split(' ').value(0);
    }
    void mark(const QByteArray &line)
    {
        const qsizetype sp = line.indexOf(' ');
        status += (sp < 0 ? line : line.left(sp)) + " 1764490502" + (sp < 0 ? QByteArray() : line.mid(sp)) + "\n";
    }
    static CommandResult ok(int rc = 0, const QByteArray &out = {})
    {
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        r.exitCode = rc;
        r.out = out;
        return r;
    }
    static CommandResult lostResult()
    {
        CommandResult r;
        r.status = CommandResult::Status::TransportError;
        r.error = QStringLiteral("connection reset by peer");
        return r;
    }
};

NetChange change()
{
    NetChange c;
    c.id = QStringLiteral("bond0-20261130T081502Z");
    c.stack = NetStack::Ifupdown;
    c.title = QStringLiteral("Build AFT team bond0 from eth0, eth1");
    c.rollbackSec = 30;
    c.verify.bond = QStringLiteral("bond0");
    c.verify.needsActive = true;
    NetFileChange f;
    f.path = QStringLiteral("/etc/network/interfaces");
    f.content = "auto bond0\n";
    f.plannedSha256 = "00";
    c.files << f;
    finishNetChange(&c, StackScript{}, {QStringLiteral("eth0"), QStringLiteral("eth1")});
    return c;
}

NetApplyOptions fast()
{
    NetApplyOptions o;
    o.pollIntervalMs = 1;
    return o;
}

} // namespace

class TestNetChangeApply : public QObject {
    Q_OBJECT
private slots:
    void connectionIntactIsConfirmed()
    {
        ScriptedHost host;
        QStringList phases;
        const NetChangeOutcome o = applyNetChange(host, change(), fast(), CancelFlag(), {},
                                                  [&](const QString &p) { phases << p; });
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::Confirmed));
        QVERIFY(host.armed);
        QVERIFY(!o.reconnected);
        QVERIFY(host.status.contains("\nconfirmed "));
        QVERIFY(!host.status.contains("rolled-back"));
        // Armed before applied, confirmed last; no rollback asked.
        const int arm = int(host.ran.indexOf(QStringLiteral("systemd-run rollback.sh")));
        const int apply = int(host.ran.indexOf(QStringLiteral("systemd-run apply.sh")));
        QVERIFY(arm >= 0 && apply > arm);
        QCOMPARE(host.ran.last(), QStringLiteral("sh confirm.sh"));
        QVERIFY(o.message.contains(QLatin1String("confirmed")));
        QVERIFY(phases.join(QLatin1Char(' ')).contains(QLatin1String("bond0 is up: confirming")));
    }

    void briefDropThenConfirmed()
    {
        ScriptedHost host;
        host.dropAfterApply = 3;
        const NetChangeOutcome o = applyNetChange(host, change(), fast());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::Confirmed));
        QVERIFY(o.reconnected);
        QCOMPARE(host.dropped, 3); // each failed try starts a fresh session
        QVERIFY(o.message.contains(QLatin1String("reconnected")));
        QVERIFY(host.status.contains("\nconfirmed "));
    }

    void connectionLostHostRestoresItself()
    {
        ScriptedHost host;
        host.dropAfterApply = 4;
        host.hostRollsBackWhileAway = true;
        const NetChangeOutcome o = applyNetChange(host, change(), fast());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::RolledBack));
        QVERIFY(o.reconnected);
        // What the host restored, in its own words, and why the console was away.
        QVERIFY2(o.message.contains(QLatin1String("restored /etc/network/interfaces; removed bond0")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QLatin1String("connection reset by peer")), qPrintable(o.message));
        QVERIFY(!host.ran.contains(QStringLiteral("sh confirm.sh")));
    }

    void applyFailsAndIsRolledBackAtOnce()
    {
        ScriptedHost host;
        host.apply = ScriptedHost::Apply::Fails;
        const NetChangeOutcome o = applyNetChange(host, change(), fast());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::RolledBack));
        QVERIFY2(o.message.contains(QLatin1String("failed at: ifup bond0")), qPrintable(o.message));
        QVERIFY(host.ran.contains(QStringLiteral("systemd-run rollback.sh")));
        QVERIFY(host.status.contains("rolled-back"));
    }

    void refusedChangesNothing()
    {
        ScriptedHost host;
        host.apply = ScriptedHost::Apply::Refused;
        const NetChangeOutcome o = applyNetChange(host, change(), fast());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::NothingChanged));
        QVERIFY2(o.message.contains(QLatin1String("eth1 is already in a team")), qPrintable(o.message));
    }

    void teamThatNeverComesUpIsRolledBackNotConfirmed()
    {
        ScriptedHost host;
        host.apply = ScriptedHost::Apply::NeverUp;
        NetChange c = change();
        c.rollbackSec = 5; // the deadline (5 s before the timer) has passed at once
        const NetChangeOutcome o = applyNetChange(host, c, fast());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::RolledBack));
        QVERIFY(!host.status.contains("confirmed"));
    }

    void aRefusedPlanRunsNothing()
    {
        ScriptedHost host;
        NetChange c = change();
        c.errors << QStringLiteral("eth7 is no longer on the host");
        finishNetChange(&c, StackScript{}, {});
        const NetChangeOutcome o = applyNetChange(host, c, fast());
        QCOMPARE(int(o.kind), int(NetChangeOutcome::Kind::NothingChanged));
        QVERIFY(host.ran.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetChangeApply)
#include "tst_netchangeapply.moc"
