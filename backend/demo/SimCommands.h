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

// network: ip (link, addr, route), /proc/net/bonding, /sys/class/net
CommandResult ip(SimState &s, const Argv &argv);
// Whether the link passes traffic: up, with carrier (a bond: a slave with
// carrier; a bridge: a port that forwards). lo always.
bool linkOperUp(const SimState &s, const QString &name);

// Link changes as the kernel makes them (SimLinkChanges.cpp), shared by `ip
// link` and ifupdown. Each answers as ip would: exit 0, or the kernel's error.
CommandResult ipLink(SimState &s, const QByteArray &verb, const Argv &args);    // set|add|del
CommandResult addBond(SimState &s, const QString &name, const Argv &options);  // mode M miimon N primary P
CommandResult addBridge(SimState &s, const QString &name);                     // down, no ports
// Makes dev (an adapter, or a bond for a bridge) a bond's slave or a bridge's
// port; a bond takes only adapters that are down, and opens them.
CommandResult setMaster(SimState &s, const QString &dev, const QString &master);
CommandResult releaseFromMaster(SimState &s, const QString &dev);
// A bond or bridge: its slaves or ports are let go, its addresses and routes go.
CommandResult deleteLink(SimState &s, const QString &name);
CommandResult setLinkUp(SimState &s, const QString &name, bool up);
CommandResult setLinkMac(SimState &s, const QString &name, const QString &mac); // bonds and bridges
// What writing /sys/class/net/BOND/bonding/primary does: slave becomes the
// primary ("" clears it). Fails (err "Invalid argument") in a mode without one.
CommandResult setBondPrimary(SimState &s, const QString &bond, const QString &slave);

// Addresses and routes (SimIpAddr.cpp). addr_info's objects for one link
// (without the brackets), as `ip -j addr show` prints them.
QByteArray addrInfoJson(const SimState &s, const QString &link);
CommandResult ipAddrChange(SimState &s, const QByteArray &verb, const Argv &args);   // add|del|flush
// family 4 or 6; show [default] [dev DEV], get ADDR, add|del default via GW dev DEV
CommandResult ipRoute(SimState &s, int family, const QByteArray &verb, const Argv &args, bool json);
CommandResult addAddress(SimState &s, const QString &link, const QString &cidr);  // 192.168.10.20/24
// Every address of the link and the default route through it.
void flushAddresses(SimState &s, const QString &link);
CommandResult addDefaultRoute(SimState &s, const QString &gateway, const QString &dev);

// ifupdown 0.8 with ifenslave and bridge-utils (SimIfupdown.cpp): what `ifup`
// and `ifdown` do to the links for one interface's stanzas in file (the text
// of /etc/network/interfaces). Exit status as the tools give it; *log gets
// what they print.
int ifup(SimState &s, const QByteArray &file, const QString &iface, QByteArray *log);
int ifdown(SimState &s, const QByteArray &file, const QString &iface, QByteArray *log);
// `ifquery --state IFACE`: ifupdown brought it up (it has a stanza in file and is up).
bool ifupdownUp(const SimState &s, const QByteArray &file, const QString &iface);
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
// An adapter passes traffic: up, with its cable plugged.
bool slaveUp(const SimNic &n);
// The bonding modes with one active slave: active-backup, balance-alb, balance-tlb.
bool hasActiveSlave(const QString &mode);

// libvirt
// input: its stdin (`define /dev/stdin`, `update-device DOMAIN /dev/stdin`).
CommandResult virsh(SimState &s, const Argv &argv, qint64 nowMs, const QByteArray &input = {});
// The commands that change a domain's definition (define, undefine,
// setmem, setmaxmem, setvcpus, change-media, attach-disk, update-device,
// domrename) and net-list, domdisplay; false when cmd is none of them.
bool virshDefinitionCommand(SimState &s, const QByteArray &cmd, const Argv &args, const QByteArray &input,
                            CommandResult *result);

// /proc and small programs
QByteArray cpuinfo(const SimState &s);
QByteArray meminfo(const SimState &s);

// `ls -l` time column for sysfs entries: they date from boot.
QByteArray lsTime(qint64 ms);

} // namespace ftc::sim
