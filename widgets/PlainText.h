#pragma once
// Text that comes from a host (disk models and serials, VM names, tool errors)
// is data. Qt shows a tooltip as rich text whenever it looks like markup, so a
// serial reading "<img src=...>" would be rendered: tooltips built from host
// text go through plainToolTip(), which makes Qt show exactly the characters.

#include <QString>

namespace ftc {

inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(html);
}

} // namespace ftc
