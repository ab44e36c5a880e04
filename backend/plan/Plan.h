#pragma once
// A wizard's outcome: the exact commands that will run, what to be careful of,
// and what blocks it. Shown to the user before anything runs.

#include "OperationReport.h"
#include "model/HostSnapshot.h"
#include "storage/DiskProbe.h"
#include "transport/Runner.h"

#include <QStringList>
#include <functional>

namespace ftc {

struct PlanStep {
    QString title;             // "Create md3 from sdf with the other side missing"
    Command command;
    QString subject;           // what the step changes ("DC1"), for "changed: ..." when a plan stops; optional
    // What takes this step back when a later step fails: a plan that makes
    // things (a VM's image, its definition) removes them again, newest first,
    // so a failed create leaves nothing behind. Empty argv: nothing to undo.
    Command undo;
    // The step prints how far it is as it goes (qemu-img convert -p's
    // "(42.00/100%)"): applyPlan runs it as a stream and passes that on.
    bool reportsProgress = false;
    // Run undo also when this very step fails (a qemu-img that ran out of
    // space leaves half an image). Only for steps whose target a previous
    // step proved absent, so the undo never removes what was there before.
    bool undoIfFailed = false;
};

// A step run as root (through `sudo -n` when the session is not root), with
// 30 s to finish: what most plans that write a file are made of. subject: what
// it changes, for "changed: ..." when a plan stops; input: its stdin.
PlanStep privilegedStep(const QString &title, const QString &subject, const Argv &argv, const QByteArray &input = {});

struct Plan {
    QString title;
    QList<PlanStep> steps;
    QStringList warnings;      // proceed with care
    QStringList errors;        // refused: each says why and what to do
    // Text the user must type to confirm (the target disk's serial), empty if none.
    QString confirmation;
    QString confirmationWhat;  // "the serial number of sdf"

    // The disk the plan overwrites, as it was when the plan was made. Disks get
    // renumbered (hot-swap, reboot) and written to while an admin walks to the
    // rack: applyPlan() asks the disk itself again (DiskProbe) right before the
    // first step and refuses, changing nothing, if /dev/NAME is no longer that
    // disk (serial) or, with guardBlank, no longer blank.
    QString guardDisk;
    QString guardSerial;
    bool guardBlank = false;
    QByteArray libvirtUri;     // whose domains the disk guard asks about (qemu:///system when empty)

    bool ok() const { return errors.isEmpty() && !steps.isEmpty(); }
    // The commands as they will run, one per line, for the preview: privileged
    // steps with the `sudo -n --` in front that a non-root session adds.
    QStringList commandLines(bool viaSudo = false) const;
    // The privileged steps' argvs (without sudo): what the account must be
    // allowed to run.
    QList<Argv> privilegedArgvs() const;
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
    int stepsUndone = 0;       // on failure: steps whose undo ran successfully
    OperationReport report;    // what ran, as it ran: for the journal
};

// The sudoers line that lets user run argv as root without a password, with
// the program's absolute path (sudoers wants one) and the exact arguments:
// never the program at large, which for `tee` would be root for any file.
QString sudoersLine(const QString &user, const QString &programPath, const Argv &argv);

// Empty when the plan's disk guard holds for what the disk says now; else why
// not, naming every reason.
QString checkDiskGuard(const Plan &plan, const DiskProbe &now);

// With a disk guard, first probes the disk (probeDisk) and refuses on any
// doubt. Then runs the steps in order, each as `env LC_ALL=C [sudo -n --] ARGV`
// so tools and sudo answer in the words the console reads; the first failure stops the plan, and so does
// cancel, checked before every step (a step already running is not cut off:
// half a mdadm call is worse than a whole one). After a failure or a cancel,
// the undo commands of the steps that ran are run newest first (see
// PlanStep::undo), and the message says what was undone and what was not. progress (optional) is called
// after each step from the calling thread. A step sudo refuses is explained:
// which account, which command, the sudoers line that would allow it.
// running (optional) is told, from the calling thread, how far a step that
// reportsProgress is: (step index, "42 %").
ApplyResult applyPlan(Runner &runner, const Plan &plan, const QString &confirmation,
                      const CancelFlag &cancel = CancelFlag(),
                      const std::function<void(const StepResult &)> &progress = {},
                      const std::function<void(int index, const QString &progress)> &running = {});

// The last "(NN.NN/100%)" qemu-img -p printed, as "NN %"; empty when none.
QString qemuImgProgress(const QByteArray &out);

} // namespace ftc
