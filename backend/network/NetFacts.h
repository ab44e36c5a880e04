#pragma once
// What the host says about its network configuration right before a team
// change is planned: which stack owns the adapters, what they carry, and which
// link the console's own SSH session runs through. Read in one round trip
// (probeNetFacts), never taken from the poller's cache: a plan that moves an
// address must see the address as it is now.

#include "parse/IpAddr.h"
#include "transport/Batch.h"
#include "transport/Runner.h"

#include <QHash>
#include <QMap>
#include <QStringList>

namespace ftc {

struct NmDevice {
    QString device;            // "eth0"
    QString type;              // "ethernet", "bond", "bridge", "loopback"
    QString state;             // "connected", "disconnected", "unmanaged", "unavailable"
    QString connection;        // the active connection's name, "" when none
};

struct NetFacts {
    bool read = false;         // false: the probe itself failed, see error
    QString error;

    // `systemctl is-active UNIT`: "active", "inactive", "failed", "" unknown.
    QString networkManager;
    QString networkd;
    QStringList tools;         // of systemd-run, flock, ifup, ifdown, nmcli, busctl, networkctl, netplan: those present
    QStringList netplanFiles;  // names in /etc/netplan ending in .yaml
    // The console's own netplan files (90-ftconsole-*.yaml), verbatim, by name.
    // netplan wants them mode 0600, so they are read through sudo in a second
    // round trip (ownNetplanSteps) made only when such files exist.
    QHash<QString, QByteArray> ownNetplan;
    QStringList networkdFiles; // names in /etc/systemd/network
    bool hasInterfacesFile = false;
    QByteArray interfacesFile; // /etc/network/interfaces, verbatim
    bool ifenslave = false;    // /etc/network/if-pre-up.d/ifenslave: ifupdown's bond-* options work
    bool bridgeUtils = false;  // /etc/network/if-pre-up.d/bridge: ifupdown's bridge_ports works
    QList<NmDevice> nmDevices; // `nmcli -t device`, empty without NetworkManager

    IpAddrs addresses;         // `ip -j addr show`
    QList<IpRoute> defaultRoutes;  // `ip -j route show default` and `ip -6 -j route show default`
    // The link the SSH session arrives on (`ip -j route get` of the client's
    // address in $SSH_CONNECTION); empty for a local or in-process host.
    QString consoleLink;
    QString consoleClient;     // the client's address as sshd saw it

    bool hasTool(const QString &t) const { return tools.contains(t); }
    const NmDevice *nmDevice(const QString &name) const;
};

// The reads, as batch steps (all unprivileged).
QList<BatchStep> netFactsSteps();
// Pure: the batch's results by step id -> facts. A step that failed leaves its
// fact unknown (empty); parse errors of ip's JSON go into *problems.
NetFacts netFactsFrom(const QHash<QString, CommandResult> &results, QStringList *problems = nullptr);
// The privileged reads of the console's own netplan files that facts.netplanFiles
// names (`cat /etc/netplan/90-ftconsole-*.yaml` one by one), empty when none.
QList<BatchStep> ownNetplanSteps(const NetFacts &facts);
// Pure: their results into facts.ownNetplan; one not read is left out (the edit
// planner then refuses with what to do).
void addOwnNetplan(NetFacts *facts, const QHash<QString, CommandResult> &results);
// Runs the batch on runner (one round trip). On transport failure facts.read is
// false and facts.error says why.
NetFacts probeNetFacts(Runner &runner, const CancelFlag &cancel = CancelFlag());

} // namespace ftc
