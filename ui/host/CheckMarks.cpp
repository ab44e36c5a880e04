#include "CheckMarks.h"

#include "checks/CheckText.h"
#include "checks/SetupSteps.h"

#include <QCoreApplication>

namespace ftc {

namespace {

class CheckMarks {
    Q_DECLARE_TR_FUNCTIONS(ftc::CheckMarks)
};

int rank(BadgeTone t)
{
    return t == BadgeTone::Bad ? 2 : t == BadgeTone::Warning ? 1 : 0;
}

// Which tree nodes an area's findings can concern.
bool concerns(const QString &area, NodeKind kind)
{
    if (area == QLatin1String("storage"))
        return kind == NodeKind::Disk || kind == NodeKind::Mirror;
    if (area == QLatin1String("network"))
        return kind == NodeKind::Nic || kind == NodeKind::Team || kind == NodeKind::Bridge;
    if (area == QLatin1String("vm"))
        return kind == NodeKind::Vm;
    return false;
}

void mark(NodeSpec &n, const QList<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.object.isEmpty() || f.object != n.object || !concerns(findingArea(f.id), n.kind))
            continue;
        n.toolTip += (n.toolTip.isEmpty() ? QString() : QStringLiteral("\n")) + severityLabel(f.severity)
            + QStringLiteral(": ") + f.message;
        const BadgeTone t = severityTone(f.severity);
        if (n.hasTone && rank(t) > rank(n.tone))
            n.tone = t;
    }
    for (NodeSpec &c : n.children)
        mark(c, findings);
}

} // namespace

BadgeTone severityTone(Severity s)
{
    switch (s) {
    case Severity::Error: return BadgeTone::Bad;
    case Severity::Warning: return BadgeTone::Warning;
    case Severity::Unknown:
    case Severity::Info: return BadgeTone::Neutral;
    }
    return BadgeTone::Neutral;
}

QString checksSummary(const QList<Finding> &findings)
{
    int errors = 0, warnings = 0, unknown = 0;
    for (const Finding &f : findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        unknown += f.severity == Severity::Unknown;
    }
    QStringList parts;
    // Whole phrases per count: the source language is written out, not "(s)".
    if (errors)
        parts << (errors == 1 ? CheckMarks::tr("1 error") : CheckMarks::tr("%1 errors").arg(errors));
    if (warnings)
        parts << (warnings == 1 ? CheckMarks::tr("1 warning") : CheckMarks::tr("%1 warnings").arg(warnings));
    if (unknown)
        parts << CheckMarks::tr("%1 unknown").arg(unknown);
    return parts.isEmpty() ? CheckMarks::tr("All passed") : parts.join(QStringLiteral(", "));
}

NodeSpec checksNode(const QList<Finding> &findings)
{
    NodeSpec n = treeGroup(groups::Checks, CheckMarks::tr("Checks"), QStringLiteral("checks"));
    const Severity worst = worstSeverity(findings);
    setNodeState(n, worst >= Severity::Warning ? severityTone(worst) : BadgeTone::Good, checksSummary(findings));
    n.toolTip = CheckMarks::tr("The guide's post-installation checks, from the host's live state");
    return n;
}

NodeSpec setupNode(const QList<Finding> &findings)
{
    const QList<SetupStep> steps = setupSteps(findings);
    NodeSpec n = treeGroup(groups::Setup, CheckMarks::tr("Setup"), QStringLiteral("checks"));
    const int done = setupDone(steps), total = setupTotal(steps);
    setNodeState(n, done == total ? BadgeTone::Good : BadgeTone::Neutral,
                 CheckMarks::tr("%1 of %2 done").arg(done).arg(total));
    n.toolTip = CheckMarks::tr("The guide's setup steps, ticked from the host's live state");
    return n;
}

void markFindings(QList<NodeSpec> &specs, const QList<Finding> &findings)
{
    for (NodeSpec &n : specs)
        mark(n, findings);
}

} // namespace ftc
