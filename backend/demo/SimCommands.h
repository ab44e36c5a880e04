#pragma once
// The simulated host's programs and files, one family per source file (SimMd,
// SimBlock, SimNet, SimVirsh, SimProc). All take the state already advanced to
// `now` and locked by SimulatedHost; they print what the real tools print.

#include "SimState.h"
#include "transport/Command.h"

#include <QPair>

namespace ftc::sim {

CommandResult ok(const QByteArray &out = {}, const QByteArray &err = {});
CommandResult fail(int code, const QByteArray &err, const QByteArray &out = {});

// md: /proc/mdstat, mdadm, /sys/block/mdN/md
QByteArray mdstat(const SimState &s);
QList<QPair<QByteArray, QByteArray>> mdSysfs(const SimState &s, const SimArray &a); // rel path, value
CommandResult mdadm(SimState &s, const Argv &argv, const QByteArray &input);
// `tee` into /sys/block/mdN/md/ATTR; attr is the path below md/.
CommandResult writeMdAttr(SimState &s, SimArray &a, const QByteArray &path, const QByteArray &attr,
                          const QByteArray &value);
// Gives a waiting spare the empty slot and starts recovery, as the kernel does.
void kickRecovery(SimArray &a);
void markRaidMember(SimState &s, const QString &dev, const SimArray &a);

// block devices: lsblk, /sys/block, wipefs, /proc/partitions, /proc/mounts
CommandResult lsblk(const SimState &s, const Argv &argv);
QByteArray lsSysBlock(const SimState &s);
CommandResult wipefs(const SimState &s, const Argv &argv);
QByteArray procPartitions(const SimState &s);
QByteArray procMounts(const SimState &s);

// network: ip, /proc/net/bonding, /sys/class/net
CommandResult ip(SimState &s, const Argv &argv);
QByteArray procBonding(const SimState &s, const SimBond &b);
QByteArray lsSysNet(const SimState &s);
// /sys/class/net/IF/ATTR of an adapter for device/uevent, speed and duplex;
// false where the kernel's read fails (speed and duplex of an interface that
// is down) and for any other attribute.
bool nicLinkFile(const SimNic &n, const QByteArray &attr, QByteArray *content);
// /sys/class/net/bonding_masters (bond_sysfs.c): the bonds' names, one line.
QByteArray bondingMasters(const SimState &s);
// Re-evaluates bond active slaves and link state after a cable or admin change.
void refreshBonds(SimState &s);

// libvirt
CommandResult virsh(SimState &s, const Argv &argv, qint64 nowMs);

// /proc and small programs
QByteArray cpuinfo(const SimState &s);
QByteArray meminfo(const SimState &s);

// `ls -l` time column for sysfs entries: they date from boot.
QByteArray lsTime(qint64 ms);

} // namespace ftc::sim
