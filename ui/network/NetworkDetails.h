#pragma once
// What the properties pane shows for the network area: adapters, teams and
// their members, and the network groups.

#include "shell/NodeDetails.h"

namespace ftc {

class NetworkDetails {
    Q_DECLARE_TR_FUNCTIONS(ftc::NetworkDetails)
public:
    // Network, Adapters, Teams; false for another area's group.
    static bool groupRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    static void nicRows(const Nic &n, PaneContent &out);
    static void teamRows(const HostSnapshot &s, const Team &t, PaneContent &out);
    // A bridge: its state, its ports (a team, adapters) and the VMs on it.
    static void bridgeRows(const HostSnapshot &s, const Bridge &b, PaneContent &out);
    // object "bond0/eth1": the adapter behind the member.
    static void teamMemberRows(const HostSnapshot &s, const QString &object, PaneContent &out);

private:
    // A Nic's "full"/"half" in the admin's language; unknown (no link, the
    // interface down) as a dash like every other unknown field.
    static QString duplexText(const QString &duplex);
};

} // namespace ftc
