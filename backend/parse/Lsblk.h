#pragma once
// `lsblk -J -b` with the poller's columns or with -O. The device tree is
// flattened: a child appears once per parent (an md array under each member).

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ftc {

struct BlockDevice {
    QString name, kname, path;
    QString parent;            // name of the enclosing node in the tree ("" at top level)
    QString pkname;            // as lsblk reports it
    QString type;              // disk, part, raid1, lvm, crypt, rom, loop, md, ...
    qint64 sizeBytes = -1;
    QString serial, model, hctl, transport, fstype;
    // The signature's UUID (lsblk UUID, from blkid): for a linux_raid_member the
    // array's UUID, in libblkid's 8-4-4-4-12 form ("3a1c…-…"), not mdadm's 8:8:8:8.
    QString uuid;
    // The partition's type (lsblk PARTTYPE): a GPT type GUID ("c12a7328-…" is an
    // EFI system partition) or an MBR type byte ("0xef"); empty for whole disks.
    QString parttype;
    QStringList mountpoints;   // "mountpoints" (>= 2.37) or "mountpoint"; nulls dropped
    bool readOnly = false, removable = false;
    int depth = 0;
};

struct Lsblk {
    QList<BlockDevice> devices;           // pre-order: parent before its children
    ParseErrors errors;

    const BlockDevice *top(const QString &name) const; // a top-level device by name
    QList<const BlockDevice *> childrenOf(const QString &name) const;
};

Lsblk parseLsblkJson(const QByteArray &text);

} // namespace ftc
