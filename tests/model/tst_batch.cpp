// The batch protocol against a real /bin/sh through a minimal runner, so what the
// poller sends is proven on the shell every real host has.

#include "transport/Batch.h"

#include <QProcess>
#include <QtTest>

using namespace ftc;

namespace {
class ShRunner : public Runner {
public:
    int runs = 0;
    QString hostLabel() const override { return QStringLiteral("sh"); }
    CommandResult run(const Command &cmd, const CancelFlag &) override
    {
        ++runs;
        QProcess p;
        QStringList args;
        for (qsizetype i = 1; i < cmd.argv.size(); ++i)
            args << QString::fromLocal8Bit(cmd.argv[i]);
        p.start(QString::fromLocal8Bit(cmd.argv[0]), args);
        p.waitForFinished(30000);
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    std::unique_ptr<Stream> openStream(const Command &) override { return nullptr; }
};
} // namespace

class TestBatch : public QObject {
    Q_OBJECT
private slots:
    void stepsComeBackSeparately()
    {
        ShRunner sh;
        const QList<BatchStep> steps = {
            {QStringLiteral("a"), {"printf", "%s", "no newline at end"}},
            {QStringLiteral("b"), {"sh", "-c", "echo out; echo err >&2; exit 3"}},
            {QStringLiteral("c"), {"printf", "two\\nlines\\n"}},
            {QStringLiteral("d"), {"no-such-program-ftc"}},
            {QStringLiteral("e"), {"printf", "%s\\n", "@@ftc-forged-b-0"}},
            {QStringLiteral("f"), {"true"}},
            {QStringLiteral("g"), {"sh", "-c", "printf %s \"$LC_ALL\""}},
            {QStringLiteral("h"), {"sleep", "5"}, false, 1},
            {QStringLiteral("i"), {"printf", "after"}},
            {QStringLiteral("j"), {"cat"}},
        };
        const auto res = runBatch(sh, steps, 10000);
        QCOMPARE(sh.runs, 1);
        QCOMPARE(res.value("a").out, QByteArray("no newline at end"));
        QCOMPARE(res.value("a").exitCode, 0);
        QCOMPARE(res.value("b").out, QByteArray("out\n"));
        QCOMPARE(res.value("b").err, QByteArray("err\n"));
        QCOMPARE(res.value("b").exitCode, 3);
        QCOMPARE(res.value("c").out, QByteArray("two\nlines\n"));
        QCOMPARE(res.value("d").exitCode, 127);
        QVERIFY(res.value("d").err.contains("no-such-program-ftc"));
        QCOMPARE(res.value("e").out, QByteArray("@@ftc-forged-b-0\n"));
        QVERIFY(res.value("f").ok());
        QVERIFY(res.value("f").out.isEmpty());
        // Every step runs in the C locale, whatever the host's language.
        QCOMPARE(res.value("g").out, QByteArray("C"));
        // A hung step costs its own timeout; the next one still runs.
        QCOMPARE(res.value("h").exitCode, 124);
        QCOMPARE(res.value("i").out, QByteArray("after"));
        // A step that reads stdin gets nothing, never the batch's own text.
        QVERIFY(res.value("j").ok());
        QVERIFY(res.value("j").out.isEmpty());
    }

    void cutShortBatchMarksTheUnfinishedSteps()
    {
        const QList<BatchStep> steps = {{QStringLiteral("x"), {"cat", "/a"}}, {QStringLiteral("y"), {"cat", "/b"}}};
        const Command cmd = buildBatch(steps, "N1", false, 1000);
        QCOMPARE(cmd.argv.value(0), QByteArray("sh"));
        CommandResult whole;
        whole.status = CommandResult::Status::TimedOut;
        whole.error = QStringLiteral("timed out after 1 s");
        whole.out = "@@ftc-N1-b-0\nhello\n@@ftc-N1-e-0-0\n@@ftc-N1-b-1\npart";
        const auto res = splitBatch(steps, "N1", whole);
        QVERIFY(res.value("x").ok());
        QCOMPARE(res.value("x").out, QByteArray("hello"));
        QCOMPARE(res.value("y").status, CommandResult::Status::TimedOut);
        QCOMPARE(res.value("y").error, QStringLiteral("timed out after 1 s"));
    }

    void privilegedStepsGetSudo()
    {
        const QList<BatchStep> steps = {{QStringLiteral("d"), {"mdadm", "--detail", "--export", "/dev/md0"}, true},
                                        {QStringLiteral("m"), {"cat", "/proc/mdstat"}, false}};
        const QByteArray script = buildBatch(steps, "N", true, 1000).argv.value(2);
        QVERIFY(script.contains("sudo -n -- mdadm --detail --export /dev/md0"));
        QVERIFY(!script.contains("sudo -n -- cat"));
        QVERIFY(!buildBatch(steps, "N", false, 1000).argv.value(2).contains("sudo"));
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
