#include "RawSources.h"
// Temporary until the parsers land.
namespace ftc { HostSnapshot buildSnapshot(const RawSources &raw) { HostSnapshot s; s.label = raw.label; return s; } }
