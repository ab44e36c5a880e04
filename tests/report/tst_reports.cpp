// The HTML report parsed back as XML (the facts of the demo host in its
// tables, the charts inline, nothing external), the CSV report parsed back as
// RFC 4180, and host text that looks like markup, terminal codes or a
// spreadsheet formula reaching both as plain text.

#include "checks/Findings.h"
#include "demo/SimulatedHost.h"
#include "model/Poller.h"
#include "report/CsvReport.h"
#include "report/HtmlReport.h"

#include <QXmlStreamReader>
#include <QtTest>

using namespace ftc;

namespace {

// RFC 4180: fields split by commas, quoted fields may hold commas, quotes
// (doubled) and line breaks; records end with CRLF.
QList<QStringList> parseCsv(const QByteArray &data)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    const QString text = QString::fromUtf8(data);
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

struct Html {
    bool wellFormed = false;
    QString error;
    QString title;
    QMap<QString, QList<QStringList>> tables;   // table class -> rows of cells (header row first)
    int svgs = 0;
    QStringList externalRefs;                   // src/href attributes and script/link elements
};

Html parseHtml(const QString &html)
{
    Html out;
    QXmlStreamReader r(html);
    QString table;
    QStringList row;
    QString cell;
    bool inCell = false, inTitle = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString n = r.name().toString();
            for (const QXmlStreamAttribute &a : r.attributes())
                if (a.name() == QLatin1String("src") || a.name() == QLatin1String("href"))
                    out.externalRefs << a.value().toString();
            if (n == QLatin1String("script") || n == QLatin1String("link") || n == QLatin1String("iframe"))
                out.externalRefs << n;
            if (n == QLatin1String("title"))
                inTitle = true;
            if (n == QLatin1String("svg"))
                ++out.svgs;
            if (n == QLatin1String("table"))
                table = r.attributes().value(QStringLiteral("class")).toString();
            if (n == QLatin1String("tr"))
                row.clear();
            if (n == QLatin1String("td") || n == QLatin1String("th")) {
                inCell = true;
                cell.clear();
            }
        } else if (r.isCharacters()) {
            if (inCell)
                cell += r.text();
            if (inTitle)
                out.title += r.text();
        } else if (r.isEndElement()) {
            const QString n = r.name().toString();
            if (n == QLatin1String("title"))
                inTitle = false;
            if (n == QLatin1String("td") || n == QLatin1String("th")) {
                row << cell;
                inCell = false;
            }
            if (n == QLatin1String("tr"))
                out.tables[table] << row;
        }
    }
    out.wellFormed = !r.hasError();
    out.error = r.errorString();
    return out;
}

ReportInput demoInput()
{
    static SimulatedHost host;
    Poller poller(host, QStringLiteral("demo"));
    const HostSnapshotPtr s = poller.refresh(CancelFlag(), true);
    const CheckFacts facts = poller.readCheckFacts(*s);
    return ReportInput{s, findingsFor(*s, facts), {HostEvent{QDateTime::currentDateTime(), QStringLiteral("demo"),
                                                            QStringLiteral("md2"), QStringLiteral("md2 is Simplex"),
                                                            HostEvent::Severity::Error}},
                       QDateTime::currentDateTime()};
}

