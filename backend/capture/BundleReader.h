#pragma once
// A support bundle directory (layout in DESIGN.md, written by BundleWriter)
// read back as data: files in, RawSources out, nothing run.
//
// A bundle comes from someone else's machine, so its files are treated as
// untrusted data: only regular files inside the directory are read (no symbolic
// link is followed below it, so nothing outside can be reached; FIFOs, devices
// and sockets are never opened, so nothing can hang or stream forever), each up
// to kMaxBundleSourceBytes. Every file refused is reported as a Problem naming
// it and why. The problems the manifest recorded at capture time come back as
// Problems too ("at capture: ..."), and its time becomes takenAt.

#include "CaptureFiles.h"
#include "model/RawSources.h"

namespace ftc {

// Larger than any source a host produces (virsh domstats of 10,000 domains is
// ~5 MiB), small enough that a hostile bundle cannot exhaust memory.
inline constexpr qint64 kMaxBundleSourceBytes = kMaxCaptureSourceBytes;

// label: what the user opened ("bundle:/path"). False with *error when dir is
// not a readable directory or holds no bundle at all (no manifest, no source).
bool readBundle(const QString &dir, const QString &label, RawSources *raw, QString *error);

} // namespace ftc
