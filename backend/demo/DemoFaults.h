#pragma once
// The faults the demo host can be given from the console (its Demo menu): the
// command each one is, as SimulatedHost's `ftsim` verbs answer it, so the UI only
// picks a fault and a device and never writes a command line itself.

#include "transport/Command.h"

#include <QString>

namespace ftc {

enum class DemoFault {
    PullDisk,          // the disk leaves; md fails and removes its members
    InsertDisk,        // the same disk comes back, with its superblocks
    InsertBlankDisk,   // a new, blank disk goes into the same bay (a new serial)
    UnplugCable,       // the adapter loses its carrier
    PlugCable,
    // The next network change (a new team) cuts the console off: the host's
    // commands fail as a connection that timed out until the change's own
    // rollback timer has restored the previous configuration.
    LoseConnectionOnNextNetworkChange,
};

// device: a disk ("sdf") or an adapter ("eth2") name; none for
// LoseConnectionOnNextNetworkChange.
Command demoFaultCommand(DemoFault fault, const QString &device);

} // namespace ftc
