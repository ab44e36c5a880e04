#pragma once
// Where a VM's screen can be reached from the console: its VNC server as the
// live domain XML says (libvirt.org/formatdomain.html#graphical-framebuffers),
// taken only when it listens on the host's loopback or on a unix socket, so
// the console reaches it through its own connection to the host and the
// screen is never open to the network. Anything else is a problem saying
// what to change.

#include "parse/DomainXml.h"

namespace ftc {

struct VncTarget {
    QByteArray host;           // "127.0.0.1", "::1", or the socket path when port < 0
    int port = -1;             // TCP port; -1 for a unix socket
    QString problem;           // why the screen cannot be shown, and what to change; empty when it can

    bool ok() const { return problem.isEmpty() && (port > 0 || !host.isEmpty()); }
};

// live: `virsh dumpxml DOMAIN` of a running domain (ports assigned). An
// empty listen address is libvirt's vnc_listen default (127.0.0.1 unless
// /etc/libvirt/qemu.conf says otherwise): taken as loopback. Problems: no
// graphics; SPICE only; VNC listening on all addresses (0.0.0.0, ::) or
// another address, or on a libvirt network; no port (not running).
VncTarget vncTargetFor(const DomainXml &live, const QString &vm);

} // namespace ftc
