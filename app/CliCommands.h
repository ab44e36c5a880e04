#pragma once
// The headless subcommands: they use QtCore only, so they run without a display.

#include <QStringList>

namespace ftc {

class SessionPrompter;

// Each returns the exit status (ExitCodes.h).
int runCheck(const QStringList &args, SessionPrompter *prompter);
int runReport(const QStringList &args, SessionPrompter *prompter);
int runBundle(const QStringList &args, SessionPrompter *prompter);

} // namespace ftc
