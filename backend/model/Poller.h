#pragma once
// Reads all live state of a host with one batched command per refresh (see
// PollPlan for what a live and a full read hold). The per-object sources (array
// sysfs and detail, bonding files, schedinfo) are planned from what the
// previous refresh found; when a refresh discovers objects it did not yet read,
// or its live read shows that the full one is out of date, it follows up at
// once with a full read, so every snapshot is complete.

#include "PollPlan.h"
#include "RawSources.h"
#include "SyncSmoother.h"
#include "parse/VirshEvent.h"
#include "vms/VirshSession.h"
#include "checks/CheckFacts.h"
#include "vms/VmConfigReading.h"
#include "vms/VmCpuRates.h"

#include <functional>

namespace ftc {

class Poller {
public:
    Poller(Runner &runner, QString label);
    ~Poller();

    // Null when the host could not be reached at all; lastError() says why.
    // full: read everything now and ask again for tools found missing (the
    // admin's "Refresh now"); otherwise a live read, full only when due.
    HostSnapshotPtr refresh(const CancelFlag &cancel = CancelFlag(), bool full = false);

    QString lastError() const { return m_lastError; }
    // Every source's latest reading, as a support bundle holds them.
    const RawSources &lastRaw() const { return m_raw; }
    int roundTripsLastRefresh() const { return m_roundTrips; }
    // Whether the last refresh was (or included) a full read.
    bool lastRefreshWasFull() const { return m_lastWasFull; }
    // Tools the host was found to lack (exit 127); not asked for again until a
    // full refresh is requested.
    QSet<QString> missingTools() const { return m_missingTools; }

    void setModuleOverrides(const QMap<QString, QString> &overrides) { m_overrides = overrides; }
    // Keep one `sh -s` open on the host and send each refresh's batch into it,
    // so a refresh costs no new channel, no new login shell and no new shell
    // process (over SSH that is most of its time). A shell that dies is reopened
    // on the next refresh.
    void setPersistentShell(bool on) { m_persistent = on; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // A full read at least every n refreshes, whatever the live read says: it
    // catches what no fingerprint shows (a mkfs on a host without udev, a VM
    // set to autostart). Default 30.
    void setFullEvery(int n) { m_fullEvery = qMax(1, n); }
    // The libvirt connection virsh uses on this host (default qemu:///system).
    void setLibvirtUri(const QByteArray &uri);
    QByteArray libvirtUri() const { return m_virsh->uri(); }
    // Reads what `virsh event --all --loop` printed since the last call,
    // without waiting. True when a domain changed state or configuration, so
    // the caller refreshes now instead of at the next tick; a domain whose
    // configuration changed has it read again. The stream is opened by the
    // first refresh that reached libvirt and reopened by a later one if it ends.
    bool pollEvents();
    // Forgets the configuration read for these domains (all when empty), so
    // the next refresh reads it again: after a plan changed them.
    void invalidateVmConfig(const QStringList &vms = {});
    // The VM's definition and dominfo, through the virsh session (for its
    // page; never part of a refresh).
    VmConfigReading readVmConfig(const QString &vm, const CancelFlag &cancel = CancelFlag());
    // The checks' one-off facts (checks/CheckFacts) for this snapshot, read
    // through this poller's host and virsh session.
    CheckFacts readCheckFacts(const HostSnapshot &snapshot, const CancelFlag &cancel = CancelFlag());
    // virsh sessions opened so far (1 while the first one lives).
    int virshSessionsOpened() const { return m_virsh->opened(); }
    // Where snapshot times come from; tests with a simulated clock replace it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    bool readOnce(PollDepth depth, const CancelFlag &cancel);
    QHash<QString, CommandResult> runSteps(const QList<BatchStep> &steps, const CancelFlag &cancel);
    QHash<QString, CommandResult> runInShell(const QList<BatchStep> &steps, const CancelFlag &cancel);
    std::shared_ptr<HostSnapshot> build();

    Runner &m_runner;
    QString m_label;
    PollTargets m_targets;
    RawSources m_raw;
    QMap<QString, Problem> m_problems;   // by source key, from its latest read
    QSet<QString> m_missingTools;
    QByteArray m_fingerprint;
    QString m_lastError;
    QMap<QString, QString> m_overrides;
    // Every disk a read of this host placed, by name: a pulled one's slot stays
    // its own (RawSources::formerDisks).
    QMap<QString, DeviceLocation> m_seenDisks;
    int m_timeoutMs = 20000;
    int m_roundTrips = 0;
    int m_fullEvery = 30;
    int m_sinceFull = -1;                // -1: no full read yet
    bool m_lastWasFull = false;
    bool m_persistent = false;
    std::unique_ptr<Stream> m_shell;
    std::unique_ptr<VirshSession> m_virsh;
    std::unique_ptr<Stream> m_events;
    VirshEventReader m_eventReader;
    QMap<QString, QByteArray> m_vmConfig;   // per-domain config sources, by key (present ones)
    QSet<QString> m_vmConfigRead;           // keys read (present or not) since last invalidated
    SyncSmoother m_syncSmoother;
    VmCpuRates m_cpuRates;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

// The poller's reading of one step's result: the text to keep, or a Problem.
// Exposed for tests.
struct SourceReading {
    bool present = false;
    std::optional<Problem> problem;
};
SourceReading interpretSource(const QString &key, const QString &host, const QString &commandLine,
                              const CommandResult &result);

PollTargets targetsOf(const HostSnapshot &snapshot);

} // namespace ftc
