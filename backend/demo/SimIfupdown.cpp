// ifupdown 0.8 as Debian 12 has it, with ifenslave's and bridge-utils' hooks,
// performed on the simulated links instead of run as scripts: what `ifup
// IFACE` and `ifdown IFACE` do for the interface's stanzas in
// /etc/network/interfaces (read with the console's own IfupdownConfig).
// Supported: the inet methods static, manual, dhcp and loopback (the demo's
// network has no DHCP server, so dhcp fails the way dhclient does), address
// (with netmask), gateway, hwaddress, bond-slaves, bond-mode, bond-miimon,
// bond-primary, bridge_ports, bridge_stp and bridge_fd. Other options are
// read and ignored, as ifupdown ignores options no hook claims.

#include "SimCommands.h"

#include "network/IfupdownConfig.h"

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

// The value of the first option named key in the interface's stanzas ("" when none).
QString option(const QList<const IfupdownIface *> &stanzas, const QString &key)
{
    for (const IfupdownIface *st : stanzas)
        for (const QString &o : st->options)
            if (o.section(QLatin1Char(' '), 0, 0) == key)
                return o.section(QLatin1Char(' '), 1).simplified();
    return {};
}

QStringList options(const IfupdownIface &st, const QString &key)
{
    QStringList out;
    for (const QString &o : st.options)
        if (o.section(QLatin1Char(' '), 0, 0) == key)
            out << o.section(QLatin1Char(' '), 1).simplified();
    return out;
}

// "255.255.255.0" -> 24; -1 when it is no netmask.
int prefixOf(const QString &netmask)
{
    const QStringList p = netmask.split(QLatin1Char('.'));
    if (p.size() != 4)
        return -1;
    quint32 m = 0;
    for (const QString &x : p)
        m = (m << 8) | (x.toUInt() & 255);
    int len = 0;
    while (len < 32 && (m & (0x80000000u >> len)))
        ++len;
    return (len == 32 || (m << len) == 0) ? len : -1;
}

bool failed(const CommandResult &r, QByteArray *log)
{
    if (r.exitCode == 0)
        return false;
    *log += r.err;
    return true;
}

int giveUp(const QString &iface, QByteArray *log)
{
    *log += "ifup: failed to bring up " + b(iface) + '\n';
    return 1;
}

// ifenslave's pre-up: the bond with its mode and monitor, its slaves taken
// down and enslaved, its primary.
bool upBond(SimState &s, const QList<const IfupdownIface *> &st, const QString &bond, QByteArray *log)
{
    if (!s.bond(bond)) {
        Argv opts;
        const QString mode = option(st, QStringLiteral("bond-mode"));
        const QString miimon = option(st, QStringLiteral("bond-miimon"));
        if (!mode.isEmpty())
            opts << "mode" << b(mode);
        if (!miimon.isEmpty())
            opts << "miimon" << b(miimon);
        if (failed(addBond(s, bond, opts), log))
            return false;
    }
    const QStringList slaves = option(st, QStringLiteral("bond-slaves")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &sl : slaves) {
        if (!s.nic(sl)) {
            *log += "ifenslave: interface " + b(sl) + " does not exist, cannot enslave it to " + b(bond) + '\n';
            return false;
        }
        if (s.nic(sl)->master == bond)
            continue;
        setLinkUp(s, sl, false);
        if (failed(setMaster(s, sl, bond), log))
            return false;
    }
    const QString primary = option(st, QStringLiteral("bond-primary"));
    if (!primary.isEmpty())
        return !failed(ipLink(s, "set", {b(bond), "type", "bond", "primary", b(primary)}), log);
    return true;
}

// bridge-utils' pre-up: the bridge, its ports, STP and forward delay.
bool upBridge(SimState &s, const QList<const IfupdownIface *> &st, const QString &bridge, QByteArray *log)
{
    if (!s.bridge(bridge) && failed(addBridge(s, bridge), log))
        return false;
    SimBridge *br = s.bridge(bridge);
    const QString stp = option(st, QStringLiteral("bridge_stp"));
    br->stp = stp == QLatin1String("on") || stp == QLatin1String("yes");
    bool good = false;
    const double fd = option(st, QStringLiteral("bridge_fd")).toDouble(&good);
    if (good)
        br->forwardDelayCs = int(fd * 100);
    for (const QString &port : option(st, QStringLiteral("bridge_ports")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (port == QLatin1String("none"))
            continue;
        if (!s.hasLink(port)) {
            *log += "interface " + b(port) + " does not exist!\n";
            return false;
        }
        setLinkUp(s, port, true);
        if (failed(setMaster(s, port, bridge), log))
            return false;
    }
    return true;
}

} // namespace

