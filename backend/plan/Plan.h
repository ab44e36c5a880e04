#pragma once
// A wizard's outcome: the exact commands that will run, what to be careful of,
// and what blocks it. Shown to the user before anything runs.

#include "model/HostSnapshot.h"
#include "transport/Runner.h"

#include <QStringList>
#include <functional>

namespace ftc {

struct PlanStep {
    QString title;             // "Create md3 from sdf with the other side missing"
    Command command;
};

struct Plan {
    QString title;
    QList<PlanStep> steps;
    QStringList warnings;      // proceed with care
    QStringList errors;        // refused: each says why and what to do
    // Text the user must type to confirm (the target disk's serial), empty if none.
    QString confirmation;
    QString confirmationWhat;  // "the serial number of sdf"

    // The disk the plan overwrites, as the snapshot it was made from knew it.
    // Disks get renumbered (hot-swap, reboot) while an admin walks to the rack;
    // applying on a live session re-reads the host and refuses if /dev/NAME is no
    // longer that disk, or no longer blank.
    QString guardDisk;
    QString guardSerial;
    bool guardBlank = false;

    bool ok() const { return errors.isEmpty() && !steps.isEmpty(); }
    // The commands as a shell would show them, one per line, for the preview.
    QStringList commandLines() const;
};

struct StepResult {
    int index = -1;
    CommandResult result;
};

struct ApplyResult {
    bool ok = false;
    int stepsDone = 0;         // steps that finished successfully
    QList<StepResult> results;
    QString message;           // on failure: which step failed, why, and the state left
};

// Empty when the plan's guard still holds in the fresh snapshot; else why not.
QString checkPlanGuard(const Plan &plan, const HostSnapshot &fresh);

// Runs the steps in order; the first failure stops the plan, and so does
// cancel, checked before every step (a step already running is not cut off:
// half a mdadm call is worse than a whole one). progress (optional) is called
// after each step from the calling thread.
ApplyResult applyPlan(Runner &runner, const Plan &plan, const QString &confirmation,
                      const CancelFlag &cancel = CancelFlag(),
                      const std::function<void(const StepResult &)> &progress = {});

} // namespace ftc
