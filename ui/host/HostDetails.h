#pragma once
// What the properties pane shows for the host itself: its identity, capacity,
// connection, summary and problems, and its modules.

#include "shell/NodeDetails.h"

namespace ftc {

class HostDetails {
    Q_DECLARE_TR_FUNCTIONS(ftc::HostDetails)
public:
    static void hostRows(const HostView &host, PaneContent &out);
    // Modules, Not in a module; false for another area's group.
    static bool groupRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    static void moduleRows(const HostSnapshot &s, const QString &id, PaneContent &out);
};

} // namespace ftc
