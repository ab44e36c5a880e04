#include "MdSysfs.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <QRegularExpression>

namespace ftc {

const MdSysfsDevice *MdSysfs::device(const QString &name) const
{
    for (const MdSysfsDevice &d : devices)
        if (d.device == name)
            return &d;
    return nullptr;
}

namespace {
// The attribute path relative to the md directory: "/sys/block/md0/md/dev-vdb/state"
// -> "dev-vdb/state"; a bare "sync_action" stays as it is.
QString relativeKey(const QString &path)
{
    const qsizetype at = path.lastIndexOf(QLatin1String("/md/"));
    if (at >= 0)
        return path.mid(at + 4);
    return path;
}

MdSysfsDevice &deviceEntry(MdSysfs *out, const QString &name)
{
    for (MdSysfsDevice &d : out->devices)
        if (d.device == name)
            return d;
    out->devices.append(MdSysfsDevice{});
    out->devices.last().device = name;
    return out->devices.last();
}

qint64 number(const QString &v)
{
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? n : -1;
}
} // namespace

MdSysfs parseMdSysfs(const QByteArray &text)
{
    MdSysfs out;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        // grep's own complaints when they land in the same stream
        if (line.startsWith(QLatin1String("grep:")))
            continue;
        QString path, value;
        if (!splitKeyValue(line, QLatin1Char(':'), &path, &value) || path.isEmpty()) {
            out.errors.append({i + 1, Readings::tr("not a path:value line"), line});
            continue;
        }
        const QString key = relativeKey(path);
        if (key.startsWith(QLatin1String("dev-"))) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            if (slash < 0)
                continue;
            MdSysfsDevice &d = deviceEntry(&out, key.mid(4, slash - 4));
            const QString attr = key.mid(slash + 1);
            if (attr == QLatin1String("state")) {
                d.states = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (QString &s : d.states)
                    s = s.trimmed();
            } else if (attr == QLatin1String("slot")) {
                d.hasSlot = true;
                d.slot = int(number(value));
            }
            continue;
        }
        // Multi-line files repeat the key; the first line is what matters here.
        if (out.attributes.contains(key))
            continue;
        out.attributes.insert(key, value);
        if (key == QLatin1String("sync_action")) {
            out.syncAction = value;
        } else if (key == QLatin1String("sync_completed")) {
            static const QRegularExpression pair(QStringLiteral(R"(^(\d+)\s*/\s*(\d+)$)"));
            if (const auto m = pair.match(value); m.hasMatch()) {
                out.syncDoneSectors = m.captured(1).toLongLong();
                out.syncTotalSectors = m.captured(2).toLongLong();
            } else {
                out.syncCompletedWord = value;
            }
        } else if (key == QLatin1String("sync_speed")) {
            out.syncSpeedKiBs = number(value);
        } else if (key == QLatin1String("sync_speed_min")) {
            out.syncSpeedMin = leadingInt(value); // "1000 (system)"
        } else if (key == QLatin1String("sync_speed_max")) {
            out.syncSpeedMax = leadingInt(value);
        } else if (key == QLatin1String("array_state")) {
            out.arrayState = value;
        } else if (key == QLatin1String("degraded")) {
            out.degraded = int(number(value));
        } else if (key == QLatin1String("level")) {
            out.level = value;
        } else if (key == QLatin1String("raid_disks")) {
            out.raidDisks = int(leadingInt(value)); // "4 (3)" while reshaping
        } else if (key == QLatin1String("metadata_version")) {
            out.metadataVersion = value;
        }
    }
    return out;
}

} // namespace ftc
