#include "VmPlanner.h"

#include "VirshSession.h"
#include "VmMetadata.h"
#include "plan/PlansTr.h"

namespace ftc {

namespace {

Argv virsh(const QByteArray &uri, const Argv &args)
{
    return Argv{"virsh", "-c", uri.isEmpty() ? QByteArray(kDefaultLibvirtUri) : uri} + args;
}

PlanStep step(const QString &subject, const QString &title, const QByteArray &uri, const Argv &args)
{
    return virshStep(subject, title, uri, args);
}

// Running domains take a change now and in their definition; stopped ones in
// their definition only (virsh refuses --live for them).
Argv scope(const Vm &vm)
{
    return vm.active() ? Argv{"--live", "--config"} : Argv{"--config"};
}

// A name virsh's line-based session and the host's shell can carry.
QString badName(const QString &vm)
{
    for (const QChar c : vm)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Plans::tr("The VM name \"%1\" holds a control character: rename it with virsh domrename first.")
                .arg(vm.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("\\n")));
    return {};
}

const Vm *findVm(const HostSnapshot &snapshot, const QString &name, Plan *plan)
{
    const Vm *vm = snapshot.vm(name);
    if (!vm) {
        plan->errors << Plans::tr("%1 is no longer on %2 (it was removed or renamed): refresh and choose again.")
                            .arg(name, snapshot.label);
        return nullptr;
    }
    const QString bad = badName(name);
    if (!bad.isEmpty()) {
        plan->errors << bad;
        return nullptr;
    }
    return vm;
}

QByteArray metadataFor(const Vm &vm, int weight, int reservePct)
{
    VmMetadata m;
    m.weight = weight;
    m.reservePct = reservePct;
    m.saveOnStop = vm.saveOnStop;
    return vmMetadataXml(m);
}

Argv metadataSet(const Vm &vm, const QByteArray &xml)
{
    return Argv{"metadata", "--domain", vm.name.toUtf8(), "--uri", kVmMetadataUri, "--key", kVmMetadataKey,
                "--set", xml} + scope(vm);
}

int hostCpus(const HostSnapshot &snapshot)
{
    return qMax(1, snapshot.info.cpus);
}

} // namespace

const Vm *vmForPlan(const HostSnapshot &snapshot, const QString &vm, Plan *plan)
{
    return findVm(snapshot, vm, plan);
}

PlanStep virshStep(const QString &subject, const QString &title, const QByteArray &libvirtUri, const Argv &args)
{
    PlanStep s;
    s.title = title;
    s.subject = subject;
    s.command.argv = virsh(libvirtUri, args);
    s.command.privileged = libvirtNeedsRoot(libvirtUri);
    s.command.timeoutMs = 120000;
    return s;
}

Command virshCommand(const QByteArray &libvirtUri, const Argv &args)
{
    Command c;
    c.argv = virsh(libvirtUri, args);
    c.privileged = libvirtNeedsRoot(libvirtUri);
    c.timeoutMs = 120000;
    return c;
}

bool libvirtNeedsRoot(const QByteArray &libvirtUri)
{
    const QByteArray uri = libvirtUri.isEmpty() ? QByteArray(kDefaultLibvirtUri) : libvirtUri;
    return uri.endsWith("/system") || uri.contains("/system?");
}

CpuSchedule currentCpuSchedule(const HostSnapshot &snapshot, int hostReservePct)
{
    QList<CpuClaim> claims;
    for (const Vm &vm : snapshot.vms)
        claims << CpuClaim{vm.name, vm.cpu.weight > 0 ? vm.cpu.weight : 100, qMax(0, vm.cpu.reservePct),
                           vm.cpu.maxPct > 0 ? vm.cpu.maxPct : 100, qMax(1, vm.vcpus), vm.running()};
    return scheduleCpu(claims, hostCpus(snapshot), hostReservePct);
}

