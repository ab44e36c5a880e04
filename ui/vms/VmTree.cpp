#include "VmTree.h"

#include "common/StateStyle.h"

#include <QCoreApplication>

namespace ftc {

NodeSpec vmsNode(const HostSnapshot &s)
{
    NodeSpec vms = treeGroup(groups::Vms, QCoreApplication::translate("ftc::HostTree", "Virtual machines"), QStringLiteral("vm"));
    for (const Vm &vm : s.vms) {
        NodeSpec vn = treeNode(NodeKind::Vm, vm.name, vm.name, QStringLiteral("vm"));
        setNodeState(vn, StateStyle::vmTone(vm), StateStyle::vmText(vm));
        vms.children << vn;
    }
    return vms;
}

} // namespace ftc
