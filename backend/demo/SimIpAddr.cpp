// Addresses and routes as iproute2 6.1 prints them with -j (`ip -j addr show`'s
// addr_info, `ip -j route show|get`), and the changes ifupdown makes with
// `ip addr` and `ip route`. IPv4 addresses and default routes are state
// (SimState::addresses, defaultRoutes); IPv6 link-local addresses follow from
// each link's MAC, and connected routes from the addresses, as in the kernel.

#include "SimCommands.h"

#include <arpa/inet.h>

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }
QByteArray q(const QString &s) { return '"' + b(s) + '"'; }

constexpr const char *kForever = ",\"valid_life_time\":4294967295,\"preferred_life_time\":4294967295";

struct V4 {
    quint32 addr = 0;          // host order
    int len = -1;
    bool ok() const { return len >= 0; }
    quint32 mask() const { return len == 0 ? 0 : ~quint32(0) << (32 - len); }
};

// "192.168.10.20/24" (a bare address is /32).
V4 parseV4(const QString &cidr)
{
    V4 v;
    in_addr a{};
    const QByteArray addr = cidr.section(QLatin1Char('/'), 0, 0).toLatin1();
    bool good = true;
    const int len = cidr.contains(QLatin1Char('/')) ? cidr.section(QLatin1Char('/'), 1).toInt(&good) : 32;
    if (!good || len < 0 || len > 32 || inet_pton(AF_INET, addr.constData(), &a) != 1)
        return v;
    v.addr = ntohl(a.s_addr);
    v.len = len;
    return v;
}

QString v4Text(quint32 addr)
{
    return QStringLiteral("%1.%2.%3.%4").arg(addr >> 24).arg((addr >> 16) & 255).arg((addr >> 8) & 255).arg(addr & 255);
}

bool isV6(const QString &cidr) { return cidr.contains(QLatin1Char(':')); }

// The kernel's EUI-64 link-local address for a MAC (RFC 4291 appendix A):
// the universal/local bit flipped, ff:fe in the middle.
QString linkLocal(const QString &mac)
{
    const QStringList p = mac.split(QLatin1Char(':'));
    if (p.size() != 6)
        return {};
    const auto byte = [&](int i) { return p[i].toUInt(nullptr, 16); };
    const unsigned g[4] = {((byte(0) ^ 0x02) << 8) | byte(1), (byte(2) << 8) | 0xff, 0xfe00 | byte(3),
                           (byte(4) << 8) | byte(5)};
    return QStringLiteral("fe80::%1:%2:%3:%4").arg(g[0], 0, 16).arg(g[1], 0, 16).arg(g[2], 0, 16).arg(g[3], 0, 16);
}

QString macOf(const SimState &s, const QString &link)
{
    for (const SimNic &n : s.nics)
        if (n.name == link) {
            const SimBond *bd = s.bond(n.master);
            return bd ? bd->mac : n.mac;
        }
    if (const SimBond *bd = s.bond(link))
        return bd->mac;
    if (const SimBridge *br = s.bridge(link))
        return br->mac;
    return {};
}

// A bond's slave has no addresses of its own (IFF_SLAVE: addrconf leaves it out).
bool isBondSlave(const SimState &s, const QString &link)
{
    for (const SimNic &n : s.nics)
        if (n.name == link)
            return s.bond(n.master) != nullptr;
    return false;
}

// The address a link would send from: its first IPv4 address.
QString sourceOf(const SimState &s, const QString &link)
{
    for (const SimAddress &a : s.addresses)
        if (a.link == link && !isV6(a.cidr))
            return a.cidr.section(QLatin1Char('/'), 0, 0);
    return {};
}

QByteArray flags(const SimState &s, const QString &dev, bool onlink)
{
    QList<QByteArray> f;
    if (onlink)
        f << "\"onlink\"";
    if (!linkOperUp(s, dev))
        f << "\"linkdown\"";
    return "[" + f.join(',') + "]";
}

QStringList linkNames(const SimState &s)
{
    QStringList names;
    for (const SimNic &n : s.nics)
        names << n.name;
    for (const SimBond &bd : s.bonds)
        names << bd.name;
    for (const SimBridge &br : s.bridges)
        names << br.name;
    return names;
}

