#pragma once
// The raw texts one refresh collected, keyed by the support bundle's file names
// ("mdstat", "md/md0/detail", "bonding/bond0", "virsh/schedinfo/DC1", ...). A
// bundle on disk is exactly this map written out, so a captured host and a live
// one go through the same snapshot builder.

#include "HostSnapshot.h"
#include "Modules.h"

#include <QMap>

namespace ftc {

struct RawSources {
    QString label;
    QDateTime takenAt;
    QMap<QString, QByteArray> files;      // present sources only
    QMap<QString, QString> commands;      // source key -> command line, for Problem reports
    QList<Problem> problems;              // what could not be read at all
    QMap<QString, QString> moduleOverrides; // moduleOverrideKey (Modules.h) -> module id, from the host's settings
    // Disks an earlier read of this host saw (name, /sys path, override key):
    // placed with the present ones so a pulled disk leaves its slot empty
    // instead of renumbering its neighbours.
    QList<DeviceLocation> formerDisks;
    // A support bundle: read-only, takenAt is the time of the capture and
    // capturedFrom the host it was captured from (its manifest's "host").
    bool isCapture = false;
    QString capturedFrom;
    // The account the console works as on the host, and whether privileged
    // commands go through `sudo -n` (it is not root).
    QString user;
    bool viaSudo = false;
    QString libvirtUri;        // the connection virsh used ("qemu:///system"); empty when not live
};

// Pure: text in, snapshot out. Unparseable lines become Problems, never a crash.
HostSnapshot buildSnapshot(const RawSources &raw);

} // namespace ftc
