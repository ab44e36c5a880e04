// The libvirt-guests settings file as libvirt-guests.sh sources it: sh
// assignments in their quoting forms, export, comments, $NAME, the script's
// defaults for what the file leaves out, and lines that are not assignments.

#include "parse/LibvirtGuests.h"

#include <QtTest>

using namespace ftc;

class TestLibvirtGuestsParse : public QObject {
    Q_OBJECT
private slots:
    void absentKeysTakeTheScriptsDefaults();
    void packagedFileIsAllComments();
    void quotingForms_data();
    void quotingForms();
    void exportCommentsAndSeveralPerLine();
    void lastAssignmentWinsAndRangesPointAtTheValue();
    void valuesSeeEarlierVariables();
    void multiLineValueKeepsLineNumbers();
    void onlyTheWordShutdownShutsDown_data();
    void onlyTheWordShutdownShutsDown();
    void numbers();
    void notAssignmentsAreErrorsAndNotApplied_data();
    void notAssignmentsAreErrorsAndNotApplied();
};

void TestLibvirtGuestsParse::absentKeysTakeTheScriptsDefaults()
{
    const LibvirtGuestsConfig c = parseLibvirtGuests(QByteArray());
    QCOMPARE(c.onShutdown(), QStringLiteral("suspend"));
    QCOMPARE(c.value(QStringLiteral("ON_BOOT")), QStringLiteral("start"));
    QCOMPARE(c.value(QStringLiteral("URIS")), QStringLiteral("default"));
    QCOMPARE(c.shutdownTimeout(), 300);
    QCOMPARE(c.parallelShutdown(), 0);
    QCOMPARE(c.value(QStringLiteral("START_DELAY")), QStringLiteral("0"));
    QCOMPARE(c.value(QStringLiteral("BYPASS_CACHE")), QStringLiteral("0"));
    QCOMPARE(c.value(QStringLiteral("SYNC_TIME")), QStringLiteral("0"));
    QVERIFY(c.suspends());
    QVERIFY(!c.sets(QStringLiteral("ON_SHUTDOWN")));
    QVERIFY(c.vars.errors.isEmpty());
}

void TestLibvirtGuestsParse::packagedFileIsAllComments()
{
    const QByteArray text = "# action taken on host shutdown\n"
                            "# - suspend   all running guests are suspended using virsh managedsave\n"
                            "#ON_SHUTDOWN=suspend\n"
                            "\n"
                            "   # indented comment\n"
                            "#SHUTDOWN_TIMEOUT=300\n"
                            "#SYNC_TIME=1\n";
    const LibvirtGuestsConfig c = parseLibvirtGuests(text);
    QVERIFY(c.vars.assignments.isEmpty());
    QVERIFY(c.vars.errors.isEmpty());
    QCOMPARE(c.value(QStringLiteral("SYNC_TIME")), QStringLiteral("0"));   // commented out: the default
    QVERIFY(c.suspends());
}

void TestLibvirtGuestsParse::quotingForms_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("value");
    QTest::newRow("bare") << QByteArray("URIS=qemu:///system") << QStringLiteral("qemu:///system");
    QTest::newRow("double") << QByteArray("URIS=\"default qemu:///session\"") << QStringLiteral("default qemu:///session");
    QTest::newRow("single") << QByteArray("URIS='a $URIS \"b\"'") << QStringLiteral("a $URIS \"b\"");
    QTest::newRow("glued") << QByteArray("URIS=\"qemu\"':///'system") << QStringLiteral("qemu:///system");
    QTest::newRow("backslash") << QByteArray("URIS=a\\ b\\\"c") << QStringLiteral("a b\"c");
    QTest::newRow("escapes in double") << QByteArray("URIS=\"x\\$y\\\\z\\q\"") << QStringLiteral("x$y\\z\\q");
    QTest::newRow("empty") << QByteArray("URIS=") << QString();
    QTest::newRow("empty quotes") << QByteArray("URIS=\"\"") << QString();
    QTest::newRow("hash inside a word") << QByteArray("URIS=a#b") << QStringLiteral("a#b");
    QTest::newRow("comment after") << QByteArray("URIS=a #b") << QStringLiteral("a");
    QTest::newRow("lone dollar") << QByteArray("URIS=\"cost $ 5\"") << QStringLiteral("cost $ 5");
}