bool ifupdownUp(const SimState &s, const QByteArray &file, const QString &iface)
{
    return !parseInterfaces(file).stanzasOf(iface).isEmpty() && s.linkUp(iface);
}

int ifup(SimState &s, const QByteArray &file, const QString &iface, QByteArray *log)
{
    const IfupdownFile f = parseInterfaces(file);
    const QList<const IfupdownIface *> st = f.stanzasOf(iface);
    if (st.isEmpty()) {
        *log += "ifup: unknown interface " + b(iface) + '\n';
        return 1;
    }
    // ifupdown's own state says so (its stanza is up); a bond or bridge is
    // completed instead, as ifenslave and bridge-utils do.
    if (s.nic(iface) && ifupdownUp(s, file, iface)) {
        *log += "ifup: interface " + b(iface) + " already configured\n";
        return 0;
    }
    const QString slaves = option(st, QStringLiteral("bond-slaves"));
    if (!slaves.isEmpty() && slaves != QLatin1String("none") && !upBond(s, st, iface, log))
        return giveUp(iface, log);
    if (!option(st, QStringLiteral("bridge_ports")).isEmpty() && !upBridge(s, st, iface, log))
        return giveUp(iface, log);
    if (!s.hasLink(iface)) {
        *log += "Cannot find device \"" + b(iface) + "\"\n";
        return giveUp(iface, log);
    }
    const QString hw = option(st, QStringLiteral("hwaddress")).remove(QStringLiteral("ether")).trimmed();
    if (!hw.isEmpty() && failed(setLinkMac(s, iface, hw), log))
        return giveUp(iface, log);
    setLinkUp(s, iface, true);
    for (const IfupdownIface *x : st) {
        if (x->method == QLatin1String("dhcp") && x->family == QLatin1String("inet")) {
            // What dhclient says on a segment where no DHCP server answers.
            *log += "DHCPDISCOVER on " + b(iface) + " to 255.255.255.255 port 67 interval 3\n"
                    "No DHCPOFFERS received.\nNo working leases in persistent database - sleeping.\n";
            return giveUp(iface, log);
        }
        if (x->method != QLatin1String("static"))
            continue;
        const QString netmask = options(*x, QStringLiteral("netmask")).value(0);
        for (QString a : options(*x, QStringLiteral("address"))) {
            if (!a.contains(QLatin1Char('/')) && !netmask.isEmpty())
                a += QLatin1Char('/') + QString::number(prefixOf(netmask));
            if (failed(addAddress(s, iface, a), log))
                return giveUp(iface, log);
        }
        const QString gw = options(*x, QStringLiteral("gateway")).value(0);
        if (!gw.isEmpty() && x->family == QLatin1String("inet") && failed(addDefaultRoute(s, gw, iface), log))
            return giveUp(iface, log);
    }
    return 0;
}

int ifdown(SimState &s, const QByteArray &file, const QString &iface, QByteArray *log)
{
    const IfupdownFile f = parseInterfaces(file);
    const QList<const IfupdownIface *> st = f.stanzasOf(iface);
    if (st.isEmpty()) {
        *log += "ifdown: unknown interface " + b(iface) + '\n';
        return 1;
    }
    if (!s.hasLink(iface)) {
        *log += "Cannot find device \"" + b(iface) + "\"\n";
        return 1;
    }
    flushAddresses(s, iface);
    setLinkUp(s, iface, false);
    // ifenslave's post-down releases the slaves and removes the bond;
    // bridge-utils' removes the bridge.
    if (!option(st, QStringLiteral("bond-slaves")).isEmpty() || !option(st, QStringLiteral("bridge_ports")).isEmpty())
        deleteLink(s, iface);
    return 0;
}

} // namespace ftc::sim
