#pragma once
// The Modules branch of a host in the tree: the guide's CPU-I/O enclosures, each
// with its disks and adapters in slot order, and what belongs to no module.

#include "shell/HostTree.h"

namespace ftc {

// Modules ▸ Module 10, Module 11 (disks, adapters), Not in a module.
NodeSpec modulesNode(const HostSnapshot &s);

} // namespace ftc
