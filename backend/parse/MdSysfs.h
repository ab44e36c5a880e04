#pragma once
// /sys/block/mdN/md files as `grep -H '' FILES` prints them (the poller's batch
// reads them in that form) ("/sys/block/md0/md/sync_action:idle",
// "/sys/block/md0/md/dev-vdb/state:in_sync"), or the "name: value" form of the
// captured fixtures. Attribute meanings follow md.c's *_show() functions.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ftc {

struct MdSysfsDevice {
    QString device;            // "vdb" from "dev-vdb"
    QStringList states;        // in_sync, faulty, spare, write_mostly, blocked, ...
    int slot = -1;             // -1 for "none" or when unknown
    bool hasSlot = false;      // slot file was read (even as "none")
};

struct MdSysfs {
    QString syncAction;        // idle, resync, recover, check, repair, reshape, frozen
    QString syncCompletedWord; // "none", "delayed", "pending" when not numbers
    qint64 syncDoneSectors = -1, syncTotalSectors = -1; // 512-byte sectors
    qint64 syncSpeedKiBs = -1; // sync_speed, KiB/s; -1 for "none"
    qint64 syncSpeedMin = -1, syncSpeedMax = -1;
    QString arrayState;        // clean, active, read-auto, readonly, inactive, ...
    int degraded = -1;
    QString level;
    int raidDisks = -1;
    QString metadataVersion;
    QMap<QString, QString> attributes;    // every array-level file, first line
    QList<MdSysfsDevice> devices;
    ParseErrors errors;

    const MdSysfsDevice *device(const QString &name) const;
};

MdSysfs parseMdSysfs(const QByteArray &text);

} // namespace ftc
