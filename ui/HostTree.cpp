#include "HostTree.h"

#include "PlainText.h"
#include "StateStyle.h"

#include <QCoreApplication>
#include <QStandardItem>
#include <algorithm>

namespace ftc {

namespace {

NodeSpec node(NodeKind kind, const QString &object, const QString &text, const QString &iconId)
{
    NodeSpec n;
    n.kind = kind;
    n.object = object;
    n.text = text;
    n.iconId = iconId;
    n.key = QString::number(int(kind)) + QLatin1Char(':') + object;
    return n;
}

NodeSpec group(const char *id, const QString &text, const QString &iconId = QStringLiteral("folder"))
{
    return node(NodeKind::Group, QString::fromLatin1(id), text, iconId);
}

void withState(NodeSpec &n, BadgeTone tone, const QString &state)
{
    n.hasTone = true;
    n.tone = tone;
    n.state = state;
}

NodeSpec diskNode(const Disk &d, const HostSnapshot &s)
{
    NodeSpec n = node(NodeKind::Disk, d.name, d.name, QStringLiteral("disk"));
    withState(n, StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
    n.toolTip = QStringList({d.model, d.serial}).join(QLatin1Char(' ')).trimmed();
    return n;
}

NodeSpec nicNode(const Nic &nic)
{
    NodeSpec n = node(NodeKind::Nic, nic.name, nic.name, QStringLiteral("nic"));
    withState(n, StateStyle::nicTone(nic), StateStyle::nicText(nic));
    n.toolTip = nic.mac;
    return n;
}

// "md2" before "md10": the kernel and virsh list in their own order, people read
// names in natural order.
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i] && !a[i].isDigit())
        ++i;
    qsizetype ea = i, eb = i;
    while (ea < a.size() && a[ea].isDigit())
        ++ea;
    while (eb < b.size() && b[eb].isDigit())
        ++eb;
    if (ea > i && eb > i) {
        const qlonglong na = a.mid(i, ea - i).toLongLong();
        const qlonglong nb = b.mid(i, eb - i).toLongLong();
        if (na != nb)
            return na < nb;
    }
    return a < b;
}

template<typename T>
QList<const T *> sortedByName(const QList<T> &items)
{
    QList<const T *> out;
    for (const T &item : items)
        out << &item;
    std::stable_sort(out.begin(), out.end(), [](const T *x, const T *y) { return naturalLess(x->name, y->name); });
    return out;
}

template<typename T>
QList<const T *> bySlot(const QList<T> &items, const QString &module)
{
    QList<const T *> out;
    for (const T &item : items)
        if (item.module == module)
            out << &item;
    // Unknown slots (-1) go last, then by name so the order is stable.
    std::stable_sort(out.begin(), out.end(), [](const T *a, const T *b) {
        const int sa = a->slot < 0 ? INT_MAX : a->slot;
        const int sb = b->slot < 0 ? INT_MAX : b->slot;
        return sa != sb ? sa < sb : naturalLess(a->name, b->name);
    });
    return out;
}

} // namespace

