#pragma once
// What the properties pane shows for a selected tree node: a pure function of the
// host's latest snapshot and connection state, so it is cheap to call each refresh.

#include "HostTree.h"
#include "PropertyRow.h"
#include "session/HostSession.h"

#include <QCoreApplication>
#include <QIcon>
#include <QMap>
#include <QPointF>

namespace ftc {

struct HostView {
    QString label;
    ConnectionState state = ConnectionState::Connecting;
    QString message;               // the last stateChanged message
    HostSnapshotPtr snapshot;      // null until the first one
    // Per mirror: sync speed samples (x: ms since epoch, y: KiB/s) of the current
    // or last sync, bounded; kept by the window from the snapshots it receives.
    QMap<QString, QList<QPointF>> syncSpeed;
};

struct PaneContent {
    QIcon icon;
    QString title;
    QString subtitle;
    PropertyRows rows;
};

class HostProperties {
    Q_DECLARE_TR_FUNCTIONS(ftc::HostProperties)
public:
    static PaneContent describe(const HostView &host, NodeKind kind, const QString &object);

private:
    static void hostRows(const HostView &host, PaneContent &out);
    static void groupRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    static void moduleRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    static void diskRows(const HostSnapshot &s, const Disk &d, PaneContent &out);
    static void mirrorRows(const HostView &host, const Mirror &m, PaneContent &out);
    static void containerRows(const MdContainer &c, PaneContent &out);
    static void nicRows(const Nic &n, PaneContent &out);
    static void teamRows(const HostSnapshot &s, const Team &t, PaneContent &out);
    static void vmRows(const HostSnapshot &s, const Vm &vm, PaneContent &out);
};

} // namespace ftc
