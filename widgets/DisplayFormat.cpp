#include "DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace ftc {

QString displayBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("—");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString displaySpeedKiBs(qint64 kib)
{
    if (kib < 0)
        return {};
    return QCoreApplication::translate("ftc::DisplayFormat", "%1/s")
        .arg(QLocale().formattedDataSize(kib * 1024, 1, QLocale::DataSizeIecFormat));
}

QString displayDuration(qint64 s)
{
    if (s < 0)
        return {};
    if (s < 60)
        return QCoreApplication::translate("ftc::DisplayFormat", "%1 s").arg(s);
    const qint64 minutes = (s + 30) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("ftc::DisplayFormat", "%1 min").arg(minutes);
    return QCoreApplication::translate("ftc::DisplayFormat", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString orDash(int v)
{
    return v < 0 ? QStringLiteral("—") : QString::number(v);
}

} // namespace ftc
