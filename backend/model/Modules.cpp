#include "Modules.h"
#include "parse/SysLinks.h"

#include <QSet>
#include <algorithm>

namespace ftc {

namespace {
// Module ids are hex bus numbers of equal width in practice; overrides may be
// any text, so compare numerically when both are numbers.
bool moduleLess(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const qlonglong na = a.toLongLong(&okA, 16);
    const qlonglong nb = b.toLongLong(&okB, 16);
    if (okA && okB && na != nb)
        return na < nb;
    return a < b;
}
} // namespace

QMap<QString, Placement> placeDevices(const QList<DeviceLocation> &devices,
                                      const QMap<QString, QString> &overrides)
{
    QMap<QString, Placement> out;
    QMap<QString, QList<QString>> byModule;
    QSet<QString> moved;       // placed by an override somewhere its path does not say
    // A fault-tolerant server puts each module behind a PCI root of its own.
    // When every device sits behind one root, the path tells nothing about
    // modules: the placement is unknown (the admin sets it), not "module 00".
    QSet<QString> roots;
    for (const DeviceLocation &d : devices)
        if (const QString r = pciRootBus(d.sysPath); !r.isEmpty())
            roots.insert(r);
    const bool pathsTell = roots.size() >= 2;
    for (const DeviceLocation &d : devices) {
        Placement p;
        p.pciAddress = pciFunction(d.sysPath);
        const QString key = d.overrideKey.isEmpty() ? d.name : d.overrideKey;
        const QString guess = pathsTell ? pciRootBus(d.sysPath) : QString();
        p.module = overrides.contains(key)       ? overrides.value(key)
                   : overrides.contains(d.name) ? overrides.value(d.name)
                                                : guess;
        if (p.module != guess)
            moved.insert(d.name);
        out.insert(d.name, p);
        if (!p.module.isEmpty())
            byModule[p.module].append(d.name);
    }
    for (auto it = byModule.begin(); it != byModule.end(); ++it) {
        QList<QString> &names = it.value();
        std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
            // Devices the admin moved here come after the module's own, so
            // placing one never renumbers the slots of those that stayed.
            if (moved.contains(a) != moved.contains(b))
                return moved.contains(b);
            const QString pa = out.value(a).pciAddress, pb = out.value(b).pciAddress;
            // Devices without a PCI address (overridden virtual ones) go last.
            if (pa.isEmpty() != pb.isEmpty())
                return pb.isEmpty();
            if (pa != pb)
                return pa < pb;
            return a < b;
        });
        for (int i = 0; i < names.size(); ++i)
            out[names[i]].slot = i;
    }
    return out;
}

QString moduleOverrideKey(const Disk &disk)
{
    return disk.serial.isEmpty() ? disk.name : QStringLiteral("serial:") + disk.serial;
}

QString moduleOverrideKey(const Nic &nic)
{
    return nic.name;
}

QList<Module> collectModules(const QList<Disk> &disks, const QList<Nic> &nics,
                             const QMap<QString, QList<EmptySlot>> &emptySlots)
{
    QMap<QString, QList<QPair<int, QString>>> diskSlots, nicSlots;
    QStringList ids = emptySlots.keys();
    for (const Disk &d : disks)
        if (!d.module.isEmpty()) {
            diskSlots[d.module].append({d.slot, d.name});
            if (!ids.contains(d.module))
                ids.append(d.module);
        }
    for (const Nic &n : nics)
        if (!n.module.isEmpty()) {
            nicSlots[n.module].append({n.slot, n.name});
            if (!ids.contains(n.module))
                ids.append(n.module);
        }
    std::sort(ids.begin(), ids.end(), moduleLess);
    QList<Module> out;
    for (const QString &id : ids) {
        Module m;
        m.id = id;
        auto ds = diskSlots.value(id);
        auto ns = nicSlots.value(id);
        std::sort(ds.begin(), ds.end());
        std::sort(ns.begin(), ns.end());
        for (const auto &p : ds)
            m.disks.append(p.second);
        for (const auto &p : ns)
            m.nics.append(p.second);
        m.emptyDiskSlots = emptySlots.value(id);
        std::sort(m.emptyDiskSlots.begin(), m.emptyDiskSlots.end(),
                  [](const EmptySlot &a, const EmptySlot &b) { return a.slot < b.slot; });
        out.append(m);
    }
    return out;
}

} // namespace ftc
