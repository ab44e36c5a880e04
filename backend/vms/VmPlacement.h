#pragma once
// Where a VM's disks and NICs live on the host: each disk's image traced to
// the mirror (md array) under it, through the file system it is on or the
// block device it is, so the VM's page can say "vda is on md1, Duplex"; each
// NIC to the bridge, network or team (bond) behind it.

#include "model/HostSnapshot.h"
#include "parse/DomainXml.h"

namespace ftc {

struct VmDiskPlacement {
    QString target;            // vda
    QString source;            // /var/lib/libvirt/images/DC1.img, /dev/md3, pool/volume
    QString mirror;            // md1; empty when the disk is on no mirror the console knows
    QString disk;              // sdb: a whole disk or the disk under a partition, when not on a mirror
    QString mountpoint;        // the file system the image is in ("/var/lib/libvirt/images"); empty for devices
    QString why;               // when neither is known: what could not be traced ("a network disk")
};

struct VmNicPlacement {
    QString mac;
    QString model;
    QString via;               // "bridge br0", "network default", "direct eth1", "user"
    QString team;              // bond the traffic leaves through, when the source is one (or a bridge named after it)
    QString hostDevice;        // vnet0, live only
};

// Disk by disk: a block source /dev/mdN or /dev/md/NAME is that mirror; a
// whole disk or partition is that disk and its mirror, if it is a member; a
// file is in the file system with the longest mount point that holds its
// path, on a mirror (its mountpoints) or a disk. /dev/disk/by-* links are
// not followed (the host is not asked): why says so.
QList<VmDiskPlacement> placeVmDisks(const DomainXml &xml, const HostSnapshot &snapshot);
QList<VmNicPlacement> placeVmNics(const DomainXml &xml, const HostSnapshot &snapshot);

} // namespace ftc
