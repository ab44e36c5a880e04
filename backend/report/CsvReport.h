#pragma once
// The configuration report as CSV (RFC 4180): one table per file, a header
// row, fields quoted when they hold a comma, quote or line break. UTF-8.

#include "ReportTables.h"

#include <QMap>

namespace ftc {

// The table as CSV text.
QByteArray csvTable(const ReportTable &table);
// Every table of the report: file name ("mirrors.csv") -> CSV.
QMap<QString, QByteArray> csvReport(const ReportInput &input);

} // namespace ftc
