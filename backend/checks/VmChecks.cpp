// Virtual machines: sized within the host, CPU reservations admissible,
// started with the host and saved when it stops, guest agent answering,
// images on mirrored storage and fully allocated.

#include "Findings.h"

#include "vms/VmPlacement.h"
#include "vms/VmPlanner.h"

#include "ChecksTr.h"

#include <QCoreApplication>

namespace ftc {

namespace {


const QString kAgentChannel = QStringLiteral("org.qemu.guest_agent.0");

void memory(const HostSnapshot &s, const CheckOptions &o, QList<Finding> &out)
{
    // What must fit at once: the VMs that run now or start with the host.
    qint64 vmBytes = 0;
    QStringList counted;
    for (const Vm &v : s.vms)
        if (v.active() || v.autostart.value_or(false)) {
            vmBytes += qMax(v.memoryBytes, v.maxMemoryBytes);
            counted << v.name;
        }
    if (s.info.memoryBytes <= 0 || counted.isEmpty())
        return;
    const qint64 need = vmBytes + o.hostMemoryReserveBytes;
    if (need > s.info.memoryBytes)
        out.append({QStringLiteral("vm.memory-overcommit"), Severity::Error, QString(),
                    Checks::tr("The running and autostart VMs (%1) are given %2 MiB; with %3 MiB kept for the host that is "
                       "more than its %4 MiB: some will not start.")
                        .arg(counted.join(QStringLiteral(", ")))
                        .arg(vmBytes >> 20)
                        .arg(o.hostMemoryReserveBytes >> 20)
                        .arg(s.info.memoryBytes >> 20),
                    Checks::tr("Lower the memory of some VMs, stop one from starting with the host, or add memory to the "
                       "host.")});
}

void cpu(const HostSnapshot &s, const CheckOptions &o, QList<Finding> &out)
{
    if (s.vms.isEmpty() || s.info.cpus <= 0)
        return;
    const CpuSchedule sched = currentCpuSchedule(s, o.hostCpuReservePct);
    for (const QString &e : sched.errors)
        out.append({QStringLiteral("vm.cpu-reservations"), Severity::Error, QString(), e,
                    Checks::tr("Lower the reservations (Virtual Machine ▸ CPU Resources) until together they fit what the host offers "
                       "its VMs (%1 % of one CPU).").arg(qRound(sched.capacityPct))});
}

void lifecycle(const HostSnapshot &s, QList<Finding> &out)
{
    for (const Vm &v : s.vms)
        if (v.autostart.has_value() && !*v.autostart)
            out.append({QStringLiteral("vm.autostart-off"), Severity::Warning, v.name,
                        Checks::tr("%1 does not start with the host: after a restart it stays off.").arg(v.name),
                        Checks::tr("Turn on Start with Host for %1 (Virtual Machine ▸ Start with Host).").arg(v.name)});
    if (s.vms.isEmpty())
        return;
    const LibvirtGuests &g = s.libvirtGuests;
    if (!g.known) {
        out.append({QStringLiteral("vm.save-on-stop"), Severity::Unknown, QString(),
                    Checks::tr("What happens to the VMs when the host stops was not read (libvirt-guests)."),
                    Checks::tr("Open the live host (not a capture) to check it.")});
    } else if (g.serviceEnabled.has_value() && !*g.serviceEnabled) {
        out.append({QStringLiteral("vm.save-on-stop"), Severity::Warning, QString(),
                    Checks::tr("libvirt-guests is not enabled: when the host stops, the VMs are cut off, not saved."),
                    Checks::tr("Enable saving the VMs' state when the host stops (Host ▸ Save VM States When the Host Stops).")});
    } else if (!g.suspends()) {
        out.append({QStringLiteral("vm.save-on-stop"), Severity::Warning, QString(),
                    Checks::tr("libvirt-guests shuts the VMs down when the host stops (ON_SHUTDOWN=shutdown in %1): their "
                       "running state is lost.").arg(g.path),
                    Checks::tr("Choose saving their state instead (Host ▸ Save VM States When the Host Stops).")});
    }
}

void guestAgents(const HostSnapshot &s, const CheckFacts &f, QList<Finding> &out)
{
    for (const Vm &v : s.vms) {
        const GuestAgentStatus g = guestAgentStatus(v, f);
        switch (g.state) {
        case GuestAgentState::NotRunning:
        case GuestAgentState::Answers:
            break;
        case GuestAgentState::Unknown:
            out.append({QStringLiteral("vm.guest-agent"), Severity::Unknown, v.name,
                        Checks::tr("Whether %1 has its guest tools (QEMU guest agent) was not read: %2.").arg(v.name, g.why),
                        Checks::tr("Open the live host to check it.")});
            break;
        case GuestAgentState::NoChannel:
            out.append({QStringLiteral("vm.guest-agent"), Severity::Warning, v.name,
                        Checks::tr("%1 has no guest agent channel (%2): the host cannot ask its OS to shut down cleanly or "
                           "freeze its disks.").arg(v.name, kAgentChannel),
                        Checks::tr("Add a virtio channel named %1 to %2's definition, then install qemu-guest-agent in the "
                           "guest.").arg(kAgentChannel, v.name)});
            break;
        case GuestAgentState::NotAnswering:
            out.append({QStringLiteral("vm.guest-agent"), Severity::Warning, v.name,
                        Checks::tr("%1's guest agent does not answer (%2).").arg(v.name, g.why),
                        Checks::tr("Install and start qemu-guest-agent in %1's OS.").arg(v.name)});
            break;
        }
    }
}

void images(const HostSnapshot &s, const CheckFacts &f, QList<Finding> &out)
{
    if (!f.read) {
        if (!s.vms.isEmpty())
            out.append({QStringLiteral("vm.image-storage"), Severity::Unknown, QString(),
                        Checks::tr("Where the VMs' images live was not read: %1.").arg(f.error.isEmpty() ? Checks::tr("not asked")
                                                                                                 : f.error),
                        Checks::tr("Open the live host to check it.")});
        return;
    }
    for (const Vm &v : s.vms) {
        const VmCheckFacts vf = f.vms.value(v.name);
        if (!vf.xmlRead)
            continue;   // said by the guest agent check for running VMs; a shut-off VM's is read too
        for (const VmDiskPlacement &p : placeVmDisks(vf.xml, s)) {
            bool isDisk = false;
            for (const DomainDisk &d : vf.xml.disks)
                isDisk = isDisk || (d.targetDev == p.target && d.device == QLatin1String("disk"));
            if (!isDisk)
                continue;
            if (p.mirror.isEmpty())
                out.append({QStringLiteral("vm.image-unmirrored"), Severity::Error, v.name,
                            Checks::tr("%1's disk %2 (%3) is on no mirror%4: a disk failure stops the VM and loses its data.")
                                .arg(v.name, p.target, p.source,
                                     !p.disk.isEmpty() ? Checks::tr(" (on disk %1)").arg(p.disk)
                                                       : !p.why.isEmpty() ? QStringLiteral(" (%1)").arg(p.why) : QString()),
                            Checks::tr("Move the image to a directory on a Duplex mirror while %1 is shut down, and point its "
                               "disk there; keep the old file until the VM runs from the new one.").arg(v.name)});
            const auto img = f.images.constFind(p.source);
            if (img == f.images.constEnd())
                continue;
            if (!img->read) {
                out.append({QStringLiteral("vm.image-dynamic"), Severity::Unknown, v.name,
                            Checks::tr("Whether %1's image %2 is fixed-size was not read: %3.").arg(v.name, p.source, img->why),
                            Checks::tr("Run qemu-img info on it as root to see its format and allocation.")});
                continue;
            }
            const bool sparse = img->virtualBytes > 0 && img->actualBytes >= 0
                && img->actualBytes < img->virtualBytes - img->virtualBytes / 20;
            if (img->format != QLatin1String("raw") || sparse)
                out.append({QStringLiteral("vm.image-dynamic"), Severity::Warning, v.name,
                            Checks::tr("%1's image %2 is dynamically expanding (%3, %4 MiB of %5 MiB allocated): it can "
                               "fail the VM when the host's disk fills.")
                                .arg(v.name, p.source, img->format)
                                .arg(img->actualBytes >> 20)
                                .arg(img->virtualBytes >> 20),
                            Checks::tr("While %1 is shut down, convert it to a fully allocated raw image (qemu-img convert -O "
                               "raw -o preallocation=falloc) next to the old one, then point the disk at the new file.")
                                .arg(v.name)});
        }
    }
}

} // namespace

GuestAgentStatus guestAgentStatus(const Vm &v, const CheckFacts &f)
{
    if (!v.running())
        return {GuestAgentState::NotRunning, {}};
    const auto it = f.vms.constFind(v.name);
    if (!f.read || it == f.vms.constEnd() || !it->xmlRead)
        return {GuestAgentState::Unknown, it != f.vms.constEnd() && !it->xmlWhy.isEmpty()
                                              ? it->xmlWhy
                                              : Checks::tr("the definition was not read")};
    bool channel = false;
    for (const DomainChannel &c : it->xml.channels)
        channel = channel || c.targetName == kAgentChannel;
    if (!channel)
        return {GuestAgentState::NoChannel, {}};
    if (!it->agentAnswers.has_value())
        return {GuestAgentState::Unknown, it->agentWhy.isEmpty() ? Checks::tr("guest-ping was not asked") : it->agentWhy};
    if (!*it->agentAnswers)
        return {GuestAgentState::NotAnswering, it->agentWhy};
    return {GuestAgentState::Answers, {}};
}

QString guestAgentText(const GuestAgentStatus &g)
{
    switch (g.state) {
    case GuestAgentState::NotRunning: return Checks::tr("The VM is not running");
    case GuestAgentState::Unknown: return Checks::tr("Not read: %1").arg(g.why);
    case GuestAgentState::NoChannel: return Checks::tr("No agent channel (%1)").arg(kAgentChannel);
    case GuestAgentState::NotAnswering: return Checks::tr("Does not answer (%1)").arg(g.why);
    case GuestAgentState::Answers: return Checks::tr("Answers");
    }
    return {};
}

// The guide connects every VM to a team: a NIC its definition plugs into
// anything but a bridge over a team (or the team itself) is one cable or
// switch port away from losing the VM's network. Only once the host has
// such a bridge: before that the network checks say what comes first.
void nicsOnTeams(const HostSnapshot &s, const CheckFacts &f, QList<Finding> &out)
{
    QStringList teamed;
    for (const Team &t : s.teams)
        teamed << t.name;
    QStringList bridges;
    for (const Bridge &b : s.bridges)
        for (const QString &port : b.ports)
            if (teamed.contains(port))
                bridges << b.name;
    if (bridges.isEmpty())
        return;
    for (const Vm &v : s.vms) {
        const auto it = f.vms.constFind(v.name);
        if (it == f.vms.cend() || !it->xmlRead)
            continue;
        for (const DomainInterface &i : it->xml.interfaces) {
            if ((i.type == QLatin1String("bridge") && bridges.contains(i.sourceBridge))
                || (i.type == QLatin1String("direct") && teamed.contains(i.sourceDev)))
                continue;
            const QString where = i.type == QLatin1String("network")
                ? Checks::tr("the libvirt network %1").arg(i.sourceNetwork)
                : i.source.isEmpty() ? i.type : i.source;
            out.append({QStringLiteral("vm.nic-not-on-team"), Severity::Warning, v.name,
                        Checks::tr("The network adapter %1 of %2 is connected to %3, which no team carries.")
                            .arg(i.mac, v.name, where),
                        Checks::tr("Connect it to the team's bridge %1 (Virtual Machine ▸ Edit Configuration).")
                            .arg(bridges.first())});
        }
    }
}

void vmChecks(const HostSnapshot &s, const CheckFacts &f, const CheckOptions &o, QList<Finding> &out)
{
    // The hypervisor itself: libvirt must answer for anything below to be known.
    for (const Problem &p : s.problems)
        if (p.source.startsWith(QLatin1String("virsh"))) {
            out.append({QStringLiteral("vm.libvirt"), Severity::Error, QString(),
                        Checks::tr("libvirt did not answer: %1").arg(p.message),
                        Checks::tr("Check that libvirtd runs on the host (systemctl status libvirtd) and that this "
                                   "account may use it; Host ▸ Libvirt Connection names the connection used.")});
            break;
        }
    memory(s, o, out);
    cpu(s, o, out);
    lifecycle(s, out);
    guestAgents(s, f, out);
    images(s, f, out);
    nicsOnTeams(s, f, out);
}

} // namespace ftc
