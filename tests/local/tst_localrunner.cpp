// LocalRunner against real processes: the failure modes that matter are the
// ones a mock cannot show (pipe deadlocks, stray processes, leaked descriptors).

#include "transport/LocalRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ftc;

namespace {

Command command(Argv argv, int timeoutMs = 60000)
{
    Command c;
    c.argv = std::move(argv);
    c.timeoutMs = timeoutMs;
    return c;
}

QByteArray newMarker()
{
    return "FTC_TEST_MARK=" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// Live (non-zombie) processes whose environment carries the marker. The marker
// goes into the environment because every descendant inherits it there.
QList<int> markedProcesses(const QByteArray &marker)
{
    QList<int> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool isPid = false;
        const int pid = e.toInt(&isPid);
        if (!isPid)
            continue;
        QFile env(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!env.open(QIODevice::ReadOnly))
            continue;
        if (!env.readAll().split('\0').contains(marker))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray s = stat.readAll();
            const qsizetype close = s.lastIndexOf(')');
            if (close > 0 && s.mid(close + 2, 1) == "Z")
                continue;
        }
        pids << pid;
    }
    return pids;
}

// Drains a stream until `done` holds or it finishes; returns everything read.
StreamChunk readUntil(Stream &s, const std::function<bool(const StreamChunk &)> &done, int rounds = 300)
{
    StreamChunk all;
    for (int i = 0; i < rounds; ++i) {
        const StreamChunk c = s.read(100);
        all.out += c.out;
        all.err += c.err;
        if (c.finished) {
            all.finished = true;
            all.exitCode = c.exitCode;
            all.error = c.error;
            return all;
        }
        if (done(all))
            return all;
    }
    return all;
}

class PretendNonRoot : public LocalRunner {
public:
    bool needsSudo() const override { return true; }
};

// Puts a directory in front of PATH for one test.
class PathPrefix {
public:
    explicit PathPrefix(const QString &dir) : m_old(qgetenv("PATH"))
    {
        qputenv("PATH", QFile::encodeName(dir) + ':' + m_old);
    }
    ~PathPrefix() { qputenv("PATH", m_old); }

private:
    QByteArray m_old;
};

} // namespace

class TstLocalRunner : public QObject {
    Q_OBJECT

private slots:
    void hostLabelIsLocal()
    {
        QCOMPARE(LocalRunner().hostLabel(), QStringLiteral("local"));
    }

