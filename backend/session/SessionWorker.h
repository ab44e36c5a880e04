#pragma once
// Lives on a HostSession's own thread: owns the Runner and the Poller, so every
// blocking call to a host happens here and never on the thread that shows it.

#include "model/ChangeTracker.h"
#include "HostSession.h"
#include "model/Poller.h"
#include "plan/OperationJournal.h"

#include <QObject>
#include <QTimer>

namespace ftc {

class SessionWorker : public QObject {
    Q_OBJECT
public:
    SessionWorker(HostSpec spec, SessionPrompter *prompter);
    ~SessionWorker() override;

    // Thread-safe: lets the owner abort a refresh that waits on a slow host.
    CancelFlag cancelFlag() const { return m_cancel; }

public slots:
    void start(int intervalMs);
    // A live read (full only when due); refreshFull() reads everything now and
    // asks again for tools the host was found to lack: the admin's "Refresh now".
    void refresh();
    void refreshFull();
    void shutdown();
    // The admin's module placement (moduleOverrideKey -> module id); the host
    // is read again in full with it (a capture is rebuilt from its files).
    void setModuleOverrides(const QMap<QString, QString> &overrides);
    void setLibvirtUri(const QString &uri);
    // planCancel: this plan's own flag (HostSession::cancelPlan); closing the
    // host cancels it too.
    void applyPlan(int planId, const ftc::Plan &plan, const QString &confirmation, const ftc::CancelFlag &planCancel);
    void probeDisk(int requestId, const QString &disk);
    void readVmConfig(int requestId, const QString &vm);
    void checkPrivileges(int requestId, const QList<QByteArrayList> &argvs);
    void readNetFacts(int requestId);
    void readCheckFacts(int requestId);
    void readVmHostFacts(int requestId, const ftc::VmHostQuery &query, ftc::HostSnapshotPtr snapshot);
    void openVmDisplay(int requestId, const QString &vm);
    void saveBundle(int requestId, const QString &dir);
    void applyNetChange(int planId, const ftc::NetChange &change, const ftc::CancelFlag &planCancel);
    void identifyAdapter(int requestId, const QString &adapter, int seconds);

signals:
    void snapshotReady(ftc::HostSnapshotPtr snapshot);
    void stateChanged(ftc::ConnectionState state, const QString &message);
    void eventsDetected(const QList<ftc::HostEvent> &events);
    void planStepFinished(int planId, int index, int count, const QString &title, bool ok, const QString &detail);
    void planFinished(int planId, bool ok, const QString &message);
    void planStepProgress(int planId, int index, const QString &progress);
    void journalFailed(const QString &message);
    void diskProbed(int requestId, const ftc::DiskProbe &probe);
    void vmConfigRead(int requestId, const ftc::VmConfigReading &reading);
    void privilegesChecked(int requestId, const QList<ftc::PrivilegeCheck> &checks);
    void netFactsRead(int requestId, const ftc::NetFacts &facts);
    void checkFactsRead(int requestId, const ftc::CheckFacts &facts);
    void vmHostFactsRead(int requestId, const ftc::VmHostFacts &facts);
    void vmDisplayOpened(int requestId, const ftc::VmDisplay &display);
    void bundleSaved(int requestId, bool ok, const QString &message);
    void netChangeProgress(int planId, const QString &text);
    void adapterIdentified(int requestId, const QString &adapter, const QString &problem);

private:
    // Why nothing can be changed (closed, capture, not connected); empty when it can.
    QString whyNotChangeable(const CancelFlag &planCancel) const;
    void poll(bool full);
    // A new snapshot to the window: state, events, then the snapshot itself.
    void publish(const HostSnapshotPtr &snapshot);
    void setState(ConnectionState state, const QString &message);
    void finishPlan(int planId, const QString &title, bool ok, const QString &message);

    HostSpec m_spec;
    SessionPrompter *m_prompter;
    std::unique_ptr<Runner> m_runner;
    std::unique_ptr<Poller> m_poller;
    ChangeTracker m_tracker;
    OperationJournal m_journal;
    CancelFlag m_cancel;
    HostSnapshotPtr m_latest;
    QMap<QString, QString> m_overrides;
    RawSources m_bundle;       // a capture's files, read once
    QTimer *m_timer = nullptr;
    QTimer *m_eventTimer = nullptr;
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_stateMessage;
    bool m_failedForGood = false;
};

} // namespace ftc
