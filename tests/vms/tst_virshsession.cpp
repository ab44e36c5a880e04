// The persistent virsh session: answers cut apart by their markers whether
// virsh echoes its prompt and command line (readline, as every distribution
// builds it) or not (the demo host); an error line stays with the command that
// printed it; words are quoted for virsh's own parser; a session that dies is
// started again and says so; a host without virsh answers 127 and is not
// asked again until told to.

#include "demo/SimulatedHost.h"
#include "vms/VirshSession.h"

#include <QtTest>

using namespace ftc;

namespace {

// Plays a readline virsh: echoes "virsh # LINE" for every line, answers
// echo, domstats and dominfo of "web", errors for anything else; can die
// after a number of lines.
class ScriptedVirsh : public Stream {
public:
    explicit ScriptedVirsh(int dieAfter = -1) : m_dieAfter(dieAfter) {}
    bool write(const QByteArray &data) override
    {
        for (const QByteArray &line : data.split('\n')) {
            if (line.isEmpty())
                continue;
            if (m_dieAfter >= 0 && m_lines++ >= m_dieAfter) {
                m_finished = true;
                m_out += "error: Disconnected from qemu:///system due to end of file\n";
                return true;
            }
            m_out += "virsh # " + line + "\n";
            if (line.startsWith("echo "))
                m_out += line.mid(5).replace("'", "");     // "ftc-mark b1", no newline, as virsh prints it
            else if (line.startsWith("'domstats'"))
                m_out += "Domain: 'web'\n  state.state=1\n\n";
            else if (line.startsWith("'dominfo' 'web'"))
                m_out += "Id:             1\nName:           web\n\n";
            else
                m_out += "error: failed to get domain 'nosuch'\n";
        }
        return true;
    }
    void closeInput() override {}
    StreamChunk read(int) override
    {
        StreamChunk c;
        c.out = std::exchange(m_out, {});
        c.finished = m_finished;
        c.exitCode = m_finished ? 1 : -1;
        return c;
    }
    void terminate() override { m_finished = true; }

private:
    QByteArray m_out;
    int m_dieAfter;
    int m_lines = 0;
    bool m_finished = false;
};

class ScriptedRunner : public Runner {
public:
    QString hostLabel() const override { return QStringLiteral("scripted"); }
    CommandResult run(const Command &, const CancelFlag &) override { return {}; }
    std::unique_ptr<Stream> openStream(const Command &cmd) override
    {
        opened << cmd.argv;
        if (missing) {
            auto s = std::make_unique<ScriptedVirsh>(0);
            return s;
        }
        return std::make_unique<ScriptedVirsh>(dieAfter.isEmpty() ? -1 : dieAfter.takeFirst());
    }
    QList<Argv> opened;
    QList<int> dieAfter;
    bool missing = false;
};

} // namespace

class TestVirshSession : public QObject {
    Q_OBJECT
private slots:
    void quotingForVirshsParser()
    {
        QCOMPARE(virshCommandLine({"dominfo", "it's \"x\""}), QByteArray("'dominfo' 'it'\\''s \"x\"'"));
        QCOMPARE(virshCommandLine({"dominfo", "名前"}), QByteArray("'dominfo' '名前'"));
        QVERIFY(virshCommandLine({"dominfo", "two\nlines"}).isEmpty());
    }

    void readlineEchoIsCutAway()
    {
        ScriptedRunner runner;
        VirshSession session(runner, "qemu:///system");
        const QList<CommandResult> r =
            session.run({{"domstats", "--raw"}, {"dominfo", "nosuch"}, {"dominfo", "web"}}, 5000);
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].exitCode, 0);
        QCOMPARE(r[0].out, QByteArray("Domain: 'web'\n  state.state=1\n\n"));
        // The middle one's error is its own, not its neighbours'.
        QCOMPARE(r[1].exitCode, 1);
        QCOMPARE(r[1].err, QByteArray("error: failed to get domain 'nosuch'\n"));
        QCOMPARE(r[2].exitCode, 0);
        QVERIFY(r[2].out.startsWith("Id:"));
        QVERIFY(!r[2].out.contains("virsh #"));
        QCOMPARE(session.opened(), 1);
        QCOMPARE(runner.opened.value(0).value(0), QByteArray("sh"));
        QVERIFY(runner.opened.value(0).contains("qemu:///system"));
    }

    void theDemoHostAnswersWithoutPrompts()
    {
        SimulatedHost sim;
        VirshSession session(sim, "qemu:///system");
        const QList<CommandResult> r =
            session.run({{"domstats", "--raw", "--state"}, {"schedinfo", "--domain", "nosuch"}, {"dominfo", "DC1"}},
                        5000);
        QCOMPARE(r.value(0).exitCode, 0);
        QVERIFY(r.value(0).out.contains("Domain: 'DC1'"));
        QVERIFY(r.value(0).out.contains("Domain: 'EX1'"));
        QCOMPARE(r.value(1).exitCode, 1);
        QVERIFY(r.value(1).err.contains("nosuch"));
        QVERIFY(r.value(2).out.contains("Name:           DC1"));
    }

    void aSessionThatDiesIsStartedAgain()
    {
        ScriptedRunner runner;
        runner.dieAfter = {4};           // answers one command (3 lines), dies in the second
        VirshSession session(runner, "qemu:///system");
        QList<CommandResult> r = session.run({{"domstats"}, {"dominfo", "web"}}, 5000);
        QCOMPARE(r.value(0).exitCode, 0);
        QCOMPARE(r.value(1).status, CommandResult::Status::TransportError);
        QVERIFY2(r.value(1).error.contains(QLatin1String("Disconnected")), qPrintable(r.value(1).error));
        r = session.run({{"dominfo", "web"}}, 5000);
        QCOMPARE(r.value(0).exitCode, 0);
        QCOMPARE(session.opened(), 2);
        const QString notice = session.takeNotice();
        QVERIFY2(notice.contains(QLatin1String("started again")) && notice.contains(QLatin1String("Disconnected")),
                 qPrintable(notice));
        QVERIFY(session.takeNotice().isEmpty());   // said once
    }

    void aHostWithoutVirsh()
    {
        // sh's own words when exec finds no virsh; exit 127.
        class NoVirsh : public Stream {
        public:
            bool write(const QByteArray &) override { return true; }
            void closeInput() override {}
            StreamChunk read(int) override
            {
                StreamChunk c;
                if (!m_said)
                    c.out = "ftc-virsh: 1: exec: virsh: not found\n";
                m_said = true;
                c.finished = true;
                c.exitCode = 127;
                return c;
            }
            void terminate() override {}
            bool m_said = false;
        };
        class Runner127 : public ScriptedRunner {
        public:
            std::unique_ptr<Stream> openStream(const Command &cmd) override
            {
                opened << cmd.argv;
                return std::make_unique<NoVirsh>();
            }
        } runner;
        VirshSession session(runner, "qemu:///system");
        QCOMPARE(session.run({{"domstats"}}, 5000).value(0).exitCode, 127);
        QCOMPARE(session.run({{"domstats"}}, 5000).value(0).exitCode, 127);
        QCOMPARE(runner.opened.size(), 1);          // not asked again
        session.forgetMissing();
        session.run({{"domstats"}}, 5000);
        QCOMPARE(runner.opened.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestVirshSession)
#include "tst_virshsession.moc"
