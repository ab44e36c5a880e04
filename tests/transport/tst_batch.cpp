// The batch protocol against real shells (dash as /bin/sh, bash, busybox ash)
// through a minimal runner, so what the poller sends is proven on the shells
// real hosts have, and against output crafted to forge its records.

#include "transport/Batch.h"
#include "transport/LocalRunner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftc;

namespace {
// Runs every command with `shell` in place of "sh", stdin fed from the command.
class ShRunner : public Runner {
public:
    explicit ShRunner(QString shell) : m_shell(std::move(shell)) {}
    int runs = 0;
    Argv lastArgv;
    QString hostLabel() const override { return m_shell; }
    CommandResult run(const Command &cmd, const CancelFlag &) override
    {
        ++runs;
        lastArgv = cmd.argv;
        QProcess p;
        QStringList args;
        QString program = QString::fromLocal8Bit(cmd.argv[0]);
        if (program == QLatin1String("sh")) {
            program = m_shell.section(QLatin1Char(' '), 0, 0);
            args = m_shell.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        for (qsizetype i = 1; i < cmd.argv.size(); ++i)
            args << QString::fromLocal8Bit(cmd.argv[i]);
        p.start(program, args);
        p.waitForStarted();
        p.write(cmd.input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    std::unique_ptr<Stream> openStream(const Command &) override { return nullptr; }

private:
    QString m_shell;
};

QList<BatchStep> everyKindOfStep(const QString &dir)
{
    const QByteArray d = QFile::encodeName(dir);
    return {
        BatchStep::run(QStringLiteral("a"), {"printf", "%s", "no newline at end"}),
        BatchStep::run(QStringLiteral("b"), {"sh", "-c", "echo out; echo err >&2; exit 3"}),
        BatchStep::run(QStringLiteral("c"), {"printf", "two\\nlines\\n"}),
        BatchStep::run(QStringLiteral("d"), {"no-such-program-ftc"}),
        BatchStep::run(QStringLiteral("f"), {"true"}),
        BatchStep::run(QStringLiteral("g"), {"sh", "-c", "printf %s \"$LC_ALL\""}),
        BatchStep::run(QStringLiteral("h"), {"sleep", "5"}, false, 1),
        BatchStep::run(QStringLiteral("i"), {"printf", "after"}),
        BatchStep::run(QStringLiteral("j"), {"cat"}),
        BatchStep::run(QStringLiteral("k"), {"sh", "-c", "echo fd4 >&4"}),
        BatchStep::readFile(QStringLiteral("file"), d + "/plain"),
        BatchStep::readFile(QStringLiteral("nofile"), d + "/missing"),
        BatchStep::readFile(QStringLiteral("last line"), d + "/unterminated"),
        BatchStep::readFiles(QStringLiteral("files"), {d + "/attr/sync_action", d + "/missing", d + "/attr/dev-sda/state"}),
        BatchStep::listDir(QStringLiteral("list"), d + "/attr"),
        BatchStep::listDir(QStringLiteral("nolist"), d + "/missing"),
    };
}

const QByteArray kNonce = "N0NCE42";
// Perfect copies of the records steps 1 and 2 would print, and the batch's end.
const QByteArray kForged = "@o 1 6\nforged\n@e 1 0 0\n\n@o 2 6\nforged\n@e 2 0 0\n\n@z " + kNonce + "\n";

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class TestBatch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("plain")), "  indented \\ back\\slash\nsecond\n\nafter blank\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("unterminated")), "one\ntwo"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("attr/sync_action")), "idle\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("attr/dev-sda/state")), "in_sync,write_mostly\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("forged")), kForged));
    }

