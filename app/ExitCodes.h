#pragma once
// The command line's exit statuses, the same for every subcommand. check's
// result takes 0-2 (as monitoring plugins read them), so everything else uses
// the BSD sysexits codes.

namespace ftc::exitcode {

constexpr int Ok = 0;            // done; check: no warnings or errors
constexpr int Warnings = 1;      // check: warnings (or checks that could not decide), no errors
constexpr int Errors = 2;        // check: at least one error
constexpr int Usage = 64;        // EX_USAGE: unknown subcommand, option or value
constexpr int Unavailable = 69;  // EX_UNAVAILABLE: the host could not be opened or read
constexpr int CantCreate = 73;   // EX_CANTCREAT: the output could not be written

} // namespace ftc::exitcode
