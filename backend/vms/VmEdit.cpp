#include "VmEdit.h"

#include "VmCreate.h"
#include "VmPlanner.h"
#include "plan/PlansTr.h"

#include <QXmlStreamWriter>

namespace ftc {

namespace {

// Running domains take media and NIC changes now and in their definition.
Argv liveScope(const Vm &vm)
{
    return vm.active() ? Argv{"--live", "--config"} : Argv{"--config"};
}

// The definition the change is planned against must be the VM's, read now.
bool configFor(const Vm &vm, const VmConfigReading &config, Plan *plan)
{
    if (config.vm != vm.name || !config.error.isEmpty() || config.xml.name.isEmpty()) {
        plan->errors << Plans::tr("The definition of %1 could not be read (%2): refresh and try again.")
                            .arg(vm.name, config.error.isEmpty() ? Plans::tr("not read") : config.error);
        return false;
    }
    return true;
}

const DomainXml &persistent(const VmConfigReading &config)
{
    return config.inactiveXml.name.isEmpty() ? config.xml : config.inactiveXml;
}

QString pendingNote(const Vm &vm)
{
    return vm.active() ? Plans::tr("%1 runs: the change is made to its definition and takes effect when it is next "
                                   "started (shut it down and start it; a reboot inside the guest is not enough).")
                             .arg(vm.name)
                       : QString();
}

} // namespace

Plan planVmMemory(const HostSnapshot &s, const VmConfigReading &config, qint64 memoryMiB, qint64 hostReserveBytes,
                  const QByteArray &uri)
{
    Plan plan;
    plan.title = Plans::tr("Give %1 %2 MiB of memory").arg(config.vm).arg(memoryMiB);
    const Vm *vm = vmForPlan(s, config.vm, &plan);
    if (!vm || !configFor(*vm, config, &plan))
        return plan;
    const qint64 nowMiB = persistent(config).memoryKiB / 1024;
    if (memoryMiB < 64)
        plan.errors << Plans::tr("%1 MiB of memory is too little for any guest: give it at least 64 MiB.").arg(memoryMiB);
    if (memoryMiB == nowMiB)
        plan.errors << Plans::tr("%1 already has %2 MiB: nothing to change.").arg(vm->name).arg(memoryMiB);
    MemoryAdmission a = memoryAdmission(s, hostReserveBytes);
    const bool counts = vm->active() || vm->autostart.value_or(false);
    // Its own memory is free for itself.
    const qint64 own = counts ? qMax(qMax(vm->memoryBytes, vm->maxMemoryBytes), qint64(0)) >> 20 : 0;
    const qint64 available = a.availableMiB + own;
    if (memoryMiB > nowMiB && memoryMiB > available)
        plan.errors << Plans::tr("%1 MiB is more than the host can give %2: it has %3 MiB, keeps %4 MiB for itself, "
                                 "and the other running and autostart VMs are given %5 MiB, which leaves %6 MiB.")
                           .arg(memoryMiB)
                           .arg(vm->name)
                           .arg(a.hostMiB)
                           .arg(a.reserveMiB)
                           .arg(a.takenMiB - own)
                           .arg(available);
    if (!plan.errors.isEmpty())
        return plan;
    const QByteArray size = QByteArray::number(memoryMiB) + "M";
    const QByteArray name = vm->name.toUtf8();
    plan.steps << virshStep(vm->name, Plans::tr("%1: at most %2 MiB").arg(vm->name).arg(memoryMiB), uri,
                            {"setmaxmem", "--domain", name, "--size", size, "--config"})
               << virshStep(vm->name, Plans::tr("%1: %2 MiB at boot").arg(vm->name).arg(memoryMiB), uri,
                            {"setmem", "--domain", name, "--size", size, "--config"});
    // A running VM's balloon moves at once within the memory it booted with;
    // beyond that only a restart gives it more.
    const qint64 bootedMiB = config.xml.memoryKiB / 1024;
    if (vm->running() && memoryMiB <= bootedMiB) {
        plan.steps << virshStep(vm->name, Plans::tr("%1: %2 MiB now (its memory balloon)").arg(vm->name).arg(memoryMiB),
                                uri, {"setmem", "--domain", name, "--size", size, "--live"});
        plan.warnings << Plans::tr("%1 runs: its balloon gives it %2 MiB now, if its guest has the balloon driver "
                                   "(virtio_balloon); it keeps room for %3 MiB until it restarts.")
                             .arg(vm->name)
                             .arg(memoryMiB)
                             .arg(bootedMiB);
    } else if (const QString note = pendingNote(*vm); !note.isEmpty()) {
        plan.warnings << note;
    }
    return plan;
}

Plan planVmVcpus(const HostSnapshot &s, const VmConfigReading &config, int vcpus, const QByteArray &uri)
{
    Plan plan;
    plan.title = Plans::tr("Give %1 %n virtual CPU(s)", nullptr, vcpus).arg(config.vm);
    const Vm *vm = vmForPlan(s, config.vm, &plan);
    if (!vm || !configFor(*vm, config, &plan))
        return plan;
    const int now = persistent(config).vcpus;
    if (vcpus < 1)
        plan.errors << Plans::tr("A VM needs at least one virtual CPU.");
    else if (s.info.cpus > 0 && vcpus > s.info.cpus)
        plan.errors << Plans::tr("%1 virtual CPUs are more than the host's %2 CPUs: give it at most %2.")
                           .arg(vcpus)
                           .arg(s.info.cpus);
    if (vcpus == now && persistent(config).vcpuCurrent == now)
        plan.errors << Plans::tr("%1 already has %2 virtual CPUs: nothing to change.").arg(vm->name).arg(vcpus);
    if (!plan.errors.isEmpty())
        return plan;
    const QByteArray name = vm->name.toUtf8();
    const QByteArray n = QByteArray::number(vcpus);
    const PlanStep max = virshStep(vm->name, Plans::tr("%1: at most %2 virtual CPUs").arg(vm->name).arg(vcpus), uri,
                                   {"setvcpus", "--domain", name, "--count", n, "--config", "--maximum"});
    const PlanStep cur = virshStep(vm->name, Plans::tr("%1: %2 virtual CPUs at boot").arg(vm->name).arg(vcpus), uri,
                                   {"setvcpus", "--domain", name, "--count", n, "--config"});
    // The maximum bounds the count: raised first, lowered last.
    plan.steps << (vcpus > now ? max : cur) << (vcpus > now ? cur : max);
    // A running VM whose definition leaves room (it runs fewer vCPUs than its
    // maximum) takes more at once: libvirt plugs them in. Taking vCPUs away
    // needs the guest's help, so that waits for a restart.
    const DomainXml &live = config.xml;
    const int running = live.vcpuCurrent > 0 ? live.vcpuCurrent : live.vcpus;
    if (vm->running() && vcpus > running && vcpus <= live.vcpus) {
        plan.steps << virshStep(vm->name, Plans::tr("%1: %2 virtual CPUs now (plugged in)").arg(vm->name).arg(vcpus), uri,
                                {"setvcpus", "--domain", name, "--count", n, "--live"});
        plan.warnings << Plans::tr("%1 runs: the new virtual CPUs are plugged in now; its operating system brings them "
                                   "online (Linux guests do by themselves).")
                             .arg(vm->name);
    } else if (const QString note = pendingNote(*vm); !note.isEmpty()) {
        plan.warnings << note;
    }
    return plan;
}

Plan planVmMedia(const HostSnapshot &s, const VmConfigReading &config, const QString &iso, const VmHostFacts &facts,
                 const QByteArray &uri)
{
    Plan plan;
    plan.title = iso.isEmpty() ? Plans::tr("Eject the CD/DVD of %1").arg(config.vm)
                               : Plans::tr("Insert %1 into the CD/DVD drive of %2").arg(iso, config.vm);
    const Vm *vm = vmForPlan(s, config.vm, &plan);
    if (!vm || !configFor(*vm, config, &plan))
        return plan;
    const DomainXml &x = vm->active() ? config.xml : persistent(config);
    const DomainDisk *drive = nullptr;
    for (const DomainDisk &d : x.disks)
        if (d.device == QLatin1String("cdrom") && !drive)
            drive = &d;
    if (!drive) {
        plan.errors << Plans::tr("%1 has no CD/DVD drive: shut it down and add one with virt-manager or virsh "
                                 "attach-disk --type cdrom.")
                           .arg(vm->name);
        return plan;
    }
    const QByteArray name = vm->name.toUtf8();
    const QByteArray target = drive->targetDev.toUtf8();
    if (iso.isEmpty()) {
        if (drive->source.isEmpty())
            plan.errors << Plans::tr("The CD/DVD drive of %1 is empty: nothing to eject.").arg(vm->name);
        else
            plan.steps << virshStep(vm->name, Plans::tr("Eject %1 from %2").arg(drive->source, vm->name), uri,
                                    Argv{"change-media", "--domain", name, "--path", target, "--eject"} + liveScope(*vm));
        return plan;
    }
    const PathFacts p = facts.paths.value(iso);
    if (!iso.startsWith(QLatin1Char('/')))
        plan.errors << Plans::tr("Give the ISO as an absolute path on the host.");
    else if (!p.read)
        plan.errors << Plans::tr("%1 could not be looked at (%2).").arg(iso, p.why.isEmpty() ? Plans::tr("not asked") : p.why);
    else if (!p.exists)
        plan.errors << Plans::tr("The ISO %1 does not exist on %2: copy it there first, or correct the path.").arg(iso, s.label);
    else if (!p.isFile())
        plan.errors << Plans::tr("%1 is a %2, not an ISO file.").arg(iso, p.type);
    if (drive->source == iso)
        plan.errors << Plans::tr("%1 is already in the drive of %2.").arg(iso, vm->name);
    if (!plan.errors.isEmpty())
        return plan;
    // --update swaps a disc in a drive that holds one; --insert fills an empty one.
    plan.steps << virshStep(vm->name, Plans::tr("Insert %1 into %2 of %3").arg(iso, drive->targetDev, vm->name), uri,
                            Argv{"change-media", "--domain", name, "--path", target, "--source", iso.toUtf8(),
                                 drive->source.isEmpty() ? QByteArray("--insert") : QByteArray("--update")}
                                + liveScope(*vm));
    return plan;
}

Plan planVmNicSource(const HostSnapshot &s, const VmConfigReading &config, const QString &mac, bool bridge,
                     const QString &source, const VmHostFacts &facts, const QByteArray &uri)
{
    Plan plan;
    plan.title = bridge ? Plans::tr("Connect %1 of %2 to the bridge %3").arg(mac, config.vm, source)
                        : Plans::tr("Connect %1 of %2 to the network %3").arg(mac, config.vm, source);
    const Vm *vm = vmForPlan(s, config.vm, &plan);
    if (!vm || !configFor(*vm, config, &plan))
        return plan;
    const DomainInterface *nic = nullptr;
    for (const DomainInterface &i : persistent(config).interfaces)
        if (i.mac.compare(mac, Qt::CaseInsensitive) == 0)
            nic = &i;
    if (!nic) {
        plan.errors << Plans::tr("%1 has no network adapter with the MAC address %2 (it was removed?): refresh and "
                                 "choose again.")
                           .arg(vm->name, mac);
        return plan;
    }
    if (bridge) {
        bool known = false;
        for (const Bridge &b : s.bridges)
            known = known || b.name == source;
        if (!known)
            plan.errors << Plans::tr("%1 has no bridge named \"%2\": build a team and its bridge first.").arg(s.label, source);
    } else if (!facts.networks) {
        plan.errors << Plans::tr("The libvirt networks could not be listed (%1).").arg(facts.networksWhy);
    } else if (!facts.networks->contains(source)) {
        plan.errors << Plans::tr("libvirt on %1 has no network named \"%2\".").arg(s.label, source);
    }
    const bool same = bridge ? (nic->type == QLatin1String("bridge") && nic->sourceBridge == source)
                             : (nic->type == QLatin1String("network") && nic->sourceNetwork == source);
    if (same)
        plan.errors << Plans::tr("%1 is already connected there.").arg(mac);
    if (!plan.errors.isEmpty())
        return plan;
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartElement(QStringLiteral("interface"));
    w.writeAttribute(QStringLiteral("type"), bridge ? QStringLiteral("bridge") : QStringLiteral("network"));
    w.writeEmptyElement(QStringLiteral("mac"));
    w.writeAttribute(QStringLiteral("address"), nic->mac);
    w.writeEmptyElement(QStringLiteral("source"));
    w.writeAttribute(bridge ? QStringLiteral("bridge") : QStringLiteral("network"), source);
    if (!nic->model.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("model"));
        w.writeAttribute(QStringLiteral("type"), nic->model);
    }
    w.writeEndElement();
    xml.append('\n');
    PlanStep st = virshStep(vm->name, plan.title, uri,
                            Argv{"update-device", "--domain", vm->name.toUtf8(), "--file", "/dev/stdin"} + liveScope(*vm));
    st.command.input = xml;
    plan.steps << st;
    if (vm->active())
        plan.warnings << Plans::tr("%1 runs: its adapter moves at once; connections through the old one are cut "
                                   "until the guest's network picks up the new one.")
                             .arg(vm->name);
    return plan;
}

