#pragma once
// `ls -l /sys/block` and `ls -l /sys/class/net`: entry name -> symlink target
// ("sda" -> "../devices/pci0000:10/0000:10:01.0/ata1/.../block/sda").

#include "ParseError.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace ftc {

struct SysLinks {
    QMap<QString, QString> targets;       // entries that are symlinks
    ParseErrors errors;
};

SysLinks parseLsLinks(const QByteArray &text);

// Module id and PCI address from a sysfs device path.
// "../devices/pci0000:10/0000:10:01.0/ata1/..." -> "10"; "pci0001:02" -> "0001:02";
// "" for virtual devices and paths without a PCI root.
QString pciRootBus(const QString &sysPath);
// The deepest PCI function on the path ("0000:10:01.0"), "" when none.
QString pciFunction(const QString &sysPath);
bool isVirtualDevicePath(const QString &sysPath);

} // namespace ftc
