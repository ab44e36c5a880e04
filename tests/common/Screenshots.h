#pragma once
// Where the GUI tests save what they show: build/screenshots, made on first use.

#include <QDir>
#include <QString>

namespace ftc::test {

inline QString shotPath(const QString &name)
{
    const QString dir = QStringLiteral(FT_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

} // namespace ftc::test