// `ip -j route show [default] [dev DEV]`.
QByteArray routeShow(const SimState &s, int family, const Argv &args)
{
    bool onlyDefault = false;
    QString dev;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == "default")
            onlyDefault = true;
        else if (args[i] == "dev")
            dev = QString::fromUtf8(args.value(++i));
    }
    QList<QByteArray> routes;
    if (family == 6) {
        // No IPv6 router on the demo's network: link-local routes only.
        if (!onlyDefault)
            for (const QString &l : linkNames(s))
                if (s.linkUp(l) && !isBondSlave(s, l) && (dev.isEmpty() || dev == l))
                    routes << "{\"dst\":\"fe80::/64\",\"dev\":" + q(l)
                            + ",\"protocol\":\"kernel\",\"metric\":256,\"flags\":" + flags(s, l, false)
                            + ",\"pref\":\"medium\"}";
        return "[" + routes.join(',') + "]\n";
    }
    for (const SimRoute &r : s.defaultRoutes)
        if (s.hasLink(r.dev) && (dev.isEmpty() || dev == r.dev))
            routes << "{\"dst\":\"default\",\"gateway\":" + q(r.gateway) + ",\"dev\":" + q(r.dev)
                    + ",\"flags\":" + flags(s, r.dev, true) + "}";
    if (!onlyDefault)
        for (const SimAddress &a : s.addresses) {
            const V4 v = parseV4(a.cidr);
            if (!v.ok() || !s.linkUp(a.link) || (!dev.isEmpty() && dev != a.link))
                continue;
            routes << "{\"dst\":\"" + b(v4Text(v.addr & v.mask())) + '/' + QByteArray::number(v.len)
                    + "\",\"dev\":" + q(a.link) + ",\"protocol\":\"kernel\",\"scope\":\"link\",\"prefsrc\":"
                    + q(v4Text(v.addr)) + ",\"flags\":" + flags(s, a.link, false) + "}";
        }
    return "[" + routes.join(',') + "]\n";
}

CommandResult routeGet(const SimState &s, const QString &to)
{
    const V4 dst = parseV4(to);
    if (!dst.ok() || to.contains(QLatin1Char('/')))
        return fail(1, "Error: inet prefix is expected rather than \"" + b(to) + "\".\n");
    for (const SimAddress &a : s.addresses) {
        const V4 v = parseV4(a.cidr);
        if (v.ok() && s.linkUp(a.link) && (v.addr & v.mask()) == (dst.addr & v.mask()))
            return ok("[{\"dst\":" + q(to) + ",\"dev\":" + q(a.link) + ",\"prefsrc\":" + q(v4Text(v.addr))
                      + ",\"flags\":[],\"uid\":0,\"cache\":[]}]\n");
    }
    for (const SimRoute &r : s.defaultRoutes)
        if (s.linkUp(r.dev))
            return ok("[{\"dst\":" + q(to) + ",\"gateway\":" + q(r.gateway) + ",\"dev\":" + q(r.dev)
                      + ",\"prefsrc\":" + q(sourceOf(s, r.dev)) + ",\"flags\":[],\"uid\":0,\"cache\":[]}]\n");
    return fail(2, "RTNETLINK answers: Network is unreachable\n");
}

} // namespace

QByteArray addrInfoJson(const SimState &s, const QString &link)
{
    QList<QByteArray> out;
    if (link == QLatin1String("lo"))
        return "{\"family\":\"inet\",\"local\":\"127.0.0.1\",\"prefixlen\":8,\"scope\":\"host\",\"label\":\"lo\""
            + QByteArray(kForever) + "},{\"family\":\"inet6\",\"local\":\"::1\",\"prefixlen\":128,\"scope\":\"host\","
                                     "\"noprefixroute\":true" + QByteArray(kForever) + "}";
    for (const SimAddress &a : s.addresses) {
        if (a.link != link)
            continue;
        const QByteArray life = a.dynamic ? QByteArray(",\"valid_life_time\":85932,\"preferred_life_time\":85932")
                                          : QByteArray(kForever);
        const QByteArray dyn = a.dynamic ? ",\"dynamic\":true" : "";
        if (isV6(a.cidr)) {
            out << "{\"family\":\"inet6\",\"local\":" + q(a.cidr.section(QLatin1Char('/'), 0, 0)) + ",\"prefixlen\":"
                    + b(a.cidr.section(QLatin1Char('/'), 1)) + ",\"scope\":\"global\"" + dyn + life + "}";
            continue;
        }
        const V4 v = parseV4(a.cidr);
        if (!v.ok())
            continue;
        out << "{\"family\":\"inet\",\"local\":" + q(v4Text(v.addr)) + ",\"prefixlen\":" + QByteArray::number(v.len)
                + (v.len < 31 ? ",\"broadcast\":" + q(v4Text(v.addr | ~v.mask())) : QByteArray())
                + ",\"scope\":\"global\"" + dyn + ",\"label\":" + q(link) + life + "}";
    }
    // addrconf gives every link that is up its link-local address.
    if (s.linkUp(link) && !isBondSlave(s, link)) {
        const QString ll = linkLocal(macOf(s, link));
        if (!ll.isEmpty())
            out << "{\"family\":\"inet6\",\"local\":" + q(ll) + ",\"prefixlen\":64,\"scope\":\"link\"" + kForever + "}";
    }
    return out.join(',');
}

