#pragma once
// What a disk holds, asked of the disk itself, with privileges, right before a
// plan that would write it is shown and again right before it is applied.
//
// The snapshot's view of a disk comes from unprivileged lsblk, which repeats
// udev's database: after a mkfs that udev missed, or with a stale database, it
// shows an empty FSTYPE on a disk full of data. The probe reads the disk:
// - signatures: `wipefs --no-act --json /dev/DISK` (util-linux; privileged),
//   which names filesystem, RAID, LVM and partition-table signatures alike;
// - partitions and holders: the kernel's /sys/block/DISK (dm, md on top);
// - mounts and swap: /proc/mounts and /proc/swaps, for the disk and its partitions;
// - its serial number now: `lsblk -d -n -o SERIAL /dev/DISK`, so a plan made
//   for one disk is never applied to another that took its name;
// - VMs: every libvirt domain's disk sources (`virsh domblklist --details`, live
//   and --inactive), resolved with `readlink -f` (a VM may name the disk by
//   /dev/disk/by-id/...).
// A check that cannot run makes the probe incomplete, and an incomplete probe
// never counts as blank.

#include "transport/Runner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ftc {

struct DiskSignature {
    QString device;            // "sdf"
    QString offset;            // "0x438", as wipefs prints it
    QString type;              // "ext4", "linux_raid_member", "gpt", "LVM2_member", ...
    QString label;
};

struct DiskProbe {
    QString disk;              // "sdf"
    QString serial;            // as `lsblk -d -n -o SERIAL` reads it now; "" when none
    QStringList failures;      // checks that could not run: "wipefs: sudo wants a password"
    QList<DiskSignature> signatures;
    QStringList partitions;    // "sdf1" (the kernel's current view)
    QStringList holders;       // "dm-3", "md127"
    QStringList mounts;        // "/dev/sdf1 on /mnt/data", "/dev/sdf2 (swap)"
    QStringList vmUses;        // "VM DC1 uses /dev/disk/by-id/... (vdb)"

    bool complete() const { return failures.isEmpty(); }
    // Nothing found and every check ran.
    bool isBlank() const;
    // Each reason the disk may hold data, one sentence each; the failed checks
    // come first, said as such.
    QStringList reasons() const;
};

// Runs the checks in up to three round trips (facts, the VMs' disk lists, the
// paths they name). Privileged steps go through `sudo -n` when the runner needs
// it. Never writes anything.
// libvirtUri: the connection whose domains may use the disk (qemu:///system when empty).
DiskProbe probeDisk(Runner &runner, const QString &disk, const CancelFlag &cancel = CancelFlag(),
                    const QByteArray &libvirtUri = {});

// Pure parts, exposed for tests.
// `wipefs --no-act --json` (util-linux 2.38: {"signatures": [...]}); false on
// text that is not that JSON.
bool parseWipefsJson(const QByteArray &text, QList<DiskSignature> *out);
// `virsh domblklist --details`: "Type Device Target Source" rows; the sources
// (everything after the third column; "-" for an empty drive is left out).
QList<QPair<QString, QString>> parseDomblklist(const QByteArray &text);   // (target, source)
// Lines of /proc/mounts or /proc/swaps naming /dev/DISK or one of partitions.
QStringList mountsOf(const QByteArray &procMounts, const QByteArray &procSwaps, const QString &disk,
                     const QStringList &partitions);
// Entries of /sys/block/DISK that are its partitions ("sdf1"; "nvme0n1p1").
QStringList partitionsOf(const QString &disk, const QStringList &entries);

} // namespace ftc
