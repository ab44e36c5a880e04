#pragma once
// Reads a file under the shared fixtures directory; an empty result makes the
// caller's assertions fail, so a missing fixture cannot pass silently.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace ftc::test {

inline QByteArray fixture(const QString &relative)
{
    QFile f(QStringLiteral(FT_FIXTURES) + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly))
        qWarning("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

} // namespace ftc::test
