#pragma once
// JSON helpers for tool output whose value types drift between versions
// (lsblk < 2.33 printed numbers and booleans as strings, "1"/"0").

#include "ParseError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace ftc {

// Parses text; on failure records an error with the line of the offset.
QJsonDocument parseJsonText(const QByteArray &text, ParseErrors *errors);

QString jsonString(const QJsonValue &v);        // null -> "", numbers printed
qint64 jsonInt(const QJsonValue &v, qint64 fallback = -1);
bool jsonBool(const QJsonValue &v);             // true, 1, "1", "true"

} // namespace ftc
