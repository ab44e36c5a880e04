// The in-process shell: quoting, `$?`, operators, redirections, builtins, the
// exact scripts Batch builds, streams, and that no script text can crash it.

#include "demo/InProcessRunner.h"
#include "demo/MiniShell.h"
#include "demo/SimClock.h"
#include "demo/SimulatedHost.h"
#include "transport/Batch.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace ftc;

namespace {

// Records every argv the shell hands over; `say WORDS` prints them, `fail N`
// exits with N and a line on stderr, `both` writes to both streams, `readin`
// echoes its stdin.
class RecordingHost : public InProcessRunner {
public:
    QList<Argv> seen;
    QString hostLabel() const override { return QStringLiteral("test"); }

protected:
    CommandResult exec(const Argv &argv, const QByteArray &input) override
    {
        seen.append(argv);
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        r.exitCode = 0;
        if (argv[0] == "say") {
            r.out = argv.mid(1).join(' ') + '\n';
        } else if (argv[0] == "fail") {
            r.exitCode = argv.value(1).toInt();
            r.err = "failing\n";
        } else if (argv[0] == "both") {
            r.out = "OUT\n";
            r.err = "ERR\n";
        } else if (argv[0] == "readin") {
            r.out = input;
        } else {
            return MiniShell::notFound(argv[0]);
        }
        return r;
    }
};

CommandResult sh(Runner &r, const QByteArray &script, const QByteArray &input = {})
{
    Command c;
    c.argv = {"sh", "-c", script};
    c.input = input;
    return r.run(c);
}

} // namespace

class TestMiniShell : public QObject {
    Q_OBJECT
private slots:
    void quotingAndEscapes()
    {
        RecordingHost h;
        const CommandResult r = sh(h, "say 'a  b' \"c\\\"d\\\\e\" f\\ g \"x$?y\" '$?' \"\"");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(h.seen.size(), 1);
        QCOMPARE(h.seen[0], (Argv{"say", "a  b", "c\"d\\e", "f g", "x0y", "$?", ""}));
    }

    void statusAndOperators()
    {
        RecordingHost h;
        CommandResult r = sh(h, "fail 3; printf '%s\\n' \"$?\"");
        QCOMPARE(r.out, QByteArray("3\n"));
        QCOMPARE(r.exitCode, 0);
        r = sh(h, "fail 1 && say no || say yes");
        QCOMPARE(r.out, QByteArray("yes\n"));
        r = sh(h, "say a && say b\nfail 4");
        QCOMPARE(r.out, QByteArray("a\nb\n"));
        QCOMPARE(r.exitCode, 4);
        r = sh(h, "true && false");
        QCOMPARE(r.exitCode, 1);
    }

