#pragma once
// A snapshot is built area by area, each a pure function of the raw sources
// (source keys as in PollPlan) that fills its part of the snapshot and adds a
// Problem for whatever it could not understand. buildSnapshot() runs them all.

#include "model/RawSources.h"

namespace ftc {

// info: hostname, CPUs and MHz (cpuinfo, else virsh nodeinfo), memory (meminfo).
void buildHostInfo(const RawSources &raw, HostSnapshot *s);

// mirrors and containers (mdstat, md/N/detail, md/N/sysfs), then disks with
// their roles and module placement (lsblk.json, sys-block, moduleOverrides).
void buildStorage(const RawSources &raw, HostSnapshot *s);

// nics with placement (ip-link.json, sys-net, moduleOverrides) and teams
// (bonding/N, also for bonds ip-link.json does not list).
void buildNetwork(const RawSources &raw, HostSnapshot *s);
// netChanges: the console's network changes on the host (net-changes: the
// directory's names; net-change-status: their status files' lines).
void buildNetChanges(const RawSources &raw, HostSnapshot *s);
// Each bridge's VMs: whose NIC devices (Vm::hostNics) are its taps. After
// buildNetwork and buildVms.
void linkBridgesToVms(HostSnapshot *s);

// vms (virsh/domstats, virsh/autostart, virsh/schedinfo/N).
void buildVms(const RawSources &raw, HostSnapshot *s);

// libvirtGuests: what happens to the VMs when the host stops (the settings
// file libvirt-guests/default or libvirt-guests/sysconfig, os-release for
// where a new one belongs, systemd/multi-user.target.wants for the service).
void buildLibvirtGuests(const RawSources &raw, HostSnapshot *s);

} // namespace ftc