QString teamBridge(const HostSnapshot &s)
{
    for (const Bridge &b : s.bridges)
        for (const Team &t : s.teams)
            if (b.ports.contains(t.name))
                return b.name;
    return {};
}

Plan planVmsToBridge(const HostSnapshot &s, const QList<VmConfigReading> &configs, const QString &fromBridge,
                     const QString &toBridge, const QByteArray &uri)
{
    Plan plan;
    QStringList vms;
    for (const VmConfigReading &c : configs)
        vms << c.vm;
    plan.title = Plans::tr("Connect %1 to the bridge %2").arg(vms.join(QStringLiteral(", ")), toBridge);
    for (const VmConfigReading &c : configs) {
        for (const DomainInterface &i : c.xml.interfaces) {
            const bool there = i.type == QLatin1String("bridge") && i.sourceBridge == toBridge;
            if (there || (!fromBridge.isEmpty() && i.sourceBridge != fromBridge && i.sourceNetwork != fromBridge))
                continue;
            const Plan one = planVmNicSource(s, c, i.mac, true, toBridge, VmHostFacts(), uri);
            plan.steps << one.steps;
            plan.errors << one.errors;
            for (const QString &w : one.warnings)
                if (!plan.warnings.contains(w))
                    plan.warnings << w;
        }
    }
    if (plan.steps.isEmpty() && plan.errors.isEmpty())
        plan.errors << Plans::tr("Every NIC of %1 is on %2 already: nothing to move.").arg(vms.join(QStringLiteral(", ")), toBridge);
    plan.errors.removeDuplicates();
    return plan;
}

