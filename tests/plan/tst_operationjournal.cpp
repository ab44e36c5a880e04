// The per-host journal of operations: what one console wrote, another started
// later reads; a torn or foreign line is skipped, not fatal; a host label is
// never a path; an unwritable journal says so.

#include "plan/OperationJournal.h"

#include <QtTest>

using namespace ftc;

namespace {

OperationReport sample(const QString &host, const QString &title, bool ok)
{
    OperationReport r;
    r.id = title + QStringLiteral("-id");
    r.host = host;
    r.user = QStringLiteral("admin");
    r.title = title;
    r.started = QDateTime(QDate(2026, 11, 30), QTime(3, 4, 5, 678), Qt::UTC);
    r.durationMs = 1234;
    r.ok = ok;
    r.message = ok ? QString() : QStringLiteral("Step 1 (mdadm) failed: exit 1.");
    StepRecord s;
    s.title = QStringLiteral("Add sdf to md2");
    s.command = QStringLiteral("env LC_ALL=C sudo -n -- mdadm /dev/md2 --add /dev/sdf");
    s.ran = true;
    s.started = r.started;
    s.durationMs = 250;
    s.exitCode = ok ? 0 : 1;
    s.output = QStringLiteral("mdadm: added /dev/sdf\n<b>not markup</b>");
    r.steps << s;
    StepRecord never;
    never.title = QStringLiteral("Raise the resync priority");
    never.command = QStringLiteral("tee /sys/block/md2/md/sync_speed_min");
    r.steps << never;
    return r;
}

} // namespace

