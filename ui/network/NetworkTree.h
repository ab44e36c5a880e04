#pragma once
// The Network branch of a host in the tree: adapters, and teams with their
// members and the active one.

#include "shell/HostTree.h"

namespace ftc {

// An adapter's node (also shown under its module).
NodeSpec nicNode(const Nic &nic);
// A team's node, with its members.
NodeSpec teamNode(const Team &team);
// Network ▸ Adapters, Teams, and Bridges (bridge ▸ team ▸ adapters, and the
// VMs whose NICs are on it) when the host has any.
NodeSpec networkNode(const HostSnapshot &s);

} // namespace ftc
