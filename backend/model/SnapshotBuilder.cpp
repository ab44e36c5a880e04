#include "RawSources.h"

#include "Modules.h"
#include "snapshot/AreaBuilders.h"

namespace ftc {

HostSnapshot buildSnapshot(const RawSources &raw)
{
    HostSnapshot s;
    s.label = raw.label;
    s.takenAt = raw.takenAt;
    s.isCapture = raw.isCapture;
    s.capturedFrom = raw.capturedFrom;
    s.user = raw.user;
    s.viaSudo = raw.viaSudo;
    s.libvirtUri = raw.libvirtUri;
    s.problems = raw.problems;
    buildHostInfo(raw, &s);
    buildStorage(raw, &s);
    buildNetwork(raw, &s);
    buildVms(raw, &s);
    linkBridgesToVms(&s);
    buildLibvirtGuests(raw, &s);
    s.modules = collectModules(s.disks, s.nics, s.emptyDiskSlots);
    return s;
}

} // namespace ftc
