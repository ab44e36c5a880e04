#include "MdDetail.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

namespace ftc {

namespace {
QString unquote(const QString &v)
{
    if (v.size() >= 2 && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
                          || (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
        return v.mid(1, v.size() - 2);
    return v;
}

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}
} // namespace

const MdDetailDevice *MdDetail::device(const QString &name) const
{
    for (const MdDetailDevice &d : devices)
        if (d.device == name)
            return &d;
    return nullptr;
}

MdDetail parseMdDetailExport(const QByteArray &text)
{
    MdDetail out;
    // mdadm mangles the device path into the key (non-alphanumerics to '_'),
    // so ROLE and DEV are joined through that mangled middle part.
    QMap<QString, MdDetailDevice> byKey;
    QStringList order;
    for (const KeyValueLine &kv : keyValueLines(text, QLatin1Char('='), QStringLiteral("KEY=VALUE"), &out.errors)) {
        const QString &key = kv.key;
        if (key.contains(QLatin1Char(' '))) {
            out.errors.append({kv.number, Readings::tr("not a 'KEY=VALUE' line"), kv.raw});
            continue;
        }
        const QString value = unquote(kv.value);
        out.values.insert(key, value);
        if (key == QLatin1String("MD_LEVEL"))
            out.level = value;
        else if (key == QLatin1String("MD_DEVICES"))
            out.raidDevices = int(leadingInt(value));
        else if (key == QLatin1String("MD_METADATA"))
            out.metadata = value;
        else if (key == QLatin1String("MD_UUID"))
            out.uuid = value;
        else if (key == QLatin1String("MD_NAME"))
            out.name = value;
        else if (key.startsWith(QLatin1String("MD_DEVICE_"))
                 && (key.endsWith(QLatin1String("_ROLE")) || key.endsWith(QLatin1String("_DEV")))) {
            const bool isRole = key.endsWith(QLatin1String("_ROLE"));
            const QString mid = key.mid(10, key.size() - 10 - (isRole ? 5 : 4));
            if (!byKey.contains(mid))
                order.append(mid);
            MdDetailDevice &d = byKey[mid];
            if (isRole) {
                d.role = value;
                bool ok = false;
                const int slot = value.toInt(&ok);
                d.slot = ok && slot >= 0 ? slot : -1;
            } else {
                d.device = baseName(value);
            }
        }
    }
    for (const QString &mid : order) {
        MdDetailDevice d = byKey.value(mid);
        if (d.device.isEmpty()) // "dev_vdb" -> "vdb" when DEV is missing
            d.device = mid.startsWith(QLatin1String("dev_")) ? mid.mid(4) : mid;
        out.devices.append(d);
    }
    return out;
}

} // namespace ftc
