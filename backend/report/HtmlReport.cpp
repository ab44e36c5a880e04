#include "HtmlReport.h"

#include "ReportTr.h"
#include "checks/CheckText.h"
#include "model/NaturalOrder.h"

namespace ftc {

namespace {

// The console's tones, as the GUI draws them.
const char *kGood = "#2e8b3e";
const char *kBusy = "#d98c00";
const char *kBad = "#c62828";
const char *kNeutral = "#8a949e";

const char *stateColour(OpState s)
{
    switch (s) {
    case OpState::Duplex: return kGood;
    case OpState::Syncing: return kBusy;
    case OpState::Simplex:
    case OpState::Broken: return kBad;
    case OpState::Inactive: return kNeutral;
    }
    return kNeutral;
}

QString attr(const QString &text)
{
    return htmlText(text);
}

// One bar per virtual disk: its sync progress (or full), in its state's colour.
QByteArray mirrorChart(const HostSnapshot &s)
{
    const int rowH = 22, width = 520, label = 90, barW = width - label - 110;
    const int height = qMax(1, int(s.mirrors.size())) * rowH + 10;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">")
                      .arg(width)
                      .arg(height);
    int y = 5;
    for (const Mirror *m : sortedByName(s.mirrors)) {
        const double pct = m->state == OpState::Syncing && m->sync ? m->sync->percent
            : m->state == OpState::Duplex                          ? 100.0
                                                                   : double(m->membersWorking) * 100.0 / qMax(1, m->membersExpected);
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"12\" font-family=\"sans-serif\">%2</text>")
                   .arg(y + 14)
                   .arg(attr(m->name));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"#e3e7eb\"/>").arg(label).arg(y + 3).arg(barW);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"%4\"/>")
                   .arg(label)
                   .arg(y + 3)
                   .arg(int(barW * qBound(0.0, pct, 100.0) / 100.0))
                   .arg(QLatin1String(stateColour(m->state)));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\" font-family=\"sans-serif\">%3</text>")
                   .arg(label + barW + 8)
                   .arg(y + 14)
                   .arg(attr(m->state == OpState::Syncing && m->sync
                                 ? QStringLiteral("%1 %2 %").arg(opStateName(m->state), QString::number(pct, 'f', 1))
                                 : opStateName(m->state)));
        y += rowH;
    }
    return (svg + QStringLiteral("</svg>")).toUtf8();
}

// The host's memory: each VM that runs or starts with the host, then what is left.
QByteArray memoryChart(const HostSnapshot &s)
{
    const int width = 520, barW = 500, height = 70;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">")
                      .arg(width)
                      .arg(height);
    const double total = double(qMax<qint64>(1, s.info.memoryBytes));
    svg += QStringLiteral("<rect x=\"0\" y=\"4\" width=\"%1\" height=\"22\" fill=\"#e3e7eb\"/>").arg(barW);
    static const char *fills[] = {"#3f6fb5", "#5b8bd0", "#7aa6e0", "#2f5a96", "#96bbe8"};
    double x = 0;
    int i = 0;
    QStringList legend;
    for (const Vm *v : sortedByName(s.vms)) {
        if (!(v->active() || v->autostart.value_or(false)))
            continue;
        const qint64 bytes = qMax(v->memoryBytes, v->maxMemoryBytes);
        if (bytes <= 0)
            continue;
        const double w = barW * double(bytes) / total;
        svg += QStringLiteral("<rect x=\"%1\" y=\"4\" width=\"%2\" height=\"22\" fill=\"%3\" stroke=\"#ffffff\"/>")
                   .arg(x, 0, 'f', 1)
                   .arg(qMin(w, barW - x), 0, 'f', 1)
                   .arg(QLatin1String(fills[i % 5]));
        legend << QStringLiteral("%1 %2").arg(v->name, reportBytes(bytes));
        x += w;
        ++i;
    }
    svg += QStringLiteral("<text x=\"0\" y=\"44\" font-size=\"12\" font-family=\"sans-serif\">%1</text>")
               .arg(attr(Report::tr("VMs: %1").arg(legend.isEmpty() ? QStringLiteral("—") : legend.join(QStringLiteral(", ")))));
    svg += QStringLiteral("<text x=\"0\" y=\"62\" font-size=\"12\" font-family=\"sans-serif\">%1</text>")
               .arg(attr(Report::tr("Host memory: %1").arg(reportBytes(s.info.memoryBytes > 0 ? s.info.memoryBytes : -1))));
    return (svg + QStringLiteral("</svg>")).toUtf8();
}

