#pragma once
// Reads all live state of a host with one batched command per refresh. The
// per-object sources (array detail, bonding files, schedinfo) are planned from
// what the previous refresh found; when a refresh discovers objects it did not
// yet read, it follows up once at once so the first snapshot is complete.

#include "PollPlan.h"
#include "RawSources.h"
#include "SyncSmoother.h"

#include <functional>

namespace ftc {

class Poller {
public:
    Poller(Runner &runner, QString label);

    // Null when the host could not be reached at all; lastError() says why.
    HostSnapshotPtr refresh(const CancelFlag &cancel = CancelFlag());

    QString lastError() const { return m_lastError; }
    const RawSources &lastRaw() const { return m_lastRaw; }
    int roundTripsLastRefresh() const { return m_roundTrips; }

    void setModuleOverrides(const QMap<QString, QString> &overrides) { m_overrides = overrides; }
    // Keep one `sh` open on the host and send each refresh's batch into it, so a
    // refresh costs no new channel and no new login shell (over SSH that is most
    // of its time). A shell that dies is reopened on the next refresh.
    void setPersistentShell(bool on) { m_persistent = on; }
    ~Poller();
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Where snapshot times come from; tests with a simulated clock replace it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    bool readOnce(const CancelFlag &cancel);
    QHash<QString, CommandResult> runSteps(const QList<BatchStep> &steps, const CancelFlag &cancel);
    QHash<QString, CommandResult> runInShell(const QList<BatchStep> &steps, const CancelFlag &cancel);

    Runner &m_runner;
    QString m_label;
    PollTargets m_targets;
    RawSources m_lastRaw;
    QString m_lastError;
    QMap<QString, QString> m_overrides;
    int m_timeoutMs = 20000;
    int m_roundTrips = 0;
    bool m_persistent = false;
    std::unique_ptr<Stream> m_shell;
    SyncSmoother m_syncSmoother;
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
