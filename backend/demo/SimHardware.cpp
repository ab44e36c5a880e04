// The demo server's hardware and images as the host's tools report them: two
// power supplies on the management board (ipmitool), one UPS watched by NUT
// (upsc), and the VMs' images as qemu-img sees them (raw, fully allocated).

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
    // qemu-img info --output=json [-U] PATH
    if (argv.value(1) != "info" || !argv.contains("--output=json"))
        return fail(1, "qemu-img: the demo host answers info --output=json only\n");
    const QString path = QString::fromUtf8(argv.last());
    for (const SimVm &v : m_state.vms)
        for (const SimVmDisk &d : v.disks)
            if (d.source == path) {
                // The guide's fixed-size disks: the data disk 40 GiB, a second one 200 GiB.
                const qint64 size = (d.target == QLatin1String("vda") ? 40LL : 200LL) << 30;
                return ok("{\n    \"virtual-size\": " + QByteArray::number(size) + ",\n    \"filename\": \"" + d.source.toUtf8()
                          + "\",\n    \"format\": \"raw\",\n    \"actual-size\": " + QByteArray::number(size)
                          + ",\n    \"dirty-flag\": false\n}\n");
            }
    return fail(1, "qemu-img: Could not open '" + path.toUtf8() + "': Could not open '" + path.toUtf8()
                       + "': No such file or directory\n");
}

} // namespace ftc
