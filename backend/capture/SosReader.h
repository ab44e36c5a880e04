#pragma once
// An sosreport opened read-only ("sos:PATH"): the directory sos wrote, or its
// .tar.xz as `sos report` leaves it (unpacked with tar into a private temporary
// directory, read, and removed). Its files are mapped onto the console's
// sources (RawSources keys) from where sos's plugins put them:
//   mdstat            proc/mdstat                                   (md)
//   md/mdN/sysfs      sys/block/mdN/md/* via its links               (md)
//   bonding/bondN     proc/net/bonding/bondN via proc/net -> self/net (networking)
//   lsblk.json        sos_commands/block/lsblk_-O_-P, converted      (block, sos >= 4.1)
//                     or lsblk and lsblk_-f_-a_-l, converted         (block, sos 4.0)
//   virsh/domstats    sos_commands/{virsh,libvirt}/virsh_-r_dominfo_DOM, converted,
//                     for the domains of virsh_-r_list_--all         (virsh; libvirt before 4.x)
//   virsh/nodeinfo    .../virsh_-r_nodeinfo
//   meminfo, cpuinfo  proc/meminfo, proc/cpuinfo                    (memory, processor)
//   hostname          sos_commands/host/hostname, or the top-level hostname link
//   os-release        etc/os-release; libvirt-guests/default|sysconfig from etc/
// Everything else the console reads live (mdadm --detail, ip -j link, sysfs of
// the adapters, domains' CPU settings) is not in an sosreport: a Problem says
// so once, naming what is missing. Like a bundle, the report is untrusted data:
// links are resolved only inside its own tree, only plain files are read, each
// up to kMaxCaptureSourceBytes. takenAt is sos_reports/manifest.json's
// start_time (the sos host's local time).

#include "model/RawSources.h"

namespace ftc {

// label: what the user opened ("sos:/path"). False with *error when path is
// neither a directory nor an archive tar can unpack, or holds no sosreport
// (none of the files above).
bool readSosReport(const QString &path, const QString &label, RawSources *raw, QString *error);

} // namespace ftc
