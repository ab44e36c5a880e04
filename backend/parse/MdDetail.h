#pragma once
// `mdadm --detail --export /dev/mdN`: KEY=VALUE lines (mdadm's Detail.c export
// branch). No state or progress keys: those come from mdstat and sysfs.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace ftc {

struct MdDetailDevice {
    QString device;            // "vdb" (from MD_DEVICE_*_DEV, else the key's name)
    QString role;              // "0", "1", "spare", "faulty", "journal" as printed
    int slot = -1;             // role as a number, -1 for the word roles
};

struct MdDetail {
    QString level;             // "raid1", "container"
    int raidDevices = -1;
    QString metadata;
    QString uuid;
    QString name;              // "host:0"
    QList<MdDetailDevice> devices;
    QMap<QString, QString> values; // every key, for what is not modelled
    ParseErrors errors;

    const MdDetailDevice *device(const QString &name) const;
};

MdDetail parseMdDetailExport(const QByteArray &text);

// `mdadm --detail /dev/mdN...` as people read it (Detail.c's default
// branch): for each array a "/dev/mdN:" line, "Key : value" lines (Version,
// Raid Level, Raid Devices, Name, UUID, ...) and the device table
// ("Number Major Minor RaidDevice State ... /dev/vdb"). Keyed by the array's
// name as the first line gives it ("md0", or "md/NAME" -> "NAME"). What an
// sosreport holds (sos_commands/md/mdadm_-D_.dev.md): several arrays in one
// text, or an error line when there were none.
QMap<QString, MdDetail> parseMdDetailReport(const QByteArray &text);

// The same in the export form parseMdDetailExport reads (MD_LEVEL, MD_DEVICES,
// MD_METADATA, MD_UUID, MD_NAME, MD_DEVICE_dev_X_ROLE/_DEV), so a detail from
// a report goes the way a live read does.
QByteArray mdDetailExportText(const MdDetail &detail);

} // namespace ftc
