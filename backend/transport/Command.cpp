#include "Command.h"

#include "session/SessionTr.h"

namespace ftc {

QString CommandResult::summary() const
{
    switch (status) {
    case Status::TimedOut:
        return error.isEmpty() ? Session::tr("timed out") : error;
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::TransportError:
        return error;
    case Status::Finished:
        break;
    }
    const QList<QByteArray> lines = err.trimmed().split('\n');
    QByteArray firstLine = lines.value(0);
    // virsh says what failed on its first "error:" line and why on the next:
    // the reason is the part an admin acts on.
    if (firstLine.startsWith("error: "))
        for (qsizetype i = 1; i < lines.size() && lines[i].startsWith("error: "); ++i)
            firstLine += ' ' + lines[i].mid(7);
    if (!firstLine.isEmpty())
        return QString::fromUtf8(firstLine);
    return exitCode == 0 ? QString() : Session::tr("exit status %1").arg(exitCode);
}

Argv withPrivilege(const Argv &argv, bool useSudo)
{
    if (!useSudo)
        return argv;
    Argv out{"sudo", "-n", "--"};
    out += argv;
    return out;
}

bool sudoWantsPassword(const QByteArray &err)
{
    return err.contains("sudo: a password is required")
        || err.contains("sudo: a terminal is required")
        || err.contains("sudo: sorry, you must have a tty to run sudo");
}

} // namespace ftc
