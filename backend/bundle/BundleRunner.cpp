#include "BundleRunner.h"
#include "model/PollPlan.h"
#include "transport/ShellQuote.h"

#include <QFile>

namespace ftc {

BundleRunner::BundleRunner(QString directory) : m_dir(std::move(directory)) {}

QString BundleRunner::hostLabel() const
{
    return QStringLiteral("bundle:") + m_dir;
}

CommandResult BundleRunner::exec(const Argv &argv, const QByteArray &)
{
    CommandResult r;
    r.status = CommandResult::Status::Finished;
    static const QList<QByteArray> tools = {"cat", "mdadm", "grep", "lsblk", "ls", "ip", "virsh"};
    if (argv.isEmpty() || !tools.contains(argv.first())) {
        // Like a host without that program, so the poller reports it the same way.
        r.exitCode = 127;
        r.err = "sh: 1: " + argv.value(0) + ": not found\n";
        return r;
    }
    const QString key = sourceKeyForArgv(argv);
    if (key.isEmpty()) {
        r.exitCode = 1;
        r.err = "bundle " + m_dir.toUtf8() + " is a read-only capture: it cannot run "
            + shellQuote(argv) + "\n";
        return r;
    }
    QFile f(m_dir + QLatin1Char('/') + key);
    if (!f.open(QIODevice::ReadOnly)) {
        // The capture did not include this source, as if the host lacked it.
        r.exitCode = 1;
        r.err = key.toUtf8() + ": not in this bundle\n";
        return r;
    }
    r.out = f.readAll();
    r.exitCode = 0;
    return r;
}

} // namespace ftc