    void largeOutputOnBothStreams_data()
    {
        QTest::addColumn<QByteArray>("script");
        // Each order blocks a reader that drains one stream to EOF before the other.
        QTest::newRow("out first")
            << QByteArray("head -c 8000000 /dev/zero | tr '\\0' a; head -c 8000000 /dev/zero | tr '\\0' b >&2");
        QTest::newRow("err first")
            << QByteArray("head -c 8000000 /dev/zero | tr '\\0' b >&2; head -c 8000000 /dev/zero | tr '\\0' a");
    }
    void largeOutputOnBothStreams()
    {
        QFETCH(QByteArray, script);
        const CommandResult r = LocalRunner().run(command({"sh", "-c", script}));
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), qsizetype(8000000));
        QCOMPARE(r.err.size(), qsizetype(8000000));
        QVERIFY(r.out == QByteArray(8000000, 'a'));
        QVERIFY(r.err == QByteArray(8000000, 'b'));
        QVERIFY(r.error.isEmpty());
    }

    void stdinRoundTripsThroughCat()
    {
        // Every byte value, several MB: cat answers while we still write, which
        // deadlocks a runner that writes all input before reading.
        QByteArray input;
        input.reserve(6 * 1024 * 1024);
        quint32 x = 12345;
        while (input.size() < 6 * 1024 * 1024) {
            x = x * 1103515245u + 12345u;
            input.append(char(x >> 24));
        }
        Command c = command({"cat"});
        c.input = input;
        const CommandResult r = LocalRunner().run(c);
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.size(), input.size());
        QVERIFY(r.out == input);
    }

    void inputIgnoredByChildDoesNotKillUs()
    {
        // `true` exits without reading: our writes hit EPIPE, which must not
        // raise SIGPIPE in the console.
        Command c = command({"true"});
        c.input = QByteArray(4 * 1024 * 1024, 'x');
        const CommandResult r = LocalRunner().run(c);
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, 0);
    }

    void nonZeroExitCodeAndStderr()
    {
        const CommandResult r = LocalRunner().run(command({"sh", "-c", "echo out; echo oops >&2; exit 3"}));
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("out\n"));
        QCOMPARE(r.err, QByteArray("oops\n"));
        QVERIFY(!r.ok());
        QCOMPARE(r.summary(), QStringLiteral("oops"));
    }

    void exitBySignal_data()
    {
        QTest::addColumn<QByteArray>("signal");
        QTest::addColumn<int>("code");
        QTest::newRow("TERM") << QByteArray("TERM") << 128 + 15;
        QTest::newRow("KILL") << QByteArray("KILL") << 128 + 9;
    }
    void exitBySignal()
    {
        QFETCH(QByteArray, signal);
        QFETCH(int, code);
        const CommandResult r = LocalRunner().run(command({"sh", "-c", "kill -" + signal + " $$"}));
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, code);
    }

    void timeoutKillsTheWholeTree()
    {
        const QByteArray marker = newMarker();
        // Both sleeps report their pid first, so the test knows they did start.
        const QByteArray script = "export " + marker
            + "; sleep 100 & echo $!; sleep 100 & echo $!; wait";
        const CommandResult r = LocalRunner().run(command({"sh", "-c", script}, 1500));
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QVERIFY(!r.error.isEmpty());
        const QList<QByteArray> pids = r.out.trimmed().split('\n');
        QCOMPARE(pids.size(), 2);
        for (const QByteArray &p : pids)
            QVERIFY(p.toInt() > 0);
        // SIGKILL is delivered asynchronously; give the kernel a moment.
        QTRY_VERIFY_WITH_TIMEOUT(markedProcesses(marker).isEmpty(), 10000);
    }

    void timeoutKeepsOutputThatArrived()
    {
        const CommandResult r = LocalRunner().run(command({"sh", "-c", "echo early; echo warn >&2; sleep 100"}, 800));
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QCOMPARE(r.out, QByteArray("early\n"));
        QCOMPARE(r.err, QByteArray("warn\n"));
    }

    void timeoutAppliesAfterOutputsClose()
    {
        // The child closes both outputs and keeps running: EOF alone must not
        // make the runner wait past the deadline.
        const CommandResult r = LocalRunner().run(command({"sh", "-c", "exec >&- 2>&-; sleep 100"}, 500));
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
    }

    void cancelFromAnotherThread()
    {
        const QByteArray marker = newMarker();
        CancelFlag cancel;
        std::thread canceller([&] {
            // Cancel only once the sleep really runs, so the test proves a kill.
            for (int i = 0; i < 500 && markedProcesses(marker).isEmpty(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            cancel.cancel();
        });
        const CommandResult r = LocalRunner().run(
            command({"sh", "-c", "export " + marker + "; exec sleep 100"}, 0), cancel);
        canceller.join();
        QCOMPARE(r.status, CommandResult::Status::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(markedProcesses(marker).isEmpty(), 10000);
    }

    void cancelledBeforeStartStillReportsCancelled()
    {
        CancelFlag cancel;
        cancel.cancel();
        const CommandResult r = LocalRunner().run(command({"sleep", "100"}), cancel);
        QCOMPARE(r.status, CommandResult::Status::Cancelled);
    }

    void programNotFoundIs127()
    {
        const CommandResult r = LocalRunner().run(command({"ftc-no-such-program-4711", "x"}));
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, 127);
        QCOMPARE(r.err, QByteArray("ftc-no-such-program-4711: command not found\n"));

        const CommandResult withSlash = LocalRunner().run(command({"/nonexistent/ftc-prog"}));
        QCOMPARE(withSlash.status, CommandResult::Status::Finished);
        QCOMPARE(withSlash.exitCode, 127);
    }

    void notExecutableIs126()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plain"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho hi\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        const CommandResult r = LocalRunner().run(command({QFile::encodeName(path)}));
        QCOMPARE(r.status, CommandResult::Status::Finished);
        // Root may execute nothing without an x bit either, so 126 holds for all.
        QCOMPARE(r.exitCode, 126);
    }

    void execFailureIs126WithoutZombie()
    {
        // Executable bit but no format execve knows: the start fails inside the
        // forked child, which must still be reaped.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("garbage")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(64, '\x01'));
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const CommandResult r = LocalRunner().run(command({QFile::encodeName(f.fileName())}));
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, 126);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(::waitpid(-1, nullptr, WNOHANG), pid_t(-1));
        QCOMPARE(errno, ECHILD);
    }

    void emptyArgvIsTransportError()
    {
        const CommandResult r = LocalRunner().run(Command());
        QCOMPARE(r.status, CommandResult::Status::TransportError);
        QVERIFY(!r.error.isEmpty());
    }

    void argvBytesArriveIntact()
    {
        const Argv args{"two words", "it's \"quoted\"", "\xff\xfe not utf-8 \xc3", "", "$HOME `id` *", "-n", "\n"};
        Argv argv{"printf", "%s\\0"};
        argv += args;
        const CommandResult r = LocalRunner().run(command(argv));
        QCOMPARE(r.exitCode, 0);
        QByteArray expected;
        for (const QByteArray &a : args)
            expected += a + '\0';
        QCOMPARE(r.out, expected);
    }

    void descriptorsDoNotLeakIntoChildren()
    {
        // An inheritable pipe, as some library might open: the child must not
        // get it, or that pipe's reader would never see EOF.
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        QVERIFY(::dup2(fds[0], 200) == 200);
        QVERIFY(::dup2(fds[1], 201) == 201);
        ::close(fds[0]);
        ::close(fds[1]);
        const CommandResult r = LocalRunner().run(command(
            {"sh", "-c", "for n in 200 201; do [ -e /proc/$$/fd/$n ] && echo leaked $n; done; exit 0"}));
        ::close(200);
        ::close(201);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
    }

    void privilegedAsksSudoOnlyWhenNotRoot()
    {
        QCOMPARE(LocalRunner().needsSudo(), ::geteuid() != 0);
    }

    void sudoPasswordPromptBecomesClearError()
    {
        // A stand-in sudo that shows what it was asked and refuses like real
        // `sudo -n` does without a NOPASSWD rule.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile fake(dir.filePath(QStringLiteral("sudo")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\nprintf '%s\\n' \"$@\"\necho 'sudo: a password is required' >&2\nexit 1\n");
        fake.close();
        QVERIFY(fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        PathPrefix path(dir.path());

        Command c = command({"mdadm", "--detail", "/dev/md0"});
        c.privileged = true;
        const CommandResult r = PretendNonRoot().run(c);
        QCOMPARE(r.status, CommandResult::Status::Finished);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray("-n\n--\nmdadm\n--detail\n/dev/md0\n"));
        QVERIFY2(r.error.contains(QLatin1String("NOPASSWD")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("root")), qPrintable(r.error));

        // Unprivileged commands never go through sudo.
        const CommandResult plain = PretendNonRoot().run(command({"echo", "plain"}));
        QCOMPARE(plain.out, QByteArray("plain\n"));
        QVERIFY(plain.error.isEmpty());

        // The real runner uses sudo exactly when it is not root.
        Command echo = command({"echo", "direct"});
        echo.privileged = true;
        const CommandResult real = LocalRunner().run(echo);
        if (::geteuid() == 0)
            QCOMPARE(real.out, QByteArray("direct\n"));
        else
            QCOMPARE(real.out, QByteArray("-n\n--\necho\ndirect\n"));

        // The same applies to streams.
        std::unique_ptr<Stream> s = PretendNonRoot().openStream(c);
        const StreamChunk all = readUntil(*s, [](const StreamChunk &) { return false; });
        QVERIFY(all.finished);
        QCOMPARE(all.exitCode, 1);
        QVERIFY(all.error.contains(QLatin1String("NOPASSWD")));
    }

    void streamCatWriteReadClose()
    {
        std::unique_ptr<Stream> s = LocalRunner().openStream(command({"cat"}, 0));
        QVERIFY(s->write("hello\n"));
        StreamChunk got = readUntil(*s, [](const StreamChunk &c) { return c.out.contains("hello\n"); });
        QCOMPARE(got.out, QByteArray("hello\n"));
        QVERIFY(!got.finished);
        QVERIFY(s->write("again\n"));
        got = readUntil(*s, [](const StreamChunk &c) { return c.out.contains("again\n"); });
        QCOMPARE(got.out, QByteArray("again\n"));
        s->closeInput();
        got = readUntil(*s, [](const StreamChunk &) { return false; });
        QVERIFY(got.finished);
        QCOMPARE(got.exitCode, 0);
        QVERIFY(got.error.isEmpty());
        QVERIFY(!s->write("late\n"));
    }

    void streamDeliversOutputBeforeTheEnd()
    {
        std::unique_ptr<Stream> s = LocalRunner().openStream(command({"sh", "-c", "echo a; sleep 0.5; echo b"}, 0));
        const StreamChunk first = readUntil(*s, [](const StreamChunk &c) { return !c.out.isEmpty(); });
        QCOMPARE(first.out, QByteArray("a\n"));
        QVERIFY(!first.finished);
        const StreamChunk rest = readUntil(*s, [](const StreamChunk &) { return false; });
        QCOMPARE(rest.out, QByteArray("b\n"));
        QVERIFY(rest.finished);
        QCOMPARE(rest.exitCode, 0);
    }

    void streamIsInteractive()
    {
        // The child waits for our line, so "a" provably arrives before the end.
        std::unique_ptr<Stream> s = LocalRunner().openStream(
            command({"sh", "-c", "echo a; echo e >&2; read x; echo \"b$x\"; exit 4"}, 0));
        const StreamChunk first = readUntil(*s, [](const StreamChunk &c) {
            return c.out.contains('\n') && c.err.contains('\n');
        });
        QCOMPARE(first.out, QByteArray("a\n"));
        QCOMPARE(first.err, QByteArray("e\n"));
        QVERIFY(!first.finished);
        const StreamChunk idle = s->read(0);
        QVERIFY(idle.out.isEmpty());
        QVERIFY(!idle.finished);
        QVERIFY(s->write("1\n"));
        const StreamChunk rest = readUntil(*s, [](const StreamChunk &) { return false; });
        QCOMPARE(rest.out, QByteArray("b1\n"));
        QVERIFY(rest.finished);
        QCOMPARE(rest.exitCode, 4);
        // Finished stays finished.
        QVERIFY(s->read(0).finished);
    }

    void streamTerminateEndsSleep()
    {
        std::unique_ptr<Stream> s = LocalRunner().openStream(command({"sleep", "100"}, 0));
        QVERIFY(!s->read(0).finished);
        s->terminate();
        const StreamChunk end = readUntil(*s, [](const StreamChunk &) { return false; });
        QVERIFY(end.finished);
        QCOMPARE(end.exitCode, 128 + 9);
        QVERIFY(!s->write("x"));
    }

    void streamDestructorKillsTheTree()
    {
        const QByteArray marker = newMarker();
        {
            std::unique_ptr<Stream> s = LocalRunner().openStream(
                command({"sh", "-c", "export " + marker + "; sleep 100 & sleep 100; wait"}, 0));
            QTRY_COMPARE_WITH_TIMEOUT(markedProcesses(marker).size(), qsizetype(2), 10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(markedProcesses(marker).isEmpty(), 10000);
    }

    void streamOfMissingProgram()
    {
        std::unique_ptr<Stream> s = LocalRunner().openStream(command({"ftc-no-such-program-4711"}, 0));
        const StreamChunk c = s->read(1000);
        QVERIFY(c.finished);
        QCOMPARE(c.exitCode, 127);
        QCOMPARE(c.err, QByteArray("ftc-no-such-program-4711: command not found\n"));
        QVERIFY(!s->write("x"));
    }

    void cleanupTestCase()
    {
        // Every child any test started was reaped by the runner: no zombies.
        QCOMPARE(::waitpid(-1, nullptr, WNOHANG), pid_t(-1));
        QCOMPARE(errno, ECHILD);
    }
};

QTEST_GUILESS_MAIN(TstLocalRunner)
#include "tst_localrunner.moc"
