// shellQuote against real shells: whatever the argv holds, the shell must hand the
// words to the program byte for byte.

#include "HostileArgv.h"
#include "transport/ShellQuote.h"

#include <QFileInfo>
#include <QProcess>
#include <QtTest>

using namespace ftc;

namespace {

// Runs SCRIPT the way `sh -c SCRIPT` would, but takes the script from stdin:
// QProcess arguments are QStrings and could not carry non-UTF-8 bytes.
QByteArray runShell(const QString &shell, const QByteArray &script, int *exitCode)
{
    QProcess p;
    p.start(shell, {QStringLiteral("-c"), QStringLiteral("eval \"$(cat)\"")});
    p.waitForStarted();
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(10000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QByteArray nulJoined(const Argv &argv)
{
    QByteArray out;
    for (const QByteArray &w : argv)
        out += w + '\0';
    return out;
}

QString printable(const QByteArray &b)
{
    return QString::fromLatin1(b.toPercentEncoding(" /=:,.-_"));
}

} // namespace

class TestShellQuote : public QObject {
    Q_OBJECT
private slots:
    void plainWordsStayReadable()
    {
        QCOMPARE(shellQuoteWord("mdadm"), QByteArray("mdadm"));
        QCOMPARE(shellQuoteWord("/dev/md0"), QByteArray("/dev/md0"));
        QCOMPARE(shellQuoteWord(""), QByteArray("''"));
        QCOMPARE(shellQuoteWord("a'b"), QByteArray("'a'\\''b'"));
        // '=' anywhere is quoted: in command position NAME=x would be an assignment.
        QVERIFY(shellQuoteWord("A=b").startsWith('\''));
        QVERIFY(shellQuoteWord("~").startsWith('\''));
    }

    void randomArgvRoundTrip_data()
    {
        QTest::addColumn<QString>("shell");
        for (const char *sh : {"/bin/sh", "/bin/dash", "/bin/bash"}) {
            if (QFileInfo(QString::fromLatin1(sh)).isExecutable())
                QTest::newRow(sh) << QString::fromLatin1(sh);
        }
    }

    void randomArgvRoundTrip()
    {
        QFETCH(QString, shell);
        QRandomGenerator rng(20240607u + quint32(qHash(shell)));
        // Several argv per shell process, each followed by its own separator line
        // checked in order, keeps the run short without mixing results.
        constexpr int kRounds = 40;
        constexpr int kPerRound = 10;
        for (int round = 0; round < kRounds; ++round) {
            QList<Argv> cases;
            QByteArray script;
            QByteArray expected;
            for (int i = 0; i < kPerRound; ++i) {
                const Argv argv = test::hostileArgv(rng);
                cases.append(argv);
                script += "printf '%s\\0' " + shellQuote(argv) + "\nprintf 'END%d\\0' "
                    + QByteArray::number(i) + "\n";
                expected += nulJoined(argv) + "END" + QByteArray::number(i) + '\0';
            }
            int code = -1;
            const QByteArray got = runShell(shell, script, &code);
            QCOMPARE(code, 0);
            if (got != expected) {
                // Find the argv that broke, for a message worth reading.
                for (const Argv &argv : cases) {
                    int c = -1;
                    const QByteArray one = runShell(shell, "printf '%s\\0' " + shellQuote(argv), &c);
                    QVERIFY2(one == nulJoined(argv),
                             qPrintable(QStringLiteral("argv %1 came back as %2 via %3")
                                            .arg(printable(nulJoined(argv)), printable(one),
                                                 printable(shellQuote(argv)))));
                }
                QFAIL("batch differed but no single argv did");
            }
        }
    }

    void assignmentInCommandPositionIsNotAnAssignment()
    {
        // Unquoted, `X=1 printf ...` would run printf; quoted, "X=1" is the program.
        int code = -1;
        const QByteArray out = runShell(QStringLiteral("/bin/sh"),
                                        shellQuote({"X=1", "printf", "ran"}), &code);
        QVERIFY(!out.contains("ran"));
        QCOMPARE(code, 127);
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
