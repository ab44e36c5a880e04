#pragma once
// The console's side of a NetChange: runs its plan, then reconnects, verifies
// and confirms, or has the host roll back, and says in the end exactly what
// the host is left with. Blocking; runs on the session's worker thread.

#include "NetChange.h"

#include <functional>

namespace ftc {

struct NetChangeOutcome {
    enum class Kind {
        Confirmed,             // applied, verified, confirmed: the rollback is disarmed
        RolledBack,            // the host restored its previous configuration (text says what)
        NothingChanged,        // refused or failed before anything changed
        Unknown,               // the console lost the host: the host rolls back by itself at rollbackAt
    };
    Kind kind = Kind::Unknown;
    QString message;           // for the admin: what happened and the state the host is in
    QList<NetChangeEvent> events;  // the host's status file, as last read
    QDateTime rollbackAt;      // when the host's timer fires (UTC), valid once armed
    ApplyResult apply;         // the plan's steps as they ran
    bool reconnected = false;  // the session dropped and came back during the change
};

struct NetApplyOptions {
    int pollIntervalMs = 2000;     // between verification attempts
    // How long after the timer fired the console keeps trying to get back in
    // to read what the host restored.
    int afterRollbackSec = 60;
};

// progress(text) reports each phase ("Reconnecting…", "bond0 is up: confirming").
NetChangeOutcome applyNetChange(Runner &runner, const NetChange &change, const NetApplyOptions &options = {},
                                const CancelFlag &cancel = CancelFlag(),
                                const std::function<void(const StepResult &)> &stepDone = {},
                                const std::function<void(const QString &)> &progress = {});

// Pure: whether what verifyCommand() printed shows the change working. Empty
// when it does; else what is missing ("bond0 has no active adapter yet").
QString netVerifyProblem(const NetVerify &verify, const QByteArray &verifyOutput);

} // namespace ftc
