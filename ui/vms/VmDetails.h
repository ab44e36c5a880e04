#pragma once
// What the properties pane shows for the virtual machines area.

#include "shell/NodeDetails.h"

namespace ftc {

class VmDetails {
    Q_DECLARE_TR_FUNCTIONS(ftc::VmDetails)
public:
    // Virtual machines; false for another area's group.
    static bool groupRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    static void vmRows(const HostSnapshot &s, const Vm &vm, PaneContent &out);
};

} // namespace ftc