class TestOperationJournal : public QObject {
    Q_OBJECT
private slots:
    void survivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString host = QStringLiteral("ssh://root@h1:22");
        {
            OperationJournal first(dir.path());
            QString error;
            QVERIFY2(first.append(sample(host, QStringLiteral("one"), true), &error), qPrintable(error));
            QVERIFY2(first.append(sample(host, QStringLiteral("two"), false), &error), qPrintable(error));
            QVERIFY(first.append(sample(QStringLiteral("demo"), QStringLiteral("elsewhere"), true)));
        }
        const QList<OperationReport> back = OperationJournal(dir.path()).load(host);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].title, QStringLiteral("one"));
        QCOMPARE(back[1].title, QStringLiteral("two"));
        const OperationReport want = sample(host, QStringLiteral("two"), false);
        const OperationReport &got = back[1];
        QCOMPARE(got.id, want.id);
        QCOMPARE(got.host, want.host);
        QCOMPARE(got.user, want.user);
        QCOMPARE(got.started, want.started);
        QCOMPARE(got.durationMs, want.durationMs);
        QCOMPARE(got.ok, false);
        QCOMPARE(got.message, want.message);
        QCOMPARE(got.steps.size(), 2);
        QCOMPARE(got.steps[0].command, want.steps[0].command);
        QCOMPARE(got.steps[0].exitCode, 1);
        QCOMPARE(got.steps[0].output, want.steps[0].output);
        QCOMPARE(got.steps[0].started, want.steps[0].started);
        QCOMPARE(got.steps[0].durationMs, qint64(250));
        QVERIFY(got.steps[0].ran);
        QVERIFY(!got.steps[1].ran);
        QCOMPARE(OperationJournal(dir.path()).load(QStringLiteral("demo")).size(), 1);
        QVERIFY(OperationJournal(dir.path()).load(QStringLiteral("never-opened")).isEmpty());
    }

    void aTornLineIsSkipped()
    {
        QTemporaryDir dir;
        OperationJournal j(dir.path());
        QVERIFY(j.append(sample(QStringLiteral("h"), QStringLiteral("before"), true)));
        {
            // A console killed mid-write leaves half a line.
            QFile f(j.fileFor(QStringLiteral("h")));
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"id\":\"half\",\"tit");
        }
        QVERIFY(j.append(sample(QStringLiteral("h"), QStringLiteral("after"), true)));
        {
            // Lines that parse but are not records: another program's, or empty.
            QFile f(j.fileFor(QStringLiteral("h")));
            QVERIFY(f.open(QIODevice::Append));
            f.write("{}\n[1,2]\n{\"id\":\"x\",\"title\":5}\n");
        }
        const QList<OperationReport> back = j.load(QStringLiteral("h"));
        // Only the torn line is lost: the record appended after it starts a
        // line of its own.
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].title, QStringLiteral("before"));
        QCOMPARE(back[1].title, QStringLiteral("after"));
    }

    void hostTextStaysText()
    {
        QTemporaryDir dir;
        OperationJournal j(dir.path());
        // A VM named web%1 and a hand-edited line with terminal codes.
        OperationReport r = sample(QStringLiteral("h"), QStringLiteral("Start web%1 at 50%2"), true);
        r.steps[0].output = QStringLiteral("\x1b[31mred\x1b[0m");
        QVERIFY(j.append(r));
        const QList<OperationReport> back = j.load(QStringLiteral("h"));
        QCOMPARE(back.size(), 1);
        const QString text = back[0].toText();
        QVERIFY2(text.startsWith(QStringLiteral("Start web%1 at 50%2\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("took 1234 ms")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("result: done")), qPrintable(text));
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(text.contains(QStringLiteral("\\x1b[31mred")));
        const QString html = back[0].toHtml();
        QVERIFY(html.contains(QStringLiteral("<h2>Start web%1 at 50%2</h2>")));
        QVERIFY(html.contains(QStringLiteral("1234 ms")));
        QVERIFY(!html.contains(QChar(0x1b)));
    }

    void anUnreadableJournalSaysSo()
    {
        QTemporaryDir dir;
        OperationJournal j(dir.path());
        // Where the host's journal should be stands a directory (root reads
        // any file whatever its mode, so a mode would prove nothing here).
        QVERIFY(QDir().mkpath(j.fileFor(QStringLiteral("h"))));
        QString error;
        QVERIFY(j.load(QStringLiteral("h"), &error).isEmpty());
        QVERIFY2(error.contains(j.fileFor(QStringLiteral("h"))), qPrintable(error));
        error.clear();
        QVERIFY(j.load(QStringLiteral("never"), &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));      // no journal yet is no error
    }

    void aHostLabelIsNeverAPath()
    {
        QTemporaryDir dir;
        OperationJournal j(dir.path());
        for (const QString &host : {QStringLiteral("../../etc/passwd"), QStringLiteral("/tmp/x"),
                                   QStringLiteral("ssh://a@b/../../c"), QString()}) {
            const QFileInfo file(j.fileFor(host));
            QCOMPARE(file.absolutePath(), QDir(dir.path()).absolutePath());
            QVERIFY2(!file.fileName().contains(QLatin1Char('/')), qPrintable(file.fileName()));
            QVERIFY(file.fileName() != QStringLiteral("..jsonl"));
        }
        QVERIFY(j.fileFor(QStringLiteral("a")) != j.fileFor(QStringLiteral("b")));
    }

    void anUnwritableJournalSaysWhere()
    {
        QTemporaryDir dir;
        // The journal's directory is a file: nothing can go in it.
        const QString blocked = dir.filePath(QStringLiteral("journal"));
        QFile f(blocked);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        OperationJournal j(blocked);
        QString error;
        QVERIFY(!j.append(sample(QStringLiteral("h"), QStringLiteral("x"), true), &error));
        QVERIFY2(error.contains(blocked), qPrintable(error));
    }

    void exportsKeepHostTextAsText()
    {
        const QList<OperationReport> reports{sample(QStringLiteral("h"), QStringLiteral("one"), true),
                                             sample(QStringLiteral("h"), QStringLiteral("two"), false)};
        const QString html = reportsToHtml(reports, QStringLiteral("History of h"));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;not markup&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>not markup</b>")));
        QVERIFY(html.contains(QStringLiteral("mdadm /dev/md2 --add /dev/sdf")));
        const QString text = reportsToText(reports);
        QVERIFY(text.contains(QStringLiteral("$ env LC_ALL=C sudo -n -- mdadm /dev/md2 --add /dev/sdf")));
        QVERIFY(text.contains(QStringLiteral("not run")));
        QVERIFY(text.contains(QStringLiteral("2026-11-30T03:04:05.678Z")));
        QCOMPARE(text.count(QStringLiteral("host: h (as admin)")), 2);
    }
};

QTEST_GUILESS_MAIN(TestOperationJournal)
#include "tst_operationjournal.moc"
