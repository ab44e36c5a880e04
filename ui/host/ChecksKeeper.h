#pragma once
// Keeps each open host's check facts (checks/CheckFacts: read once when the
// host is first seen, and again on Check Now) and turns a snapshot into its
// findings with them. The facts go stale slowly (watchdog, updates, power
// supplies); the findings from the snapshot itself follow every refresh.

#include "checks/Findings.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace ftc {

class HostSession;

class ChecksKeeper : public QObject {
    Q_OBJECT
public:
    explicit ChecksKeeper(QObject *parent = nullptr);

    // Starts following host's session; its facts are read after its first snapshot.
    void watch(const QString &host, HostSession *session);
    void forget(const QString &host);
    // A snapshot of host arrived: asks for the facts the first time.
    void snapshotArrived(const QString &host);
    // Reads host's facts again.
    void checkNow(const QString &host);

    QList<Finding> findings(const QString &host, const HostSnapshot &snapshot) const;
    // "Host facts read at 12:01:33" or why they are not, for the Checks page.
    QString factsNote(const QString &host) const;
    bool busy(const QString &host) const;
    // The facts as last read (read false before).
    CheckFacts facts(const QString &host) const;

signals:
    void factsChanged(const QString &host);

private:
    struct State {
        QPointer<HostSession> session;
        CheckFacts facts;
        QDateTime readAt;
        bool asked = false;
        bool busy = false;
    };
    QMap<QString, State> m_hosts;
};

} // namespace ftc
