#include "NetStack.h"

#include "plan/PlansTr.h"

namespace ftc {

QString netStackName(NetStack stack)
{
    switch (stack) {
    case NetStack::NetworkManager: return QStringLiteral("NetworkManager");
    case NetStack::Networkd: return QStringLiteral("systemd-networkd");
    case NetStack::Netplan: return QStringLiteral("netplan");
    case NetStack::Ifupdown: return QStringLiteral("ifupdown");
    case NetStack::Unknown: break;
    }
    return QStringLiteral("unknown");
}

StackChoice chooseNetStack(const NetFacts &facts, const QStringList &adapters)
{
    StackChoice c;
    const QString list = adapters.join(QStringLiteral(", "));
    if (facts.networkManager == QLatin1String("active")) {
        QStringList managed, unmanaged;
        for (const QString &a : adapters) {
            const NmDevice *d = facts.nmDevice(a);
            (d && d->state != QLatin1String("unmanaged") ? managed : unmanaged).append(a);
        }
        if (!managed.isEmpty() && unmanaged.isEmpty()) {
            if (!facts.hasTool(QStringLiteral("nmcli")) || !facts.hasTool(QStringLiteral("busctl"))) {
                c.problem = Plans::tr("NetworkManager manages %1, but nmcli or busctl is missing on the host: "
                                      "install network-manager's command-line tools (and systemd's busctl).")
                                       .arg(list);
                return c;
            }
            c.stack = NetStack::NetworkManager;
            c.reason = Plans::tr("NetworkManager manages %1").arg(list);
            return c;
        }
        if (!managed.isEmpty()) {
            c.problem = Plans::tr("NetworkManager manages %1 but not %2: a team needs all its adapters under one "
                                  "network stack. Let NetworkManager manage them all (remove them from "
                                  "/etc/network/interfaces) or none.")
                                   .arg(managed.join(QStringLiteral(", ")), unmanaged.join(QStringLiteral(", ")));
            return c;
        }
    }
    if (facts.networkd == QLatin1String("active")) {
        if (!facts.hasTool(QStringLiteral("networkctl"))) {
            c.problem = Plans::tr("systemd-networkd runs but networkctl is missing: the console cannot reload it.");
            return c;
        }
        if (!facts.netplanFiles.isEmpty() && facts.hasTool(QStringLiteral("netplan"))) {
            c.stack = NetStack::Netplan;
            c.reason = Plans::tr("netplan configures systemd-networkd (%1 in /etc/netplan)")
                                  .arg(facts.netplanFiles.join(QStringLiteral(", ")));
            return c;
        }
        c.stack = NetStack::Networkd;
        c.reason = Plans::tr("systemd-networkd runs and NetworkManager does not manage %1").arg(list);
        return c;
    }
    if (facts.hasInterfacesFile && facts.hasTool(QStringLiteral("ifup"))) {
        c.stack = NetStack::Ifupdown;
        c.reason = Plans::tr("ifupdown configures the host (/etc/network/interfaces)");
        return c;
    }
    c.problem = Plans::tr("No network stack the console knows manages %1: it knows NetworkManager, systemd-networkd "
                          "(with or without netplan) and ifupdown. Build the team with the host's own tools.")
                           .arg(list);
    return c;
}

} // namespace ftc
