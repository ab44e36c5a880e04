#pragma once
// What one refresh asks libvirt, through the host's one virsh session. The
// keys are source keys, so a bundle holds these answers as files too.
//
// Every refresh: `domstats` for all domains at once (state, CPU time, balloon,
// vCPUs) and the domains with a managed save. A full read adds nodeinfo and
// the autostart list. A domain's configuration (schedinfo, the console's
// metadata) is read when the domain is first seen or an event says it changed,
// never per domain per refresh.

#include "transport/Command.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ftc {

struct VirshQuery {
    QString key;               // "virsh/domstats", "virsh/schedinfo/DC1", ...
    Argv words;                // after "virsh -c URI"
};

// vmsNeedingConfig: domains whose schedinfo and metadata are not yet known.
QList<VirshQuery> vmQueries(bool full, const QStringList &vmsNeedingConfig);

// The per-domain configuration source keys of a domain.
QStringList vmConfigKeys(const QString &vm);
// The domain a per-domain key belongs to ("" for host-wide keys).
QString vmOfSourceKey(const QString &key);

} // namespace ftc