QString nextDiskTarget(const DomainXml &xml)
{
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString t = QStringLiteral("vd") + QLatin1Char(c);
        bool used = false;
        for (const DomainDisk &d : xml.disks)
            used = used || d.targetDev == t;
        if (!used)
            return t;
    }
    return {};
}

Plan planVmAddDisk(const HostSnapshot &s, const VmConfigReading &config, const QString &dir, qint64 sizeGiB,
                   const VmHostFacts &facts, const QByteArray &uri)
{
    Plan plan;
    const QString target = nextDiskTarget(persistent(config));
    plan.title = Plans::tr("Add a %1 GiB fixed-size disk to %2").arg(sizeGiB).arg(config.vm);
    const Vm *vm = vmForPlan(s, config.vm, &plan);
    if (!vm || !configFor(*vm, config, &plan))
        return plan;
    if (target.isEmpty()) {
        plan.errors << Plans::tr("%1 has no free virtio disk name left (vda to vdz).").arg(vm->name);
        return plan;
    }
    QString d = dir;
    while (d.size() > 1 && d.endsWith(QLatin1Char('/')))
        d.chop(1);
    const QString image = d + QLatin1Char('/') + vm->name + QLatin1Char('-') + target + QStringLiteral(".img");
    if (sizeGiB < 1)
        plan.errors << Plans::tr("The virtual hard disk needs at least 1 GiB.");
    checkNewImage(facts, dir, image, sizeGiB << 30, false, &plan);
    if (!plan.errors.isEmpty())
        return plan;
    plan.steps << newImageSteps(vm->name, image, sizeGiB, false);
    plan.steps << virshStep(vm->name, Plans::tr("Attach %1 to %2 as %3").arg(image, vm->name, target), uri,
                            Argv{"attach-disk", "--domain", vm->name.toUtf8(), "--source", image.toUtf8(), "--target",
                                 target.toUtf8(), "--driver", "qemu", "--subdriver", "raw", "--targetbus", "virtio"}
                                + liveScope(*vm));
    return plan;
}

