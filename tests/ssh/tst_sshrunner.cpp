// SshRunner against a real OpenSSH server (SshdFixture): host keys, auth, quoting,
// timeouts, lost and re-established connections, one channel per command.

#include "HostileArgv.h"
#include "SshdFixture.h"
#include "transport/Batch.h"
#include "transport/SshRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace ftc;

namespace {

class RecordingPrompter : public SessionPrompter {
public:
    explicit RecordingPrompter(HostKeyDecision d) : decision(d) {}
    HostKeyDecision confirmHostKey(const HostKeyPrompt &prompt) override
    {
        asked.append(prompt);
        return decision;
    }
    std::optional<QString> askSecret(const QString &, const QString &prompt) override
    {
        ++secretsAsked;
        secretPrompts.append(prompt);
        return secret;
    }
    HostKeyDecision decision;
    std::optional<QString> secret;
    QStringList secretPrompts;
    QList<HostKeyPrompt> asked;
    int secretsAsked = 0;
};

QByteArray nulJoined(const Argv &argv)
{
    QByteArray out;
    for (const QByteArray &w : argv)
        out += w + '\0';
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Command cmd(const Argv &argv, int timeoutMs = 20000)
{
    Command c;
    c.argv = argv;
    c.timeoutMs = timeoutMs;
    return c;
}

} // namespace

class TestSshRunner : public QObject {
    Q_OBJECT

    test::SshdFixture m_sshd;
    QTemporaryDir m_tmp;

    SshTarget target(const QString &knownHosts = QString()) const
    {
        SshTarget t;
        t.user = m_sshd.userName();
        t.host = m_sshd.host();
        t.port = m_sshd.port();
        t.identityFile = m_sshd.plainKeyPath();
        t.knownHostsPath = knownHosts.isEmpty() ? m_sshd.knownHostsPath() : knownHosts;
        t.globalKnownHostsPath.clear();
        t.connectTimeoutMs = 5000;
        t.keepaliveIntervalMs = 0;
        // The account running the tests may have keys or an agent of its own.
        t.useDefaultKeys = false;
        t.useAgent = false;
        return t;
    }

    QString freshPath(const QString &name) const { return m_tmp.filePath(name); }

    // The line OpenSSH itself reports for the host ("# Host H found: line N"), 0 if none.
    static int opensshLineOf(const QString &host, const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"), host, QStringLiteral("-f"), path});
        p.waitForFinished(10000);
        const QByteArray out = p.readAllStandardOutput();
        const qsizetype at = out.indexOf("found: line ");
        return at < 0 ? 0 : out.mid(at + 12).split(' ').first().split('\n').first().toInt();
    }

