#include "AreaBuilders.h"
#include "BuildSupport.h"
#include "StorageParts.h"

namespace ftc {

void buildStorage(const RawSources &raw, HostSnapshot *s)
{
    Mdstat mdstat;
    snapshot::buildMirrors(s, raw, &mdstat);
    snapshot::buildDisks(s, raw, mdstat, snapshot::sysLinks(s, raw, QStringLiteral("sys-block")));
}

} // namespace ftc
