#pragma once
// Plans for virtual machines: the exact virsh commands, shown before they run
// (see plan/Plan). Every function takes the latest snapshot, refuses with a
// Plan error naming the VM and what to do when the request cannot be done,
// and never changes anything itself.

#include "CpuSchedule.h"
#include "plan/Plan.h"

namespace ftc {

// What a VM's CPU settings should become.
struct VmCpuRequest {
    QString vm;
    int weight = 100;          // 1..10000
    int reservePct = 0;        // % of one CPU, 0..100
    int maxPct = 100;          // % of one CPU per vCPU, 1..100 (100: no cap)
};

// The CPU plan for one VM's new settings, re-planning every VM's cpu_shares
// (they all depend on the sums of weights and reservations): a `virsh
// metadata` step that records weight and reservation with each VM whose
// record changes, a `virsh schedinfo --set` step for each VM whose
// cpu_shares or quota changes. Running VMs are set --live --config, others
// --config. hostReservePct: % of one CPU kept for the host (see CpuSchedule).
// Errors: the VM is not on the host; a value out of range; maximum below
// reservation; reservations beyond the host's capacity; a VM whose settings
// are not known yet (schedinfo not read). *schedule (optional) receives the
// entitlements the plan gives, for showing what each VM would get.
Plan planVmCpu(const HostSnapshot &snapshot, const VmCpuRequest &request, int hostReservePct,
               const QByteArray &libvirtUri, CpuSchedule *schedule = nullptr);

// The schedule the host has now (weights and reservations as recorded).
CpuSchedule currentCpuSchedule(const HostSnapshot &snapshot, int hostReservePct);

enum class VmAction {
    Start,        // virsh start: boots, or restores a managed save
    Shutdown,     // virsh shutdown: asks the guest OS (ACPI)
    TurnOff,      // virsh destroy: pulls the plug; unsaved data in the guest is lost
    Save,         // virsh managedsave: memory to disk, then off; Start restores it
    Reset,        // virsh reset: a hard reset, without the guest shutting down
    Pause,        // virsh suspend
    Resume,       // virsh resume
};

// The action's name for menus ("Start", "Turn Off", ...), untranslated.
QString vmActionName(VmAction action);
// Whether the action applies to a VM in its current state (Start for a
// stopped one, Pause for a running one...).
bool vmActionApplies(const Vm &vm, VmAction action);
// Whether it can lose data in the guest and needs the admin's explicit yes.
bool vmActionLosesData(VmAction action);

// Errors: no such VM; the action does not apply to its state (naming it).
Plan planVmAction(const HostSnapshot &snapshot, const QString &vm, VmAction action, const QByteArray &libvirtUri);

// `virsh autostart [--disable]`.
Plan planVmAutostart(const HostSnapshot &snapshot, const QString &vm, bool on, const QByteArray &libvirtUri);
// Records the VM's "save state when the host stops" choice in its metadata.
Plan planVmSaveOnStop(const HostSnapshot &snapshot, const QString &vm, bool on, const QByteArray &libvirtUri);

// The VM a plan is for, or null with the plan's error (it vanished, or its
// name holds a character virsh's session cannot carry).
const Vm *vmForPlan(const HostSnapshot &snapshot, const QString &vm, Plan *plan);

// A plan step `virsh -c URI ARGS...` (as root for a system connection, 120 s).
PlanStep virshStep(const QString &subject, const QString &title, const QByteArray &libvirtUri, const Argv &args);
// The same command alone (a step's undo).
Command virshCommand(const QByteArray &libvirtUri, const Argv &args);

// Whether virsh needs root for this connection: system connections do,
// session and test connections run as the user.
bool libvirtNeedsRoot(const QByteArray &libvirtUri);

} // namespace ftc
