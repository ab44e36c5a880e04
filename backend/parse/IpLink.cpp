#include "IpLink.h"

#include "JsonText.h"
#include "model/ReadingsTr.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ftc {

const IpLink *IpLinks::link(const QString &name) const
{
    for (const IpLink &l : links)
        if (l.name == name)
            return &l;
    return nullptr;
}

IpLinks parseIpLinkJson(const QByteArray &text)
{
    IpLinks out;
    const QJsonDocument doc = parseJsonText(text, &out.errors);
    if (!out.errors.isEmpty())
        return out;
    if (!doc.isArray()) {
        out.errors.append({0, Readings::tr("expected a JSON array of links"), {}});
        return out;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        IpLink l;
        l.name = jsonString(o.value(QLatin1String("ifname")));
        if (l.name.isEmpty()) {
            out.errors.append({0, Readings::tr("link without an ifname"), {}});
            continue;
        }
        l.ifindex = int(jsonInt(o.value(QLatin1String("ifindex"))));
        for (const QJsonValue &f : o.value(QLatin1String("flags")).toArray())
            l.flags.append(f.toString());
        l.operState = jsonString(o.value(QLatin1String("operstate")));
        l.master = jsonString(o.value(QLatin1String("master")));
        l.linkType = jsonString(o.value(QLatin1String("link_type")));
        l.address = jsonString(o.value(QLatin1String("address")));
        l.permAddress = jsonString(o.value(QLatin1String("permaddr")));
        l.parentBus = jsonString(o.value(QLatin1String("parentbus")));
        l.parentDev = jsonString(o.value(QLatin1String("parentdev")));
        const QJsonObject info = o.value(QLatin1String("linkinfo")).toObject();
        l.kind = jsonString(info.value(QLatin1String("info_kind")));
        l.slaveKind = jsonString(info.value(QLatin1String("info_slave_kind")));
        const QJsonObject data = info.value(QLatin1String("info_data")).toObject();
        if (l.kind == QLatin1String("bond")) {
            l.bondMode = jsonString(data.value(QLatin1String("mode")));
            l.bondActiveSlave = jsonString(data.value(QLatin1String("active_slave")));
            l.bondPrimary = jsonString(data.value(QLatin1String("primary")));
            l.bondMiimon = int(jsonInt(data.value(QLatin1String("miimon"))));
        }
        const QJsonObject sdata = info.value(QLatin1String("info_slave_data")).toObject();
        if (l.slaveKind == QLatin1String("bond")) {
            l.slaveState = jsonString(sdata.value(QLatin1String("state")));
            l.slaveMiiStatus = jsonString(sdata.value(QLatin1String("mii_status")));
            l.slaveLinkFailures = int(jsonInt(sdata.value(QLatin1String("link_failure_count"))));
            l.slavePermAddress = jsonString(sdata.value(QLatin1String("perm_hwaddr")));
        }
        out.links.append(l);
    }
    return out;
}

} // namespace ftc