void TestLibvirtGuestsParse::quotingForms()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, value);
    const LibvirtGuestsConfig c = parseLibvirtGuests(line + '\n');
    QVERIFY2(c.vars.errors.isEmpty(), qPrintable(c.vars.errors.value(0).message));
    QVERIFY(c.sets(QStringLiteral("URIS")));
    QCOMPARE(c.value(QStringLiteral("URIS")), value);
}

void TestLibvirtGuestsParse::exportCommentsAndSeveralPerLine()
{
    const QByteArray text = "  export ON_SHUTDOWN=shutdown   # shut them down\n"
                            "SHUTDOWN_TIMEOUT=120 PARALLEL_SHUTDOWN=4; ON_BOOT=ignore\n"
                            "export START_DELAY\n";
    const LibvirtGuestsConfig c = parseLibvirtGuests(text);
    QVERIFY2(c.vars.errors.isEmpty(), qPrintable(c.vars.errors.value(0).message));
    QCOMPARE(c.onShutdown(), QStringLiteral("shutdown"));
    QVERIFY(!c.suspends());
    QVERIFY(c.vars.last(QStringLiteral("ON_SHUTDOWN"))->exported);
    QVERIFY(!c.vars.last(QStringLiteral("SHUTDOWN_TIMEOUT"))->exported);
    QCOMPARE(c.shutdownTimeout(), 120);
    QCOMPARE(c.parallelShutdown(), 4);
    QCOMPARE(c.value(QStringLiteral("ON_BOOT")), QStringLiteral("ignore"));
    QCOMPARE(c.vars.last(QStringLiteral("ON_BOOT"))->line, 2);
    QCOMPARE(c.value(QStringLiteral("START_DELAY")), QStringLiteral("0"));  // exported, not assigned
    QVERIFY(!c.sets(QStringLiteral("START_DELAY")));
}

void TestLibvirtGuestsParse::lastAssignmentWinsAndRangesPointAtTheValue()
{
    const QByteArray text = "ON_SHUTDOWN=shutdown\n"
                            "# changed our mind\n"
                            "ON_SHUTDOWN=\"suspend\" # the default anyway\n";
    const LibvirtGuestsConfig c = parseLibvirtGuests(text);
    QCOMPARE(c.vars.assignments.size(), 2);
    const ShellAssignment *a = c.vars.last(QStringLiteral("ON_SHUTDOWN"));
    QVERIFY(a);
    QCOMPARE(a->line, 3);
    QCOMPARE(a->value, QStringLiteral("suspend"));
    QCOMPARE(text.mid(a->valueStart, a->valueEnd - a->valueStart), QByteArray("\"suspend\""));
    QVERIFY(c.suspends());
}

void TestLibvirtGuestsParse::valuesSeeEarlierVariables()
{
    const LibvirtGuestsConfig c = parseLibvirtGuests("URIS=\"$URIS qemu:///session\"\n"
                                                     "WHEN=${ON_SHUTDOWN}-now\n"
                                                     "ON_SHUTDOWN=$NOT_SET\n");
    QVERIFY(c.vars.errors.isEmpty());
    QCOMPARE(c.value(QStringLiteral("URIS")), QStringLiteral("default qemu:///session"));
    QCOMPARE(c.value(QStringLiteral("WHEN")), QStringLiteral("suspend-now"));
    QCOMPARE(c.onShutdown(), QString());
    QVERIFY(c.suspends());   // empty is not "shutdown"
}

void TestLibvirtGuestsParse::multiLineValueKeepsLineNumbers()
{
    const QByteArray text = "URIS=\"default\n"
                            "qemu:///session\"\n"
                            "SHUTDOWN_TIMEOUT=\\\n"
                            "60\n"
                            "ON_SHUTDOWN=shutdown\n";
    const LibvirtGuestsConfig c = parseLibvirtGuests(text);
    QVERIFY(c.vars.errors.isEmpty());
    QCOMPARE(c.value(QStringLiteral("URIS")), QStringLiteral("default\nqemu:///session"));
    QCOMPARE(c.shutdownTimeout(), 60);
    QCOMPARE(c.vars.last(QStringLiteral("SHUTDOWN_TIMEOUT"))->line, 3);
    QCOMPARE(c.vars.last(QStringLiteral("ON_SHUTDOWN"))->line, 5);
}