CommandResult addAddress(SimState &s, const QString &link, const QString &cidr)
{
    if (!s.hasLink(link))
        return fail(1, "Cannot find device \"" + b(link) + "\"\n");
    if (!isV6(cidr) && !parseV4(cidr).ok())
        return fail(1, "Error: inet prefix is expected rather than \"" + b(cidr) + "\".\n");
    for (const SimAddress &a : s.addresses)
        if (a.link == link && a.cidr == cidr)
            return fail(2, "RTNETLINK answers: File exists\n");
    s.addresses.append({link, cidr, false});
    return ok();
}

void flushAddresses(SimState &s, const QString &link)
{
    s.addresses.removeIf([&](const SimAddress &a) { return a.link == link; });
    // Routes through a gateway the link no longer reaches go with them.
    s.defaultRoutes.removeIf([&](const SimRoute &r) { return r.dev == link; });
}

CommandResult addDefaultRoute(SimState &s, const QString &gateway, const QString &dev)
{
    if (!s.hasLink(dev))
        return fail(1, "Cannot find device \"" + b(dev) + "\"\n");
    if (!parseV4(gateway).ok() || gateway.contains(QLatin1Char('/')))
        return fail(1, "Error: inet address is expected rather than \"" + b(gateway) + "\".\n");
    if (!s.linkUp(dev))
        return fail(2, "RTNETLINK answers: Network is down\n");
    if (!s.defaultRoutes.isEmpty())
        return fail(2, "RTNETLINK answers: File exists\n");
    s.defaultRoutes.append({gateway, dev});
    return ok();
}

CommandResult ipAddrChange(SimState &s, const QByteArray &verb, const Argv &args)
{
    // ip addr add|del CIDR dev DEV, ip addr flush dev DEV
    QString dev, cidr;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == "dev")
            dev = QString::fromUtf8(args.value(++i));
        else if (cidr.isEmpty() && verb != "flush")
            cidr = QString::fromUtf8(args[i]);
    }
    if (dev.isEmpty())
        return fail(1, "Not enough information: \"dev\" argument is required.\n");
    if (verb == "flush") {
        if (!s.hasLink(dev))
            return fail(1, "Device \"" + b(dev) + "\" does not exist.\n");
        flushAddresses(s, dev);
        return ok();
    }
    if (verb == "add")
        return addAddress(s, dev, cidr);
    if (verb == "del" || verb == "delete") {
        const qsizetype before = s.addresses.size();
        s.addresses.removeIf([&](const SimAddress &a) { return a.link == dev && a.cidr == cidr; });
        return before == s.addresses.size() ? fail(2, "RTNETLINK answers: Cannot assign requested address\n") : ok();
    }
    return fail(255, "Command \"" + verb + "\" is unknown, try \"ip address help\".\n");
}

CommandResult ipRoute(SimState &s, int family, const QByteArray &verb, const Argv &args, bool json)
{
    if (verb == "show" || verb == "list" || verb == "ls") {
        if (!json)
            return fail(1, "ip: the simulated host prints routes with -j only\n");
        for (const QByteArray &a : args)
            if (a != "default" && a != "dev" && !s.hasLink(QString::fromUtf8(a)))
                return fail(1, "ip: the simulated host lists `ip route show [default] [dev DEV]` only\n");
        return ok(routeShow(s, family, args));
    }
    if (verb == "get") {
        if (!json)
            return fail(1, "ip: the simulated host prints routes with -j only\n");
        QString to;
        for (const QByteArray &a : args)
            if (a != "to")
                to = QString::fromUtf8(a);
        return routeGet(s, to);
    }
    // ip route add default via GW dev DEV [onlink], ip route del default
    if ((verb == "add" || verb == "del" || verb == "delete") && args.value(0) == "default" && family == 4) {
        QString gw, dev;
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (args[i] == "via")
                gw = QString::fromUtf8(args.value(++i));
            else if (args[i] == "dev")
                dev = QString::fromUtf8(args.value(++i));
        }
        if (verb == "add")
            return addDefaultRoute(s, gw, dev);
        const qsizetype before = s.defaultRoutes.size();
        s.defaultRoutes.removeIf([&](const SimRoute &r) { return (gw.isEmpty() || r.gateway == gw) && (dev.isEmpty() || r.dev == dev); });
        return before == s.defaultRoutes.size() ? fail(2, "RTNETLINK answers: No such process\n") : ok();
    }
    return fail(255, "ip: the simulated host answers `ip route show|get` and adds or deletes the default route only\n");
}

} // namespace ftc::sim