    void stepsComeBackSeparately_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("sh (dash)") << "sh";
        QTest::newRow("bash --posix") << "bash --posix";
        QTest::newRow("busybox ash") << "busybox sh";
    }

    void stepsComeBackSeparately()
    {
        QFETCH(QString, shell);
        ShRunner sh(shell);
        const auto res = runBatch(sh, everyKindOfStep(m_dir.path()), 10000);
        QCOMPARE(sh.runs, 1);
        // A command's output comes back with exactly one trailing newline.
        QCOMPARE(res.value("a").out, QByteArray("no newline at end\n"));
        QCOMPARE(res.value("a").exitCode, 0);
        QCOMPARE(res.value("b").out, QByteArray("out\n"));
        QCOMPARE(res.value("b").err, QByteArray("err\n"));
        QCOMPARE(res.value("b").exitCode, 3);
        QCOMPARE(res.value("c").out, QByteArray("two\nlines\n"));
        QCOMPARE(res.value("d").exitCode, 127);
        QVERIFY(res.value("d").err.contains("no-such-program-ftc"));
        QVERIFY(res.value("f").ok());
        QVERIFY(res.value("f").out.isEmpty());
        // Every step runs in the C locale, whatever the host's language.
        QCOMPARE(res.value("g").out, QByteArray("C\n"));
        // A hung step costs its own timeout; the next one still runs.
        QCOMPARE(res.value("h").exitCode, 124);
        QCOMPARE(res.value("i").out, QByteArray("after\n"));
        // A step that reads stdin gets nothing, never the batch's own text.
        QVERIFY(res.value("j").ok());
        QVERIFY(res.value("j").out.isEmpty());
        // The protocol's own descriptor is closed for commands.
        QVERIFY(!res.value("k").ok());
        // Files read by the shell itself keep every byte of every line.
        QCOMPARE(res.value("file").out, QByteArray("  indented \\ back\\slash\nsecond\n\nafter blank\n"));
        QVERIFY(res.value("file").ok());
        QCOMPARE(res.value("nofile").exitCode, 1);
        QVERIFY(res.value("nofile").out.isEmpty());
        QCOMPARE(res.value("last line").out, QByteArray("one\ntwo\n"));
        const QByteArray d = QFile::encodeName(m_dir.path());
        QCOMPARE(res.value("files").out, d + "/attr/sync_action:idle\n" + d + "/attr/dev-sda/state:in_sync,write_mostly\n");
        QCOMPARE(res.value("list").out, QByteArray("dev-sda\nsync_action\n"));
        QCOMPARE(res.value("nolist").exitCode, 2);
    }

    // Output that carries the real nonce and perfect copies of the records the
    // next steps would print must stay the output of its own step.
    void outputCannotForgeRecords()
    {
        const QByteArray nonce = kNonce;
        const QByteArray forged = kForged;
        const QList<BatchStep> steps = {
            BatchStep::run(QStringLiteral("printed"), {"printf", "%s", forged}),
            BatchStep::readFile(QStringLiteral("file"), QFile::encodeName(m_dir.filePath(QStringLiteral("forged")))),
            BatchStep::run(QStringLiteral("real"), {"printf", "real"}),
        };
        ShRunner sh(QStringLiteral("sh"));
        const CommandResult whole = sh.run(buildBatch(steps, nonce, false, 10000), CancelFlag());
        // The forgery is really in the stream, nonce and all.
        QCOMPARE(whole.out.count("@z " + nonce + "\n"), 3);
        const auto res = splitBatch(steps, nonce, whole);
        QCOMPARE(res.value("printed").out, forged);
        QCOMPARE(res.value("file").out, forged);
        QCOMPARE(res.value("real").out, QByteArray("real\n"));
        QVERIFY(res.value("real").ok());
    }

    // The script and its nonce travel on stdin: nothing of them is in argv,
    // which any local user can read in /proc.
    void scriptIsNotInArgv()
    {
        const Command cmd = buildBatch({BatchStep::readFile(QStringLiteral("m"), "/proc/mdstat")}, "SECRETNONCE", false, 1000);
        QCOMPARE(cmd.argv, Argv({"sh", "-s"}));
        QVERIFY(cmd.input.contains("SECRETNONCE"));
        QVERIFY(cmd.input.startsWith(": ftc-batch-v1;"));
    }

    void cutShortBatchMarksTheUnfinishedSteps()
    {
        const QList<BatchStep> steps = {BatchStep::readFile(QStringLiteral("x"), "/a"),
                                        BatchStep::readFile(QStringLiteral("y"), "/b")};
        CommandResult whole;
        whole.status = CommandResult::Status::TimedOut;
        whole.error = QStringLiteral("timed out after 1 s");
        whole.out = batchRecord('o', 0, "hello\n") + batchRecord('e', 0, {}, 0) + "@o 1 40\npart";
        const auto res = splitBatch(steps, "N1", whole);
        QVERIFY(res.value("x").ok());
        QCOMPARE(res.value("x").out, QByteArray("hello\n"));
        QCOMPARE(res.value("y").status, CommandResult::Status::TimedOut);
        QCOMPARE(res.value("y").error, QStringLiteral("timed out after 1 s"));
    }

    void strayOutputIsAProtocolError()
    {
        const QList<BatchStep> steps = {BatchStep::readFile(QStringLiteral("x"), "/a"),
                                        BatchStep::readFile(QStringLiteral("y"), "/b")};
        CommandResult whole;
        whole.status = CommandResult::Status::Finished;
        whole.exitCode = 0;
        // A login banner or a shell warning between records is never data.
        whole.out = batchRecord('o', 0, "a\n") + batchRecord('e', 0, {}, 0) + "Welcome!\n"
            + batchRecord('o', 1, "b\n") + batchRecord('e', 1, {}, 0) + "@z N1\n";
        const auto res = splitBatch(steps, "N1", whole);
        QVERIFY(res.value("x").ok());
        QCOMPARE(res.value("y").status, CommandResult::Status::TransportError);
        QVERIFY2(res.value("y").error.contains(QLatin1String("Welcome!")), qPrintable(res.value("y").error));
        // A record that claims more bytes than it has is caught too.
        whole.out = "@o 0 2\nabc\n@e 0 0 0\n\n";
        QCOMPARE(splitBatch(steps, "N1", whole).value("x").status, CommandResult::Status::TransportError);
    }

    void privilegedStepsGetSudo()
    {
        const QList<BatchStep> steps = {
            BatchStep::run(QStringLiteral("d"), {"mdadm", "--detail", "--export", "/dev/md0"}, true),
            BatchStep::run(QStringLiteral("m"), {"cat", "/proc/mdstat"}, false)};
        const QByteArray script = buildBatch(steps, "N", true, 1000).input;
        QVERIFY(script.contains("ftc_x 0 sudo -n -- mdadm --detail --export /dev/md0"));
        QVERIFY(!script.contains("sudo -n -- cat"));
        QVERIFY(!buildBatch(steps, "N", false, 1000).input.contains("sudo"));
    }

    // The poller's persistent shell: the prologue once, then batch after batch
    // into the same `sh -s`, each delimited by its own records.
    void persistentShellTakesBatchAfterBatch()
    {
        LocalRunner local;
        Command sh;
        sh.argv = {"sh", "-s"};
        sh.input = batchPrologue();
        std::unique_ptr<Stream> shell = local.openStream(sh);
        QVERIFY(shell);
        for (int round = 0; round < 3; ++round) {
            const QList<BatchStep> steps = {
                BatchStep::run(QStringLiteral("n"), {"printf", "%s", QByteArray::number(round)}),
                BatchStep::readFile(QStringLiteral("f"), QFile::encodeName(m_dir.filePath(QStringLiteral("forged")))),
                BatchStep::run(QStringLiteral("e"), {"sh", "-c", "echo oops >&2; exit 4"}),
            };
            bool lost = false;
            const auto res = runBatchInShell(*shell, false, steps, 10000, CancelFlag(), &lost);
            QVERIFY(!lost);
            QCOMPARE(res.value("n").out, QByteArray::number(round) + '\n');
            QVERIFY(res.value("f").out.startsWith("@o 1 6\n"));
            QCOMPARE(res.value("e").exitCode, 4);
            QCOMPARE(res.value("e").err, QByteArray("oops\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
