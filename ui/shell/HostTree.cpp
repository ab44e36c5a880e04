#include "HostTree.h"

#include "common/StateStyle.h"
#include "host/ModuleTree.h"
#include "network/NetworkTree.h"
#include "storage/StorageTree.h"
#include "vms/VmTree.h"
#include "PlainText.h"

#include <QStandardItem>

namespace ftc {

NodeSpec treeNode(NodeKind kind, const QString &object, const QString &text, const QString &iconId)
{
    NodeSpec n;
    n.kind = kind;
    n.object = object;
    n.text = text;
    n.iconId = iconId;
    n.key = QString::number(int(kind)) + QLatin1Char(':') + object;
    return n;
}

NodeSpec treeGroup(const char *id, const QString &text, const QString &iconId)
{
    return treeNode(NodeKind::Group, QString::fromLatin1(id), text, iconId);
}

void setNodeState(NodeSpec &n, BadgeTone tone, const QString &state)
{
    n.hasTone = true;
    n.tone = tone;
    n.state = state;
}

namespace {
int attention(BadgeTone t)
{
    return t == BadgeTone::Bad ? 2 : t == BadgeTone::Warning ? 1 : 0;
}
} // namespace

BadgeTone worseTone(BadgeTone a, BadgeTone b)
{
    return attention(b) > attention(a) ? b : a;
}

BadgeTone rollUpTones(QList<NodeSpec> &specs)
{
    BadgeTone worst = BadgeTone::Good;
    for (NodeSpec &n : specs) {
        const BadgeTone below = rollUpTones(n.children);
        if (!n.hasTone && attention(below) > 0 && (n.kind == NodeKind::Group || n.kind == NodeKind::Module)) {
            n.hasTone = true;
            n.tone = below;
        }
        worst = worseTone(worst, n.hasTone ? worseTone(n.tone, below) : below);
    }
    return worst;
}


QList<NodeSpec> buildHostChildren(const HostSnapshot &s)
{
    return {modulesNode(s), storageNode(s), networkNode(s), vmsNode(s)};
}

void applyNode(QStandardItem *nameItem, QStandardItem *stateItem, const NodeSpec &spec, const QString &host)
{
    auto set = [](QStandardItem *item, int role, const QVariant &value) {
        if (item->data(role) != value)
            item->setData(value, role);
    };
    set(nameItem, Qt::DisplayRole, spec.text);
    set(nameItem, KindRole, int(spec.kind));
    set(nameItem, ObjectRole, spec.object);
    set(nameItem, HostRole, host);
    set(nameItem, KeyRole, spec.key);
    set(nameItem, Qt::ToolTipRole, spec.toolTip.isEmpty() ? QVariant() : QVariant(plainToolTip(spec.toolTip)));
    if (nameItem->data(IconIdRole).toString() != spec.iconId) {
        nameItem->setData(spec.iconId, IconIdRole);
        nameItem->setIcon(spec.iconId.isEmpty() ? QIcon() : StateStyle::icon(spec.iconId));
    }
    set(stateItem, Qt::DisplayRole, spec.state);
    const int tone = spec.hasTone ? int(spec.tone) : -1;
    if (stateItem->data(ToneRole).isNull() || stateItem->data(ToneRole).toInt() != tone) {
        stateItem->setData(tone, ToneRole);
        stateItem->setIcon(spec.hasTone ? toneIcon(spec.tone) : QIcon());
    }
}

void syncChildren(QStandardItem *parent, const QList<NodeSpec> &specs, const QString &host)
{
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const NodeSpec &spec = specs[i];
        int found = -1;
        for (int r = int(i); r < parent->rowCount(); ++r) {
            if (parent->child(r, 0)->data(KeyRole).toString() == spec.key) {
                found = r;
                break;
            }
        }
        if (found < 0) {
            auto *name = new QStandardItem;
            auto *state = new QStandardItem;
            name->setEditable(false);
            state->setEditable(false);
            applyNode(name, state, spec, host);
            parent->insertRow(int(i), {name, state});
        } else if (found != int(i)) {
            // Rare (an object appeared earlier in the order); moving loses expansion.
            const QList<QStandardItem *> row = parent->takeRow(found);
            parent->insertRow(int(i), row);
        }
        QStandardItem *name = parent->child(int(i), 0);
        QStandardItem *state = parent->child(int(i), 1);
        applyNode(name, state, spec, host);
        syncChildren(name, spec.children, host);
    }
    if (parent->rowCount() > specs.size())
        parent->removeRows(int(specs.size()), parent->rowCount() - int(specs.size()));
}

} // namespace ftc
