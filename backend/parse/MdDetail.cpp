#include "MdDetail.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <cctype>

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

QMap<QString, MdDetail> parseMdDetailReport(const QByteArray &text)
{
    QMap<QString, MdDetail> out;
    MdDetail *cur = nullptr;
    bool table = false;
    int number = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(rawLine).trimmed();
        // "/dev/md0:" opens an array; /dev/md/NAME is the named form.
        if (!rawLine.startsWith(' ') && line.startsWith(QLatin1String("/dev/")) && line.endsWith(QLatin1Char(':'))) {
            QString name = line.mid(5, line.size() - 6);
            if (name.startsWith(QLatin1String("md/")))
                name = name.mid(3);
            cur = &out[name];
            table = false;
            continue;
        }
        if (!cur || line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("Number")) && line.contains(QLatin1String("RaidDevice"))) {
            table = true;
            continue;
        }
        if (table) {
            // Number Major Minor RaidDevice State... [/dev/X]; "-" where there is none.
            const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (f.size() < 5)
                continue;
            const QString last = f.last();
            if (!last.startsWith(QLatin1String("/dev/")))
                continue;      // "removed": a slot with no device
            MdDetailDevice d;
            d.device = baseName(last);
            bool ok = false;
            const int slot = f[3].toInt(&ok);
            if (ok && slot >= 0) {
                d.role = f[3];
                d.slot = slot;
            } else {
                const QString state = f.mid(4, f.size() - 5).join(QLatin1Char(' '));
                d.role = state.contains(QLatin1String("faulty")) ? QStringLiteral("faulty")
                         : state.contains(QLatin1String("journal")) ? QStringLiteral("journal")
                                                                     : QStringLiteral("spare");
            }
            cur->devices.append(d);
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1String(" : "));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 3).trimmed();
        cur->values.insert(key, value);
        if (key == QLatin1String("Raid Level"))
            cur->level = value;
        else if (key == QLatin1String("Raid Devices"))
            cur->raidDevices = int(leadingInt(value));
        else if (key == QLatin1String("Version"))
            cur->metadata = value;
        else if (key == QLatin1String("UUID"))
            cur->uuid = value;
        else if (key == QLatin1String("Name"))
            cur->name = value.section(QLatin1Char(' '), 0, 0);    // "lab:0  (local to host lab)"
    }
    return out;
}

QByteArray mdDetailExportText(const MdDetail &d)
{
    QByteArray out;
    const auto line = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out += QByteArray(key) + '=' + value.toUtf8() + '\n';
    };
    line("MD_LEVEL", d.level);
    line("MD_DEVICES", d.raidDevices >= 0 ? QString::number(d.raidDevices) : QString());
    line("MD_METADATA", d.metadata);
    line("MD_UUID", d.uuid);
    line("MD_NAME", d.name);
    for (const MdDetailDevice &dev : d.devices) {
        // mdadm's key: the device path with every non-alphanumeric as '_'.
        QByteArray mangled = "dev_" + dev.device.toUtf8();
        for (char &c : mangled)
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        out += "MD_DEVICE_" + mangled + "_ROLE=" + dev.role.toUtf8() + '\n';
        out += "MD_DEVICE_" + mangled + "_DEV=/dev/" + dev.device.toUtf8() + '\n';
    }
    return out;
}

} // namespace ftc
