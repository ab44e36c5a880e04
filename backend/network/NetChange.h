#pragma once
// A change to the host's network that may cut the console off, made safe by
// the host itself: the change is staged in /var/lib/ftconsole/net/ID/ as two
// scripts, a rollback is armed on the host (a systemd timer; on NetworkManager
// hosts it rolls back a NetworkManager checkpoint), then the change runs as a
// systemd unit of its own, so a dropped SSH session cannot stop it halfway.
// The console reconnects, verifies, and only then confirms; unconfirmed, the
// host restores what it saved and writes what it restored into the status
// file, where the console reads it when it gets back in.
//
// Host-side files of a change (root only, 0700):
//   apply.sh rollback.sh confirm.sh   the scripts, as the plan preview shows them
//   new/N, old/N                      file N as it will be / as it was
//   status                            one line per event: "WORD EPOCH TEXT",
//                                     WORD saved|applied|failed|refused|confirmed|rolled-back
//   log                               every command run and its output

#include "NetStack.h"
#include "plan/Plan.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ftc {

// The directory that holds every change's files on the host.
QByteArray netChangesRoot();

struct NetFileChange {
    QString path;              // "/etc/network/interfaces"
    QByteArray content;        // the whole new file
    int mode = 0644;           // octal permission bits
    QString why;               // "the team's stanzas; eth1's and eth2's own commented out"
    // What the plan read: the sha256 (hex) of the file, or empty when it did not
    // exist. apply.sh refuses, changing nothing, when the file differs now.
    QByteArray plannedSha256;
    // The change removes the file (content unused); apply.sh refuses when it
    // is already gone, and rollback.sh puts it back.
    bool remove = false;
};

// What the console checks after the change before it confirms.
struct NetVerify {
    QString bond;              // when set, must exist with MII status up
    bool needsActive = false;  // active-backup: an active adapter must be chosen
    QString bridge;            // when set, must exist and be up
    QString link;              // when set, must be up (operstate): the adapter a deleted team's address went to
    QStringList members;       // must be ports of bond
    QStringList notMembers;    // must not be
    bool checkPrimary = false;
    QString primary;           // with checkPrimary: bond's primary ("" for none)
};

struct NetChange {
    QString id;                // "bond0-20261130T081502Z": names the directory and the units
    NetStack stack = NetStack::Unknown;
    QString stackReason;
    QString title;             // "Build AFT team bond0 from eth1 and eth2"
    QStringList summary;       // what changes, in words, for the preview
    QStringList warnings;
    QStringList errors;        // refused; nothing may run
    QList<NetFileChange> files;
    QStringList links;         // every link the change creates or changes: "bond0", "eth1"
    QStringList newLinks;      // links it creates: apply.sh refuses if one exists already
    QStringList existingLinks; // links it changes: apply.sh refuses if one is gone
    bool touchesConsoleLink = false;   // the SSH session runs through one of links
    int rollbackSec = 90;      // the host restores itself this long after arming, unless confirmed
    NetVerify verify;

    QByteArray applyScript;
    QByteArray rollbackScript;
    QByteArray confirmScript;

    // stage (directory, new files, scripts), arm (timer), start apply.sh in a
    // unit of its own.
    Plan plan;

    bool ok() const { return errors.isEmpty() && plan.ok(); }
    QByteArray dir() const;            // /var/lib/ftconsole/net/ID
    QByteArray rollbackUnit() const;   // "ftconsole-net-ID-rollback" (.timer and .service)
    // `sh DIR/confirm.sh`: stops the timer, marks the change confirmed (and
    // destroys NetworkManager's checkpoint); exit 3 when it was already rolled back.
    Command confirmCommand() const;
    // Runs rollback.sh now, in a unit of its own; waits for it.
    Command rollbackNowCommand() const;
    // Prints the status file, then "@@" lines each followed by
    // /proc/net/bonding/BOND, the bridge's operstate and the link's operstate
    // (empty when not asked): what netVerifyProblem() reads.
    Command verifyCommand() const;
};

// One line of the status file.
struct NetChangeEvent {
    QString word;              // saved, applied, failed, refused, confirmed, rolled-back
    qint64 epoch = -1;         // seconds
    QString text;
};
QList<NetChangeEvent> parseNetChangeStatus(const QByteArray &status);

// What the stack-specific planner supplies; finishNetChange() wraps it into
// scripts and the plan. Each list is shell lines run in order by apply.sh or
// rollback.sh, which define: say TEXT (log), mark WORD TEXT (status),
// fail TEXT (refuse, nothing changed yet), run CMD... (stop on failure),
// try CMD... (log a failure and carry on), and $d (the change's directory).
struct StackScript {
    QStringList checks;        // before anything changes: call fail when unmet
    QStringList before;        // after the old files are saved, before the new are installed
    QStringList up;            // after the new files are installed
    QStringList teardown;      // rollback, before the saved files come back
    QStringList restore;       // rollback, after they came back
    QStringList confirm;       // confirm.sh, after the timer is stopped
    QString restoredText;      // rollback's status text: "removed bond0; eth1, eth2 as before"
};

// Fills id-dependent parts of change: apply/rollback/confirm scripts with the
// common checks (members present and in no team, bond name free, files as
// planned), and the plan: create the directory, stage new files and scripts,
// arm `systemd-run --on-active=rollbackSec`, start apply.sh with systemd-run.
void finishNetChange(NetChange *change, const StackScript &stack, const QStringList &members);

} // namespace ftc
