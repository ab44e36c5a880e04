#pragma once
// What creating or changing a VM needs to know of the host beyond a refresh,
// asked of the host itself in one round trip right before the plan is made:
// the free space where images may go and the mirror under each place, the
// libvirt networks, whether KVM is there, what given paths hold (an ISO, an
// existing image, the image about to be written). Every fact is known or
// unknown with the reason; nothing is taken from a cache.

#include "checks/CheckFacts.h"
#include "model/HostSnapshot.h"
#include "transport/Runner.h"

#include <QMap>
#include <QMetaType>
#include <optional>

namespace ftc {

// A directory a VM's images may go to.
struct VmStoragePlace {
    QString dir;               // "/var/lib/libvirt/images"
    QString mountpoint;        // the file system holding it, as df says ("/var/lib/libvirt/images")
    qint64 freeBytes = -1;     // bytes free there for root (df's Avail, run through sudo); -1 not read
    QString mirror;            // md1: the mirror under that file system; empty when none
    QString disk;              // the plain disk under it when it is on no mirror
    std::optional<OpState> state;          // the mirror's OpState now
    QString why;               // df failed: why (no such directory, no privileges)

    bool read() const { return freeBytes >= 0; }
    bool onDuplexMirror() const { return state == OpState::Duplex; }
};

// `stat -L -c '%F|%s' PATH` (through sudo: images are root's).
struct PathFacts {
    bool read = false;         // stat answered, either way
    bool exists = false;
    QString type;              // stat's %F: "regular file", "directory", "block special file"
    qint64 sizeBytes = -1;     // %s, bytes
    QString why;               // stat failed for another reason than a missing file

    bool isFile() const { return type == QLatin1String("regular file"); }
};

struct VmHostQuery {
    QStringList dirs;          // places to measure (df)
    QStringList paths;         // paths to stat
    QStringList images;        // images to inspect (qemu-img info)
};

struct VmHostFacts {
    bool read = false;         // the host answered
    QString error;             // why not
    QList<VmStoragePlace> places;          // in the query's order
    std::optional<QStringList> networks;   // `virsh net-list --all --name`; unset when not read
    QString networksWhy;
    // `virsh domcapabilities --virttype kvm` answers for KVM: domain type
    // kvm, else qemu (TCG emulation).
    bool kvm = false;
    QMap<QString, PathFacts> paths;
    QMap<QString, ImageFacts> images;

    const VmStoragePlace *place(const QString &dir) const;
};

// The places a new VM's images are offered: libvirt's default directory and
// the mount points of the host's mirrors and disks, except the system's own
// ("/", "/boot", "/boot/efi", swap).
QStringList vmStorageDirs(const HostSnapshot &snapshot);

// The mirror or disk holding mountpoint (the snapshot's lsblk mount points).
void placeOnStorage(const HostSnapshot &snapshot, VmStoragePlace *place);

// `df -B1 --output=avail,target DIR` (coreutils): the header, then the free
// bytes and the mount point (which may hold spaces). false when the text is
// not that.
bool parseDfAvail(const QByteArray &text, qint64 *freeBytes, QString *mountpoint);
// `stat -L -c '%F|%s' PATH` output and exit status: a missing file is
// read with exists false ("No such file or directory" on stderr).
PathFacts parseStatLine(const CommandResult &result);

// Reads the facts in one batch; the libvirt networks through
// `virsh -c URI net-list --all --name` (as root for a system connection).
VmHostFacts readVmHostFacts(Runner &runner, const HostSnapshot &snapshot, const VmHostQuery &query,
                            const QByteArray &libvirtUri, const CancelFlag &cancel = CancelFlag());

} // namespace ftc

Q_DECLARE_METATYPE(ftc::VmHostQuery)
Q_DECLARE_METATYPE(ftc::VmHostFacts)
