#pragma once
// Turns a stream of snapshots into event-log rows. Remembers since when each
// mirror has been in its state, so "md1: Syncing → Duplex after 41 min" can say
// how long the sync took.

#include "HostEvent.h"
#include "HostSnapshot.h"

#include <QHash>

namespace ftc {

class ChangeTracker {
public:
    QList<HostEvent> update(const HostSnapshotPtr &snapshot);

private:
    HostSnapshotPtr m_previous;
    QHash<QString, QDateTime> m_stateSince;   // mirror name -> when its state began
    QSet<QString> m_knownProblems;
};

QString formatDuration(qint64 seconds);

} // namespace ftc
