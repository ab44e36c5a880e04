#pragma once
// What the properties pane shows for the host itself: its identity, capacity,
// connection, summary, what happens to its VMs when it stops, and problems;
// and its modules.

#include "shell/NodeDetails.h"

namespace ftc {

class HostDetails {
    Q_DECLARE_TR_FUNCTIONS(ftc::HostDetails)
public:
    static void hostRows(const HostView &host, PaneContent &out);
    // Modules, Not in a module; false for another area's group.
    static bool groupRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    static void moduleRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    // What happens to the VMs when the host stops (libvirt-guests), and each
    // VM whose own choice contradicts it; nothing before it was read.
    static void libvirtGuestsRows(const HostSnapshot &s, PaneContent &out);
    // The checks' result and each error and warning with its remedy.
    static void findingRows(const QList<Finding> &findings, PaneContent &out);
};

} // namespace ftc
