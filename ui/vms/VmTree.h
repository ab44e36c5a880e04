#pragma once
// The Virtual machines branch of a host in the tree.

#include "shell/HostTree.h"

namespace ftc {

// Virtual machines ▸ each domain with its state.
NodeSpec vmsNode(const HostSnapshot &s);

} // namespace ftc
