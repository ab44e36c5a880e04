#pragma once
// Changing a VM's configuration (the admin site's "Edit Configuration"):
// memory, vCPUs, the CD/DVD, the NIC's connection, another fixed-size disk,
// the name, and deleting it. Each is a Plan of virsh commands planned from
// the latest snapshot and the VM's definition as read just now
// (VmConfigReading: live and inactive XML), never from a cache.
//
// A running VM takes memory and vCPU changes in its persistent definition
// (`--config`), pending until it restarts, and its page says so; less memory
// than it booted with also reaches it at once through its balloon. Media and
// NIC changes reach a running VM at once (`--live --config`). vCPUs are
// plugged in at once where the VM's maximum leaves room; taking them away
// waits for a restart.

#include "VmConfigReading.h"
#include "VmHostFacts.h"
#include "plan/Plan.h"

namespace ftc {

// `virsh setmaxmem DOMAIN SIZE --config` then `setmem DOMAIN SIZE --config`
// (SIZE as "2048M"), and for a running VM whose new memory fits in what it
// booted with, `setmem DOMAIN SIZE --live` (its balloon, at once); more than
// that is pending until it restarts. Errors: no such VM; under 64 MiB; more than the host can
// give a VM that runs or starts with it (memoryAdmission, counting the VM's
// own present memory as free). hostReserveBytes as in memoryAdmission.
Plan planVmMemory(const HostSnapshot &snapshot, const VmConfigReading &config, qint64 memoryMiB,
                  qint64 hostReserveBytes, const QByteArray &libvirtUri);

// `virsh setvcpus DOMAIN N --config --maximum` and `setvcpus DOMAIN N
// --config`, in the order libvirt accepts (the maximum first when it
// grows); for a running VM that runs fewer vCPUs than its maximum allows,
// `setvcpus DOMAIN N --live` plugs more in at once. Errors: below 1 or
// above the host's CPUs.
Plan planVmVcpus(const HostSnapshot &snapshot, const VmConfigReading &config, int vcpus, const QByteArray &libvirtUri);

// `virsh change-media DOMAIN TARGET ISO --insert|--update` or `--eject`,
// `--live --config` when running. isoPath empty: eject. facts.paths must hold
// isoPath (stat). Errors: the VM has no CD/DVD drive; the ISO does not exist
// or is not a file; nothing to eject.
Plan planVmMedia(const HostSnapshot &snapshot, const VmConfigReading &config, const QString &isoPath,
                 const VmHostFacts &facts, const QByteArray &libvirtUri);

// The NIC with MAC mac plugged into a bridge (bridge true) or a libvirt
// network: `virsh update-device DOMAIN /dev/stdin` with the interface's XML
// (its MAC and model kept). Errors: no NIC with that MAC; an unknown bridge
// (snapshot) or network (facts.networks); already plugged in there.
Plan planVmNicSource(const HostSnapshot &snapshot, const VmConfigReading &config, const QString &mac, bool bridge,
                     const QString &source, const VmHostFacts &facts, const QByteArray &libvirtUri);

// The bridge over a team that VMs should use (the first bridge one of whose
// ports is a team), or empty when the host has none.
QString teamBridge(const HostSnapshot &snapshot);

// Every NIC of the VMs in configs that is plugged into fromBridge (the
// bridge itself, or a libvirt network whose bridge it is, as the live XML
// says; empty: anywhere but toBridge) moved to the bridge toBridge:
// planVmNicSource's step for each, in one plan. Errors: toBridge unknown; a
// VM's definition not read; nothing to move.
Plan planVmsToBridge(const HostSnapshot &snapshot, const QList<VmConfigReading> &configs, const QString &fromBridge,
                     const QString &toBridge, const QByteArray &libvirtUri);

// The next free virtio target after the VM's disks ("vdb" after "vda").
QString nextDiskTarget(const DomainXml &xml);

// A new fully allocated raw image DIR/VM-TARGET.img of sizeGiB, attached as
// the next virtio disk: `test ! -e`, `qemu-img create -f raw -o
// preallocation=falloc` (undo: rm), `virsh attach-disk ... --config [--live]`.
// Errors as planCreateVm's for the image (free space, place not read, image
// there); a warning for a place not on a Duplex mirror.
Plan planVmAddDisk(const HostSnapshot &snapshot, const VmConfigReading &config, const QString &dir, qint64 sizeGiB,
                   const VmHostFacts &facts, const QByteArray &libvirtUri);

// `virsh domrename OLD NEW`. Errors: the VM runs (libvirt renames shut-off
// domains only); the new name breaks vmNameProblem's rules.
Plan planVmRename(const HostSnapshot &snapshot, const QString &vm, const QString &newName, const QByteArray &libvirtUri);

// `virsh undefine DOMAIN [--managed-save]`, then with removeImages an
// `rm -f --` of each disk image file (never the CD/DVD's ISO, never a block
// device). Confirmed by typing the VM's name. Errors: the VM is not shut
// off (shut it down first).
Plan planVmDelete(const HostSnapshot &snapshot, const VmConfigReading &config, bool removeImages,
                  const QByteArray &libvirtUri);

} // namespace ftc
