#pragma once
// Line splitting shared by the text parsers. Host output is decoded as UTF-8
// with replacement characters, so random bytes cannot derail a parser.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ftc {

// Lines without their terminators; a trailing newline does not add an empty line.
QStringList splitLines(const QByteArray &text);

// "key<sep>value" split at the first separator, both sides trimmed; false when
// the separator is missing.
bool splitKeyValue(const QString &line, QChar sep, QString *key, QString *value);

// A decimal integer prefix ("1000 Mbps" -> 1000); fallback when there is none.
qint64 leadingInt(const QString &text, qint64 fallback = -1);

} // namespace ftc
