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
    QString overrideKey;       // moduleOverrideKey() of the device; empty: the name
};

struct Placement {
    QString module;            // "" when unknown
    int slot = -1;
    QString pciAddress;        // deepest PCI function on the path, "" when none
};

// Places one kind of device (disks, or NICs): slots are counted per module and
// kind, from 0, ordered by PCI address then name, so "disk 0 of module 10" stays
// the same disk across refreshes; devices an override moved into a module
// follow its own, so moving one renumbers none of those. overrides (moduleOverrideKey -> module id, as
// the admin set them in the host's settings) win over the path; a device is
// looked up by its key, then by its name.
QMap<QString, Placement> placeDevices(const QList<DeviceLocation> &devices,
                                      const QMap<QString, QString> &overrides);

// The key a module override is saved under. Disk names move (sdf becomes sdg
// after a hot-swap or a reboot), so a disk with a serial is known by it,
// "serial:WD-WCC4N7"; one without, and every adapter (its name comes from its
// PCI path under systemd's naming, and a bonded port's MAC is the bond's), by
// its name.
QString moduleOverrideKey(const Disk &disk);
QString moduleOverrideKey(const Nic &nic);

// One Module per id used by a disk, NIC or empty slot, sorted by id; members in
// slot order. emptySlots: module id -> its empty disk slots (placeDevices() of
// the disks seen earlier that are gone now).
QList<Module> collectModules(const QList<Disk> &disks, const QList<Nic> &nics,
                             const QMap<QString, QList<EmptySlot>> &emptySlots = {});

} // namespace ftc
