// The demo server's hardware as the host's tools report it: two
// power supplies on the management board (ipmitool) and one UPS watched by
// NUT (upsc).

#include "SimCommands.h"
#include "SimulatedHost.h"

namespace ftc {

using namespace sim;

namespace {

// ipmitool 1.8.19's `sdr type "Power Supply"` of a two-supply server.
const char *kPowerSupplies = "PS1 Status       | C8h | ok  | 10.1 | Presence detected\n"
                             "PS2 Status       | C9h | ok  | 10.2 | Presence detected\n"
                             "PS Redundancy    | 77h | ok  |  7.1 | Fully Redundant\n";

} // namespace

CommandResult SimulatedHost::hardwareCommand(const Argv &argv)
{
    const QByteArray p = argv.value(0).mid(argv.value(0).lastIndexOf('/') + 1);
    if (p == "ipmitool") {
        if (argv.mid(1) == Argv{"sdr", "type", "Power Supply"})
            return ok(kPowerSupplies);
        return fail(1, "ipmitool: the demo host answers sdr type \"Power Supply\" only\n");
    }
    if (p == "upsc") {
        if (argv.value(1) == "-l")
            return ok("ftups\n");
        return fail(1, "upsc: the demo host answers upsc -l only\n");
    }
    return fail(1, "the demo host does not simulate " + p + "\n");
}

} // namespace ftc
