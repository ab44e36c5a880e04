#include "DemoFaults.h"

namespace ftc {

Command demoFaultCommand(DemoFault fault, const QString &device)
{
    Command c;
    switch (fault) {
    case DemoFault::PullDisk:
        c.argv = {"ftsim", "pull-disk"};
        break;
    case DemoFault::InsertDisk:
        c.argv = {"ftsim", "insert-disk"};
        break;
    case DemoFault::InsertBlankDisk:
        c.argv = {"ftsim", "insert-disk", "--blank"};
        break;
    case DemoFault::UnplugCable:
        c.argv = {"ftsim", "unplug"};
        break;
    case DemoFault::PlugCable:
        c.argv = {"ftsim", "plug"};
        break;
    case DemoFault::LoseConnectionOnNextNetworkChange:
        c.argv = {"ftsim", "lose-connection"};
        return c;
    }
    c.argv << device.toUtf8();
    return c;
}

} // namespace ftc
