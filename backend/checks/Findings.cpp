#include "Findings.h"

namespace ftc {

namespace {

void storage(const HostSnapshot &s, QList<Finding> &out)
{
    for (const Mirror &m : s.mirrors) {
        if (m.state == OpState::Simplex) {
            // Say what is really left: a 4-way mirror with one failed member
            // still holds three copies.
            const int more = failuresTolerated(m);
            const QString counted = QStringLiteral("%1 of %2 members of %3 work").arg(m.membersWorking).arg(m.membersExpected).arg(m.name);
            if (more == 0)
                out.append({QStringLiteral("storage.mirror-simplex"), QStringLiteral("error"), m.name,
                            QStringLiteral("%1 (Simplex): it has no redundancy left, one more failure loses its data.").arg(counted),
                            QStringLiteral("Add a disk of at least the same size from the other module to %1.").arg(m.name)});
            else
                out.append({QStringLiteral("storage.mirror-degraded"), QStringLiteral("warning"), m.name,
                            more > 0 ? QStringLiteral("%1 (degraded): it survives %2 more failed member(s).").arg(counted).arg(more)
                                     : QStringLiteral("%1 (degraded).").arg(counted),
                            QStringLiteral("Replace the failed member of %1 with a disk of at least the same size.").arg(m.name)});
        } else if (m.state == OpState::Broken) {
            out.append({QStringLiteral("storage.mirror-broken"), QStringLiteral("error"), m.name,
                        QStringLiteral("%1 has lost data: only %2 of %3 members work, too few to run.")
                            .arg(m.name).arg(m.membersWorking).arg(m.membersExpected),
                        QStringLiteral("Do not write to the member disks. Reseat or reconnect the failed disks of %1 "
                                       "and refresh: a member that comes back intact can make it whole again.").arg(m.name)});
        } else if (m.state == OpState::Inactive) {
            // The superblocks of a stopped array are the only record of how it
            // was put together: the remedy must never be to erase them.
            out.append({QStringLiteral("storage.mirror-inactive"), QStringLiteral("warning"), m.name,
                        QStringLiteral("%1 is not started.").arg(m.name),
                        QStringLiteral("Look at its members first (mdadm --examine on each), then assemble it "
                                       "(mdadm --assemble --scan). Leave their superblocks alone: they are what "
                                       "brings the array back.")});
        } else if (m.readOnly) {
            out.append({QStringLiteral("storage.mirror-read-only"), QStringLiteral("warning"), m.name,
                        QStringLiteral("%1 is read-only.").arg(m.name),
                        QStringLiteral("Make it writable with mdadm --readwrite /dev/%1 if it is in use.").arg(m.name)});
        }
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
