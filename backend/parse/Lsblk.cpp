#include "Lsblk.h"

#include "JsonText.h"
#include "model/ReadingsTr.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ftc {

namespace {
// Deep enough for disk -> part -> md -> lvm -> crypt stacks; bounds recursion on
// hostile input.
constexpr int kMaxDepth = 16;

void collect(const QJsonArray &nodes, const QString &parent, int depth, Lsblk *out)
{
    if (depth > kMaxDepth) {
        out->errors.append({0, Readings::tr("device tree nested too deeply"), {}});
        return;
    }
    for (const QJsonValue &v : nodes) {
        if (!v.isObject()) {
            out->errors.append({0, Readings::tr("blockdevices entry is not an object"), {}});
            continue;
        }
        const QJsonObject o = v.toObject();
        BlockDevice d;
        d.name = jsonString(o.value(QLatin1String("name")));
        d.kname = jsonString(o.value(QLatin1String("kname")));
        d.path = jsonString(o.value(QLatin1String("path")));
        d.pkname = jsonString(o.value(QLatin1String("pkname")));
        d.type = jsonString(o.value(QLatin1String("type")));
        d.sizeBytes = jsonInt(o.value(QLatin1String("size")));
        d.serial = jsonString(o.value(QLatin1String("serial"))).trimmed();
        d.model = jsonString(o.value(QLatin1String("model"))).trimmed();
        d.hctl = jsonString(o.value(QLatin1String("hctl")));
        d.transport = jsonString(o.value(QLatin1String("tran")));
        d.fstype = jsonString(o.value(QLatin1String("fstype")));
        d.uuid = jsonString(o.value(QLatin1String("uuid")));
        d.parttype = jsonString(o.value(QLatin1String("parttype"))).toLower();
        d.readOnly = jsonBool(o.value(QLatin1String("ro")));
        d.removable = jsonBool(o.value(QLatin1String("rm")));
        const QJsonValue mps = o.value(QLatin1String("mountpoints"));
        if (mps.isArray()) {
            for (const QJsonValue &m : mps.toArray())
                if (const QString s = jsonString(m); !s.isEmpty())
                    d.mountpoints.append(s);
        } else if (const QString s = jsonString(o.value(QLatin1String("mountpoint"))); !s.isEmpty()) {
            d.mountpoints.append(s);
        }
        if (d.kname.isEmpty())
            d.kname = d.name;
        d.parent = parent;
        d.depth = depth;
        if (d.name.isEmpty()) {
            out->errors.append({0, Readings::tr("block device without a name"), {}});
            continue;
        }
        out->devices.append(d);
        const QJsonValue children = o.value(QLatin1String("children"));
        if (children.isArray())
            collect(children.toArray(), d.name, depth + 1, out);
    }
}
} // namespace

const BlockDevice *Lsblk::top(const QString &name) const
{
    for (const BlockDevice &d : devices)
        if (d.depth == 0 && d.name == name)
            return &d;
    return nullptr;
}

QList<const BlockDevice *> Lsblk::childrenOf(const QString &name) const
{
    QList<const BlockDevice *> out;
    for (const BlockDevice &d : devices)
        if (d.parent == name)
            out.append(&d);
    return out;
}

Lsblk parseLsblkJson(const QByteArray &text)
{
    Lsblk out;
    const QJsonDocument doc = parseJsonText(text, &out.errors);
    if (!out.errors.isEmpty())
        return out;
    const QJsonValue list = doc.object().value(QLatin1String("blockdevices"));
    if (!list.isArray()) {
        out.errors.append({0, Readings::tr("no \"blockdevices\" array"), {}});
        return out;
    }
    collect(list.toArray(), QString(), 0, &out);
    return out;
}

} // namespace ftc