QStringList column(const QList<QStringList> &rows, int c)
{
    QStringList out;
    for (qsizetype i = 1; i < rows.size(); ++i)
        out << rows[i].value(c);
    return out;
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT
private slots:
    void htmlHoldsTheHost()
    {
        const ReportInput in = demoInput();
        QVERIFY(in.snapshot);
        const Html h = parseHtml(htmlReport(in).html);
        QVERIFY2(h.wellFormed, qPrintable(h.error));
        QCOMPARE(h.title, QStringLiteral("Configuration report: ftdemo"));
        QCOMPARE(column(h.tables.value(QStringLiteral("vms")), 0),
                 (QStringList{QStringLiteral("DC1"), QStringLiteral("EX1"), QStringLiteral("FS1")}));
        const QList<QStringList> mirrors = h.tables.value(QStringLiteral("mirrors"));
        QCOMPARE(mirrors.first().value(2), QStringLiteral("OpState"));
        QCOMPARE(column(mirrors, 0), (QStringList{QStringLiteral("md0"), QStringLiteral("md1"), QStringLiteral("md2")}));
        QCOMPARE(column(mirrors, 2), (QStringList{QStringLiteral("Duplex"), QStringLiteral("Duplex"), QStringLiteral("Simplex")}));
        QCOMPARE(column(h.tables.value(QStringLiteral("adapters")), 0).size(), 4);
        QVERIFY(column(h.tables.value(QStringLiteral("findings")), 3).join(QLatin1Char('\n'))
                    .contains(QLatin1String("1 of 2 members of md2 work (Simplex)")));
        QCOMPARE(column(h.tables.value(QStringLiteral("events")), 2), QStringList{QStringLiteral("md2 is Simplex")});
        // Self-contained: two charts inline, nothing to fetch.
        QCOMPARE(h.svgs, 2);
        QVERIFY2(h.externalRefs.isEmpty(), qPrintable(h.externalRefs.join(QLatin1Char(' '))));
        // The PDF form refers to its charts by name and hands them over.
        const HtmlReport forPdf = htmlReport(in, false);
        QCOMPARE(forPdf.charts.keys(), (QStringList{QStringLiteral("chart-memory"), QStringLiteral("chart-mirrors")}));
        QVERIFY(forPdf.charts.value(QStringLiteral("chart-mirrors")).startsWith("<svg"));
    }

    void hostTextStaysText()
    {
        ReportInput in = demoInput();
        auto s = std::make_shared<HostSnapshot>(*in.snapshot);
        s->vms[0].name = QStringLiteral("<b>x</b>&\x1b[2J\"=cmd|' /C calc'!A0");
        in.snapshot = s;
        const QString html = htmlReport(in).html;
        const Html h = parseHtml(html);
        QVERIFY2(h.wellFormed, qPrintable(h.error));
        QVERIFY(!html.contains(QLatin1String("<b>x")));
        QVERIFY(!html.contains(QChar(0x1b)));
        QVERIFY(column(h.tables.value(QStringLiteral("vms")), 0).contains(
            QStringLiteral("<b>x</b>&\\x1b[2J\"=cmd|' /C calc'!A0")));

        // In CSV the same name is one field, and a leading = is defused.
        s->vms[1].name = QStringLiteral("=HYPERLINK(\"http://x\")");
        const QList<QStringList> vms = parseCsv(csvReport(in).value(QStringLiteral("vms.csv")));
        QVERIFY(column(vms, 0).contains(QStringLiteral("'=HYPERLINK(\"http://x\")")));
    }

    void csvReadsBack()
    {
        const QMap<QString, QByteArray> files = csvReport(demoInput());
        QCOMPARE(files.keys(), (QStringList{QStringLiteral("adapters.csv"), QStringLiteral("disks.csv"),
                                            QStringLiteral("events.csv"), QStringLiteral("findings.csv"),
                                            QStringLiteral("host.csv"), QStringLiteral("mirrors.csv"),
                                            QStringLiteral("modules.csv"), QStringLiteral("teams.csv"),
                                            QStringLiteral("vms.csv")}));
        const QList<QStringList> mirrors = parseCsv(files.value(QStringLiteral("mirrors.csv")));
        QCOMPARE(mirrors.first(), (QStringList{QStringLiteral("Virtual disk"), QStringLiteral("Level"),
                                               QStringLiteral("OpState"), QStringLiteral("Size"),
                                               QStringLiteral("Members working"), QStringLiteral("Members"),
                                               QStringLiteral("Activity")}));
        QCOMPARE(mirrors.size(), 4);
        QCOMPARE(mirrors[3].value(0), QStringLiteral("md2"));
        QCOMPARE(mirrors[3].value(2), QStringLiteral("Simplex"));
        QCOMPARE(mirrors[3].value(5), QStringLiteral("sdc (in sync), — (missing)"));   // a field with a comma
        for (const QStringList &r : mirrors)
            QCOMPARE(r.size(), mirrors.first().size());
        const QList<QStringList> teams = parseCsv(files.value(QStringLiteral("teams.csv")));
        QCOMPARE(teams.size(), 1);   // the header row alone: the demo has no team yet
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