    static bool hashKnownHosts(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), path});
        return p.waitForFinished(10000) && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
    }

    void keyAuthRunsCommand()
    {
        SshRunner r(target(), nullptr);
        QVERIFY(!r.isConnected());
        const CommandResult res = r.run(cmd({"echo", "hi"}));
        QVERIFY2(res.ok(), qPrintable(res.summary()));
        QCOMPARE(res.out, QByteArray("hi\n"));
        QVERIFY(r.isConnected());
        QCOMPARE(r.needsSudo(), m_sshd.userName() != QLatin1String("root"));
        QCOMPARE(r.hostLabel(), QStringLiteral("ssh://%1@127.0.0.1:%2").arg(m_sshd.userName()).arg(m_sshd.port()));

        const CommandResult fail = r.run(cmd({"sh", "-c", "echo oops >&2; exit 7"}));
        QCOMPARE(fail.status, CommandResult::Status::Finished);
        QCOMPARE(fail.exitCode, 7);
        QCOMPARE(fail.err, QByteArray("oops\n"));
        // Killed by a signal: reported as a shell would, 128 + N.
        const CommandResult killed = r.run(cmd({"sh", "-c", "kill -TERM $$"}));
        QCOMPARE(killed.status, CommandResult::Status::Finished);
        QCOMPARE(killed.exitCode, 128 + 15);
        QCOMPARE(r.channelsOpened(), 3);
    }

    void unknownKeyRefused()
    {
        const QString kh = freshPath(QStringLiteral("refuse_known_hosts"));
        RecordingPrompter p(HostKeyDecision::Refuse);
        SshRunner r(target(kh), &p);
        QString error;
        QVERIFY(!r.connectNow(&error));
        QCOMPARE(p.asked.size(), 1);
        QCOMPARE(p.asked[0].fingerprint, m_sshd.hostKeyFingerprint());
        QVERIFY(p.asked[0].fingerprint.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(p.asked[0].keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(p.asked[0].host, m_sshd.host());
        QCOMPARE(p.asked[0].port, m_sshd.port());
        QCOMPARE(p.asked[0].knownHostsPath, kh);
        QVERIFY2(error.contains(QLatin1String("not accepted")), qPrintable(error));
        QVERIFY(!QFile::exists(kh));
        QVERIFY(!r.isConnected());
        const CommandResult res = r.run(cmd({"true"}));
        QCOMPARE(res.status, CommandResult::Status::TransportError);
        QCOMPARE(r.channelsOpened(), 0);
    }

    void unknownKeyWithoutPrompterNamesTheFile()
    {
        const QString kh = freshPath(QStringLiteral("absent_known_hosts"));
        SshRunner r(target(kh), nullptr);
        QString error;
        QVERIFY(!r.connectNow(&error));
        QVERIFY2(error.contains(kh) && error.contains(m_sshd.hostKeyFingerprint()), qPrintable(error));
    }

    // A known_hosts that cannot be read might hold the line saying the key
    // changed: refuse, naming the file, and never offer the key as new.
    void unreadableKnownHostsIsRefused()
    {
        const QString kh = freshPath(QStringLiteral("unreadable_known_hosts"));
        QVERIFY(QDir().mkpath(kh)); // a directory: unreadable as a file, for root too
        RecordingPrompter p(HostKeyDecision::AcceptOnce);
        SshRunner r(target(kh), &p);
        QString error;
        QVERIFY(!r.connectNow(&error));
        QVERIFY2(error.contains(QLatin1String("REFUSED")) && error.contains(kh), qPrintable(error));
        QVERIFY(p.asked.isEmpty());
        QCOMPARE(r.channelsOpened(), 0);
        // The system-wide file is held to the same rule.
        SshTarget t = target();
        t.globalKnownHostsPath = kh;
        SshRunner g(t, &p);
        QVERIFY(!g.connectNow(&error));
        QVERIFY2(error.contains(kh), qPrintable(error));
    }

    void acceptAndSaveWritesKnownHosts()
    {
        const QString kh = freshPath(QStringLiteral("save_known_hosts"));
        RecordingPrompter p(HostKeyDecision::AcceptAndSave);
        {
            SshRunner r(target(kh), &p);
            const CommandResult res = r.run(cmd({"echo", "saved"}));
            QVERIFY2(res.ok(), qPrintable(res.summary()));
        }
        QCOMPARE(p.asked.size(), 1);
        const QByteArray want = "[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' '
            + m_sshd.hostKeyLine() + '\n';
        QCOMPARE(readFile(kh), want);
        // OpenSSH itself accepts what was written.
        QProcess ssh;
        ssh.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-F"),
                                                 QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()),
                                                 QStringLiteral("-f"), kh});
        QVERIFY(ssh.waitForFinished(10000));
        QCOMPARE(ssh.exitCode(), 0);

        // Known now: a runner that cannot ask anybody gets in.
        SshRunner again(target(kh), nullptr);
        QString error;
        QVERIFY2(again.connectNow(&error), qPrintable(error));

        // The same file hashed by OpenSSH (HashKnownHosts) still vouches for the host.
        QVERIFY(hashKnownHosts(kh));
        QVERIFY(readFile(kh).startsWith("|1|"));
        SshRunner hashed(target(kh), nullptr);
        QVERIFY2(hashed.connectNow(&error), qPrintable(error));
    }

    void acceptOnceIsNotWrittenButSurvivesReconnect()
    {
        const QString kh = freshPath(QStringLiteral("once_known_hosts"));
        RecordingPrompter p(HostKeyDecision::AcceptOnce);
        SshRunner r(target(kh), &p);
        QVERIFY(r.run(cmd({"true"})).ok());
        r.disconnect();
        QVERIFY(!r.isConnected());
        QVERIFY(r.run(cmd({"true"})).ok());
        QCOMPARE(p.asked.size(), 1);
        QVERIFY(readFile(kh).isEmpty());
    }

    void systemWideKnownHostsIsRead()
    {
        SshTarget t = target(freshPath(QStringLiteral("empty_user_known_hosts")));
        t.globalKnownHostsPath = m_sshd.knownHostsPath();
        SshRunner r(t, nullptr);
        QString error;
        QVERIFY2(r.connectNow(&error), qPrintable(error));

        // A conflicting system-wide entry is refused and named, user file unknown.
        const QString global = freshPath(QStringLiteral("conflicting_global"));
        QFile f(global);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' '
                + readFile(m_sshd.plainKeyPath() + QStringLiteral(".pub")));
        f.close();
        t.globalKnownHostsPath = global;
        RecordingPrompter p(HostKeyDecision::AcceptOnce);
        SshRunner conflicted(t, &p);
        QVERIFY(!conflicted.connectNow(&error));
        QVERIFY(p.asked.isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 1 of ") + global), qPrintable(error));
    }

    void otherKeyTypeKnownIsRefusedWithoutAsking()
    {
        // The host is known by an ECDSA key; the fixture has only its ed25519 key,
        // as an impostor that cannot present the known key would.
        QTemporaryDir dir;
        const QString otherKey = dir.filePath(QStringLiteral("other_host_key"));
        QProcess gen;
        gen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                 QStringLiteral("ecdsa"), QStringLiteral("-N"),
                                                 QString(), QStringLiteral("-f"), otherKey});
        QVERIFY(gen.waitForFinished(10000) && gen.exitCode() == 0);
        const QByteArray pub = readFile(otherKey + QStringLiteral(".pub")).trimmed();
        QVERIFY(pub.startsWith("ecdsa-sha2-"));
        const QByteArray entry = "[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + pub + '\n';
        const QByteArray original = "# written by hand\n" + entry;

        const QString kh = freshPath(QStringLiteral("other_type_known_hosts"));
        {
            QFile f(kh);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(original);
        }
        QCOMPARE(opensshLineOf(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()), kh), 2);
        RecordingPrompter p(HostKeyDecision::AcceptAndSave);
        SshRunner r(target(kh), &p);
        QString error;
        QVERIFY(!r.connectNow(&error));
        qInfo("%s", qPrintable(error));
        QVERIFY(p.asked.isEmpty());
        QCOMPARE(p.secretsAsked, 0);
        QVERIFY2(error.contains(QLatin1String("REFUSED")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("line 2 of ") + kh), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port())), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("ssh-ed25519 ") + m_sshd.hostKeyFingerprint()),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("ssh-keyscan -t ed25519 -p %1 127.0.0.1").arg(m_sshd.port())),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("ssh-keygen -R")), qPrintable(error));
        QCOMPARE(readFile(kh), original);
        QVERIFY(!r.isConnected());
        QCOMPARE(r.run(cmd({"true"})).status, CommandResult::Status::TransportError);
        QCOMPARE(r.channelsOpened(), 0);
        QVERIFY(p.asked.isEmpty());

        // The same entry in the system-wide file only: refused as well, naming that file.
        const QString global = freshPath(QStringLiteral("other_type_global"));
        {
            QFile f(global);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(entry);
        }
        SshTarget t = target(freshPath(QStringLiteral("other_type_empty_user")));
        t.globalKnownHostsPath = global;
        RecordingPrompter q(HostKeyDecision::AcceptOnce);
        SshRunner viaGlobal(t, &q);
        QVERIFY(!viaGlobal.connectNow(&error));
        QVERIFY(q.asked.isEmpty());
        QVERIFY2(error.contains(QLatin1String("line 1 of ") + global), qPrintable(error));

        // Once the real key sits beside the old one, the host is simply known.
        {
            QFile f(kh);
            QVERIFY(f.open(QIODevice::Append));
            f.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + m_sshd.hostKeyLine() + '\n');
        }
        SshRunner fixed(target(kh), &p);
        QVERIFY2(fixed.connectNow(&error), qPrintable(error));
        QVERIFY(p.asked.isEmpty());
    }

    void authFailureSaysWhatWasTried()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("stranger"));
        QProcess gen;
        gen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                 QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                 QString(), QStringLiteral("-f"), key});
        QVERIFY(gen.waitForFinished(10000) && gen.exitCode() == 0);
        SshTarget t = target();
        t.identityFile = key;
        RecordingPrompter p(HostKeyDecision::Refuse);
        SshRunner r(t, &p);
        QString error;
        QVERIFY(!r.connectNow(&error));
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("authentication failed")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("publickey")), qPrintable(error));
        QVERIFY2(error.contains(key), qPrintable(error));
        QVERIFY(error.startsWith(r.hostLabel()));
        // The fixture offers public keys only: no password is asked for.
        QCOMPARE(p.secretsAsked, 0);
        QVERIFY(p.asked.isEmpty());
    }

    void passphraseIsAskedForAnEncryptedKey()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("locked"));
        QProcess gen;
        gen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                 QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                 QStringLiteral("s3cret pass"), QStringLiteral("-f"), key});
        QVERIFY(gen.waitForFinished(10000) && gen.exitCode() == 0);
        // Authorized for this test only; sshd reads the file on every login.
        const QString authPath = m_sshd.dir() + QStringLiteral("/authorized_keys");
        const QByteArray original = readFile(authPath);
        {
            QFile f(authPath);
            QVERIFY(f.open(QIODevice::Append));
            f.write("environment=\"SHLVL=1\" " + readFile(key + QStringLiteral(".pub")));
        }
        auto restore = qScopeGuard([&] {
            QFile f(authPath);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(original);
        });
        SshTarget t = target();
        t.identityFile = key;

        RecordingPrompter cancel(HostKeyDecision::Refuse);
        SshRunner refused(t, &cancel);
        QString error;
        QVERIFY(!refused.connectNow(&error));
        QCOMPARE(cancel.secretsAsked, 1);
        QVERIFY2(cancel.secretPrompts.value(0).contains(key), qPrintable(cancel.secretPrompts.value(0)));
        QVERIFY2(error.contains(QLatin1String("authentication failed")), qPrintable(error));

        RecordingPrompter answer(HostKeyDecision::Refuse);
        answer.secret = QStringLiteral("s3cret pass");
        SshRunner r(t, &answer);
        const CommandResult res = r.run(cmd({"echo", "unlocked"}));
        QVERIFY2(res.ok(), qPrintable(res.summary()));
        QCOMPARE(answer.secretsAsked, 1);
    }

    void hostileArgvArrivesIntact()
    {
        SshRunner r(target(), nullptr);
        QRandomGenerator rng(7777);
        for (int i = 0; i < 40; ++i) {
            const Argv words = test::hostileArgv(rng);
            Argv argv{"printf", "%s\\0"};
            argv += words;
            const CommandResult res = r.run(cmd(argv));
            QVERIFY2(res.ok(), qPrintable(res.summary()));
            QCOMPARE(res.out, nulJoined(words));
        }
    }

    void stdinReachesRemoteCommand()
    {
        SshRunner r(target(), nullptr);
        Command c = cmd({"cat"});
        QRandomGenerator rng(42);
        // Larger than any window, so writing and reading must interleave.
        c.input.resize(3 * 1024 * 1024);
        for (char &ch : c.input)
            ch = char(rng.bounded(256));
        const CommandResult res = r.run(c);
        QVERIFY2(res.ok(), qPrintable(res.summary()));
        QCOMPARE(res.out.size(), c.input.size());
        QVERIFY(res.out == c.input);

        // A command that never reads its stdin still finishes.
        Command ignore = cmd({"echo", "done"});
        ignore.input = QByteArray(1024 * 1024, 'x');
        const CommandResult res2 = r.run(ignore);
        QVERIFY2(res2.ok(), qPrintable(res2.summary()));
        QCOMPARE(res2.out, QByteArray("done\n"));
    }

    void largeOutputOnBothStreams()
    {
        SshRunner r(target(), nullptr);
        const CommandResult res = r.run(cmd(
            {"sh", "-c", "(yes out | head -c 5000000) & (yes err | head -c 4000000 >&2); wait"}));
        QVERIFY2(res.ok(), qPrintable(res.summary()));
        QCOMPARE(res.out.size(), 5000000);
        QCOMPARE(res.err.size(), 4000000);
        QVERIFY(res.out.startsWith("out\nout\n"));
        QCOMPARE(res.out.count("out\n"), 5000000 / 4);
        QCOMPARE(res.err.count("err\n"), 1000000);
    }

    void batchUsesOneChannel()
    {
        SshRunner r(target(), nullptr);
        QVERIFY(r.connectNow());
        const int before = r.channelsOpened();
        const QList<BatchStep> steps{
            {QStringLiteral("echo"), {"echo", "a b"}, false},
            {QStringLiteral("meminfo"), {"cat", "/proc/meminfo"}, false},
            {QStringLiteral("quote"), {"printf", "%s", "it's $(x)"}, false},
            {QStringLiteral("exit3"), {"sh", "-c", "echo e >&2; exit 3"}, false},
            {QStringLiteral("missing"), {"ls", "/nonexistent-ftc"}, false},
        };
        const auto results = runBatch(r, steps, 20000);
        QCOMPARE(r.channelsOpened() - before, 1);
        QCOMPARE(results.size(), 5);
        QCOMPARE(results[QStringLiteral("echo")].out, QByteArray("a b\n"));
        QVERIFY(results[QStringLiteral("meminfo")].out.contains("MemTotal:"));
        // A command's output comes back with one trailing newline (Batch.h).
        QCOMPARE(results[QStringLiteral("quote")].out, QByteArray("it's $(x)\n"));
        QCOMPARE(results[QStringLiteral("exit3")].exitCode, 3);
        QCOMPARE(results[QStringLiteral("exit3")].err, QByteArray("e\n"));
        QVERIFY(results[QStringLiteral("missing")].exitCode != 0);
    }

    void concurrentCommandsShareTheSession()
    {
        SshRunner r(target(), nullptr);
        QVERIFY(r.connectNow());
        std::unique_ptr<Stream> s = r.openStream(cmd({"cat"}, 0));
        constexpr int kThreads = 4;
        constexpr int kEach = 10;
        std::atomic_int wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&r, &wrong, t] {
                for (int i = 0; i < kEach; ++i) {
                    const QByteArray word = "t" + QByteArray::number(t) + "-" + QByteArray::number(i);
                    // Output larger than one window, so reads of different
                    // channels interleave inside libssh.
                    const CommandResult res = r.run(cmd({"sh", "-c", "yes \"$1\" | head -n 20000", "sh", word}));
                    QByteArray want;
                    for (int k = 0; k < 20000; ++k)
                        want += word + '\n';
                    if (!res.ok() || res.out != want)
                        ++wrong;
                }
            });
        }
        QVERIFY(s->write("ping\n"));
        QByteArray echoed;
        for (int i = 0; i < 100 && !echoed.contains("ping\n"); ++i)
            echoed += s->read(100).out;
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(echoed, QByteArray("ping\n"));
        QCOMPARE(r.channelsOpened(), kThreads * kEach + 1);
    }

    void hangingCommandTimesOutAndSessionSurvives()
    {
        SshRunner r(target(), nullptr);
        const CommandResult res = r.run(cmd({"sleep", "30"}, 1000));
        QCOMPARE(res.status, CommandResult::Status::TimedOut);
        QVERIFY2(res.error.contains(QLatin1String("timed out")), qPrintable(res.error));
        QVERIFY(r.isConnected());
        const CommandResult after = r.run(cmd({"echo", "alive"}));
        QVERIFY2(after.ok(), qPrintable(after.summary()));
        QCOMPARE(after.out, QByteArray("alive\n"));
        QCOMPARE(r.channelsOpened(), 2);
    }

    void cancelStopsCommand()
    {
        SshRunner r(target(), nullptr);
        QVERIFY(r.connectNow());
        CancelFlag flag;
        std::thread canceller([flag] {
            ::usleep(300 * 1000);
            flag.cancel();
        });
        const CommandResult res = r.run(cmd({"sleep", "30"}, 0), flag);
        canceller.join();
        QCOMPARE(res.status, CommandResult::Status::Cancelled);
        QVERIFY(r.run(cmd({"true"})).ok());
    }

    void streamEchoesAndFinishes()
    {
        SshRunner r(target(), nullptr);
        std::unique_ptr<Stream> s = r.openStream(cmd({"cat"}, 0));
        QVERIFY(s->write("hello\n"));
        QByteArray got;
        for (int i = 0; i < 50 && !got.contains("hello\n"); ++i) {
            const StreamChunk c = s->read(200);
            QVERIFY2(!c.finished, qPrintable(c.error));
            got += c.out;
        }
        QCOMPARE(got, QByteArray("hello\n"));

        // The session carries ordinary commands while the stream is open.
        const CommandResult mid = r.run(cmd({"echo", "beside"}));
        QVERIFY2(mid.ok(), qPrintable(mid.summary()));
        QCOMPARE(mid.out, QByteArray("beside\n"));

        QVERIFY(s->write("more"));
        s->closeInput();
        StreamChunk last;
        QByteArray rest;
        for (int i = 0; i < 100 && !last.finished; ++i) {
            last = s->read(200);
            rest += last.out;
        }
        QVERIFY(last.finished);
        QVERIFY2(last.error.isEmpty(), qPrintable(last.error));
        QCOMPARE(last.exitCode, 0);
        QCOMPARE(rest, QByteArray("more"));
        QCOMPARE(r.channelsOpened(), 2);

        // terminate() ends a stream that would never end by itself.
        std::unique_ptr<Stream> endless = r.openStream(cmd({"sleep", "60"}, 0));
        QVERIFY(!endless->read(100).finished);
        endless->terminate();
        QVERIFY(endless->read(100).finished);
        QVERIFY(r.run(cmd({"true"})).ok());
    }

    void forcedCommandKeyReachesSimulator()
    {
        SshTarget t = target();
        t.identityFile = m_sshd.simKeyPath();
        SshRunner r(t, nullptr);
        const CommandResult res = r.run(cmd({"cat", "/proc/mdstat"}));
        QVERIFY2(res.ok(), qPrintable(res.summary()));
        // The simulated host's mirrors, not this machine's.
        QVERIFY2(res.out.startsWith("Personalities :") && res.out.contains("raid1"),
                 res.out.constData());
    }

    void connectionRefusedIsClear()
    {
        // A port that was free a moment ago: bound, then closed.
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        QCOMPARE(::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        QCOMPARE(::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len), 0);
        const int port = ntohs(a.sin_port);
        ::close(s);
        SshTarget t = target();
        t.port = port;
        SshRunner r(t, nullptr);
        const CommandResult res = r.run(cmd({"true"}));
        QCOMPARE(res.status, CommandResult::Status::TransportError);
        qInfo("%s", qPrintable(res.error));
        QVERIFY2(res.error.contains(QLatin1String("connection refused"))
                     && res.error.contains(QString::number(port)),
                 qPrintable(res.error));
    }

    void silentServerTimesOut()
    {
        // Accepts TCP (the kernel does, from the backlog) but never says a word.
        const int s = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        QCOMPARE(::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        QCOMPARE(::listen(s, 4), 0);
        QCOMPARE(::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len), 0);
        SshTarget t = target();
        t.port = ntohs(a.sin_port);
        t.connectTimeoutMs = 1000;
        SshRunner r(t, nullptr);
        QString error;
        QVERIFY(!r.connectNow(&error));
        ::close(s);
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("timed out")), qPrintable(error));
    }

    void unresolvableHostIsClear()
    {
        SshTarget t = target();
        t.host = QStringLiteral("no-such-host.invalid");
        SshRunner r(t, nullptr);
        QString error;
        QVERIFY(!r.connectNow(&error));
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("does not resolve"))
                     && error.contains(QLatin1String("no-such-host.invalid")),
                 qPrintable(error));
    }

    void killedServerIsNoticedAndReconnected()
    {
        SshRunner r(target(), nullptr);
        QVERIFY(r.run(cmd({"true"})).ok());
        SshTarget idleTarget = target();
        idleTarget.keepaliveIntervalMs = 200;
        SshRunner idle(idleTarget, nullptr);
        QVERIFY(idle.connectNow());

        CommandResult during;
        std::thread t([&] { during = r.run(cmd({"sleep", "20"})); });
        // The command must be running before the server goes.
        QTRY_VERIFY_WITH_TIMEOUT(r.channelsOpened() == 2, 5000);
        ::usleep(300 * 1000);
        m_sshd.stop();
        t.join();
        QCOMPARE(during.status, CommandResult::Status::TransportError);
        qInfo("%s", qPrintable(during.error));
        QVERIFY2(during.error.contains(QLatin1String("connection to 127.0.0.1 lost")),
                 qPrintable(during.error));
        QVERIFY(!r.isConnected());
        // The keepalive finds the dead link of a session nobody uses.
        QTRY_VERIFY_WITH_TIMEOUT(!idle.isConnected(), 10000);

        const CommandResult down = r.run(cmd({"true"}));
        QCOMPARE(down.status, CommandResult::Status::TransportError);
        QVERIFY2(down.error.contains(QLatin1String("connection refused")), qPrintable(down.error));

        QString error;
        QVERIFY2(m_sshd.restart(false, &error), qPrintable(error));
        const CommandResult back = r.run(cmd({"echo", "back"}));
        QVERIFY2(back.ok(), qPrintable(back.summary()));
        QCOMPARE(back.out, QByteArray("back\n"));
        QVERIFY(r.isConnected());
        QVERIFY(idle.run(cmd({"true"})).ok());
    }

    void changedHostKeyIsRefused()
    {
        // Trust the current key, then "reinstall" the host.
        const QString kh = freshPath(QStringLiteral("changed_known_hosts"));
        {
            QFile f(kh);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# first line is a comment\nother.example " + readFile(m_sshd.plainKeyPath() + QStringLiteral(".pub")));
            f.write(readFile(m_sshd.knownHostsPath()));
        }
        const QString hashedKh = freshPath(QStringLiteral("changed_hashed_known_hosts"));
        QVERIFY(QFile::copy(kh, hashedKh));
        QVERIFY(hashKnownHosts(hashedKh));
        QVERIFY(!readFile(hashedKh).contains("127.0.0.1"));
        SshRunner r(target(kh), nullptr);
        QVERIFY(r.run(cmd({"true"})).ok());

        QString error;
        QVERIFY2(m_sshd.restart(true, &error), qPrintable(error));
        RecordingPrompter p(HostKeyDecision::AcceptAndSave);
        SshRunner fresh(target(kh), &p);
        QVERIFY(!fresh.connectNow(&error));
        QVERIFY(p.asked.isEmpty());
        QVERIFY2(error.contains(QLatin1String("CHANGED")), qPrintable(error));
        QVERIFY2(error.contains(kh), qPrintable(error));
        QCOMPARE(opensshLineOf(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()), kh), 3);
        QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("ssh-keygen -R '[127.0.0.1]:%1'").arg(m_sshd.port())),
                 qPrintable(error));
        QVERIFY2(error.contains(m_sshd.hostKeyFingerprint()), qPrintable(error));
        qInfo("%s", qPrintable(error));

        // Hashed entries: the conflicting line is found all the same.
        SshRunner hashed(target(hashedKh), &p);
        QVERIFY(!hashed.connectNow(&error));
        QVERIFY(p.asked.isEmpty());
        const int hashedLine = opensshLineOf(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd.port()), hashedKh);
        QVERIFY(hashedLine > 0);
        QVERIFY2(error.contains(QStringLiteral("line %1 of %2").arg(hashedLine).arg(hashedKh)),
                 qPrintable(error));

        // The old session died with the server; its reconnect is refused the same way.
        const CommandResult res = r.run(cmd({"true"}));
        QCOMPARE(res.status, CommandResult::Status::TransportError);
        const CommandResult res2 = r.run(cmd({"true"}));
        QVERIFY2(res2.error.contains(QLatin1String("CHANGED")), qPrintable(res2.error));
        QVERIFY(!r.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestSshRunner)
#include "tst_sshrunner.moc"
