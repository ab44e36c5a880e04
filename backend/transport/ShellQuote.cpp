#include "ShellQuote.h"

namespace ftc {

namespace {
bool isPlain(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == '-' || c == '.' || c == '/' || c == ',' || c == ':'
        || c == '@' || c == '%' || c == '+' || c == '=';
}
} // namespace

QByteArray shellQuoteWord(const QByteArray &word)
{
    // '=' is plain only away from the front: a leading NAME=... word in command
    // position would be an assignment, so words containing '=' before any other
    // character class are quoted too.
    bool plain = !word.isEmpty() && !word.contains('=');
    for (char c : word) {
        if (!isPlain(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    // Inside single quotes nothing is special except the closing quote itself,
    // which is written as '\'' (close, escaped quote, reopen).
    QByteArray out;
    out.reserve(word.size() + 2);
    out += '\'';
    for (char c : word) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

QByteArray shellQuote(const Argv &argv)
{
    QByteArray out;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        if (i)
            out += ' ';
        out += shellQuoteWord(argv[i]);
    }
    return out;
}

} // namespace ftc
