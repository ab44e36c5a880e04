#include "VmPlacement.h"

#include "checks/ChecksTr.h"

#include <QRegularExpression>

namespace ftc {

namespace {

// "sda1" -> "sda", "nvme0n1p2" -> "nvme0n1", "sda" -> "sda".
QString parentDisk(const HostSnapshot &s, const QString &name)
{
    if (s.disk(name))
        return name;
    for (const Disk &d : s.disks)
        if (d.partitions.contains(name))
            return d.name;
    return {};
}

bool under(const QString &path, const QString &mount)
{
    if (mount == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == mount || path.startsWith(mount + QLatin1Char('/'));
}

} // namespace

QList<VmDiskPlacement> placeVmDisks(const DomainXml &xml, const HostSnapshot &s)
{
    QList<VmDiskPlacement> out;
    for (const DomainDisk &d : xml.disks) {
        VmDiskPlacement p;
        p.target = d.targetDev;
        p.source = !d.source.isEmpty() ? d.source
            : !d.sourceVolume.isEmpty() ? d.sourcePool + QLatin1Char('/') + d.sourceVolume
                                        : d.sourceProtocol + QLatin1Char(':') + d.sourceName;
        if (d.source.isEmpty()) {
            p.why = d.type == QLatin1String("network") ? Checks::tr("a network disk (%1)").arg(d.sourceProtocol)
                : d.type == QLatin1String("volume")    ? Checks::tr("a storage pool volume")
                                                       : Checks::tr("no medium");
            out << p;
            continue;
        }
        if (d.source.startsWith(QLatin1String("/dev/"))) {
            QString name = d.source.mid(5);
            if (name.startsWith(QLatin1String("md/")))
                name = name.mid(3);      // /dev/md/NAME: mdadm's named arrays
            if (s.mirror(name)) {
                p.mirror = name;
            } else if (const QString disk = parentDisk(s, name); !disk.isEmpty()) {
                p.disk = disk;
                p.mirror = s.disk(disk)->mirror;
            } else {
                p.why = d.source.startsWith(QLatin1String("/dev/disk/"))
                    ? Checks::tr("a /dev/disk link, which the console does not follow")
                    : Checks::tr("a device the console does not know");
            }
            out << p;
            continue;
        }
        // A file: the longest mount point that holds it.
        int best = -1;
        for (const Mirror &m : s.mirrors)
            for (const QString &mp : m.mountpoints)
                if (under(d.source, mp) && int(mp.size()) > best) {
                    best = int(mp.size());
                    p.mirror = m.name;
                    p.disk.clear();
                    p.mountpoint = mp;
                }
        for (const Disk &disk : s.disks)
            for (const QString &mp : disk.mountpoints)
                if (under(d.source, mp) && int(mp.size()) > best) {
                    best = int(mp.size());
                    p.mirror = disk.mirror;
                    p.disk = disk.name;
                    p.mountpoint = mp;
                }
        if (best < 0)
            p.why = Checks::tr("in no file system the console knows");
        out << p;
    }
    return out;
}

QList<VmNicPlacement> placeVmNics(const DomainXml &xml, const HostSnapshot &s)
{
    QList<VmNicPlacement> out;
    for (const DomainInterface &i : xml.interfaces) {
        VmNicPlacement p;
        p.mac = i.mac;
        p.model = i.model;
        p.hostDevice = i.targetDev;
        QString through;
        if (!i.sourceBridge.isEmpty()) {
            p.via = i.type == QLatin1String("network") ? Checks::tr("network %1 (bridge %2)").arg(i.sourceNetwork, i.sourceBridge)
                                                       : Checks::tr("bridge %1").arg(i.sourceBridge);
            through = i.sourceBridge;
        } else if (!i.sourceNetwork.isEmpty()) {
            p.via = Checks::tr("network %1").arg(i.sourceNetwork);
        } else if (!i.sourceDev.isEmpty()) {
            p.via = Checks::tr("direct %1").arg(i.sourceDev);
            through = i.sourceDev;
        } else {
            p.via = i.type;
        }
        // A team is a bond: the VM's traffic leaves through it when the
        // source is the bond, or a bridge whose name carries it (br-bond0).
        for (const Team &t : s.teams)
            if (through == t.name || through.contains(t.name))
                p.team = t.name;
        out << p;
    }
    return out;
}

} // namespace ftc
