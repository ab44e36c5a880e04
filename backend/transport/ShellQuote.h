#pragma once
// The single place where an argv becomes a POSIX shell command line. Everything
// that crosses SSH goes through here; nothing a user typed reaches a shell otherwise.

#include "Command.h"

namespace ftc {

// One word, quoted so that sh passes it through byte-identical.
QByteArray shellQuoteWord(const QByteArray &word);

// The words joined by single spaces, each quoted.
QByteArray shellQuote(const Argv &argv);

} // namespace ftc
