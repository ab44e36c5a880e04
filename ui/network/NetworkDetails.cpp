#include "NetworkDetails.h"

#include "common/StateStyle.h"
#include "DisplayFormat.h"

#include <QLocale>

namespace ftc {

bool NetworkDetails::groupRows(const HostSnapshot &s, const QString &id, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("folder"));
    if (id == QLatin1String(groups::Network) || id == QLatin1String(groups::Adapters)
               || id == QLatin1String(groups::Teams)) {
        out.icon = StateStyle::icon(QStringLiteral("network"));
        out.title = id == QLatin1String(groups::Teams) ? tr("Teams")
                    : id == QLatin1String(groups::Adapters) ? tr("Adapters") : tr("Network");
        if (id != QLatin1String(groups::Teams)) {
            out.rows << PropertyRow::section(tr("Adapters"));
            for (const Nic &n : s.nics)
                out.rows << PropertyRow::badge(n.name, StateStyle::nicTone(n), StateStyle::nicText(n));
        }
        if (id != QLatin1String(groups::Adapters)) {
            out.rows << PropertyRow::section(tr("Teams"));
            for (const Team &t : s.teams)
                out.rows << PropertyRow::badge(t.name, StateStyle::teamTone(t), StateStyle::teamText(t));
            if (s.teams.isEmpty())
                out.rows << PropertyRow::note(QString(), BadgeTone::Neutral,
                                              tr("No adapter teams yet. Team two adapters on different modules so "
                                                 "the host stays reachable when one module is down."));
        }
    } else if (id == QLatin1String(groups::Bridges)) {
        out.icon = StateStyle::icon(QStringLiteral("network"));
        out.title = tr("Bridges");
        for (const Bridge &b : s.bridges)
            out.rows << PropertyRow::badge(b.name, b.up ? BadgeTone::Good : BadgeTone::Bad,
                                           b.ports.isEmpty() ? tr("no port") : b.ports.join(QStringLiteral(", ")));
    } else {
        return false;
    }
    return true;
}

QString NetworkDetails::duplexText(const QString &duplex)
{
    if (duplex == QLatin1String("full"))
        return tr("Full", "link duplex mode");
    if (duplex == QLatin1String("half"))
        return tr("Half", "link duplex mode");
    return orDash(QString());
}

void NetworkDetails::nicRows(const Nic &n, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("nic"));
    out.title = n.name;
    out.rows << PropertyRow::section(tr("Network adapter"))
             << PropertyRow::badge(tr("State"), StateStyle::nicTone(n), StateStyle::nicText(n))
             << PropertyRow::text(tr("MAC address"), orDash(n.mac))
             << PropertyRow::text(tr("Module"), orDash(n.module))
             << PropertyRow::text(tr("Slot"), orDash(n.slot))
             << PropertyRow::text(tr("Driver"), orDash(n.driver))
             << PropertyRow::text(tr("Speed"), n.speedMbps > 0 ? tr("%1 Mb/s").arg(n.speedMbps) : QStringLiteral("—"))
             << PropertyRow::text(tr("Duplex", "link duplex mode"), duplexText(n.duplex))
             << PropertyRow::text(tr("Operational state"), orDash(n.operState))
             << PropertyRow::text(tr("Team"), orDash(n.master));
    if (!n.pciPath.isEmpty())
        out.rows << PropertyRow::text(tr("PCI path"), n.pciPath);
}

