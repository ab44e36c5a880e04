#include "ProcInfo.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <QRegularExpression>

namespace ftc {

qint64 MemInfo::available() const
{
    if (bytes.contains(QStringLiteral("MemAvailable")))
        return bytes.value(QStringLiteral("MemAvailable"));
    if (!bytes.contains(QStringLiteral("MemFree")))
        return -1;
    return bytes.value(QStringLiteral("MemFree")) + qMax<qint64>(0, value(QStringLiteral("Buffers")))
        + qMax<qint64>(0, value(QStringLiteral("Cached")));
}

MemInfo parseMemInfo(const QByteArray &text)
{
    MemInfo out;
    for (const KeyValueLine &kv : keyValueLines(text, QLatin1Char(':'), QStringLiteral("Key: N [kB]"), &out.errors)) {
        const QStringList parts = kv.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = false;
        const qint64 n = parts.isEmpty() ? 0 : parts[0].toLongLong(&ok);
        if (!ok || parts.size() > 2) {
            out.errors.append({kv.number, Readings::tr("not a 'Key: N [kB]' line"), kv.raw});
            continue;
        }
        const bool kib = parts.size() == 2 && parts[1].compare(QLatin1String("kB"), Qt::CaseInsensitive) == 0;
        out.bytes.insert(kv.key, kib ? n * 1024 : n);
    }
    return out;
}

CpuInfo parseCpuInfo(const QByteArray &text)
{
    CpuInfo out;
    // x86/arm: "processor : 0"; s390: "processor 0: version = ...".
    static const QRegularExpression processorKey(QStringLiteral(R"(^processor(\s+\d+)?$)"));
    QString fallbackModel;
    // "power management:" has an empty value but a colon; anything without one
    // is foreign text.
    for (const KeyValueLine &kv : keyValueLines(text, QLatin1Char(':'), QStringLiteral("key : value"), &out.errors)) {
        const QString &key = kv.key;
        const QString &value = kv.value;
        if (processorKey.match(key).hasMatch()) {
            ++out.processors;
        } else if (key == QLatin1String("cpu MHz") && out.mhz < 0) {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (ok)
                out.mhz = v;
        } else if (key == QLatin1String("model name") && out.modelName.isEmpty()) {
            out.modelName = value;
        } else if ((key == QLatin1String("Processor") || key == QLatin1String("cpu"))
                   && fallbackModel.isEmpty()) {
            fallbackModel = value;
        }
    }
    if (out.modelName.isEmpty())
        out.modelName = fallbackModel;
    return out;
}

} // namespace ftc
