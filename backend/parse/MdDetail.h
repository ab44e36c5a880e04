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

} // namespace ftc