void NetworkDetails::teamRows(const HostSnapshot &s, const Team &t, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("team"));
    out.title = t.name;
    out.subtitle = t.kind;
    out.rows << PropertyRow::section(tr("Team"))
             << PropertyRow::badge(tr("State"), StateStyle::teamTone(t), StateStyle::teamText(t))
             << PropertyRow::text(tr("Type"), orDash(t.kind))
             << PropertyRow::text(tr("Bonding mode"), orDash(t.mode))
             << PropertyRow::text(tr("Active adapter"), orDash(t.active))
             << PropertyRow::text(tr("Primary"), orDash(t.primary))
             << PropertyRow::text(tr("Link monitoring"), t.miimonMs > 0 ? tr("every %1 ms").arg(t.miimonMs) : QStringLiteral("—"));
    if (t.arpIntervalMs > 0)
        out.rows << PropertyRow::text(tr("ARP monitoring"), tr("every %1 ms, asking %2")
                                                                .arg(t.arpIntervalMs)
                                                                .arg(t.arpTargets.join(QStringLiteral(", "))));
    if (!t.failOverMac.isEmpty())
        out.rows << PropertyRow::text(tr("MAC on failover"), t.failOverMac);
    if (t.mode == QLatin1String("802.3ad")) {
        const bool partner = !t.partnerMac.isEmpty() && t.partnerMac != QLatin1String("00:00:00:00:00:00");
        out.rows << PropertyRow::text(tr("LACP rate"), orDash(t.lacpRate))
                 << PropertyRow::text(tr("Aggregator"), t.aggregatorId < 0 ? orDash(QString())
                                                                           : tr("%1, %2 of %3 adapters")
                                                                                 .arg(t.aggregatorId)
                                                                                 .arg(t.aggregatorPorts)
                                                                                 .arg(t.members.size()))
                 << PropertyRow::badge(tr("Switch partner"), partner ? BadgeTone::Good : BadgeTone::Warning,
                                       partner ? t.partnerMac : tr("none answered: is the switch port set for LACP?"));
    }
    out.rows << PropertyRow::section(tr("Members"));
    for (const TeamMember &m : t.members) {
        const bool up = m.link == QLatin1String("up");
        QString text = up ? tr("Up") : tr("Down (%1)").arg(m.link);
        if (m.name == t.active)
            text = tr("%1, active").arg(text);
        QString module = m.module;
        if (module.isEmpty())
            if (const Nic *n = s.nic(m.name))
                module = n->module;
        const QString label = module.isEmpty() ? m.name : tr("%1 (module %2)").arg(m.name, module);
        out.rows << PropertyRow::badge(label, up ? BadgeTone::Good : BadgeTone::Bad, text);
        if (m.failures > 0)
            out.rows << PropertyRow::text(tr("%1 link failures").arg(m.name), QString::number(m.failures));
    }
}

void NetworkDetails::teamMemberRows(const HostSnapshot &s, const QString &object, PaneContent &out)
{
    const QString nic = object.section(QLatin1Char('/'), 1);
    if (const Nic *n = s.nic(nic))
        nicRows(*n, out);
    else
        out.title = nic;
}

void NetworkDetails::bridgeRows(const HostSnapshot &s, const Bridge &b, PaneContent &out)
{
    out.title = b.name;
    out.subtitle = tr("Bridge");
    out.icon = StateStyle::icon(QStringLiteral("network"));
    out.rows << PropertyRow::section(tr("Bridge"))
             << PropertyRow::badge(tr("State"), b.up ? BadgeTone::Good : BadgeTone::Bad, b.up ? tr("Up") : tr("Down"));
    out.rows << PropertyRow::section(tr("Ports"));
    for (const QString &p : b.ports) {
        if (const Team *t = s.team(p))
            out.rows << PropertyRow::badge(p, StateStyle::teamTone(*t), StateStyle::teamText(*t));
        else if (const Nic *n = s.nic(p))
            out.rows << PropertyRow::badge(p, StateStyle::nicTone(*n), StateStyle::nicText(*n));
        else
            out.rows << PropertyRow::text(p, QStringLiteral("—"));
    }
    if (b.ports.isEmpty())
        out.rows << PropertyRow::note(QString(), BadgeTone::Warning,
                                      tr("No team or adapter is a port of this bridge: its virtual machines reach "
                                         "only each other and the host."));
    out.rows << PropertyRow::section(tr("Virtual machines"));
    for (const QString &vm : b.vms)
        out.rows << PropertyRow::text(vm, tr("NIC on %1").arg(b.name));
    if (b.vms.isEmpty())
        out.rows << PropertyRow::note(QString(), BadgeTone::Neutral,
                                      b.taps.isEmpty() ? tr("No running virtual machine has a NIC on this bridge.")
                                                       : tr("%1 on the bridge, of no VM the console knows.")
                                                             .arg(b.taps.join(QStringLiteral(", "))));
}

} // namespace ftc
