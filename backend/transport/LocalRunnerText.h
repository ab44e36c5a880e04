#pragma once
// What the local runner tells the user, in the sessions' words (ftc::Session).
// Kept apart from LocalRunner.cpp, which lupdate does not scan: its C++ parser
// follows that file's Boost.Process includes and never finishes.

#include <QString>

namespace ftc::LocalRunnerText {

// sudo wants a password, which the console cannot type.
QString sudoPasswordError();
// The program could not be started: its name and the system's reason.
QString cannotStart(const QString &program, const QString &why);
// The process outlived its kill.
QString notEndedAfterKill();
// A command with no argv.
QString emptyCommand();

} // namespace ftc::LocalRunnerText
