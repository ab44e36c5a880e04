#pragma once
// Builds a team (a bond) the way the host's own network stack would, as a
// NetChange with a host-side rollback. Pure: the snapshot (adapters, teams),
// what the host said just now (NetFacts) and the wizard's choices in; the
// change, with its files and scripts, out. Nothing is refused later that
// could be refused here.

#include "NetChange.h"
#include "NetFacts.h"
#include "TeamRules.h"

#include <QDateTime>

namespace ftc {

struct TeamIpSettings {
    enum class Mode {
        TakeOver,              // the address a member carries moves to the team; none when none does
        Dhcp,
        Static,
        None,                  // the team carries no address
    };
    Mode mode = Mode::TakeOver;
    QString address;           // Static: "192.0.2.10/24"
    QString gateway;           // Static, optional: "192.0.2.1"
};

struct TeamBuild {
    TeamRequest request;
    TeamIpSettings ip;
    // "Virtual machines use this team": a bridge over the bond carries the
    // address, and VMs' NICs attach to the bridge.
    bool vmBridge = false;
    QString bridgeName = QStringLiteral("br0");
    int rollbackSec = 90;
    QDateTime now;             // names the change; current UTC time when invalid
};

// Errors (nothing runs): every TeamRules error; facts not read; a stack the
// console does not know or that lacks its tools (ifupdown without ifenslave,
// or without bridge-utils for a bridge); two members carrying addresses; an
// invalid static address; a bridge name that is taken or invalid.
// Warnings: TeamRules' warnings; the console's own link among the members.
NetChange planTeamCreate(const HostSnapshot &snapshot, const NetFacts &facts, const TeamBuild &build);

// Where the team's address comes from, for the wizard's IP page: the member
// carrying a routable address ("" when none) and its addresses as CIDR.
struct AddressCarrier {
    QString member;
    QStringList addresses;     // "10.0.2.15/24"
    bool dynamic = false;      // DHCP gave them
    QString gateway;           // the default route through it, "" when none
    int carriers = 0;          // how many members carry addresses (more than one is refused)
};
AddressCarrier addressCarrier(const NetFacts &facts, const QStringList &members);

} // namespace ftc