Plan planVmRename(const HostSnapshot &s, const QString &name, const QString &newName, const QByteArray &uri)
{
    Plan plan;
    plan.title = Plans::tr("Rename %1 to %2").arg(name, newName);
    const Vm *vm = vmForPlan(s, name, &plan);
    if (!vm)
        return plan;
    if (vm->active())
        plan.errors << Plans::tr("%1 is %2: libvirt renames only a shut-off VM. Shut it down first.").arg(name, vm->state);
    if (const QString why = vmNameProblem(s, newName); !why.isEmpty())
        plan.errors << why;
    if (!plan.errors.isEmpty())
        return plan;
    plan.steps << virshStep(name, plan.title, uri, {"domrename", "--domain", name.toUtf8(), "--new-name", newName.toUtf8()});
    plan.warnings << Plans::tr("The image files keep their names; only the VM is renamed.");
    return plan;
}

Plan planVmDelete(const HostSnapshot &s, const VmConfigReading &config, bool removeImages, const QByteArray &uri)
{
    Plan plan;
    plan.title = removeImages ? Plans::tr("Delete %1 and its disk images").arg(config.vm)
                              : Plans::tr("Delete %1 (its disk images stay)").arg(config.vm);
    const Vm *vm = vmForPlan(s, config.vm, &plan);
    if (!vm || !configFor(*vm, config, &plan))
        return plan;
    if (vm->active()) {
        plan.errors << Plans::tr("%1 is %2: shut it down first (Virtual Machine ▸ Shut Down).").arg(vm->name, vm->state);
        return plan;
    }
    Argv undefine{"undefine", "--domain", vm->name.toUtf8()};
    if (vm->managedSave)
        undefine << "--managed-save";
    plan.steps << virshStep(vm->name, Plans::tr("Remove %1 from libvirt").arg(vm->name), uri, undefine);
    QStringList kept;
    for (const DomainDisk &d : persistent(config).disks) {
        if (d.device != QLatin1String("disk") || d.type != QLatin1String("file") || d.source.isEmpty())
            continue;
        if (removeImages) {
            PlanStep rm = privilegedStep(Plans::tr("Delete the image %1").arg(d.source), vm->name,
                                         {"rm", "-f", "--", d.source.toUtf8()});
            plan.steps << rm;
        } else {
            kept << d.source;
        }
    }
    if (vm->managedSave)
        plan.warnings << Plans::tr("%1 has a saved state: it is discarded with the VM.").arg(vm->name);
    if (removeImages)
        plan.warnings << Plans::tr("The disk images are deleted for good: whatever the guest stored on them is lost. "
                                   "Make sure no other VM uses them.");
    else if (!kept.isEmpty())
        plan.warnings << Plans::tr("These images stay on the host: %1").arg(kept.join(QStringLiteral(", ")));
    plan.confirmation = vm->name;
    plan.confirmationWhat = Plans::tr("the VM's name");
    return plan;
}

} // namespace ftc
