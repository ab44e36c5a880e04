#pragma once
// The configuration report as one self-contained XHTML file: inline CSS, the
// charts (memory of the host and its VMs, the virtual disks' state) as inline
// SVG, no script and nothing fetched from elsewhere. Well-formed XML, so it can
// be read back by any XML parser. Host text is escaped, and control
// characters are shown as \xNN, never passed on.

#include "ReportTables.h"

#include <QMap>

namespace ftc {

struct HtmlReport {
    QString html;
    // When the charts are referenced rather than inline (inlineCharts false):
    // "chart-memory" -> its SVG document, for a renderer that cannot draw
    // inline SVG (the PDF writer draws them as images).
    QMap<QString, QByteArray> charts;
};

HtmlReport htmlReport(const ReportInput &input, bool inlineCharts = true);
// Text for HTML: escaped, control characters as visible \xNN.
QString htmlText(const QString &text);

} // namespace ftc
