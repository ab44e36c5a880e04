#pragma once
// What a host or a file prints is data: before it reaches a terminal, control
// characters (escape sequences that could move the cursor, retitle the window,
// or hide text) are shown as visible \xNN escapes. Newlines and tabs stay.

#include <QString>

namespace ftc {

inline QString terminalText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0)
            || u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control)
            out += QStringLiteral("\\x%1").arg(int(u), u > 0xff ? 4 : 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace ftc
