#pragma once
// The two halves of the storage area: mirrors (and containers) first, because
// a disk's role depends on the arrays that use it.

#include "model/RawSources.h"
#include "parse/Mdstat.h"

#include <QMap>

namespace ftc::snapshot {

// mirrors and containers from mdstat, md/N/detail and md/N/sysfs; *mdstat gets
// the parsed mdstat for buildDisks.
void buildMirrors(HostSnapshot *s, const RawSources &raw, Mdstat *mdstat);

// disks from lsblk.json: role (member of a running array, in use, or
// unconfigured) and module placement from sys-block links (name -> target).
void buildDisks(HostSnapshot *s, const RawSources &raw, const Mdstat &mdstat, const QMap<QString, QString> &blockLinks);

// "external:/md127/0" (or "external:-md127/0" while mdmon has it blocked):
// the array lives in container md127. Empty for every other superblock.
QString containerOfMember(const QString &superblock);

// "external:imsm", "external:ddf": the array line is the container itself.
bool isContainer(const MdstatArray &a);

} // namespace ftc::snapshot
