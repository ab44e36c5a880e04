#pragma once
// What the properties pane shows for a selected tree node: a pure function of the
// host's latest snapshot (with its history) and connection state, so it is cheap
// to call each refresh. Each area describes its own nodes (StorageDetails,
// NetworkDetails, VmDetails, HostDetails); this picks the area.

#include "HostTree.h"
#include "checks/Findings.h"
#include "PropertyRow.h"
#include "session/HostSession.h"

#include <QCoreApplication>
#include <QIcon>

namespace ftc {

struct HostView {
    QString label;
    ConnectionState state = ConnectionState::Connecting;
    QString message;               // the last stateChanged message
    HostSnapshotPtr snapshot;      // null until the first one
    // VM -> its definition as last read (when its page was opened).
    QMap<QString, VmConfigReading> vmConfigs;
    // The checks' findings for the snapshot (empty before the first one).
    QList<Finding> findings;
    // What the checks read beyond the snapshot (VMs' definitions, guest-ping).
    CheckFacts checkFacts;
};

struct PaneContent {
    QIcon icon;
    QString title;
    QString subtitle;
    PropertyRows rows;
};

class NodeDetails {
    Q_DECLARE_TR_FUNCTIONS(ftc::NodeDetails)
public:
    static PaneContent describe(const HostView &host, NodeKind kind, const QString &object);
};

} // namespace ftc
