#pragma once
// Network adapters and bonds as sysfs shows them, in the kernel's own format:
//
//   /sys/class/net/bonding_masters    bonding_show_bonds() in
//       drivers/net/bonding/bond_sysfs.c: every bond's name followed by a space,
//       the last space turned into a newline; nothing at all when the bonding
//       driver is loaded but holds no bond; "++more++" in place of the names
//       that did not fit into one 4 KiB page.
//   /sys/class/net/IF/device/uevent   dev_uevent() in drivers/base/core.c
//       ("DRIVER=e1000e", only while a driver is bound) followed by the bus's
//       own variables (pci_uevent() in drivers/pci/pci-driver.c:
//       "PCI_SLOT_NAME=0000:10:02.0", PCI_ID, MODALIAS; a virtio or USB adapter
//       has no PCI_SLOT_NAME), one KEY=VALUE per line. Virtual links (bonds,
//       bridges) have no device/ directory.
//   /sys/class/net/IF/speed           speed_show() in net/core/net-sysfs.c:
//       "%d\n" of the link's speed in Mb/s, -1 (SPEED_UNKNOWN) while the link
//       is down; the read fails with EINVAL when the interface is down
//       (not running) or its driver has no link settings.
//   /sys/class/net/IF/duplex          duplex_show() in the same file: "full",
//       "half" or "unknown", and EINVAL under the same conditions.
//
// The poller reads the per-adapter files in one step, in the form
// `grep -H '' FILES` prints ("/sys/class/net/eth0/speed:1000"); a file that
// could not be read (EINVAL, absent) has no line at all.

#include "ParseError.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ftc {

struct BondingMasters {
    QStringList names;         // in the kernel's order, "bond0", "bond1"
    bool truncated = false;    // "++more++": more bonds than one page holds
    ParseErrors errors;        // words that cannot be interface names
};

// /sys/class/net/bonding_masters. An empty text is a bonding driver without
// bonds, not an error.
BondingMasters parseBondingMasters(const QByteArray &text);

// Whether the kernel would accept `name` as an interface name
// (dev_valid_name() in net/core/dev.c): 1 to 15 bytes of UTF-8, not "." or
// "..", no '/', ':' or white space; control characters are refused too.
bool validInterfaceName(const QString &name);

struct Uevent {
    QMap<QString, QString> vars;   // "DRIVER" -> "e1000e"
    ParseErrors errors;            // lines without '=' or with an empty key
};

// A sysfs uevent file (add_uevent_var() in lib/kobject_uevent.c writes each
// variable as KEY=VALUE): lines split at the first '='; blank lines skipped.
Uevent parseUevent(const QByteArray &text);

// /sys/class/net/IF/speed's text in Mb/s; -1 when it says the speed is not
// known: -1 (SPEED_UNKNOWN) itself, and 0, 65535 and 4294967295, which
// ethtool reads as "Unknown!" too (some drivers report 0, old ones the 16-bit
// 65535). *error (optional) is set for a text that is not a number.
int parseSysfsSpeed(const QString &text, QString *error = nullptr);

// /sys/class/net/IF/duplex's text: "full" or "half"; "" for "unknown".
// *error (optional) is set for any other word.
QString parseSysfsDuplex(const QString &text, QString *error = nullptr);

// What sysfs says about one adapter; each field unknown ("" or -1) when its
// file gave no line.
struct NicSysfsEntry {
    QString driver;            // uevent DRIVER: "e1000e", "virtio_net", "ixgbe"
    QString pciSlot;           // uevent PCI_SLOT_NAME: "0000:10:02.0"; "" off PCI
    int speedMbps = -1;        // Mb/s, -1 unknown (no link, interface down)
    QString duplex;            // "full", "half", "" unknown
    QMap<QString, QString> uevent;   // every variable of device/uevent
};

struct NicSysfs {
    QMap<QString, NicSysfsEntry> nics;   // by interface name
    ParseErrors errors;

    const NicSysfsEntry *nic(const QString &name) const;
};

// The poller's "nic-sysfs" step: device/uevent, speed and duplex of every
// adapter, as "PATH:LINE" lines. Attributes other than these three are passed
// over (a later console may read more); lines that are not
// "/sys/class/net/IF/ATTR:TEXT", or whose text is not what the kernel prints
// for that file, are ParseErrors, and parsing goes on.
NicSysfs parseNicSysfs(const QByteArray &text);

} // namespace ftc