void TestLibvirtGuestsParse::onlyTheWordShutdownShutsDown_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("suspends");
    QTest::newRow("shutdown") << QByteArray("ON_SHUTDOWN=shutdown\n") << false;
    QTest::newRow("quoted shutdown") << QByteArray("ON_SHUTDOWN='shutdown'\n") << false;
    QTest::newRow("suspend") << QByteArray("ON_SHUTDOWN=suspend\n") << true;
    QTest::newRow("capital") << QByteArray("ON_SHUTDOWN=Shutdown\n") << true;
    QTest::newRow("typo") << QByteArray("ON_SHUTDOWN=shutdwon\n") << true;
    // sh keeps a carriage return in the word: a CRLF file never shuts down.
    QTest::newRow("crlf") << QByteArray("ON_SHUTDOWN=shutdown\r\n") << true;
}

void TestLibvirtGuestsParse::onlyTheWordShutdownShutsDown()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, suspends);
    QCOMPARE(parseLibvirtGuests(text).suspends(), suspends);
}

void TestLibvirtGuestsParse::numbers()
{
    QCOMPARE(parseLibvirtGuests("SHUTDOWN_TIMEOUT=\" 45 \"\n").shutdownTimeout(), 45);
    QCOMPARE(parseLibvirtGuests("SHUTDOWN_TIMEOUT=5min\n").shutdownTimeout(), -1);
    QCOMPARE(parseLibvirtGuests("PARALLEL_SHUTDOWN=-2\n").parallelShutdown(), -1);
    QCOMPARE(parseLibvirtGuests("SHUTDOWN_TIMEOUT=0\n").shutdownTimeout(), 0);
}

void TestLibvirtGuestsParse::notAssignmentsAreErrorsAndNotApplied_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("errorLine");
    QTest::newRow("command") << QByteArray("ON_SHUTDOWN=shutdown\nsystemctl restart libvirtd\n") << 2;
    QTest::newRow("env for a command") << QByteArray("\nON_SHUTDOWN=suspend true\n") << 2;
    QTest::newRow("command substitution") << QByteArray("ON_SHUTDOWN=$(cat /x)\n") << 1;
    QTest::newRow("backticks") << QByteArray("ON_SHUTDOWN=`cat /x`\n") << 1;
    QTest::newRow("default form") << QByteArray("ON_SHUTDOWN=${X:-suspend}\n") << 1;
    QTest::newRow("if") << QByteArray("if [ -f /x ]; then\n  ON_SHUTDOWN=suspend\nfi\n") << 1;
    QTest::newRow("unclosed quote") << QByteArray("# ok\nON_SHUTDOWN=\"suspend\n") << 2;
    QTest::newRow("pipe") << QByteArray("ON_SHUTDOWN=suspend | tee x\n") << 1;
    QTest::newRow("bash append") << QByteArray("ON_SHUTDOWN+=x\n") << 1;
}

void TestLibvirtGuestsParse::notAssignmentsAreErrorsAndNotApplied()
{
    QFETCH(QByteArray, text);
    QFETCH(int, errorLine);
    // A file that says shutdown first, so a line taken for an assignment by
    // mistake would show as a change.
    const QByteArray full = "ON_SHUTDOWN=shutdown\n" + text;
    const LibvirtGuestsConfig c = parseLibvirtGuests(full);
    QVERIFY(!c.vars.errors.isEmpty());
    QCOMPARE(c.vars.errors.first().line, errorLine + 1);
    QVERIFY(!c.vars.errors.first().message.isEmpty());
    if (!QByteArray(QTest::currentDataTag()).startsWith("if"))
        QCOMPARE(c.onShutdown(), QStringLiteral("shutdown"));
}

QTEST_GUILESS_MAIN(TestLibvirtGuestsParse)
#include "tst_libvirtguestsparse.moc"
