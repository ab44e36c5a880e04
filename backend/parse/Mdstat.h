#pragma once
// /proc/mdstat, following md_seq_show() and the personalities' status()
// functions in drivers/md (raid1.c, raid10.c, raid5.c, raid0.c, md-linear.c,
// md-multipath.c, md-faulty.c) plus status_resync() and md_bitmap_status().

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ftc {

struct MdstatMember {
    QString device;            // "sda1", "nvme0n1p2", "dm-3"
    int descNr = -1;           // the number in brackets: the superblock descriptor
                               // index, NOT the raid slot (a re-added disk shows [2]
                               // while it fills slot 1)
    bool faulty = false;       // (F)
    bool spare = false;        // (S): not assigned to a slot
    bool writeMostly = false;  // (W)
    bool replacement = false;  // (R)
    bool journal = false;      // (J)
};

struct MdstatSync {
    QString action;            // as mdstat prints it: resync, recovery, check, reshape,
                               // repair; or delayed, pending, remote from "resync=WORD"
    double percent = -1;       // -1 when not printed
    qint64 doneKiB = -1, totalKiB = -1;   // the "(done/total)" pair, 1 KiB units
    double finishMinutes = -1;
    qint64 speedKiBs = -1;
};

struct MdstatArray {
    QString name;              // "md0", "md_d0", "md127"
    bool active = false;
    bool readOnly = false;     // (read-only)
    bool autoReadOnly = false; // (auto-read-only)
    QString personality;       // "raid1", "raid10", "linear"; empty when inactive
    QList<MdstatMember> members;          // in the order printed (newest first)
    qint64 blocks = -1;        // 1 KiB units
    QString superblock;        // "1.2", "external:imsm", "external:/md127/0",
                               // "non-persistent"; empty for 0.90
    int raidDisks = -1;        // [n/m]: n
    int workingDisks = -1;     // [n/m]: m
    QString status;            // "UU_", one char per slot
    int level = -1;            // raid4/5/6: "level 5,"
    int chunkKiB = -1;         // "512k chunk" / "64K chunks"
    int algorithm = -1;
    QString layout;            // raid10 "2 near-copies", "2 far-copies", "2 offset-copies"
    std::optional<MdstatSync> sync;
    QString bitmap;            // the bitmap line without "bitmap: "
    int bitmapPages = -1, bitmapTotalPages = -1;
    QString bitmapFile;
};

struct Mdstat {
    QStringList personalities; // "raid1", ...
    QList<MdstatArray> arrays;
    QStringList unusedDevices;
    ParseErrors errors;

    const MdstatArray *array(const QString &name) const;
};

Mdstat parseMdstat(const QByteArray &text);

} // namespace ftc
