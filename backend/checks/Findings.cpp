#include "Findings.h"

namespace ftc {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Unknown: return QStringLiteral("unknown");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString findingArea(const QString &id)
{
    return id.section(QLatin1Char('.'), 0, 0);
}

Severity worstSeverity(const QList<Finding> &findings)
{
    Severity worst = Severity::Info;
    for (const Finding &f : findings)
        worst = qMax(worst, f.severity);
    return worst;
}

QList<Finding> findingsFor(const HostSnapshot &snapshot, const CheckFacts &facts, const CheckOptions &options)
{
    QList<Finding> out;
    storageChecks(snapshot, facts, out);
    networkChecks(snapshot, out);
    vmChecks(snapshot, facts, options, out);
    hostChecks(snapshot, facts, out);
    return out;
}

} // namespace ftc
