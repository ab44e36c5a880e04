#pragma once
// A change the console noticed between two snapshots, or something that went
// wrong while reading a host: the event log's rows.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "HostSnapshot.h"

#include <optional>

namespace ftc {

struct HostEvent {
    enum class Severity { Info, Warning, Error };
    QDateTime time;
    QString host;              // the label the user opened
    QString object;            // "md1", "bond0", "DC1", "" for the host itself
    QString message;           // "md1: Syncing → Duplex after 41 min"
    Severity severity = Severity::Info;
    // The admin must acknowledge it (a mirror gone Broken: its data is lost
    // unless a member comes back): the window asks until they do.
    bool acknowledge = false;
    // The state the object reached, when the event is a change of state: the
    // log colours the row as the tree colours that state (Syncing amber, Duplex
    // green), which the severity alone does not say.
    std::optional<OpState> reachedOpState;
    std::optional<MemberState> reachedMemberState;
};

// Events for what changed from `before` to `after` (before may be null: first look).
QList<HostEvent> diffSnapshots(const HostSnapshot *before, const HostSnapshot &after);

} // namespace ftc

Q_DECLARE_METATYPE(ftc::HostEvent)
