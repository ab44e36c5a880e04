#pragma once
// What a parser could not understand. Parsers never throw: they keep going and
// hand these back so the snapshot can show them as Problems next to what did parse.

#include <QList>
#include <QString>

namespace ftc {

struct ParseError {
    int line = 0;              // 1-based; 0 when the whole text is at fault
    QString message;
    QString text;              // the offending line, as printed
};

using ParseErrors = QList<ParseError>;

} // namespace ftc
