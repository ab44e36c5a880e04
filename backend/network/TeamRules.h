#pragma once
// What PROSet's Teaming Wizard checked before it built a team, on a Linux
// host: a team is a bond (see DESIGN.md's mapping). Pure: the snapshot in,
// refusals and warnings out, each naming the adapter or team and what to do.
// The wizard shows them as the admin chooses; the team planner refuses on
// any error.

#include "model/HostSnapshot.h"

#include <QStringList>

namespace ftc {

// PROSet's team types and the bond mode each becomes.
enum class TeamType {
    Aft,        // Adapter Fault Tolerance: one active adapter, same switch  -> active-backup
    Sft,        // Switch Fault Tolerance: exactly two adapters, two switches -> active-backup
    Alb,        // Adaptive Load Balancing: all transmit, the primary receives -> balance-alb
    Lacp,       // IEEE 802.3ad link aggregation, needs the switch's LACP   -> 802.3ad
};

// "active-backup", "balance-alb", "802.3ad": the bonding driver's mode name.
QString bondModeFor(TeamType type);
// "AFT", "SFT", "ALB", "LACP": the report's kind.
QString teamKindName(TeamType type);

struct TeamRequest {
    QString name;              // the bond's interface name, "bond0"
    TeamType type = TeamType::Aft;
    QStringList members;       // adapters, "eno1", "eno3"
    QString primary;           // AFT/SFT: the adapter that carries traffic when up; may be empty
};

struct TeamCheck {
    QStringList errors;        // refused: each names what and what to do
    QStringList warnings;      // allowed, with care (the guide's advice)
    bool ok() const { return errors.isEmpty(); }
};

// Whether name can be a Linux interface name (net/core/dev.c dev_valid_name:
// 1..15 bytes, not "." or "..", no '/', ':' or white space). Empty when it
// can, else why not.
QString interfaceNameProblem(const QString &name);

// Errors: an invalid or taken name; fewer than two members; SFT with other
// than two; a member the host does not have (it vanished), listed twice, or
// already in a team; a primary that is no member. Warnings: members in one
// module (the guide teams 1+3 and 2+4, one per module), members of different
// speeds, LACP needing its switch ports configured, SFT needing two switches
// (and ARP monitoring), a member without link, and that adding adapters to
// a team later briefly interrupts the network.
TeamCheck checkTeamRequest(const HostSnapshot &snapshot, const TeamRequest &request);

} // namespace ftc
