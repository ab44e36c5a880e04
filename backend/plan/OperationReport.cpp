#include "OperationReport.h"

#include "PlansTr.h"

#include <QJsonArray>
#include <limits>

namespace ftc {

namespace {

QString statusWord(CommandResult::Status s)
{
    switch (s) {
    case CommandResult::Status::Finished: return QStringLiteral("finished");
    case CommandResult::Status::TimedOut: return QStringLiteral("timed-out");
    case CommandResult::Status::Cancelled: return QStringLiteral("cancelled");
    case CommandResult::Status::TransportError: return QStringLiteral("transport-error");
    }
    return {};
}

CommandResult::Status statusOf(const QString &w)
{
    if (w == QLatin1String("timed-out"))
        return CommandResult::Status::TimedOut;
    if (w == QLatin1String("cancelled"))
        return CommandResult::Status::Cancelled;
    if (w == QLatin1String("transport-error"))
        return CommandResult::Status::TransportError;
    return CommandResult::Status::Finished;
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString resultWord(const OperationReport &r)
{
    return r.ok ? Plans::tr("done") : r.cancelled ? Plans::tr("cancelled") : Plans::tr("failed");
}

// Text read back from a journal is the host's and the file's: control
// characters are written out whoever wrote the line.
QString clean(const QString &text)
{
    return printableOutput(text.toUtf8(), std::numeric_limits<int>::max());
}

QString outcome(const StepRecord &s)
{
    if (!s.ran)
        return Plans::tr("not run");
    if (s.status != CommandResult::Status::Finished)
        return QStringLiteral("%1: %2").arg(statusWord(s.status), s.error);
    return Plans::tr("exit %1").arg(s.exitCode);
}

} // namespace

QJsonObject OperationReport::toJson() const
{
    QJsonArray steps;
    for (const StepRecord &s : this->steps)
        steps.append(QJsonObject{{QStringLiteral("title"), s.title},
                                 {QStringLiteral("command"), s.command},
                                 {QStringLiteral("ran"), s.ran},
                                 {QStringLiteral("started"), stamp(s.started)},
                                 {QStringLiteral("duration_ms"), s.durationMs},
                                 {QStringLiteral("status"), statusWord(s.status)},
                                 {QStringLiteral("exit_code"), s.exitCode},
                                 {QStringLiteral("output"), s.output},
                                 {QStringLiteral("error"), s.error}});
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("started"), stamp(started)},
                       {QStringLiteral("duration_ms"), durationMs},
                       {QStringLiteral("ok"), ok},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("steps"), steps}};
}

bool OperationReport::isRecord(const QJsonObject &o)
{
    return o.value(QStringLiteral("id")).isString() && !o.value(QStringLiteral("id")).toString().isEmpty()
        && o.value(QStringLiteral("title")).isString() && o.value(QStringLiteral("steps")).isArray()
        && QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs).isValid();
}

OperationReport OperationReport::fromJson(const QJsonObject &o)
{
    OperationReport r;
    r.id = clean(o.value(QStringLiteral("id")).toString());
    r.host = clean(o.value(QStringLiteral("host")).toString());
    r.user = clean(o.value(QStringLiteral("user")).toString());
    r.title = clean(o.value(QStringLiteral("title")).toString());
    r.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    r.durationMs = qint64(o.value(QStringLiteral("duration_ms")).toDouble(-1));
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.cancelled = o.value(QStringLiteral("cancelled")).toBool();
    r.message = clean(o.value(QStringLiteral("message")).toString());
    for (const QJsonValue v : o.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        StepRecord step;
        step.title = clean(s.value(QStringLiteral("title")).toString());
        step.command = clean(s.value(QStringLiteral("command")).toString());
        step.ran = s.value(QStringLiteral("ran")).toBool();
        step.started = QDateTime::fromString(s.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
        step.durationMs = qint64(s.value(QStringLiteral("duration_ms")).toDouble(-1));
        step.status = statusOf(s.value(QStringLiteral("status")).toString());
        step.exitCode = s.value(QStringLiteral("exit_code")).toInt(-1);
        step.output = printableOutput(s.value(QStringLiteral("output")).toString().toUtf8());
        step.error = clean(s.value(QStringLiteral("error")).toString());
        r.steps << step;
    }
    return r;
}

QString OperationReport::toText() const
{
    // One arg() call per line for every text from the journal: a title with
    // "%1" in it (a VM named web%1) must not be filled in by a later arg().
    QString t = Plans::tr("%1\n  host: %2 (as %3)\n  started: %4, took %5 ms\n  result: %6\n")
                    .arg(title, host, user.isEmpty() ? QStringLiteral("?") : user, stamp(started),
                         QString::number(durationMs), resultWord(*this));
    if (!message.isEmpty())
        t += QStringLiteral("  %1\n").arg(message);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const StepRecord &s = steps[i];
        t += QStringLiteral("  %1. %2\n     $ %3\n     %4").arg(QString::number(i + 1), s.title, s.command, outcome(s));
        if (s.ran)
            t += Plans::tr(", started %1, %2 ms").arg(stamp(s.started), QString::number(s.durationMs));
        t += QLatin1Char('\n');
        for (const QString &line : s.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            t += QStringLiteral("     | %1\n").arg(line);
    }
    return t;
}

QString OperationReport::toHtml() const
{
    QString h = Plans::tr("<section><h2>%1</h2><p>%2 as %3 &middot; %4 &middot; %5 ms &middot; <b>%6</b></p>")
                    .arg(title.toHtmlEscaped(), host.toHtmlEscaped(), user.toHtmlEscaped(), stamp(started),
                         QString::number(durationMs), resultWord(*this));
    if (!message.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped());
    h += QStringLiteral("<ol>");
    for (const StepRecord &s : steps) {
        h += QStringLiteral("<li><b>%1</b><br><code>%2</code><br>%3").arg(s.title.toHtmlEscaped(),
                                                                          s.command.toHtmlEscaped(),
                                                                          outcome(s).toHtmlEscaped());
        if (s.ran)
            h += Plans::tr(", started %1, %2 ms").arg(stamp(s.started), QString::number(s.durationMs));
        if (!s.output.isEmpty())
            h += QStringLiteral("<pre>%1</pre>").arg(s.output.toHtmlEscaped());
        h += QStringLiteral("</li>");
    }
    return h + QStringLiteral("</ol></section>");
}

QString printableOutput(const QByteArray &raw, int max)
{
    const QString text = QString::fromUtf8(raw);
    QString out;
    out.reserve(qMin(text.size(), qsizetype(max)));
    for (const QChar c : text) {
        if (out.size() >= max)
            break;
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString reportsToText(const QList<OperationReport> &reports)
{
    QString t;
    for (const OperationReport &r : reports)
        t += r.toText() + QLatin1Char('\n');
    return t;
}

QString reportsToHtml(const QList<OperationReport> &reports, const QString &title)
{
    QString h = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                               "<style>body{font-family:sans-serif} code,pre{background:#eef0f2}</style></head><body>"
                               "<h1>%1</h1>")
                    .arg(title.toHtmlEscaped());
    for (const OperationReport &r : reports)
        h += r.toHtml();
    return h + QStringLiteral("</body></html>\n");
}

} // namespace ftc
