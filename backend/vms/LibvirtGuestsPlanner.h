#pragma once
// "Save state when the server stops" for the host: the libvirt-guests service
// saves every running VM (ON_SHUTDOWN=suspend, a managed save restored at
// boot) or asks each guest OS to shut down (ON_SHUTDOWN=shutdown). It has no
// per-VM setting: each VM's own choice (Vm::saveOnStop, the console's
// metadata) can only agree or disagree with the host's.

#include "plan/Plan.h"

namespace ftc {

// The settings text with ON_SHUTDOWN=value: the value of the assignment in
// effect (the last) replaced where it stands, keeping `export`, quotes around
// nothing else, comments and every other byte; without one, a line added after
// the commented default ("#ON_SHUTDOWN=...") or at the end. *line (optional)
// receives the 1-based line that holds it afterwards.
QByteArray libvirtGuestsWithOnShutdown(const QByteArray &text, const QString &value, int *line = nullptr);

// The plan that makes libvirt-guests on the snapshot's host save (suspend) or
// shut down the VMs when the host stops, by editing its settings file
// (LibvirtGuests::path) in place:
//   1. cmp - PATH (input: the text the plan was made from): refuses, changing
//      nothing, when the file changed since it was read; for a file that was
//      absent, `test ! -e PATH`
//   2. tee PATH.ftconsole-new (input: the new text)
//   3. chown --reference=PATH / chmod --reference=PATH on the new file (a new
//      file gets 0644)
//   4. mv -f -T PATH.ftconsole-new PATH: a rename in the same directory, so
//      the file is the old one or the new one, never half written
// all privileged. A host without the file gets one where its distribution
// keeps it (os-release), with only ON_SHUTDOWN set. Errors: a capture; the
// settings not read yet; a file with lines the console does not understand;
// a host whose distribution is not known and has no file; nothing to change.
// Warnings: what the file becomes, what it means, the service when it is not
// enabled, and the VMs whose own choice the new setting contradicts.
Plan planLibvirtGuestsOnShutdown(const HostSnapshot &snapshot, bool suspend);

// Each VM whose "save state when the host stops" choice the host's
// libvirt-guests contradicts, as a sentence naming the VM and what to do: it
// wants its state saved but the host shuts VMs down, or the service is not
// enabled, or libvirt-guests does not look at the VM's libvirt connection
// (URIS); it wants to be shut down but the host saves every VM. VMs that never
// chose follow the host and are not listed. Empty when the settings are not known.
QStringList libvirtGuestsContradictions(const HostSnapshot &snapshot);

} // namespace ftc
