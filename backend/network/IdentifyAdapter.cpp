#include "IdentifyAdapter.h"

#include "model/PollPlan.h"
#include "plan/PlansTr.h"

namespace ftc {

Command identifyAdapterCommand(const QString &adapter, int seconds)
{
    Command c;
    c.argv = {"ethtool", "--identify", adapter.toUtf8(), QByteArray::number(qBound(1, seconds, 60))};
    c.privileged = true;
    c.timeoutMs = (qBound(1, seconds, 60) + 15) * 1000;
    return c;
}

QString identifyAdapter(Runner &runner, const QString &adapter, int seconds, const CancelFlag &cancel)
{
    if (!safeObjectName(adapter) || adapter.startsWith(QLatin1Char('-')))
        return Plans::tr("\"%1\" is not an adapter name.").arg(adapter);
    const CommandResult r = runner.run(identifyAdapterCommand(adapter, seconds), cancel);
    if (r.ok())
        return {};
    const QString said = QString::fromUtf8(r.err + r.out).trimmed();
    if (r.status == CommandResult::Status::Finished) {
        if (said.contains(QLatin1String("not supported"), Qt::CaseInsensitive))
            return Plans::tr("%1's driver cannot blink its LED (ethtool: %2). Find the port by its MAC address "
                             "or by unplugging its cable instead.")
                .arg(adapter, said);
        if (said.contains(QLatin1String("No such device"), Qt::CaseInsensitive))
            return Plans::tr("%1 is no longer on the host (ethtool: %2).").arg(adapter, said);
        if (r.exitCode == 127 || said.contains(QLatin1String("not found")))
            return Plans::tr("ethtool is not installed on the host: install it (package ethtool) to identify "
                             "adapters.");
        return Plans::tr("Identifying %1 failed: %2").arg(adapter, said.isEmpty() ? r.summary() : said);
    }
    if (r.status == CommandResult::Status::Cancelled)
        return Plans::tr("Identifying %1 was stopped.").arg(adapter);
    return Plans::tr("Identifying %1 failed: %2").arg(adapter, r.summary());
}

} // namespace ftc
