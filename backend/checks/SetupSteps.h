#pragma once
// The guide's setup as a live checklist: its five steps (hardware, the host's
// operating system, the server's disks and adapters, the hypervisor, the
// virtual machines), each item ticked from the checks' findings for the
// host as it is now.

#include "checks/Findings.h"

namespace ftc {

struct SetupItem {
    enum class Status { Done, ToDo, Unknown };
    QString id;                // "host.watchdog": stable, for tests and actions
    QString title;             // "Boot monitoring (hardware watchdog)" (translated)
    QStringList findingIds;    // the findings that say it is not done
    Status status = Status::Done;
    QList<Finding> findings;   // those present now, worst first
};

struct SetupStep {
    QString title;             // "1. Hardware" (translated)
    QList<SetupItem> items;
};

// The five steps with their items' status from findings: ToDo while a
// warning or error of the item's ids stands, Unknown while only unknowns
// do, else Done.
QList<SetupStep> setupSteps(const QList<Finding> &findings);
// Items done, of all.
int setupDone(const QList<SetupStep> &steps);
int setupTotal(const QList<SetupStep> &steps);

} // namespace ftc
