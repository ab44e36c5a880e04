#pragma once
// Changes to a team that exists, as PROSet offered them: add an adapter,
// remove one, choose the primary, delete the team (its address goes back to
// an adapter). Each is a NetChange with the host-side rollback, made with the
// stack's own tools and files. Pure, like TeamPlanner.

#include "NetChange.h"
#include "NetFacts.h"
#include "model/HostSnapshot.h"

#include <QDateTime>

namespace ftc {

struct TeamEdit {
    enum class Kind { AddMember, RemoveMember, SetPrimary, Delete };
    Kind kind = Kind::AddMember;
    QString team;              // "bond0"
    QString adapter;           // AddMember/RemoveMember: the adapter; SetPrimary: the new primary ("" for none)
    int rollbackSec = 90;
    QDateTime now;             // names the change; current UTC time when invalid
};

// Errors (nothing runs): the team or adapter is gone; an adapter already in a
// team; removing below two members (delete the team instead); a primary for a
// mode without one; facts not read or a stack the console does not know; on
// systemd-networkd and netplan, a team the console did not build (its files
// are elsewhere) and, on netplan, anything but deleting it. Warnings: the
// console's own link, and that adding an adapter briefly interrupts the network.
NetChange planTeamEdit(const HostSnapshot &snapshot, const NetFacts &facts, const TeamEdit &edit);

// Deleting a team gives its address to this member: the one whose MAC the
// team has (so DHCP hands out the same address), else the active one, else
// the first.
QString addressHeir(const Team &team, const NetFacts &facts, const HostSnapshot &snapshot);

} // namespace ftc
