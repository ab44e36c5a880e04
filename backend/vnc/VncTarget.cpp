#include "VncTarget.h"

#include "session/SessionTr.h"

namespace ftc {

namespace {

bool loopback(const QString &address)
{
    return address.isEmpty() || address == QLatin1String("localhost") || address == QLatin1String("::1")
        || address.startsWith(QLatin1String("127."));
}

} // namespace

VncTarget vncTargetFor(const DomainXml &live, const QString &vm)
{
    VncTarget t;
    const DomainGraphics *vnc = nullptr;
    bool spice = false;
    for (const DomainGraphics &g : live.graphics) {
        if (g.type == QLatin1String("vnc") && !vnc)
            vnc = &g;
        spice = spice || g.type == QLatin1String("spice");
    }
    const QString add = Session::tr("Shut %1 down, give it <graphics type='vnc' autoport='yes' listen='127.0.0.1'/> "
                                    "(virsh edit %1, or virt-manager's Display VNC with address Localhost only), "
                                    "and start it again.")
                            .arg(vm);
    if (!vnc) {
        t.problem = spice ? Session::tr("%1 shows its screen over SPICE only; the console shows VNC. %2").arg(vm, add)
                          : Session::tr("%1 has no graphical console. %2").arg(vm, add);
        return t;
    }
    if (vnc->listenType == QLatin1String("socket")) {
        if (vnc->listen.isEmpty()) {
            t.problem = Session::tr("%1's VNC socket is not known yet: is it running?").arg(vm);
            return t;
        }
        t.host = vnc->listen.toUtf8();
        return t;
    }
    if (vnc->listenType == QLatin1String("none")) {
        t.problem = Session::tr("%1's VNC display listens nowhere (listen type none). %2").arg(vm, add);
        return t;
    }
    if (vnc->listenType == QLatin1String("network")) {
        t.problem = Session::tr("%1's VNC display listens on the libvirt network %2, which the console does not reach "
                                "through its connection. %3")
                        .arg(vm, vnc->listenNetwork, add);
        return t;
    }
    if (vnc->listen == QLatin1String("0.0.0.0") || vnc->listen == QLatin1String("::")) {
        t.problem = Session::tr("%1's VNC display listens on every address of the host (%2): anyone on the network can "
                                "reach its screen, so the console will not open it. Change its listen address to "
                                "127.0.0.1: %3")
                        .arg(vm, vnc->listen, add);
        return t;
    }
    if (!loopback(vnc->listen)) {
        t.problem = Session::tr("%1's VNC display listens on %2, an address of the network, not on the host's loopback. "
                                "Change it to 127.0.0.1: %3")
                        .arg(vm, vnc->listen, add);
        return t;
    }
    if (vnc->port <= 0) {
        t.problem = Session::tr("%1 has no VNC port yet: start it to see its screen.").arg(vm);
        return t;
    }
    // The address it listens on; libvirt's default and "localhost" are 127.0.0.1.
    t.host = vnc->listen.isEmpty() || vnc->listen == QLatin1String("localhost") ? QByteArray("127.0.0.1")
                                                                                : vnc->listen.toUtf8();
    t.port = vnc->port;
    return t;
}

} // namespace ftc
