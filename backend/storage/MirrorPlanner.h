#pragma once
// Plans for mirrored disks ("virtual disks"), validated against a snapshot. Each
// returns a Plan with argv steps; nothing runs here.

#include "model/HostSnapshot.h"
#include "plan/Plan.h"
#include "storage/DiskProbe.h"

namespace ftc {

enum class ResyncPriority { Low, Normal, High };

// The disk a member device lives on ("sda2" -> sda, "sdf" -> sdf); null when
// the snapshot has no such disk or partition.
const Disk *diskHolding(const HostSnapshot &s, const QString &device);

// The first mdN no mirror of the snapshot uses: what a new mirror is called.
QString nextFreeMirrorName(const HostSnapshot &s);

// A new RAID1 from an unconfigured disk, the other side missing, to be completed
// later: mdadm --create /dev/mdN --level=1 --raid-devices=2 DISK missing.
// mdName empty: the first free mdN. probe: what the disk itself said just now
// (probeDisk); every reason it gives refuses the plan. Without one, the
// snapshot's view decides and applyPlan() probes before writing.
Plan planNewMirror(const HostSnapshot &s, const QString &disk, const QString &mdName = QString(),
                   const DiskProbe *probe = nullptr);

// Completes a Simplex mirror (or adds a spare): mdadm /dev/mdN --add DISK. probe
// as for planNewMirror.
Plan planAddToMirror(const HostSnapshot &s, const QString &mirror, const QString &disk,
                     const DiskProbe *probe = nullptr);

// Fails and removes a member; refused when it would leave no in-sync member.
Plan planRemoveMember(const HostSnapshot &s, const QString &mirror, const QString &device);

// Re-adds a member that was removed (fast with a bitmap), else a full --add.
Plan planReAddMember(const HostSnapshot &s, const QString &mirror, const QString &device);

Plan planStartCheck(const HostSnapshot &s, const QString &mirror);
Plan planCancelCheck(const HostSnapshot &s, const QString &mirror);

// sync_speed_min/max in KiB/s: Low 1000/10000, Normal the system's, High 50000/2000000.
Plan planSetResyncPriority(const HostSnapshot &s, const QString &mirror, ResyncPriority p);

} // namespace ftc
