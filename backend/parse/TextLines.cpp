#include "TextLines.h"

namespace ftc {

QStringList splitLines(const QByteArray &text)
{
    QString s = QString::fromUtf8(text);
    if (text.contains('\r'))
        s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = s.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool splitKeyValue(const QString &line, QChar sep, QString *key, QString *value)
{
    const qsizetype at = line.indexOf(sep);
    if (at < 0)
        return false;
    *key = line.left(at).trimmed();
    *value = line.mid(at + 1).trimmed();
    return true;
}

qint64 leadingInt(const QString &text, qint64 fallback)
{
    const QString t = text.trimmed();
    qsizetype n = 0;
    if (n < t.size() && t[n] == QLatin1Char('-'))
        ++n;
    while (n < t.size() && t[n].isDigit())
        ++n;
    bool ok = false;
    const qint64 v = t.left(n).toLongLong(&ok);
    return ok ? v : fallback;
}

} // namespace ftc
