#pragma once
// Random argument vectors built from what shells treat specially, for checking
// that quoting carries every byte through (never NUL: argv cannot hold it).

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace ftc::test {

inline QByteArray hostileWord(QRandomGenerator &rng)
{
    static const char *const pieces[] = {
        "'", "\"", "\\", " ", "  ", "\n", "\t", "\r", "$(id)", "`id`", "${HOME}", "$HOME", "$?",
        "$1", "$@", "*", "?", "[a-z]", "[!x]", "{a,b}", "~", "~root", "!", "!!", ";", "&", "&&",
        "|", "||", "<", ">", ">>", "2>&1", "(", ")", "#", "%", "^", "-", "--", "-n", "-e", "=",
        "A=b", "\xff", "\xc3\x28", "\x80\x81", "\x01", "\x1b[31m", "é", "日本", "plain", "x",
        "/etc/passwd", "..", ".", ",", ":", "@", "+", "'\\''", "\\'", "%s", "%b", "\\0", "\\n",
    };
    constexpr int n = int(sizeof pieces / sizeof pieces[0]);
    QByteArray w;
    const int parts = int(rng.bounded(6));      // 0: the empty word
    for (int i = 0; i < parts; ++i) {
        if (rng.bounded(4) == 0) {
            // Any byte but NUL, so nothing relies on the list above being complete.
            w += char(1 + rng.bounded(255));
        } else {
            w += pieces[rng.bounded(n)];
        }
    }
    return w;
}

inline QList<QByteArray> hostileArgv(QRandomGenerator &rng)
{
    QList<QByteArray> argv;
    const int words = 1 + int(rng.bounded(7));
    for (int i = 0; i < words; ++i)
        argv.append(hostileWord(rng));
    return argv;
}

} // namespace ftc::test
