#pragma once
// Which of the host's network stacks owns the adapters a change touches: the
// console changes a team with that stack's own tools and files, so the team
// survives a reboot and the stack does not fight the change.

#include "NetFacts.h"

namespace ftc {

enum class NetStack {
    Unknown,
    NetworkManager,            // nmcli; rollback by NetworkManager checkpoint
    Networkd,                  // systemd-networkd's .netdev/.network files
    Netplan,                   // netplan YAML rendered for systemd-networkd
    Ifupdown,                  // /etc/network/interfaces with ifenslave's bond-* options
};

// "NetworkManager", "systemd-networkd", "netplan", "ifupdown", "unknown".
QString netStackName(NetStack stack);

struct StackChoice {
    NetStack stack = NetStack::Unknown;
    QString reason;            // why this stack ("NetworkManager manages eth1 and eth2")
    QString problem;           // non-empty: refused, says what to do
};

// Decides from facts which stack owns adapters. NetworkManager when it runs
// and manages all of them (Debian's NetworkManager leaves adapters listed in
// /etc/network/interfaces "unmanaged" to ifupdown); netplan when it has files
// and systemd-networkd runs; systemd-networkd when it runs; ifupdown when
// /etc/network/interfaces and ifup exist. A mix (some adapters managed by
// NetworkManager, some not) or none of these is refused.
StackChoice chooseNetStack(const NetFacts &facts, const QStringList &adapters);

} // namespace ftc
