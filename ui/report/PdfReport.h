#pragma once
// The configuration report as a paginated PDF (A4): the HTML report laid out
// by QTextDocument, the charts drawn from their SVG, the title at the head of
// every page and "Page N of M" at its foot. Qt's PDF engine embeds the fonts
// it uses (subsets), so a Japanese report reads the same anywhere. Needs a
// QGuiApplication (the CLI makes one on the offscreen platform).

#include "report/HtmlReport.h"

class QIODevice;

namespace ftc {

// device: open for writing. Returns false with *error when the report could
// not be laid out or the device refused it.
bool writePdfReport(const HtmlReport &report, const QString &title, QIODevice *device, QString *error);

} // namespace ftc