QString table(const ReportTable &t)
{
    QString h = QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(t.id, attr(t.title));
    if (t.rows.isEmpty())
        return h + QStringLiteral("<p class=\"none\">%1</p>\n").arg(attr(Report::tr("None.")));
    h += QStringLiteral("<table class=\"%1\">\n<thead><tr>").arg(t.id);
    for (const QString &c : t.columns)
        h += QStringLiteral("<th>%1</th>").arg(attr(c));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &r : t.rows) {
        h += QStringLiteral("<tr>");
        for (const QString &v : r)
            h += QStringLiteral("<td>%1</td>").arg(attr(v));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody>\n</table>\n");
}

} // namespace

QString htmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.isSurrogate()
            || u == 0xfffe || u == 0xffff)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (u == u'<')
            out += QStringLiteral("&lt;");
        else if (u == u'>')
            out += QStringLiteral("&gt;");
        else if (u == u'&')
            out += QStringLiteral("&amp;");
        else if (u == u'"')
            out += QStringLiteral("&quot;");
        else
            out += c;
    }
    return out;
}

HtmlReport htmlReport(const ReportInput &in, bool inlineCharts)
{
    const HostSnapshot &s = *in.snapshot;
    HtmlReport out;
    QString h;
    h += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"UTF-8\"/>\n");
    h += QStringLiteral("<title>%1</title>\n").arg(attr(reportTitle(s)));
    h += QStringLiteral(
        "<style>\nbody{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#1d2329;margin:1.5em}\n"
        "h1{font-size:16pt;margin-bottom:0.2em}h2{font-size:12pt;margin-top:1.4em;border-bottom:1px solid #c7ced6}\n"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #c7ced6;padding:3px 6px;text-align:left;"
        "vertical-align:top}\nth{background:#eef1f4}p.meta{color:#5b6670;margin-top:0}p.none{color:#5b6670}\n"
        "</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(attr(reportTitle(s)));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(attr(Report::tr("%1, read at %2; made by ftconsole %3 at %4")
                           .arg(s.label, s.takenAt.toLocalTime().toString(Qt::ISODate), QStringLiteral(FT_VERSION),
                                in.generatedAt.toLocalTime().toString(Qt::ISODate))));
    const QList<ReportTable> tables = reportTables(in);
    const auto chart = [&](const QString &id, const QString &title, const QByteArray &svg) {
        h += QStringLiteral("<h2>%1</h2>\n<div class=\"chart\">").arg(attr(title));
        if (inlineCharts) {
            h += QString::fromUtf8(svg);
        } else {
            out.charts.insert(id, svg);
            h += QStringLiteral("<img src=\"%1\" alt=\"%2\"/>").arg(id, attr(title));
        }
        h += QStringLiteral("</div>\n");
    };
    for (const ReportTable &t : tables) {
        h += table(t);
        if (t.id == QLatin1String("host"))
            chart(QStringLiteral("chart-memory"), Report::tr("Memory"), memoryChart(s));
        if (t.id == QLatin1String("mirrors") && !s.mirrors.isEmpty())
            chart(QStringLiteral("chart-mirrors"), Report::tr("Virtual disks at a glance"), mirrorChart(s));
    }
    h += QStringLiteral("</body>\n</html>\n");
    out.html = h;
    return out;
}

} // namespace ftc
