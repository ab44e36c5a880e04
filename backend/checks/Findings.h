#pragma once
// Best-practice findings from a snapshot: what the guide would have the admin fix.

#include "model/HostSnapshot.h"

namespace ftc {

struct Finding {
    QString id;                // "storage.unmirrored-disk"
    QString severity;          // "info", "warning", "error"
    QString object;            // "sdf", "md2", "eth0"
    QString message;
    QString remedy;
};

QList<Finding> findingsFor(const HostSnapshot &snapshot);

} // namespace ftc
