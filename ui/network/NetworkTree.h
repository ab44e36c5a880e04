#pragma once
// The Network branch of a host in the tree: adapters, and teams with their
// members and the active one.

#include "shell/HostTree.h"

namespace ftc {

// An adapter's node (also shown under its module).
NodeSpec nicNode(const Nic &nic);
// Network ▸ Adapters, Teams.
NodeSpec networkNode(const HostSnapshot &s);

} // namespace ftc
