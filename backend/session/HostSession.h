#pragma once
// One open host: a worker thread that owns the Runner and the Poller, refreshes on
// an interval and hands immutable snapshots to whoever listens (queued signals).
// Nothing here blocks the thread that created it.

#include "checks/CheckFacts.h"
#include "model/HostEvent.h"
#include "model/HostSnapshot.h"
#include "HostSpec.h"
#include "network/NetChange.h"
#include "plan/Plan.h"
#include "plan/Privileges.h"
#include "storage/DiskProbe.h"
#include "vms/VmHostFacts.h"
#include "vnc/VmDisplay.h"
#include "vms/VmConfigReading.h"

#include <QMap>
#include <QObject>
#include <functional>
#include <memory>

class QThread;

namespace ftc {

class SessionPrompter;
class SessionWorker;

enum class ConnectionState { Connecting, Connected, Disconnected, Failed };

class HostSession : public QObject {
    Q_OBJECT
public:
    // prompter may be null (headless: unknown host keys are refused, no passwords).
    // It is called from the worker thread and must marshal to its own thread.
    HostSession(const HostSpec &spec, SessionPrompter *prompter, QObject *parent = nullptr);
    ~HostSession() override;

    QString label() const;
    HostSpec spec() const { return m_spec; }
    HostSnapshotPtr latest() const { return m_latest; }
    ConnectionState state() const { return m_state; }

    void start(int intervalMs = 1000);
    void refreshNow();
    // Returns at once: a refresh in flight is cancelled and the worker ends on its
    // own, so closing a host stuck on a slow network never freezes the caller.
    void stop();
    // At exit: waits up to ms for the workers of stopped sessions to end, and
    // deletes them; once none is left, runs the deleters handed to
    // deleteWhenSessionsEnd(). Also runs as a QCoreApplication post routine.
    static void waitForStoppedSessions(int ms);
    // For what workers may still call after their session stopped (a prompter):
    // deleted only when every stopped worker has ended. A worker stuck on a dead
    // host at exit keeps it alive to the end of the process.
    static void deleteWhenSessionsEnd(std::function<void()> deleter);

    // Where the admin says disks and adapters sit (moduleOverrideKey -> "10" or
    // "11"; Modules.h), for the PCI-root guess to give way to; the host is read
    // again with them at once. May be called before start().
    void setModuleOverrides(const QMap<QString, QString> &overrides);
    // Another libvirt connection for this host (empty: qemu:///system); the
    // VMs are read again from it at once.
    void setLibvirtUri(const QString &uri);
    // Runs the plan on the session's thread, then refreshes at once. Progress
    // comes back through planStepFinished and planFinished, tagged with the id
    // returned here so a window can tell its plan from another one's. Each plan
    // leaves an OperationReport in the host's OperationJournal (the user's data
    // directory) before planFinished is emitted.
    int applyPlan(const ftc::Plan &plan, const QString &confirmation);
    // Stops plan planId before its next step (a step already running finishes:
    // half an mdadm call is worse than a whole one). Called on the session's
    // own thread, like applyPlan; returns at once, and planFinished then says
    // which steps ran. Unknown or finished ids are ignored.
    void cancelPlan(int planId);
    // Ids of plans handed to applyPlan that have not finished yet.
    QList<int> runningPlans() const { return m_planCancels.keys(); }
    // Asks the host what the disk holds (probeDisk), on the session's thread;
    // the answer comes back through diskProbed with the id returned here.
    int probeDisk(const QString &disk);
    // Reads a VM's definition (dumpxml, dominfo) on the session's thread; the
    // answer comes back through vmConfigRead with the id returned here.
    int readVmConfig(const QString &vm);
    // Asks sudo on the host which of these the account may run (checkPrivileges);
    // the answer comes back through privilegesChecked.
    int checkPrivileges(const QList<QByteArrayList> &argvs);

    // Reads the host's network configuration as it is now (probeNetFacts), for
    // a team's plan; the answer comes back through netFactsRead.
    int readNetFacts();
    // Reads the checks' one-off facts (checks/CheckFacts) for the latest
    // snapshot: from the host, or from a capture's checks/ files. The answer
    // comes back through checkFactsRead.
    int readCheckFacts();
    // Asks the host what creating or changing a VM needs (readVmHostFacts:
    // free space under query.dirs, query.paths, query.images, libvirt's
    // networks), for the latest snapshot; the answer comes back through
    // vmHostFactsRead.
    int readVmHostFacts(const ftc::VmHostQuery &query);
    // Opens a running VM's screen: reads its live XML, takes its VNC server
    // when it listens on the host's loopback or a unix socket (vncTargetFor),
    // and opens a stream to it through the session's own connection
    // (Runner::openForward). The answer comes back through vmDisplayOpened.
    int openVmDisplay(const QString &vm);
    // Writes a support bundle of the host into dir (capture/BundleWriter): the
    // latest full read's raw outputs and the checks' facts, read now; a
    // capture writes what it holds. The answer comes back through bundleSaved.
    int saveBundle(const QString &dir);
    // Applies a network change (applyNetChange): its plan's steps come back
    // through planStepFinished, each later phase (reconnecting, verifying,
    // confirming, rolling back) through netChangeProgress, and the outcome
    // through planFinished: ok only when the change was confirmed; otherwise
    // the message says what the host did and the state it is in. Journaled
    // like any plan; cancelPlan stops it before the change starts.
    int applyNetChange(const ftc::NetChange &change);
    // Blinks the adapter's port LED for seconds (identifyAdapter);
    // adapterIdentified says how it went ("" problem: it blinked).
    int identifyAdapter(const QString &adapter, int seconds);

signals:
    void snapshotReady(ftc::HostSnapshotPtr snapshot);
    void stateChanged(ftc::ConnectionState state, const QString &message);
    void eventsDetected(const QList<ftc::HostEvent> &events);
    void planStepFinished(int planId, int index, int count, const QString &title, bool ok, const QString &detail);
    void planFinished(int planId, bool ok, const QString &message);
    // How far a step that reports its progress is ("42 %"), while it runs.
    void planStepProgress(int planId, int index, const QString &progress);
    // The journal could not be written (disk full, no permission): the report
    // of that plan is only in the event log.
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
    // A plan or network change: a new id, its cancel flag, and run on the
    // worker's thread (refused at once when the host is closed).
    int startChange(const std::function<void(SessionWorker *, int, const CancelFlag &)> &run);

    HostSpec m_spec;
    HostSnapshotPtr m_latest;
    ConnectionState m_state = ConnectionState::Connecting;
    int m_nextPlanId = 1;
    QMap<int, CancelFlag> m_planCancels;  // running plans, by id
    int m_nextProbeId = 1;
    QThread *m_thread = nullptr;
    SessionWorker *m_worker = nullptr;
};

} // namespace ftc

Q_DECLARE_METATYPE(ftc::ConnectionState)
Q_DECLARE_METATYPE(ftc::Plan)
Q_DECLARE_METATYPE(ftc::DiskProbe)
Q_DECLARE_METATYPE(ftc::PrivilegeCheck)
Q_DECLARE_METATYPE(ftc::NetFacts)
Q_DECLARE_METATYPE(ftc::CheckFacts)
Q_DECLARE_METATYPE(ftc::NetChange)
