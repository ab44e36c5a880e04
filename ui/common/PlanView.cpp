#include "PlanView.h"

#include "transport/ShellQuote.h"

#include "BadgeTone.h"

#include <QFontDatabase>
#include <QMimeData>
#include <QTextDocumentFragment>

namespace ftc {

namespace {

QString box(BadgeTone tone, const QString &title, const QStringList &items)
{
    const QColor c = toneColor(tone);
    QColor bg = c;
    bg = bg.lighter(190);
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='6' style='margin-bottom:8px;'>"
                                  "<tr><td style='background:%1; border-left: 4px solid %2;'><b>%3</b><ul "
                                  "style='margin-top:2px; margin-bottom:0px; -qt-list-indent:1;'>")
                       .arg(bg.name(), c.name(), title.toHtmlEscaped());
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    html += QStringLiteral("</ul></td></tr></table>");
    return html;
}

constexpr QChar kWordJoiner(0x2060);

// A command line whose arguments the layout may not break: a word joiner between
// every two characters of an argument (Qt would otherwise break after each "/"
// and "-" of a path or an option), so lines wrap only between arguments.
QString keepArgumentsWhole(const QString &line)
{
    QString out;
    out.reserve(line.size() * 2);
    for (qsizetype i = 0; i < line.size(); ++i) {
        out += line[i];
        if (i + 1 < line.size() && !line[i].isSpace() && !line[i + 1].isSpace())
            out += kWordJoiner;
    }
    return out;
}

} // namespace

PlanView::PlanView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("planView"));
    setOpenLinks(false);
    setMinimumHeight(160);
    // Only at spaces: an argument longer than the view scrolls rather than splits.
    setWordWrapMode(QTextOption::WordWrap);
}

QString PlanView::toPlainText() const
{
    return QTextBrowser::toPlainText().remove(kWordJoiner);
}

QMimeData *PlanView::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(textCursor().selection().toPlainText().remove(kWordJoiner));
    return data;
}

void PlanView::setPlan(const Plan &plan, bool viaSudo, const QStringList &privilegeNotes)
{
    m_plan = plan;
    setHtml(toHtml(plan, viaSudo, privilegeNotes));
}

QString PlanView::toHtml(const Plan &plan, bool viaSudo, const QStringList &privilegeNotes)
{
    QString html = QStringLiteral("<h3 style='margin-top:0px;'>%1</h3>").arg(plan.title.toHtmlEscaped());
    if (!plan.errors.isEmpty())
        html += box(BadgeTone::Bad, tr("Cannot be done"), plan.errors);
    if (!privilegeNotes.isEmpty())
        html += box(BadgeTone::Bad, tr("This account may not run every step"), privilegeNotes);
    if (!plan.warnings.isEmpty())
        html += box(BadgeTone::Warning, tr("Be careful"), plan.warnings);
    if (plan.steps.isEmpty()) {
        if (plan.errors.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Nothing to do.").toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<p><b>%1</b></p><ol style='-qt-list-indent:1;'>")
                .arg(plan.errors.isEmpty() ? tr("These commands will run, in this order:").toHtmlEscaped()
                                           : tr("These commands would run:").toHtmlEscaped());
    const QStringList lines = plan.commandLines(viaSudo);
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const Command &c = plan.steps[i].command;
        // A file or script the step writes reads as the file it is, not as
        // one long echo line.
        if (c.input.contains('\n')) {
            html += QStringLiteral("<li>%1<br><code style=\"font-family:'%2'; background:#eef0f2;\">%3</code><br>%4"
                                   "<pre style=\"font-family:'%2'; background:#f6f7f8; margin-left:12px;\">%5</pre></li>")
                        .arg(plan.steps[i].title.toHtmlEscaped(), mono.toHtmlEscaped(),
                             keepArgumentsWhole(QString::fromUtf8(shellQuote(withPrivilege(c.argv, viaSudo && c.privileged)))).toHtmlEscaped(),
                             tr("with this text on its standard input:").toHtmlEscaped(),
                             QString::fromUtf8(c.input).toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<li>%1<br><code style=\"font-family:'%2'; background:#eef0f2;\">%3</code></li>")
                    .arg(plan.steps[i].title.toHtmlEscaped(), mono.toHtmlEscaped(), keepArgumentsWhole(lines.value(i)).toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    return html;
}

} // namespace ftc
