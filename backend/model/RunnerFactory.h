#pragma once
// Builds the Runner a HostSpec names. Called on the session's worker thread:
// opening an SSH connection blocks.

#include "HostSpec.h"
#include "transport/Runner.h"

namespace ftc {

class SessionPrompter;

// Null with *error set when the spec cannot be opened at all (a bundle directory
// that does not exist). Connection failures of live hosts surface on first use.
std::unique_ptr<Runner> makeRunner(const HostSpec &spec, SessionPrompter *prompter, QString *error);

} // namespace ftc
