#pragma once
// What one refresh reads and how: the source keys double as the support
// bundle's file names, so a live host and a captured one share a map.
//
// The host's CPU belongs to its VMs, so a steady refresh starts no process for
// what the shell can read itself (/proc and /sys files, directory listings) and
// runs the tools whose answer rarely changes (lsblk, mdadm --detail, ip link,
// ls -l of /sys) only in a full read: the first one, one the admin asks for, a
// periodic one, and one that follows when the live read shows that something
// they describe changed (a uevent, an array's members, a link's carrier).

#include "transport/Batch.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace ftc {

struct PollTargets {
    QMap<QString, QStringList> arrays;   // "md0" -> its member devices (for dev-X/state)
    QStringList bonds;                   // "bond0": /proc/net/bonding
    QStringList vms;                     // "DC1": its configuration, read once (vms/VmPoll)
    QStringList links;                   // adapters and bonds whose carrier is watched
    QStringList nics;                    // adapters whose driver, speed and duplex full reads ask sysfs
    QStringList netChanges;              // the console's network changes found on the host: their status files
};

enum class PollDepth {
    Live,      // what changes from one second to the next, read without processes
               // (except virsh domstats while libvirt is there)
    Full,      // everything, tools included
};

// The batch for one refresh; step ids are source keys. Steps whose tool is in
// skipTools (a host that lacks it) are left out.
QList<BatchStep> pollSteps(const PollTargets &targets, PollDepth depth, const QSet<QString> &skipTools = {});

// The source keys a bundle may hold besides the per-object ones
// ("md/NAME/detail", "md/NAME/sysfs", "bonding/NAME", "virsh/schedinfo/NAME"):
// among them "bonding_masters" (/sys/class/net/bonding_masters) and
// "nic-sysfs" (every adapter's device/uevent, speed and duplex).
QStringList fixedSourceKeys();

// Whether a name taken from a host's own output (an array, bond, VM, device)
// can be put into a path or a glob: no slash, no "..", no shell pattern, no
// control character.
bool safeObjectName(const QString &name);

// Sources whose absence says nothing is wrong (md or bonding not loaded, no
// libvirt): their failures are not reported as problems.
bool isOptionalSource(const QString &key);

// The tool a source needs, for "host lacks TOOL" messages, and the package to
// install; "sh" for what the shell reads itself.
QString toolForSource(const QString &key);
QString packageForTool(const QString &tool);

// What, in a live read, says the full read is out of date: the uevent counter
// (devices added, removed or changed), mdstat without its progress lines
// (arrays and members), and the links' carrier and state.
QByteArray changeFingerprint(const QMap<QString, QByteArray> &files);

} // namespace ftc
