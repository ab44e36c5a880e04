#include "LocalRunnerText.h"

#include "session/SessionTr.h"

namespace ftc::LocalRunnerText {

QString sudoPasswordError()
{
    return Session::tr(
        "sudo asks for a password, which the console cannot type: add a NOPASSWD sudoers rule "
        "for this user and command, or run the console as root.");
}

QString cannotStart(const QString &program, const QString &why)
{
    return Session::tr("cannot start %1: %2").arg(program, why);
}

QString notEndedAfterKill()
{
    return Session::tr("the process did not end after it was killed");
}

QString emptyCommand()
{
    return Session::tr("empty command");
}

} // namespace ftc::LocalRunnerText
