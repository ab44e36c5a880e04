#include "NodeDetails.h"

#include "host/HostDetails.h"
#include "network/NetworkDetails.h"
#include "storage/StorageDetails.h"
#include "vms/VmDetails.h"

namespace ftc {

PaneContent NodeDetails::describe(const HostView &host, NodeKind kind, const QString &object)
{
    PaneContent out;
    const HostSnapshot *s = host.snapshot.get();
    out.subtitle = host.label;
    if (kind == NodeKind::Host || !s) {
        HostDetails::hostRows(host, out);
        return out;
    }
    switch (kind) {
    case NodeKind::Host:
        break;
    case NodeKind::Group:
        if (!StorageDetails::groupRows(*s, object, out) && !NetworkDetails::groupRows(*s, object, out)
            && !VmDetails::groupRows(*s, object, out))
            HostDetails::groupRows(*s, object, out);
        break;
    case NodeKind::Module:
        HostDetails::moduleRows(*s, object, out);
        break;
    case NodeKind::Disk:
        if (const Disk *d = s->disk(object))
            StorageDetails::diskRows(*s, *d, out);
        break;
    case NodeKind::Mirror:
        if (const Mirror *m = s->mirror(object))
            StorageDetails::mirrorRows(host, *m, out);
        break;
    case NodeKind::MirrorMember:
        StorageDetails::memberRows(*s, object, out);
        break;
    case NodeKind::Container:
        for (const MdContainer &c : s->containers)
            if (c.name == object)
                StorageDetails::containerRows(c, out);
        break;
    case NodeKind::Nic:
        if (const Nic *n = s->nic(object))
            NetworkDetails::nicRows(*n, out);
        break;
    case NodeKind::Team:
        if (const Team *t = s->team(object))
            NetworkDetails::teamRows(*s, *t, out);
        break;
    case NodeKind::TeamMember:
        NetworkDetails::teamMemberRows(*s, object, out);
        break;
    case NodeKind::Bridge:
        if (const Bridge *b = s->bridge(object))
            NetworkDetails::bridgeRows(*s, *b, out);
        break;
    case NodeKind::Vm:
        if (const Vm *vm = s->vm(object))
            VmDetails::vmRows(*s, *vm, host.vmConfigs.value(object), host.checkFacts, out);
        break;
    }
    if (out.title.isEmpty()) {
        out.title = object;
        out.rows << PropertyRow::note(tr("Gone"), BadgeTone::Neutral,
                                      tr("This object is no longer reported by the host."));
    }
    return out;
}

} // namespace ftc
