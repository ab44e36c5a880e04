#pragma once
// `ip -j addr show` and `ip -j route show` / `ip -j route get ADDR` (iproute2's
// JSON: one object per link with its addr_info, one object per route).
// What an adapter carries before a team takes it over: its addresses, whether
// DHCP gave them (the kernel's "dynamic" flag: a lifetime was set), and the
// default route through it.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ftc {

struct IpAddress {
    QString family;            // "inet", "inet6"
    QString local;             // "10.0.2.15"
    int prefixLength = -1;     // bits, 24
    QString scope;             // "global", "link", "host", "site"
    bool dynamic = false;      // has a lifetime: DHCP or SLAAC gave it
    QString cidr() const { return local + QLatin1Char('/') + QString::number(prefixLength); }
};

struct IpLinkAddresses {
    QString name;
    QString mac;               // "address": the link's current MAC (a bond's is its first port's)
    QString master;            // the bond or bridge it is a port of, "" when none
    QList<IpAddress> addresses;
    // The addresses a team must take over: IPv4 and IPv6 of global (or site)
    // scope. Link-local ones follow the MAC by themselves.
    QList<IpAddress> routable() const;
};

struct IpAddrs {
    QList<IpLinkAddresses> links;
    ParseErrors errors;
    const IpLinkAddresses *link(const QString &name) const;
};

// Parses `ip -j addr show`. A link without ifname is an error and skipped.
IpAddrs parseIpAddrJson(const QByteArray &text);

struct IpRoute {
    QString dst;               // "default", "10.0.2.0/24", or an address for `route get`
    QString gateway;           // empty when on-link
    QString dev;
    QString protocol;          // "dhcp", "static", "kernel", "boot", "ra"
    QString prefsrc;
    int metric = -1;
};

struct IpRoutes {
    QList<IpRoute> routes;
    ParseErrors errors;
};

// Parses `ip -j route show ...` and `ip -j route get ADDR` (same objects).
IpRoutes parseIpRouteJson(const QByteArray &text);

} // namespace ftc
