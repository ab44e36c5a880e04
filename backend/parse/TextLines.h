#pragma once
// Line splitting shared by the text parsers. Host output is decoded as UTF-8
// with replacement characters, so random bytes cannot derail a parser.

#include "ParseError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace ftc {

// Lines without their terminators; a trailing newline does not add an empty line.
QStringList splitLines(const QByteArray &text);

// "key<sep>value" split at the first separator, both sides trimmed; false when
// the separator is missing.
bool splitKeyValue(const QString &line, QChar sep, QString *key, QString *value);

struct KeyValueLine {
    int number = 0;            // 1-based line number in the text
    QString key;               // trimmed
    QString value;             // trimmed, may be empty ("power management:")
    QString raw;               // the line as printed, for ParseErrors
};

// The "key<sep>value" lines of a tool's report (/proc/cpuinfo and meminfo
// "Key: value", virsh nodeinfo and schedinfo "Key : value", mdadm --export
// "KEY=VALUE"), split at the first separator. Blank lines are skipped; a line
// for which skip() (optional; given the trimmed line) returns true is passed
// over without error (a tool's own "error:" lines); any other line without the
// separator or with an empty key is appended to *errors as "not a <shape>
// line", and parsing goes on.
QList<KeyValueLine> keyValueLines(const QByteArray &text, QChar sep, const QString &shape, ParseErrors *errors,
                                  const std::function<bool(const QString &)> &skip = {});

// A decimal integer prefix ("1000 Mbps" -> 1000); fallback when there is none.
qint64 leadingInt(const QString &text, qint64 fallback = -1);

} // namespace ftc