QList<NodeSpec> buildHostChildren(const HostSnapshot &s)
{
    QList<NodeSpec> top;

    NodeSpec modules = group(groups::Modules, QCoreApplication::translate("ftc::HostTree", "Modules"), QStringLiteral("module"));
    QStringList moduleIds;
    for (const Module &m : s.modules)
        moduleIds << m.id;
    for (const Disk &d : s.disks)
        if (!d.module.isEmpty() && !moduleIds.contains(d.module))
            moduleIds << d.module;
    for (const Nic &nic : s.nics)
        if (!nic.module.isEmpty() && !moduleIds.contains(nic.module))
            moduleIds << nic.module;
    std::sort(moduleIds.begin(), moduleIds.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    for (const QString &id : std::as_const(moduleIds)) {
        NodeSpec m = node(NodeKind::Module, id, QCoreApplication::translate("ftc::HostTree", "Module %1").arg(id), QStringLiteral("module"));
        for (const Disk *d : bySlot(s.disks, id))
            m.children << diskNode(*d, s);
        for (const Nic *nic : bySlot(s.nics, id))
            m.children << nicNode(*nic);
        modules.children << m;
    }
    NodeSpec unassigned = group(groups::Unassigned, QCoreApplication::translate("ftc::HostTree", "Not in a module"));
    for (const Disk *d : bySlot(s.disks, QString()))
        unassigned.children << diskNode(*d, s);
    for (const Nic *nic : bySlot(s.nics, QString()))
        unassigned.children << nicNode(*nic);
    if (!unassigned.children.isEmpty())
        modules.children << unassigned;
    top << modules;

    NodeSpec storage = group(groups::Storage, QCoreApplication::translate("ftc::HostTree", "Storage"), QStringLiteral("storage"));
    NodeSpec physical = group(groups::PhysicalDisks, QCoreApplication::translate("ftc::HostTree", "Physical disks"), QStringLiteral("disk"));
    for (const Disk *d : sortedByName(s.disks))
        physical.children << diskNode(*d, s);
    NodeSpec virtualDisks = group(groups::VirtualDisks, QCoreApplication::translate("ftc::HostTree", "Virtual disks"), QStringLiteral("mirror"));
    for (const Mirror *mp : sortedByName(s.mirrors)) {
        const Mirror &m = *mp;
        NodeSpec mn = node(NodeKind::Mirror, m.name, m.name, QStringLiteral("mirror"));
        QString state = StateStyle::text(m.state);
        if (m.sync && m.state == OpState::Syncing)
            state = QCoreApplication::translate("ftc::HostTree", "%1 %2 %").arg(state).arg(m.sync->percent, 0, 'f', 1);
        withState(mn, StateStyle::tone(m.state), state);
        for (const MirrorMember &member : m.members) {
            NodeSpec mm = node(NodeKind::MirrorMember, m.name + QLatin1Char('/') + member.device,
                               member.replacement ? QCoreApplication::translate("ftc::HostTree", "%1 (replacement)").arg(member.device)
                                                  : member.device,
                               QStringLiteral("disk"));
            withState(mm, StateStyle::tone(member.state), StateStyle::text(member.state));
            mn.children << mm;
        }
        virtualDisks.children << mn;
    }
    for (const MdContainer &c : s.containers) {
        NodeSpec cn = node(NodeKind::Container, c.name,
                           QCoreApplication::translate("ftc::HostTree", "%1 (%2 container)").arg(c.name, c.metadata.toUpper()),
                           QStringLiteral("mirror"));
        withState(cn, BadgeTone::Neutral,
                  c.arrays.isEmpty() ? QCoreApplication::translate("ftc::HostTree", "No arrays")
                                     : QCoreApplication::translate("ftc::HostTree", "Holds %1").arg(c.arrays.join(QStringLiteral(", "))));
        virtualDisks.children << cn;
    }
    storage.children << physical << virtualDisks;
    top << storage;

    NodeSpec network = group(groups::Network, QCoreApplication::translate("ftc::HostTree", "Network"), QStringLiteral("network"));
    NodeSpec adapters = group(groups::Adapters, QCoreApplication::translate("ftc::HostTree", "Adapters"), QStringLiteral("nic"));
    for (const Nic *nic : sortedByName(s.nics))
        adapters.children << nicNode(*nic);
    NodeSpec teams = group(groups::Teams, QCoreApplication::translate("ftc::HostTree", "Teams"), QStringLiteral("team"));
    for (const Team *tp : sortedByName(s.teams)) {
        const Team &t = *tp;
        NodeSpec tn = node(NodeKind::Team, t.name, t.kind.isEmpty() ? t.name : QCoreApplication::translate("ftc::HostTree", "%1 (%2)").arg(t.name, t.kind),
                           QStringLiteral("team"));
        withState(tn, StateStyle::teamTone(t), StateStyle::teamText(t));
        for (const TeamMember &member : t.members) {
            NodeSpec mn = node(NodeKind::TeamMember, t.name + QLatin1Char('/') + member.name, member.name,
                               QStringLiteral("nic"));
            const bool up = member.link == QLatin1String("up");
            QString state = up ? QCoreApplication::translate("ftc::HostTree", "Up") : QCoreApplication::translate("ftc::HostTree", "Down");
            if (member.name == t.active)
                state = QCoreApplication::translate("ftc::HostTree", "%1, active").arg(state);
            withState(mn, up ? BadgeTone::Good : BadgeTone::Bad, state);
            tn.children << mn;
        }
        teams.children << tn;
    }
    network.children << adapters << teams;
    top << network;

    NodeSpec vms = group(groups::Vms, QCoreApplication::translate("ftc::HostTree", "Virtual machines"), QStringLiteral("vm"));
    for (const Vm &vm : s.vms) {
        NodeSpec vn = node(NodeKind::Vm, vm.name, vm.name, QStringLiteral("vm"));
        withState(vn, StateStyle::vmTone(vm), StateStyle::vmText(vm));
        vms.children << vn;
    }
    top << vms;
    return top;
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
