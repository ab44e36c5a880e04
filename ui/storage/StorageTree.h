#pragma once
// The Storage branch of a host in the tree: physical disks, and virtual disks
// (mirrors with their members, external-metadata containers).

#include "shell/HostTree.h"

namespace ftc {

// A physical disk's node (also shown under its module).
NodeSpec diskNode(const Disk &d, const HostSnapshot &s);
// Storage ▸ Physical disks, Virtual disks.
NodeSpec storageNode(const HostSnapshot &s);

} // namespace ftc
