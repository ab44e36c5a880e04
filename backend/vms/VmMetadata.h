#pragma once
// What the console keeps with each domain on the host, in libvirt's domain
// <metadata> under its own namespace, so every console that opens the host
// sees the same values (not local settings): the CPU reservation, which has
// no kernel knob of its own, and whether the VM's state is saved when the
// host stops. Read and written with `virsh metadata DOMAIN --uri URI`, which
// prints the element without its prefix: <vm weight="100" reserve_pct="70" save_on_stop="yes"/>.

#include <QByteArray>
#include <QString>
#include <optional>

namespace ftc {

inline constexpr const char *kVmMetadataUri = "urn:ftconsole:vm:1";
inline constexpr const char *kVmMetadataKey = "ftc";

struct VmMetadata {
    int weight = -1;                     // relative weight 1..10000; -1: none recorded
    int reservePct = -1;                 // % of one CPU; -1: none recorded (0 in effect)
    std::optional<bool> saveOnStop;      // unset: the VM never made a choice
    QString error;                       // the element was there but not readable
};

// `virsh metadata DOMAIN --uri kVmMetadataUri` output. virsh's "metadata not
// found" error is a VM without any: every field unset, no error.
VmMetadata parseVmMetadata(const QByteArray &text);
// The element to give `virsh metadata --set`; unset fields are left out.
QByteArray vmMetadataXml(const VmMetadata &m);

} // namespace ftc
