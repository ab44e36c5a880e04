#pragma once
// Modules (the guide's CPU-I/O enclosures 10 and 11): by default the PCI root
// bus a device hangs off ("pci0000:10" -> "10"), overridable per device in the
// host's settings. Virtual devices belong to no module.

#include "HostSnapshot.h"

#include <QList>
#include <QMap>
#include <QString>

namespace ftc {

struct DeviceLocation {
    QString name;              // "sda", "eth0"
    QString sysPath;           // symlink target under /sys/block or /sys/class/net; may be empty
};

struct Placement {
    QString module;            // "" when unknown
    int slot = -1;
    QString pciAddress;        // deepest PCI function on the path, "" when none
};

// Places one kind of device (disks, or NICs): slots are counted per module and
// kind, from 0, ordered by PCI address then name, so "disk 0 of module 10" stays
// the same disk across refreshes. overrides (device -> module id) win over the path.
QMap<QString, Placement> placeDevices(const QList<DeviceLocation> &devices,
                                      const QMap<QString, QString> &overrides);

// One Module per id used by a disk or NIC, sorted by id; members in slot order.
QList<Module> collectModules(const QList<Disk> &disks, const QList<Nic> &nics);

} // namespace ftc
