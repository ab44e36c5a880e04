#pragma once
// What an account that is not root may run as root, asked of sudo on the host
// itself: `sudo -n -l -- ARGV` exits 0 exactly when sudoers lets the account
// run ARGV without a password (sudo(8), -l with a command). The console runs
// every privileged step through `sudo -n`, so anything else fails: the console
// says so before the admin clicks, with the sudoers line that would allow it.

#include "transport/Runner.h"

#include <QList>
#include <QString>

namespace ftc {

struct PrivilegeCheck {
    enum class Verdict {
        Allowed,       // sudo -n would run it
        NeedsPassword, // sudoers allows it only with a password, or requires a tty
        NotAllowed,    // sudoers does not allow it
        NoSudo,        // the host has no sudo
        Unknown,       // the question could not be asked (connection lost)
    };
    Argv argv;                 // the command, without sudo
    Verdict verdict = Verdict::Unknown;
    QString programPath;       // absolute path on the host (`command -v`), for sudoers
    QString detail;            // sudo's own words when it refused

    bool allowed() const { return verdict == Verdict::Allowed; }
};

// One round trip for all of them. A root session needs no checks: every argv is
// Allowed without asking.
QList<PrivilegeCheck> checkPrivileges(Runner &runner, const QList<Argv> &argvs,
                                      const CancelFlag &cancel = CancelFlag());

// "The account alice may not run `tee /sys/block/md2/md/sync_action` as root
// without a password. Allow exactly this with: alice ALL=(root) NOPASSWD: ..."
QString privilegeRemedy(const QString &user, const PrivilegeCheck &check);

} // namespace ftc
