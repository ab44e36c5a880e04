#pragma once
// What the properties pane shows for the storage area: physical disks, virtual
// disks (mirrors), their members, containers, and the storage groups.

#include "shell/NodeDetails.h"

namespace ftc {

class StorageDetails {
    Q_DECLARE_TR_FUNCTIONS(ftc::StorageDetails)
public:
    // Storage, Physical disks, Virtual disks; false for another area's group.
    static bool groupRows(const HostSnapshot &s, const QString &id, PaneContent &out);
    static void diskRows(const HostSnapshot &s, const Disk &d, PaneContent &out);
    // The mirror, its sync (with the speed history the snapshot carries) and members.
    static void mirrorRows(const HostView &host, const Mirror &m, PaneContent &out);
    static void containerRows(const MdContainer &c, PaneContent &out);
    // object "md0/sda1": the member entry, then the disk it lives on.
    static void memberRows(const HostSnapshot &s, const QString &object, PaneContent &out);
};

} // namespace ftc
