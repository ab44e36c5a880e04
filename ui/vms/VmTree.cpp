#include "VmTree.h"

#include "common/StateStyle.h"

#include <QCoreApplication>

namespace ftc {

NodeSpec vmsNode(const HostSnapshot &s)
{
    NodeSpec vms = treeGroup(groups::Vms, QCoreApplication::translate("ftc::HostTree", "Virtual machines"), QStringLiteral("vm"));
    // Names in natural order, as the Master Status page sorts them: libvirt
    // lists domains in its own (hash) order, which changes between starts.
    for (const Vm *v : sortedByName(s.vms)) {
        const Vm &vm = *v;
        NodeSpec vn = treeNode(NodeKind::Vm, vm.name, vm.name, QStringLiteral("vm"));
        setNodeState(vn, StateStyle::vmTone(vm), StateStyle::vmText(vm));
        vms.children << vn;
    }
    return vms;
}

} // namespace ftc
