#include "IpAddr.h"

#include "JsonText.h"
#include "model/ReadingsTr.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ftc {

QList<IpAddress> IpLinkAddresses::routable() const
{
    QList<IpAddress> out;
    for (const IpAddress &a : addresses)
        if (a.scope == QLatin1String("global") || a.scope == QLatin1String("site"))
            out.append(a);
    return out;
}

const IpLinkAddresses *IpAddrs::link(const QString &name) const
{
    for (const IpLinkAddresses &l : links)
        if (l.name == name)
            return &l;
    return nullptr;
}

namespace {
QJsonArray topArray(const QByteArray &text, const char *what, ParseErrors *errors)
{
    // `ip -j` prints nothing at all (not "[]") when there is nothing to list.
    if (text.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = parseJsonText(text, errors);
    if (!errors->isEmpty())
        return {};
    if (!doc.isArray()) {
        errors->append({0, Readings::tr("expected a JSON array of %1").arg(QLatin1String(what)), {}});
        return {};
    }
    return doc.array();
}
} // namespace

IpAddrs parseIpAddrJson(const QByteArray &text)
{
    IpAddrs out;
    for (const QJsonValue &v : topArray(text, "links", &out.errors)) {
        const QJsonObject o = v.toObject();
        IpLinkAddresses l;
        l.name = jsonString(o.value(QLatin1String("ifname")));
        if (l.name.isEmpty()) {
            // `ip -j addr` prints an empty object for links it could not describe.
            if (!o.isEmpty())
                out.errors.append({0, Readings::tr("link without an ifname"), {}});
            continue;
        }
        l.mac = jsonString(o.value(QLatin1String("address")));
        l.master = jsonString(o.value(QLatin1String("master")));
        for (const QJsonValue &av : o.value(QLatin1String("addr_info")).toArray()) {
            const QJsonObject a = av.toObject();
            IpAddress addr;
            addr.family = jsonString(a.value(QLatin1String("family")));
            addr.local = jsonString(a.value(QLatin1String("local")));
            addr.prefixLength = int(jsonInt(a.value(QLatin1String("prefixlen"))));
            addr.scope = jsonString(a.value(QLatin1String("scope")));
            addr.dynamic = jsonBool(a.value(QLatin1String("dynamic")));
            if (addr.local.isEmpty() || addr.prefixLength < 0)
                continue; // e.g. a peer-only entry: nothing a team takes over
            l.addresses.append(addr);
        }
        out.links.append(l);
    }
    return out;
}

IpRoutes parseIpRouteJson(const QByteArray &text)
{
    IpRoutes out;
    for (const QJsonValue &v : topArray(text, "routes", &out.errors)) {
        const QJsonObject o = v.toObject();
        IpRoute r;
        r.dst = jsonString(o.value(QLatin1String("dst")));
        r.gateway = jsonString(o.value(QLatin1String("gateway")));
        r.dev = jsonString(o.value(QLatin1String("dev")));
        r.protocol = jsonString(o.value(QLatin1String("protocol")));
        r.prefsrc = jsonString(o.value(QLatin1String("prefsrc")));
        r.metric = int(jsonInt(o.value(QLatin1String("metric"))));
        out.routes.append(r);
    }
    return out;
}

} // namespace ftc
