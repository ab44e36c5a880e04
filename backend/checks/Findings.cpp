#include "Findings.h"

namespace ftc {

namespace {

void storage(const HostSnapshot &s, QList<Finding> &out)
{
    for (const Mirror &m : s.mirrors) {
        if (m.state == OpState::Simplex)
            out.append({QStringLiteral("storage.mirror-simplex"), QStringLiteral("error"), m.name,
                        QStringLiteral("%1 runs on one disk only (Simplex): a second failure loses its data.").arg(m.name),
                        QStringLiteral("Add a disk of at least the same size from the other module to %1.").arg(m.name)});
        else if (m.state == OpState::Broken)
            out.append({QStringLiteral("storage.mirror-broken"), QStringLiteral("error"), m.name,
                        QStringLiteral("%1 has no working member.").arg(m.name),
                        QStringLiteral("Check the disks of %1 and restore from backup if they are lost.").arg(m.name)});
        else if (m.state == OpState::Inactive)
            out.append({QStringLiteral("storage.mirror-inactive"), QStringLiteral("warning"), m.name,
                        QStringLiteral("%1 is not started.").arg(m.name),
                        QStringLiteral("Assemble it (mdadm --assemble --scan) or remove its stale superblocks.")});
        else if (m.readOnly)
            out.append({QStringLiteral("storage.mirror-read-only"), QStringLiteral("warning"), m.name,
                        QStringLiteral("%1 is read-only.").arg(m.name),
                        QStringLiteral("Make it writable with mdadm --readwrite /dev/%1 if it is in use.").arg(m.name)});
    }
    for (const Disk &d : s.disks) {
        if (d.role == DiskRole::Unconfigured)
            out.append({QStringLiteral("storage.unmirrored-disk"), QStringLiteral("warning"), d.name,
                        QStringLiteral("Disk %1 (%2) is not part of any virtual disk.").arg(d.name, d.serial),
                        QStringLiteral("Add it to a Simplex virtual disk, or mirror it with the disk in the same slot of the other module.")});
    }
}

void network(const HostSnapshot &s, QList<Finding> &out)
{
    for (const Nic &n : s.nics)
        if (n.master.isEmpty())
            out.append({QStringLiteral("network.unteamed-adapter"), QStringLiteral("warning"), n.name,
                        QStringLiteral("Adapter %1 is not in a team: its link is a single point of failure.").arg(n.name),
                        QStringLiteral("Team it with an adapter of the other module.")});
    for (const Team &t : s.teams) {
        QStringList modules;
        for (const TeamMember &m : t.members)
            if (!m.module.isEmpty() && !modules.contains(m.module))
                modules << m.module;
        if (t.members.size() >= 2 && modules.size() == 1)
            out.append({QStringLiteral("network.team-single-module"), QStringLiteral("warning"), t.name,
                        QStringLiteral("All adapters of %1 are in module %2.").arg(t.name, modules.first()),
                        QStringLiteral("Team adapters of different modules (1+3, 2+4) so a module can fail.")});
    }
}

void capacity(const HostSnapshot &s, QList<Finding> &out)
{
    qint64 vmMemory = 0;
    for (const Vm &v : s.vms)
        vmMemory += qMax(v.memoryBytes, v.maxMemoryBytes);
    if (s.info.memoryBytes > 0 && vmMemory > s.info.memoryBytes)
        out.append({QStringLiteral("vm.memory-overcommit"), QStringLiteral("error"), QString(),
                    QStringLiteral("VMs are given %1 MiB but the host has %2 MiB: some will not start.")
                        .arg(vmMemory >> 20).arg(s.info.memoryBytes >> 20),
                    QStringLiteral("Lower the VMs' memory or add memory to the host.")});
}

} // namespace

QList<Finding> findingsFor(const HostSnapshot &snapshot)
{
    QList<Finding> out;
    storage(snapshot, out);
    network(snapshot, out);
    capacity(snapshot, out);
    return out;
}

} // namespace ftc
