#pragma once
// Builds the Runner a HostSpec names. Called on the session's worker thread:
// opening an SSH connection blocks.

#include "HostSpec.h"
#include "transport/Runner.h"

namespace ftc {

class SessionPrompter;
class SimClock;

// The clock new demo hosts use (null: the wall clock). Tests and screenshots set
// a clock they move by hand so a sync finishes when they say.
void setDemoClock(std::shared_ptr<SimClock> clock);

// Null with *error set when the spec names no live host (a bundle, which is read
// with readBundle()). Connection failures of live hosts surface on first use.
std::unique_ptr<Runner> makeRunner(const HostSpec &spec, SessionPrompter *prompter, QString *error);

} // namespace ftc
