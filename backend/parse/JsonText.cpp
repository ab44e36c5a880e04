#include "JsonText.h"

#include "model/ReadingsTr.h"

#include <QJsonParseError>

namespace ftc {

QJsonDocument parseJsonText(const QByteArray &text, ParseErrors *errors)
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError) {
        const int offset = qBound(0, err.offset, int(text.size()));
        const int line = int(text.left(offset).count('\n')) + 1;
        const qsizetype start = text.lastIndexOf('\n', offset - 1) + 1;
        qsizetype end = text.indexOf('\n', offset);
        if (end < 0)
            end = text.size();
        errors->append({line, Readings::tr("invalid JSON: %1").arg(err.errorString()),
                        QString::fromUtf8(text.mid(start, qMin<qsizetype>(end - start, 200)))});
    }
    return doc;
}

QString jsonString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

qint64 jsonInt(const QJsonValue &v, qint64 fallback)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

bool jsonBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = v.toString();
    return s == QLatin1String("1") || s == QLatin1String("true");
}

} // namespace ftc