Plan planVmCpu(const HostSnapshot &snapshot, const VmCpuRequest &request, int hostReservePct,
               const QByteArray &libvirtUri, CpuSchedule *schedule)
{
    Plan plan;
    plan.title = Plans::tr("Set the CPU of %1: weight %2, reserve %3 %, maximum %4 %")
                     .arg(request.vm)
                     .arg(request.weight)
                     .arg(request.reservePct)
                     .arg(request.maxPct);
    const Vm *target = findVm(snapshot, request.vm, &plan);
    if (!target)
        return plan;

    QList<CpuClaim> claims;
    for (const Vm &vm : snapshot.vms) {
        const bool isTarget = vm.name == request.vm;
        if (!isTarget && (vm.cpu.weight < 0 || vm.cpu.reservePct < 0 || vm.cpu.cpuShares < 0)) {
            plan.errors << Plans::tr("The CPU settings of %1 are not known yet (its schedinfo was not read), and "
                                     "every VM's shares depend on them: refresh, and if it stays so, see the "
                                     "problem shown for %1.")
                               .arg(vm.name);
            continue;
        }
        CpuClaim c{vm.name, vm.cpu.weight, vm.cpu.reservePct, vm.cpu.maxPct > 0 ? vm.cpu.maxPct : 100,
                   qMax(1, vm.vcpus), vm.running()};
        if (isTarget) {
            c.weight = request.weight;
            c.reservePct = request.reservePct;
            c.maxPct = request.maxPct;
        }
        claims << c;
    }
    if (target->cpu.cpuShares < 0)
        plan.errors << Plans::tr("The CPU settings of %1 are not known yet (its schedinfo was not read): refresh "
                                 "and try again.")
                           .arg(target->name);
    const CpuSchedule s = scheduleCpu(claims, hostCpus(snapshot), hostReservePct);
    if (schedule)
        *schedule = s;
    plan.errors << s.errors;
    if (!plan.errors.isEmpty())
        return plan;

    // The VM asked about first, then the others whose shares move.
    QList<const Vm *> order{target};
    for (const Vm &vm : snapshot.vms)
        if (&vm != target)
            order << &vm;
    for (const Vm *vm : order) {
        const bool isTarget = vm == target;
        const CpuEntitlement *e = s.find(vm->name);
        const int weight = isTarget ? request.weight : vm->cpu.weight;
        const int reserve = isTarget ? request.reservePct : vm->cpu.reservePct;
        // The weight is recorded with every VM whose shares the console sets:
        // from then on shares no longer say what the weight was.
        const bool shares = e && e->cpuShares != vm->cpu.cpuShares;
        const bool recorded = vm->cpu.weightFromMetadata && vm->cpu.weight == weight && vm->cpu.reservePct == reserve;
        if ((isTarget || shares) && !recorded)
            plan.steps << step(vm->name,
                               Plans::tr("%1: record weight %2 and reservation %3 % with the VM")
                                   .arg(vm->name)
                                   .arg(weight)
                                   .arg(reserve),
                               libvirtUri, metadataSet(*vm, metadataFor(*vm, weight, reserve)));
        Argv sets;
        QStringList what;
        if (shares) {
            sets << "--set" << "cpu_shares=" + QByteArray::number(e->cpuShares);
            what << Plans::tr("cpu_shares %1 → %2").arg(vm->cpu.cpuShares).arg(e->cpuShares);
        }
        if (isTarget && vm->cpu.maxPct != request.maxPct) {
            sets << "--set" << "vcpu_period=" + QByteArray::number(kCpuPeriodUs) << "--set"
                 << "vcpu_quota=" + QByteArray::number(quotaForMaxPct(request.maxPct));
            what << (request.maxPct >= 100 ? Plans::tr("no cap")
                                           : Plans::tr("cap at %1 % of one CPU per vCPU").arg(request.maxPct));
        }
        if (!sets.isEmpty())
            plan.steps << step(vm->name, QStringLiteral("%1: %2").arg(vm->name, what.join(QStringLiteral(", "))),
                               libvirtUri, Argv{"schedinfo", "--domain", vm->name.toUtf8()} + sets + scope(*vm));
    }
    if (plan.steps.isEmpty())
        plan.errors << Plans::tr("%1 already has these settings: nothing to change.").arg(request.vm);
    if (request.reservePct > 0) {
        // What it gets when every VM wants all it can: its share, held to what
        // its vCPUs and maximum allow (the rest goes to the others).
        const CpuEntitlement *e = s.find(request.vm);
        const double ceiling = double(request.maxPct) * qMax(1, target->vcpus);
        const double gets = target->running() ? e->underContentionPct : qMin(e->entitledPct, ceiling);
        plan.warnings << Plans::tr("Guaranteed: under full contention %1 gets %2 % of one CPU (%3 % of the "
                                   "system), at least its reservation of %4 %; the reservations leave %5 % of "
                                   "one CPU unreserved on this host.")
                             .arg(request.vm)
                             .arg(qRound(gets))
                             .arg(qRound(gets / hostCpus(snapshot)))
                             .arg(request.reservePct)
                             .arg(qRound(s.capacityPct - s.reservedPct));
    }
    return plan;
}

