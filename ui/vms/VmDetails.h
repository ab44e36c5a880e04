#pragma once
// What the properties pane shows for the virtual machines area.

#include "shell/NodeDetails.h"

namespace ftc {

class VmDetails {
    Q_DECLARE_TR_FUNCTIONS(ftc::VmDetails)
public:
    // Virtual machines; false for another area's group.
    static bool groupRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    // config: the VM's definition as last read (empty until its page was
    // opened): its disks, each on its mirror with that mirror's OpState, and
    // its NICs with what is behind them.
    // facts: the checks' reading of the host (the VM's guest agent comes from it).
    static void vmRows(const HostSnapshot &s, const Vm &vm, const VmConfigReading &config, const CheckFacts &facts,
                       PaneContent &out);
    // "Yes", "No", or what the host's libvirt-guests does when the VM made no choice.
    static QString saveOnStopText(const HostSnapshot &s, const Vm &vm);
};

} // namespace ftc
