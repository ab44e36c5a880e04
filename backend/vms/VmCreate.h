#pragma once
// A new VM as the guide's Create page makes it: a name, memory in MiB, vCPUs,
// a virtual hard disk (fixed size by default) on the mirrored disks, a NIC on
// a team's bridge or a libvirt network, an optional install CD, CPU settings,
// and VNC on the host's loopback. The plan defines the domain with libvirt
// (`virsh define`), writes its image (qemu-img), records the CPU settings and
// optionally starts it; a step that fails undoes the ones before it.
//
// Every rule is checked against the latest snapshot and the one-off facts of
// VmHostFacts (free space, what a path holds), never against a cache.

#include "VmHostFacts.h"
#include "plan/Plan.h"

namespace ftc {

struct VmCreateRequest {
    enum class DiskKind {
        Fixed,                 // a new fully allocated raw image (qemu-img -o preallocation=falloc)
        Expanding,             // a new sparse qcow2 image: grows as the guest writes (not for production)
        Existing,              // an image made elsewhere: used as is when it is a fully allocated raw
                               // image on a mirror, else converted into a new one in imageDir
    };
    enum class NetKind { Bridge, Network, None };

    QString name;
    qint64 memoryMiB = 1024;
    int vcpus = 1;
    DiskKind diskKind = DiskKind::Fixed;
    QString imageDir;          // where a new image goes ("/var/lib/libvirt/images")
    qint64 diskGiB = 20;       // size of a new image, GiB (1024^3 bytes)
    QString existingImage;     // DiskKind::Existing: its path on the host
    NetKind netKind = NetKind::Bridge;
    QString netSource;         // the bridge ("br0") or the libvirt network ("default")
    QString isoPath;           // install CD image on the host; empty: an empty drive
    int weight = 100;          // CPU: relative weight 1..10000
    int reservePct = 0;        // % of one CPU for the whole VM
    int maxPct = 100;          // % of one CPU per vCPU (100: no cap)
    bool autostart = true;     // start with the host (the guide's setting)
    bool start = false;        // start it once made
};

// Memory the console admits a new VM to: the guide's rule that VMs given more
// than the host has will not start. All in MiB.
struct MemoryAdmission {
    qint64 hostMiB = 0;        // the host's RAM (/proc/meminfo MemTotal)
    qint64 reserveMiB = 0;     // kept for the host and qemu's overhead
    qint64 takenMiB = 0;       // what running and autostart VMs are given
    QStringList takenBy;       // those VMs
    qint64 availableMiB = 0;   // hostMiB - reserveMiB - takenMiB, never below 0
};

// hostReserveBytes: what the host keeps (CheckOptions::hostMemoryReserveBytes).
MemoryAdmission memoryAdmission(const HostSnapshot &snapshot, qint64 hostReserveBytes);

// Empty when name can be a new VM's name on this host; else why not and what
// to do. libvirt's rules (not empty, no '/', no line break) and the
// console's: no control characters (virsh's line-based session), not only
// digits and not a UUID (virsh would take it for an id or UUID), at most 64
// characters (the image file is named after it), and unique on the host
// (libvirt compares names exactly; the console also refuses one differing
// only in case, which confuses admins and case-insensitive file systems).
QString vmNameProblem(const HostSnapshot &snapshot, const QString &name);

// The image a new disk gets: DIR/NAME.img (raw) or DIR/NAME.qcow2.
QString newImagePath(const VmCreateRequest &request);

// The domain XML the plan defines (libvirt.org/formatdomain.html): the disk
// as virtio vda, a CD/DVD drive (sata sda on q35, else ide hdc) with the ISO
// or empty, the NIC (virtio), the guest agent's channel, a USB tablet, and VNC
// listening on 127.0.0.1 only. domainType: "kvm" or "qemu"; uuid fixed so a
// name clash makes define fail rather than change the existing domain.
QByteArray createDomainXml(const VmCreateRequest &request, const QString &imagePath, const QString &imageFormat,
                           const QString &domainType, const QString &uuid);

// The checks for a new image at imagePath in dir of bytes (expanding: a
// sparse qcow2 that only needs room as it grows), against facts read with
// dir in VmHostQuery::dirs and imagePath in paths: the place read, free
// space for the image and 1 %, the image not there yet. Appends errors, and
// a warning for a place not on a Duplex mirror.
void checkNewImage(const VmHostFacts &facts, const QString &dir, const QString &imagePath, qint64 bytes,
                   bool expanding, Plan *plan);
// `test ! -e IMAGE`, then qemu-img create (raw with preallocation=falloc, or
// qcow2 when expanding) of sizeGiB, undone by removeImageCommand.
QList<PlanStep> newImageSteps(const QString &subject, const QString &imagePath, qint64 sizeGiB, bool expanding);
// `rm -f -- IMAGE` as root.
Command removeImageCommand(const QString &imagePath);

struct CreateVmOptions {
    int hostCpuReservePct = 20;                     // CpuSchedule's host reserve, % of one CPU
    qint64 hostMemoryReserveBytes = qint64(512) << 20;
    QString uuid;              // empty: a new random one (tests fix it)
};

// The plan: `test ! -e IMAGE` (the image must not exist yet), `virsh define
// /dev/stdin` with the XML on stdin (undo: undefine), the image (undo: rm),
// autostart, the CPU settings (VmPlanner's steps for the new VM and the ones
// whose cpu_shares move), and `virsh start`. Errors, each naming what to do:
// a bad or taken name; memory beyond what is available (MemoryAdmission) or
// vCPUs beyond the host's CPUs; a disk size or free space that does not fit
// (the image needs size + 1 %); an image that exists; an ISO or existing
// image that does not exist or is not a file; an unknown bridge or network;
// CPU reservations beyond the host (CpuSchedule); facts not read. Warnings:
// a place not on a Duplex mirror; an expanding image; a converted image.
Plan planCreateVm(const HostSnapshot &snapshot, const VmHostFacts &facts, const VmCreateRequest &request,
                  const QByteArray &libvirtUri, const CreateVmOptions &options = {});

} // namespace ftc
