#include "NetworkTree.h"

#include "common/StateStyle.h"

#include <QCoreApplication>

namespace ftc {

NodeSpec nicNode(const Nic &nic)
{
    NodeSpec n = treeNode(NodeKind::Nic, nic.name, nic.name, QStringLiteral("nic"));
    setNodeState(n, StateStyle::nicTone(nic), StateStyle::nicText(nic));
    n.toolTip = nic.mac;
    return n;
}

NodeSpec networkNode(const HostSnapshot &s)
{
    NodeSpec network = treeGroup(groups::Network, QCoreApplication::translate("ftc::HostTree", "Network"), QStringLiteral("network"));
    NodeSpec adapters = treeGroup(groups::Adapters, QCoreApplication::translate("ftc::HostTree", "Adapters"), QStringLiteral("nic"));
    for (const Nic *nic : sortedByName(s.nics))
        adapters.children << nicNode(*nic);
    NodeSpec teams = treeGroup(groups::Teams, QCoreApplication::translate("ftc::HostTree", "Teams"), QStringLiteral("team"));
    for (const Team *tp : sortedByName(s.teams))
        teams.children << teamNode(*tp);
    network.children << adapters << teams;
    // Bridge ▸ team ▸ adapters, and the VMs whose NICs sit on the bridge.
    if (!s.bridges.isEmpty()) {
        NodeSpec bridges = treeGroup(groups::Bridges, QCoreApplication::translate("ftc::HostTree", "Bridges"),
                                     QStringLiteral("network"));
        for (const Bridge *bp : sortedByName(s.bridges)) {
            const Bridge &b = *bp;
            NodeSpec bn = treeNode(NodeKind::Bridge, b.name, b.name, QStringLiteral("network"));
            setNodeState(bn, b.up ? BadgeTone::Good : BadgeTone::Bad,
                         b.up ? QCoreApplication::translate("ftc::HostTree", "Up")
                              : QCoreApplication::translate("ftc::HostTree", "Down"));
            for (const QString &port : b.ports) {
                if (const Team *t = s.team(port))
                    bn.children << teamNode(*t);
                else if (const Nic *n = s.nic(port))
                    bn.children << nicNode(*n);
            }
            for (const QString &vm : b.vms)
                bn.children << treeNode(NodeKind::Vm, vm, vm, QStringLiteral("vm"));
            bridges.children << bn;
        }
        network.children << bridges;
    }
    return network;
}

NodeSpec teamNode(const Team &t)
{
    NodeSpec tn = treeNode(NodeKind::Team, t.name, t.kind.isEmpty() ? t.name : QCoreApplication::translate("ftc::HostTree", "%1 (%2)").arg(t.name, t.kind),
                       QStringLiteral("team"));
    setNodeState(tn, StateStyle::teamTone(t), StateStyle::teamText(t));
    for (const TeamMember &member : t.members) {
        NodeSpec mn = treeNode(NodeKind::TeamMember, t.name + QLatin1Char('/') + member.name, member.name,
                           QStringLiteral("nic"));
        const bool up = member.link == QLatin1String("up");
        QString state = up ? QCoreApplication::translate("ftc::HostTree", "Up") : QCoreApplication::translate("ftc::HostTree", "Down");
        if (member.name == t.active)
            state = QCoreApplication::translate("ftc::HostTree", "%1, active").arg(state);
        setNodeState(mn, up ? BadgeTone::Good : BadgeTone::Bad, state);
        tn.children << mn;
    }
    return tn;
}

} // namespace ftc
