#pragma once
// The checks' findings in the tree: a "Checks" node under each host whose state
// counts them, and each object a finding concerns (a disk, mirror, adapter,
// team, bridge or VM) marked with the finding in its tooltip and, when the
// finding is worse than the object's own state, its colour.

#include "checks/Findings.h"
#include "shell/HostTree.h"

namespace ftc {

namespace groups {
inline constexpr char Checks[] = "checks";
inline constexpr char Setup[] = "setup";
} // namespace groups

// Error red, warning amber, unknown and info grey.
BadgeTone severityTone(Severity s);
// "2 errors, 3 warnings" / "All passed"; translated.
QString checksSummary(const QList<Finding> &findings);
// The Checks node.
NodeSpec checksNode(const QList<Finding> &findings);
// The Setup node: "9 of 15 done".
NodeSpec setupNode(const QList<Finding> &findings);
// Marks the nodes in specs (recursively) that findings concern.
void markFindings(QList<NodeSpec> &specs, const QList<Finding> &findings);

} // namespace ftc
