#pragma once
// The left-hand tree. A snapshot becomes a plain description of the nodes
// (NodeSpec), which is then merged into the QStandardItemModel in place: items
// that stay keep their identity, so selection and expansion survive a refresh and
// an unchanged tree costs no model signals.

#include "BadgeTone.h"
#include "model/HostSnapshot.h"
#include "model/NaturalOrder.h"

#include <QList>
#include <QString>


class QStandardItem;
class QStandardItemModel;

namespace ftc {

enum class NodeKind { Host = 1, Group, Module, Disk, Mirror, MirrorMember, Nic, Team, TeamMember, Vm, Container, Bridge };

// Data roles on column 0 of each row.
enum NodeRole {
    KindRole = Qt::UserRole + 1,   // NodeKind as int
    ObjectRole,                    // "md0", "sda", group id, "md0/sda1"
    HostRole,                      // the host's label
    KeyRole,                       // unique among siblings
    IconIdRole,                    // to compare icons without comparing pixmaps
    ToneRole,                      // on column 1: BadgeTone as int, -1 for none
};

struct NodeSpec {
    QString key;
    NodeKind kind = NodeKind::Group;
    QString object;
    QString text;
    QString iconId;
    QString state;                 // column 1; empty for none
    BadgeTone tone = BadgeTone::Neutral;
    bool hasTone = false;
    QString toolTip;
    QList<NodeSpec> children;
};

// Group ids, stable across languages (ObjectRole of Group nodes).
namespace groups {
inline constexpr char Modules[] = "modules";
inline constexpr char Storage[] = "storage";
inline constexpr char PhysicalDisks[] = "disks";
inline constexpr char VirtualDisks[] = "mirrors";
inline constexpr char Network[] = "network";
inline constexpr char Adapters[] = "adapters";
inline constexpr char Teams[] = "teams";
inline constexpr char Bridges[] = "bridges";
inline constexpr char Vms[] = "vms";
inline constexpr char Unassigned[] = "unassigned";
} // namespace groups

// The host's children, area by area: modules, storage, network, VMs.
QList<NodeSpec> buildHostChildren(const HostSnapshot &snapshot);

// Building blocks for the areas' nodes. key = kind + object, unique among siblings.
NodeSpec treeNode(NodeKind kind, const QString &object, const QString &text, const QString &iconId);
NodeSpec treeGroup(const char *id, const QString &text, const QString &iconId = QStringLiteral("folder"));
void setNodeState(NodeSpec &n, BadgeTone tone, const QString &state);
// The worst state below a node rolls up to it: a group or module without a
// state of its own gets the colour (not a text) of its worst descendant when
// that is amber or red, so a Broken mirror shows on Storage, Virtual disks and
// its modules. Returns the worst tone of specs (Good when none is amber or red).
BadgeTone rollUpTones(QList<NodeSpec> &specs);
// Of two tones, the one that needs more attention (red over amber over the rest).
BadgeTone worseTone(BadgeTone a, BadgeTone b);

// Sets the row's two columns from spec, touching only what differs.
void applyNode(QStandardItem *nameItem, QStandardItem *stateItem, const NodeSpec &spec, const QString &host);
// Makes parent's children equal to specs (recursively), reusing rows by key.
void syncChildren(QStandardItem *parent, const QList<NodeSpec> &specs, const QString &host);

} // namespace ftc
