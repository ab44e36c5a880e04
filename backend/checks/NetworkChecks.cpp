// Network: every adapter in a team, teams across modules, SFT with two
// members, no member down, the VMs' traffic carried by a team.

#include "Findings.h"

#include "ChecksTr.h"

#include <QCoreApplication>

namespace ftc {

namespace {


// The team a bridge's traffic leaves through, "" when none of its ports is a team.
QString teamUnder(const HostSnapshot &s, const Bridge &b)
{
    for (const QString &p : b.ports)
        if (s.team(p))
            return p;
    return {};
}

} // namespace

void networkChecks(const HostSnapshot &s, QList<Finding> &out)
{
    for (const Nic &n : s.nics)
        if (n.master.isEmpty())
            out.append({QStringLiteral("network.unteamed-adapter"), Severity::Warning, n.name,
                        Checks::tr("Adapter %1 is not in a team: its link is a single point of failure.").arg(n.name),
                        Checks::tr("Team it with an adapter of the other module (Network ▸ New Team).")});
    for (const Team &t : s.teams) {
        QStringList modules;
        for (const TeamMember &m : t.members)
            if (!m.module.isEmpty() && !modules.contains(m.module))
                modules << m.module;
        if (t.members.size() >= 2 && modules.size() == 1)
            out.append({QStringLiteral("network.team-single-module"), Severity::Warning, t.name,
                        Checks::tr("All adapters of %1 are in module %2.").arg(t.name, modules.first()),
                        Checks::tr("Team adapters of different modules (1+3, 2+4) so a module can fail.")});
        if (t.kind == QLatin1String("SFT") && t.members.size() != 2)
            out.append({QStringLiteral("network.sft-members"), Severity::Error, t.name,
                        Checks::tr("%1 is a Switch Fault Tolerance team with %2 adapters; it needs exactly two, one per "
                           "switch.").arg(t.name).arg(t.members.size()),
                        Checks::tr("Add or remove adapters of %1 until it has two, one on each switch.").arg(t.name)});
        QStringList down;
        for (const TeamMember &m : t.members)
            if (m.link != QLatin1String("up"))
                down << m.name;
        if (!t.members.isEmpty() && down.size() == t.members.size())
            out.append({QStringLiteral("network.team-down"), Severity::Error, t.name,
                        Checks::tr("Every adapter of %1 has lost its link (%2): the team carries nothing.")
                            .arg(t.name, down.join(QStringLiteral(", "))),
                        Checks::tr("Check the cables and the switch ports of %1.").arg(down.join(QStringLiteral(", ")))});
        else if (!down.isEmpty())
            out.append({QStringLiteral("network.team-member-down"), Severity::Warning, t.name,
                        Checks::tr("%1 runs without redundancy: %2 has no link.").arg(t.name, down.join(QStringLiteral(", "))),
                        Checks::tr("Check the cable and the switch port of %1.").arg(down.join(QStringLiteral(", ")))});
    }
    // The guide connects its VMs to the team.
    QStringList teamsForVms;
    for (const Bridge &b : s.bridges) {
        const QString team = teamUnder(s, b);
        if (!team.isEmpty())
            teamsForVms << team;
        else if (!b.vms.isEmpty())
            out.append({QStringLiteral("network.vms-not-on-team"), Severity::Warning, b.name,
                        Checks::tr("%1 reach the network through %2, which no team carries.")
                            .arg(b.vms.join(QStringLiteral(", ")), b.name),
                        Checks::tr("Connect their NICs to the bridge over a team (the Teaming Wizard's \"Virtual machines use "
                           "this team\").")});
    }
    if (!s.vms.isEmpty() && !s.teams.isEmpty() && teamsForVms.isEmpty())
        out.append({QStringLiteral("network.no-team-for-vms"), Severity::Warning, s.teams.first().name,
                    Checks::tr("No team carries the virtual machines' traffic: none has a bridge for them."),
                    Checks::tr("Put a bridge over the team for the VMs (the Teaming Wizard's \"Virtual machines use this "
                       "team\"), then connect the VMs' NICs to that bridge.")});
    if (s.teams.isEmpty() && s.nics.size() >= 2)
        out.append({QStringLiteral("network.no-team"), Severity::Warning, QString(),
                    Checks::tr("The host has no adapter team: one cable, adapter or switch port takes its network down."),
                    Checks::tr("Build a team of two adapters of different modules (Network ▸ New Team).")});
}

} // namespace ftc
