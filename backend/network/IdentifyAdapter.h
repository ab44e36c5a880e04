#pragma once
// PROSet's Identify Adapter: the port's LED blinks so the admin finds the
// cable at the back of the server. `ethtool --identify IFACE SECONDS` (the
// driver's set_phys_id; root), which returns when the blinking ends.

#include "transport/Runner.h"

namespace ftc {

// The command, privileged, with a timeout a little past seconds.
Command identifyAdapterCommand(const QString &adapter, int seconds);

// Blinks adapter for seconds (1..60), blocking until it ends. Empty when it
// blinked; else a sentence for the admin: the driver cannot blink its LED
// (virtio and many virtual adapters: ethtool says "Operation not supported"),
// no such adapter, no privileges, or the host could not be reached.
QString identifyAdapter(Runner &runner, const QString &adapter, int seconds, const CancelFlag &cancel = CancelFlag());

} // namespace ftc
