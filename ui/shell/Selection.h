#pragma once
// What is selected in the tree, as the areas see it: the host (its session and
// latest snapshot, which carries the host's history) and the node.

#include "HostTree.h"
#include "session/HostSession.h"

#include <QPointer>

namespace ftc {

struct Selection {
    QString host;                      // "" when nothing is selected
    NodeKind kind = NodeKind::Host;
    QString object;
    QString mirror;                    // Mirror and MirrorMember nodes
    QString member;                    // MirrorMember nodes
    QPointer<HostSession> session;
    HostSnapshotPtr snapshot;          // null before the host's first snapshot

    // A host that answers and can be changed (not a read-only capture).
    bool live() const { return session && snapshot && !snapshot->isCapture; }
};

} // namespace ftc
