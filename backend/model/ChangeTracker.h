#pragma once
// Turns a stream of snapshots into event-log rows, and keeps the host's
// history (HostHistory): since when each mirror has been in its state (so
// "md1: Syncing → Duplex after 41 min" can say how long the sync took), the
// devices ever seen, and the sync speed over time.

#include "HostEvent.h"
#include "HostSnapshot.h"

#include <QHash>

namespace ftc {

class ChangeTracker {
public:
    // The events from the last snapshot to this one; the history is updated too.
    QList<HostEvent> update(const HostSnapshotPtr &snapshot);
    // Everything seen up to the last update(), to attach to that snapshot.
    std::shared_ptr<const HostHistory> history() const { return m_history; }

private:
    void record(const HostSnapshot &s);

    HostSnapshotPtr m_previous;
    std::shared_ptr<const HostHistory> m_history = std::make_shared<HostHistory>();
    QHash<QString, QDateTime> m_stateSince;   // mirror name -> when its state began
    QSet<QString> m_knownProblems;
};

QString formatDuration(qint64 seconds);

} // namespace ftc
