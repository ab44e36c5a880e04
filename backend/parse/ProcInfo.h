#pragma once
// /proc/meminfo and /proc/cpuinfo.

#include "ParseError.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace ftc {

struct MemInfo {
    QMap<QString, qint64> bytes;          // "MemTotal" -> bytes ("kB" is KiB)
    ParseErrors errors;

    qint64 value(const QString &key) const { return bytes.value(key, -1); }
    // MemAvailable, or its pre-3.14 approximation MemFree + Buffers + Cached.
    qint64 available() const;
};

struct CpuInfo {
    int processors = 0;        // "processor" entries
    double mhz = -1;           // first "cpu MHz" (x86); -1 when not printed (arm, s390)
    QString modelName;         // first "model name", else "Processor"/"cpu" line
    ParseErrors errors;
};

MemInfo parseMemInfo(const QByteArray &text);
CpuInfo parseCpuInfo(const QByteArray &text);

} // namespace ftc
