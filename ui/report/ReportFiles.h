#pragma once
// Writes a configuration report to disk in one of its formats, atomically: a
// temporary file renamed over the target once complete (QSaveFile, unbuffered
// so a full file system fails the write itself), so a full disk or a killed
// process never leaves half a report under the final name.

#include "report/ReportTables.h"

namespace ftc {

// format: "json", "html", "pdf" or "csv". path: the file; for csv the
// directory that receives one file per table (made when missing). Returns
// false with *error saying what could not be written and why.
bool writeReportFile(const ReportInput &input, const QString &format, const QString &path, QString *error);
// The bytes to a file, atomically; false with *error.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace ftc
