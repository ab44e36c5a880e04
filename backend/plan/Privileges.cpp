#include "Privileges.h"

#include "Plan.h"
#include "PlansTr.h"
#include "transport/Batch.h"
#include "transport/ShellQuote.h"

namespace ftc {

QList<PrivilegeCheck> checkPrivileges(Runner &runner, const QList<Argv> &argvs, const CancelFlag &cancel)
{
    QList<PrivilegeCheck> out;
    for (const Argv &a : argvs) {
        PrivilegeCheck c;
        c.argv = a;
        if (!runner.needsSudo())
            c.verdict = PrivilegeCheck::Verdict::Allowed;
        out << c;
    }
    if (!runner.needsSudo() || argvs.isEmpty())
        return out;
    QList<BatchStep> steps;
    for (qsizetype i = 0; i < argvs.size(); ++i) {
        steps << BatchStep::run(QStringLiteral("l%1").arg(i), Argv{"sudo", "-n", "-l", "--"} + argvs[i], false, 10);
        // The path sudoers must name, searched the way sudo searches (Debian's
        // secure_path): an account's own PATH often lacks the sbin directories
        // where mdadm and wipefs live.
        steps << BatchStep::run(QStringLiteral("p%1").arg(i),
                                {"sh", "-c",
                                 "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin command -v \"$1\"",
                                 "sh", argvs[i].value(0)},
                                false, 10);
    }
    const QHash<QString, CommandResult> r = runBatch(runner, steps, 30000, cancel);
    for (qsizetype i = 0; i < out.size(); ++i) {
        PrivilegeCheck &c = out[i];
        const CommandResult l = r.value(QStringLiteral("l%1").arg(i));
        const CommandResult p = r.value(QStringLiteral("p%1").arg(i));
        if (p.ok())
            c.programPath = QString::fromUtf8(p.out.trimmed());
        c.detail = QString::fromUtf8(l.err.trimmed());
        if (l.status != CommandResult::Status::Finished)
            c.verdict = PrivilegeCheck::Verdict::Unknown;
        else if (l.exitCode == 0)
            c.verdict = PrivilegeCheck::Verdict::Allowed;
        else if (l.exitCode == 127)
            c.verdict = PrivilegeCheck::Verdict::NoSudo;
        else if (sudoWantsPassword(l.err))
            c.verdict = PrivilegeCheck::Verdict::NeedsPassword;
        else
            c.verdict = PrivilegeCheck::Verdict::NotAllowed;
    }
    return out;
}

QString privilegeRemedy(const QString &user, const PrivilegeCheck &c)
{
    const QString command = QString::fromUtf8(shellQuote(c.argv));
    switch (c.verdict) {
    case PrivilegeCheck::Verdict::Allowed:
        return {};
    case PrivilegeCheck::Verdict::NoSudo:
        return Plans::tr("The host has no sudo, and the account %1 is not root: connect as root, or install "
                         "sudo and allow `%2`.").arg(user, command);
    case PrivilegeCheck::Verdict::Unknown:
        return Plans::tr("Could not ask sudo whether %1 may run `%2`.").arg(user, command);
    case PrivilegeCheck::Verdict::NeedsPassword:
    case PrivilegeCheck::Verdict::NotAllowed:
        break;
    }
    return Plans::tr("The account %1 may not run `%2` as root without a password. An administrator can allow "
                     "exactly this command (not the program at large) with `visudo -f /etc/sudoers.d/ftconsole` "
                     "and the line: %3")
        .arg(user, command, sudoersLine(user, c.programPath, c.argv));
}

} // namespace ftc