    void redirections()
    {
        RecordingHost h;
        CommandResult r = sh(h, "printf '%s\\n' x >&2");
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray("x\n"));
        r = sh(h, "both 2>&1");
        QCOMPARE(r.out, QByteArray("OUT\nERR\n"));
        QCOMPARE(r.err, QByteArray());
        r = sh(h, "both 2>/dev/null");
        QCOMPARE(r.out, QByteArray("OUT\n"));
        QCOMPARE(r.err, QByteArray());
        r = sh(h, "both >/dev/null");
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray("ERR\n"));
        r = sh(h, "both > /dev/null 2>&1");
        QCOMPARE(r.out + r.err, QByteArray());
    }

    void pipesAndStdin()
    {
        RecordingHost h;
        CommandResult r = sh(h, "printf 'abc' | readin");
        QCOMPARE(r.out, QByteArray("abc"));
        r = sh(h, "readin", "from stdin");
        QCOMPARE(r.out, QByteArray("from stdin"));
    }

    void sudoIsStripped()
    {
        RecordingHost h;
        sh(h, "sudo -n -- say hi; sudo -n say there");
        QCOMPARE(h.seen.size(), 2);
        QCOMPARE(h.seen[0], (Argv{"say", "hi"}));
        QCOMPARE(h.seen[1], (Argv{"say", "there"}));
        Command c;
        c.argv = {"sudo", "-n", "--", "say", "direct"};
        QCOMPARE(h.run(c).out, QByteArray("direct\n"));
    }

    void unknownProgram()
    {
        RecordingHost h;
        const CommandResult r = sh(h, "frobnicate --now");
        QCOMPARE(r.exitCode, 127);
        QCOMPARE(r.err, QByteArray("sh: 1: frobnicate: not found\n"));
    }

    void printfBuiltin()
    {
        QByteArray out, err;
        QCOMPARE(MiniShell::printfFormat({"%s-%d\\n", "a", "1", "b", "2"}, &out, &err), 0);
        QCOMPARE(out, QByteArray("a-1\nb-2\n"));
        out.clear();
        MiniShell::printfFormat({"[%5s|%-3d|%x|%%|\\t]", "ab", "7", "255"}, &out, &err);
        QCOMPARE(out, QByteArray("[   ab|7  |ff|%|\t]"));
        out.clear();
        MiniShell::printfFormat({"%s\\n"}, &out, &err);
        QCOMPARE(out, QByteArray("\n"));
        out.clear();
        err.clear();
        QCOMPARE(MiniShell::printfFormat({"%d", "x1"}, &out, &err), 1);
        QVERIFY(err.contains("expected numeric value"));
        RecordingHost h;
        QCOMPARE(sh(h, "echo a  b; echo -n c; echo 'd\\ne'").out, QByteArray("a b\ncd\ne\n"));
    }

    void syntaxErrors()
    {
        RecordingHost h;
        const CommandResult r = sh(h, "say before; say 'unterminated");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Syntax error: Unterminated quoted string"));
        QVERIFY(sh(h, "say a; ; say b").exitCode == 2);
    }

    void cancelStopsBetweenCommands()
    {
        RecordingHost h;
        CancelFlag cancel;
        cancel.cancel();
        Command c;
        c.argv = {"sh", "-c", "say one; say two"};
        const CommandResult r = h.run(c, cancel);
        QCOMPARE(r.status, CommandResult::Status::Cancelled);
        QVERIFY(h.seen.isEmpty());
    }

    void batchRoundTripAgainstSimulatedHost()
    {
        auto clock = std::make_shared<ManualClock>(1000000);
        SimulatedHost host(clock);
        const QList<BatchStep> steps{
            {"mdstat", {"cat", "/proc/mdstat"}, false},
            BatchStep::readFile("read", "/proc/mdstat"),
            BatchStep::readFiles("reads", {"/sys/block/md0/md/sync_action", "/no/such", "/sys/block/md0/md/degraded"}),
            {"detail", {"mdadm", "--detail", "--export", "/dev/md0"}, true},
            {"missing", {"mdadm", "--detail", "--export", "/dev/md9"}, true},
            {"nofile", {"cat", "/no/such"}, false},
            {"unknown", {"no-such-tool", "x"}, false},
            {"quoted", {"printf", "%s|%s", "it's \"q\" $? \\", "@@ftc-fake-e-0-0"}, false},
            {"virsh", {"virsh", "-c", "qemu:///system", "schedinfo", "EX1"}, false},
        };
        for (const bool sudo : {false, true}) {
            const Command batch = buildBatch(steps, "n0nce", sudo, 10000);
            const CommandResult whole = host.run(batch);
            QCOMPARE(whole.status, CommandResult::Status::Finished);
            const QHash<QString, CommandResult> split = splitBatch(steps, "n0nce", whole);
            for (const BatchStep &s : steps) {
                if (s.kind != BatchStep::Kind::Run)
                    continue;
                Command single;
                single.argv = s.argv;
                const CommandResult direct = host.run(single);
                const CommandResult got = split.value(s.id);
                QCOMPARE(got.status, CommandResult::Status::Finished);
                QCOMPARE(got.exitCode, direct.exitCode);
                // A command's output comes back with one trailing newline, as
                // from a real sh (Batch.h).
                QByteArray expected = direct.out;
                while (expected.endsWith('\n'))
                    expected.chop(1);
                QCOMPARE(got.out, expected.isEmpty() ? expected : expected + '\n');
                QCOMPARE(got.err, direct.err);
            }
            QCOMPARE(split.value("missing").exitCode, 1);
            QCOMPARE(split.value("unknown").exitCode, 127);
            QCOMPARE(split.value("quoted").out, QByteArray("it's \"q\" $? \\|@@ftc-fake-e-0-0\n"));
            QVERIFY(split.value("mdstat").out.startsWith("Personalities : "));
            // The shell's own reads give what cat gives.
            QCOMPARE(split.value("read").out, split.value("mdstat").out);
            QCOMPARE(split.value("reads").out, QByteArray("/sys/block/md0/md/sync_action:idle\n/sys/block/md0/md/degraded:0\n"));
        }
    }

    void streams()
    {
        SimulatedHost host(std::make_shared<ManualClock>(0));
        auto virsh = host.openStream(Command{{"virsh", "-c", "qemu:///system"}, {}, 0, false});
        QVERIFY(virsh->write("list --all --name\n"));
        StreamChunk c = virsh->read(0);
        QCOMPARE(c.out, QByteArray("DC1\nFS1\nEX1\n\n"));
        QVERIFY(!c.finished);
        virsh->write("dominfo nosuchdom\n");
        virsh->closeInput();
        c = virsh->read(0);
        QVERIFY(c.finished);
        QCOMPARE(c.exitCode, 1);
        QVERIFY(c.err.contains("failed to get domain 'nosuchdom'"));

        auto shell = host.openStream(Command{{"sh"}, {}, 0, false});
        shell->write("printf 'a\\n'; false\n");
        shell->write("printf '%s\\n' \"$?\"");
        shell->closeInput();
        c = shell->read(0);
        QCOMPARE(c.out, QByteArray("a\n1\n"));
        QVERIFY(c.finished);
        QCOMPARE(c.exitCode, 0);
    }

    void fuzzedScriptsNeverCrash()
    {
        RecordingHost h;
        SimulatedHost sim(std::make_shared<ManualClock>(0));
        const QByteArray alphabet = " \t\n;&|<>'\"\\$?#(){}*=-012%sdnx abcfsay";
        const Command batch = buildBatch({{"a", {"cat", "/proc/mdstat"}, false},
                                          {"b", {"printf", "%s", "x y"}, true}},
                                         "fz", true, 1000);
        // Seeded so a failure reproduces.
        QRandomGenerator gen(20261124);
        auto *rng = &gen;
        for (int i = 0; i < 3000; ++i) {
            QByteArray script;
            if (i % 3 == 0) {
                // A Batch script with a few bytes changed.
                script = batch.input;
                for (int k = 0; k < 4; ++k)
                    script[rng->bounded(int(script.size()))] = alphabet[rng->bounded(int(alphabet.size()))];
            } else {
                const int len = rng->bounded(60);
                for (int k = 0; k < len; ++k)
                    script += alphabet[rng->bounded(int(alphabet.size()))];
            }
            const CommandResult r = sh(i % 2 ? static_cast<Runner &>(h) : static_cast<Runner &>(sim), script);
            QCOMPARE(r.status, CommandResult::Status::Finished);
            QVERIFY(r.exitCode >= 0 && r.exitCode < 256);
        }
    }
};

QTEST_GUILESS_MAIN(TestMiniShell)
#include "tst_minishell.moc"
