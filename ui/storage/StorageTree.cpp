#include "StorageTree.h"

#include "common/StateStyle.h"

#include <QCoreApplication>

namespace ftc {

NodeSpec diskNode(const Disk &d, const HostSnapshot &s)
{
    NodeSpec n = treeNode(NodeKind::Disk, d.name, d.name, QStringLiteral("disk"));
    setNodeState(n, StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
    n.toolTip = QStringList({d.model, d.serial}).join(QLatin1Char(' ')).trimmed();
    return n;
}

NodeSpec storageNode(const HostSnapshot &s)
{
    NodeSpec storage = treeGroup(groups::Storage, QCoreApplication::translate("ftc::HostTree", "Storage"), QStringLiteral("storage"));
    NodeSpec physical = treeGroup(groups::PhysicalDisks, QCoreApplication::translate("ftc::HostTree", "Physical disks"), QStringLiteral("disk"));
    for (const Disk *d : sortedByName(s.disks))
        physical.children << diskNode(*d, s);
    NodeSpec virtualDisks = treeGroup(groups::VirtualDisks, QCoreApplication::translate("ftc::HostTree", "Virtual disks"), QStringLiteral("mirror"));
    for (const Mirror *mp : sortedByName(s.mirrors)) {
        const Mirror &m = *mp;
        NodeSpec mn = treeNode(NodeKind::Mirror, m.name, m.name, QStringLiteral("mirror"));
        QString state = StateStyle::text(m.state);
        if (m.sync && m.state == OpState::Syncing)
            state = QCoreApplication::translate("ftc::HostTree", "%1 %2 %").arg(state).arg(m.sync->percent, 0, 'f', 1);
        else if (m.sync && (m.sync->action == QLatin1String("check") || m.sync->action == QLatin1String("repair")))
            // A check runs on a mirror that stays Duplex: its state, then its activity.
            state = (m.sync->action == QLatin1String("check")
                         ? QCoreApplication::translate("ftc::HostTree", "%1, checking %2 %")
                         : QCoreApplication::translate("ftc::HostTree", "%1, repairing %2 %"))
                        .arg(state)
                        .arg(m.sync->percent, 0, 'f', 1);
        setNodeState(mn, StateStyle::tone(m.state), state);
        for (const MirrorMember &member : m.members) {
            NodeSpec mm = treeNode(NodeKind::MirrorMember, m.name + QLatin1Char('/') + member.device,
                               member.device.isEmpty()
                                   // A slot whose disk is gone has a name too.
                                   ? QCoreApplication::translate("ftc::HostTree", "slot %1 — missing").arg(member.slot)
                               : member.replacement ? QCoreApplication::translate("ftc::HostTree", "%1 (replacement)").arg(member.device)
                                                    : member.device,
                               QStringLiteral("disk"));
            setNodeState(mm, StateStyle::tone(member.state), StateStyle::text(member.state));
            mn.children << mm;
        }
        virtualDisks.children << mn;
    }
    for (const MdContainer &c : s.containers) {
        NodeSpec cn = treeNode(NodeKind::Container, c.name,
                           QCoreApplication::translate("ftc::HostTree", "%1 (%2 container)").arg(c.name, c.metadata.toUpper()),
                           QStringLiteral("mirror"));
        setNodeState(cn, BadgeTone::Neutral,
                  c.arrays.isEmpty() ? QCoreApplication::translate("ftc::HostTree", "No arrays")
                                     : QCoreApplication::translate("ftc::HostTree", "Holds %1").arg(c.arrays.join(QStringLiteral(", "))));
        virtualDisks.children << cn;
    }
    storage.children << physical << virtualDisks;

    return storage;
}

} // namespace ftc