QString vmActionName(VmAction action)
{
    switch (action) {
    case VmAction::Start: return Plans::tr("Start");
    case VmAction::Shutdown: return Plans::tr("Shut Down");
    case VmAction::TurnOff: return Plans::tr("Turn Off");
    case VmAction::Save: return Plans::tr("Save State");
    case VmAction::Reset: return Plans::tr("Reset");
    case VmAction::Pause: return Plans::tr("Pause");
    case VmAction::Resume: return Plans::tr("Resume");
    }
    return {};
}

bool vmActionApplies(const Vm &vm, VmAction action)
{
    const bool running = vm.running();
    const bool paused = vm.state == QLatin1String("paused");
    switch (action) {
    case VmAction::Start: return vm.state == QLatin1String("shut off") || vm.state == QLatin1String("crashed");
    case VmAction::Shutdown: return running;
    case VmAction::TurnOff: return vm.active();
    case VmAction::Save: return running || paused;
    case VmAction::Reset: return running;
    case VmAction::Pause: return running;
    case VmAction::Resume: return paused;
    }
    return false;
}

bool vmActionLosesData(VmAction action)
{
    return action == VmAction::TurnOff || action == VmAction::Reset;
}

Plan planVmAction(const HostSnapshot &snapshot, const QString &name, VmAction action, const QByteArray &libvirtUri)
{
    Plan plan;
    plan.title = QStringLiteral("%1 %2").arg(vmActionName(action), name);
    const Vm *vm = findVm(snapshot, name, &plan);
    if (!vm)
        return plan;
    if (!vmActionApplies(*vm, action)) {
        plan.errors << Plans::tr("%1 is %2: %3 does not apply now.").arg(name, vm->state, vmActionName(action));
        return plan;
    }
    const QByteArray n = name.toUtf8();
    switch (action) {
    case VmAction::Start:
        plan.steps << step(name, vm->managedSave ? Plans::tr("Restore %1 from its saved state").arg(name)
                                                 : Plans::tr("Start %1").arg(name),
                           libvirtUri, {"start", "--domain", n});
        break;
    case VmAction::Shutdown:
        plan.steps << step(name, Plans::tr("Ask the guest OS of %1 to shut down").arg(name), libvirtUri,
                           {"shutdown", "--domain", n});
        plan.warnings << Plans::tr("The guest decides: a guest without ACPI support keeps running.");
        break;
    case VmAction::TurnOff:
        plan.steps << step(name, Plans::tr("Turn off %1 at once").arg(name), libvirtUri, {"destroy", "--domain", n});
        plan.warnings << Plans::tr("Like pulling the plug: what the guest has not written to its disks is lost.");
        break;
    case VmAction::Save:
        plan.steps << step(name, Plans::tr("Save the state of %1 and stop it").arg(name), libvirtUri,
                           {"managedsave", "--domain", n});
        break;
    case VmAction::Reset:
        plan.steps << step(name, Plans::tr("Reset %1").arg(name), libvirtUri, {"reset", "--domain", n});
        plan.warnings << Plans::tr("Like the reset button: the guest restarts without shutting down.");
        break;
    case VmAction::Pause:
        plan.steps << step(name, Plans::tr("Pause %1").arg(name), libvirtUri, {"suspend", "--domain", n});
        break;
    case VmAction::Resume:
        plan.steps << step(name, Plans::tr("Resume %1").arg(name), libvirtUri, {"resume", "--domain", n});
        break;
    }
    return plan;
}

Plan planVmAutostart(const HostSnapshot &snapshot, const QString &name, bool on, const QByteArray &libvirtUri)
{
    Plan plan;
    plan.title = on ? Plans::tr("Start %1 with the host").arg(name)
                    : Plans::tr("Do not start %1 with the host").arg(name);
    const Vm *vm = findVm(snapshot, name, &plan);
    if (!vm)
        return plan;
    Argv args{"autostart", "--domain", name.toUtf8()};
    if (!on)
        args << "--disable";
    plan.steps << step(name, plan.title, libvirtUri, args);
    return plan;
}

Plan planVmSaveOnStop(const HostSnapshot &snapshot, const QString &name, bool on, const QByteArray &libvirtUri)
{
    Plan plan;
    plan.title = on ? Plans::tr("Save the state of %1 when the host stops").arg(name)
                    : Plans::tr("Shut %1 down when the host stops").arg(name);
    const Vm *vm = findVm(snapshot, name, &plan);
    if (!vm)
        return plan;
    VmMetadata m;
    m.weight = vm->cpu.weightFromMetadata ? vm->cpu.weight : -1;
    m.reservePct = vm->cpu.reservePct > 0 ? vm->cpu.reservePct : -1;
    m.saveOnStop = on;
    plan.steps << step(name, plan.title, libvirtUri, metadataSet(*vm, vmMetadataXml(m)));
    return plan;
}

} // namespace ftc
