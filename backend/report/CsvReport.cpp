#include "CsvReport.h"

namespace ftc {

namespace {

QByteArray field(const QString &v)
{
    // A field a spreadsheet would take for a formula gets a leading quote
    // mark inside its quotes: host text is data, never a formula.
    QString text = v;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()) && !text.front().isDigit()
        && !(text.size() > 1 && text[0] == QLatin1Char('-') && text[1].isDigit()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text != v;
    if (!quote)
        return text.toUtf8();
    return '"' + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
}

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i)
        out += (i ? "," : "") + field(fields[i]);
    return out + "\r\n";
}

} // namespace

QByteArray csvTable(const ReportTable &t)
{
    QByteArray out = line(t.columns);
    for (const QStringList &r : t.rows)
        out += line(r);
    return out;
}

QMap<QString, QByteArray> csvReport(const ReportInput &input)
{
    QMap<QString, QByteArray> out;
    for (const ReportTable &t : reportTables(input))
        out.insert(t.id + QStringLiteral(".csv"), csvTable(t));
    return out;
}

} // namespace ftc
