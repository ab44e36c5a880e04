#pragma once
// What the tests of network changes share: a finished command's result, as
// the probe's batch hands it over, and dash's verdict on a script's grammar.

#include "transport/Command.h"

#include <QProcess>
#include <QString>

namespace ftc::test {

inline CommandResult done(const QByteArray &out, int rc = 0)
{
    CommandResult r;
    r.status = CommandResult::Status::Finished;
    r.exitCode = rc;
    r.out = out;
    return r;
}

// What dash (the host's /bin/sh on Debian) says about the script's grammar
// without running it; empty when it parses.
inline QString shellSyntaxProblem(const QByteArray &script)
{
    QProcess sh;
    sh.start(QStringLiteral("sh"), {QStringLiteral("-n")});
    sh.write(script);
    sh.closeWriteChannel();
    if (!sh.waitForFinished(10000))
        return QStringLiteral("sh -n did not finish");
    return sh.exitCode() == 0 ? QString() : QString::fromUtf8(sh.readAllStandardError());
}

} // namespace ftc::test
