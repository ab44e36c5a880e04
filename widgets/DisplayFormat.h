#pragma once
// How sizes, speeds and durations read in the console, in one place so the tree,
// the properties and the progress widget agree.

#include <QString>

namespace ftc {

QString displayBytes(qint64 bytes);            // "8.0 GiB"; "—" when unknown (< 0)
QString displaySpeedKiBs(qint64 kibPerSecond); // "253.7 MiB/s"; empty when unknown
QString displayDuration(qint64 seconds);       // "1 h 17 min", "42 s"; empty when unknown
QString orDash(const QString &s);              // "—" for a value the host did not give
QString orDash(int v);                         // "—" for negative (unknown) numbers

} // namespace ftc
