#include "ModuleTree.h"

#include "network/NetworkTree.h"
#include "storage/StorageTree.h"

#include <QCoreApplication>
#include <climits>

namespace ftc {

namespace {

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

NodeSpec modulesNode(const HostSnapshot &s)
{
    NodeSpec modules = treeGroup(groups::Modules, QCoreApplication::translate("ftc::HostTree", "Modules"), QStringLiteral("module"));
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
        NodeSpec m = treeNode(NodeKind::Module, id, QCoreApplication::translate("ftc::HostTree", "Module %1").arg(id), QStringLiteral("module"));
        for (const Disk *d : bySlot(s.disks, id))
            m.children << diskNode(*d, s);
        for (const Nic *nic : bySlot(s.nics, id))
            m.children << nicNode(*nic);
        modules.children << m;
    }
    NodeSpec unassigned = treeGroup(groups::Unassigned, QCoreApplication::translate("ftc::HostTree", "Not in a module"));
    for (const Disk *d : bySlot(s.disks, QString()))
        unassigned.children << diskNode(*d, s);
    for (const Nic *nic : bySlot(s.nics, QString()))
        unassigned.children << nicNode(*nic);
    if (!unassigned.children.isEmpty())
        modules.children << unassigned;

    return modules;
}

} // namespace ftc
