#include "TextLines.h"

#include "model/ReadingsTr.h"

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

QList<KeyValueLine> keyValueLines(const QByteArray &text, QChar sep, const QString &shape, ParseErrors *errors,
                                  const std::function<bool(const QString &)> &skip)
{
    QList<KeyValueLine> out;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || (skip && skip(line)))
            continue;
        KeyValueLine kv;
        kv.number = i + 1;
        kv.raw = lines[i];
        if (!splitKeyValue(line, sep, &kv.key, &kv.value) || kv.key.isEmpty()) {
            errors->append({i + 1, Readings::tr("not a '%1' line").arg(shape), lines[i]});
            continue;
        }
        out.append(kv);
    }
    return out;
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
