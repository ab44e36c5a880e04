#include "TeamRules.h"

#include "plan/PlansTr.h"

#include <QSet>

namespace ftc {

QString bondModeFor(TeamType type)
{
    switch (type) {
    case TeamType::Aft:
    case TeamType::Sft: return QStringLiteral("active-backup");
    case TeamType::Alb: return QStringLiteral("balance-alb");
    case TeamType::Lacp: return QStringLiteral("802.3ad");
    }
    return {};
}

QString teamKindName(TeamType type)
{
    switch (type) {
    case TeamType::Aft: return QStringLiteral("AFT");
    case TeamType::Sft: return QStringLiteral("SFT");
    case TeamType::Alb: return QStringLiteral("ALB");
    case TeamType::Lacp: return QStringLiteral("LACP");
    }
    return {};
}

QString interfaceNameProblem(const QString &name)
{
    const QByteArray bytes = name.toUtf8();
    if (bytes.isEmpty())
        return Plans::tr("The team needs a name, such as bond0.");
    // IFNAMSIZ is 16 with the terminating NUL.
    if (bytes.size() > 15)
        return Plans::tr("\"%1\" is %2 bytes long; an interface name has at most 15: choose a shorter one, such "
                         "as bond0.")
            .arg(name)
            .arg(bytes.size());
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return Plans::tr("\"%1\" cannot be an interface name: choose another, such as bond0.").arg(name);
    for (const QChar c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char(':') || c.isSpace() || c.unicode() < 0x20)
            return Plans::tr("\"%1\" holds a '/', ':', blank or control character, which interface names cannot: "
                             "choose another, such as bond0.")
                .arg(name.simplified());
    return {};
}

TeamCheck checkTeamRequest(const HostSnapshot &s, const TeamRequest &r)
{
    TeamCheck out;
    const QString nameProblem = interfaceNameProblem(r.name);
    if (!nameProblem.isEmpty())
        out.errors << nameProblem;
    else if (s.team(r.name) || s.nic(r.name))
        out.errors << Plans::tr("%1 already exists on %2: choose another name.").arg(r.name, s.label);

    if (r.members.size() < 2)
        out.errors << Plans::tr("A team needs at least two adapters: choose another one.");
    if (r.type == TeamType::Sft && r.members.size() != 2)
        out.errors << Plans::tr("A Switch Fault Tolerance team has exactly two adapters, one on each switch "
                                "(%1 chosen).")
                          .arg(r.members.size());

    QSet<QString> seen, modules;
    QSet<int> speeds;
    for (const QString &m : r.members) {
        if (seen.contains(m)) {
            out.errors << Plans::tr("%1 is chosen twice.").arg(m);
            continue;
        }
        seen.insert(m);
        const Nic *nic = s.nic(m);
        if (!nic) {
            out.errors << Plans::tr("%1 is no longer on %2 (removed or renamed): refresh and choose again.")
                              .arg(m, s.label);
            continue;
        }
        if (!nic->master.isEmpty())
            out.errors << Plans::tr("%1 is already in team %2: remove it there first.").arg(m, nic->master);
        // An adapter nobody configured is down, and its carrier unknown until
        // the team opens it.
        if (nic->adminUp && !nic->carrier)
            out.warnings << Plans::tr("%1 has no link now: check its cable before relying on the team.").arg(m);
        modules.insert(nic->module);
        if (nic->speedMbps > 0)
            speeds.insert(nic->speedMbps);
    }
    if (!r.primary.isEmpty() && !r.members.contains(r.primary))
        out.errors << Plans::tr("The primary adapter %1 is not one of the team's members.").arg(r.primary);

    if (r.members.size() >= 2 && modules.size() == 1 && !modules.cbegin()->isEmpty())
        out.warnings << Plans::tr("All members sit in module %1: a module that fails takes the whole team with "
                                  "it. Team adapters of different modules (the guide teams 1+3 and 2+4).")
                            .arg(*modules.cbegin());
    if (speeds.size() > 1)
        out.warnings << Plans::tr("The members run at different speeds: the team is as fast as its slowest "
                                  "active adapter. Use adapters of the same speed.");
    if (r.type == TeamType::Lacp)
        out.warnings << Plans::tr("802.3ad (LACP) works only when the switch ports are configured as one LACP "
                                  "group: configure the switch first, or the team carries no traffic.");
    if (r.type == TeamType::Sft)
        out.warnings << Plans::tr("Connect the two adapters to different switches; ARP monitoring notices a "
                                  "switch whose uplink fails, which link state alone does not.");
    out.warnings << Plans::tr("Adding adapters to a team later briefly interrupts the host's network.");
    return out;
}

} // namespace ftc
