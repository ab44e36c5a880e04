#include "Ethtool.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <QRegularExpression>

namespace ftc {

int ethtoolSpeedMbps(const QString &value)
{
    const QString v = value.trimmed();
    if (!v.endsWith(QLatin1String("Mb/s")))
        return -1;
    bool ok = false;
    const qint64 n = v.chopped(4).trimmed().toLongLong(&ok);
    // SPEED_UNKNOWN is (u32)-1, which ethtool prints as "Unknown!"; be safe anyway.
    return ok && n > 0 && n < 0xffffffffLL ? int(n) : -1;
}

namespace {
bool isToolError(const QString &line)
{
    return line.startsWith(QLatin1String("netlink error")) || line.startsWith(QLatin1String("Cannot "))
        || line.startsWith(QLatin1String("No data available")) || line.startsWith(QLatin1String("ethtool: "))
        || line.startsWith(QLatin1String("netlink warning"));
}

QStringList linkModes(const QString &value)
{
    if (value.isEmpty() || value == QLatin1String("Not reported"))
        return {};
    return value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

EthtoolInfo parseEthtool(const QByteArray &text)
{
    EthtoolInfo out;
    const QStringList lines = splitLines(text);
    QString lastKey;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &raw = lines[i];
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (isToolError(line)) {
            out.toolErrors.append(line);
            lastKey.clear();
            continue;
        }
        if (line.startsWith(QLatin1String("Settings for ")) && line.endsWith(QLatin1Char(':'))) {
            out.interface = line.mid(13).chopped(1);
            lastKey.clear();
            continue;
        }
        QString key, value;
        if (!splitKeyValue(line, QLatin1Char(':'), &key, &value) || key.isEmpty()) {
            // A wrapped link mode list or the message level names: continues the key above.
            if (!lastKey.isEmpty() && raw.front().isSpace()) {
                QString &v = out.values[lastKey];
                v = v.isEmpty() ? line : v + QLatin1Char(' ') + line;
                continue;
            }
            out.errors.append({i + 1, Readings::tr("not an ethtool 'Key: value' line"), raw});
            continue;
        }
        out.values.insert(key, value);
        lastKey = key;
    }

    const auto get = [&out](const char *k) { return out.values.value(QLatin1String(k)); };
    const auto has = [&out](const char *k) { return out.values.contains(QLatin1String(k)); };
    out.speedMbps = ethtoolSpeedMbps(get("Speed"));
    out.duplex = get("Duplex");
    out.autoNegotiation = get("Auto-negotiation");
    out.port = get("Port");
    if (has("PHYAD"))
        out.phyAddress = int(leadingInt(get("PHYAD")));
    out.transceiver = get("Transceiver");
    out.mdix = get("MDI-X");
    if (has("Lanes"))
        out.lanes = int(leadingInt(get("Lanes")));
    if (has("Link detected")) {
        const QString l = get("Link detected");
        out.linkDetected = l == QLatin1String("yes") ? 1 : l == QLatin1String("no") ? 0 : -1;
    }
    {
        QString p = get("Supported ports");
        p.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        out.supportedPorts = p.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    out.supportedLinkModes = linkModes(get("Supported link modes"));
    out.advertisedLinkModes = linkModes(get("Advertised link modes"));
    out.partnerAdvertisedLinkModes = linkModes(get("Link partner advertised link modes"));
    out.supportsAutoNegotiation = get("Supports auto-negotiation");
    out.advertisedAutoNegotiation = get("Advertised auto-negotiation");
    out.supportsWakeOn = get("Supports Wake-on");
    out.wakeOn = get("Wake-on");
    if (has("Current message level")) {
        // "0x00000007 (7) drv probe link" once the continuation line is joined
        static const QRegularExpression re(QStringLiteral("^0x([0-9a-fA-F]+)\\s*(?:\\((\\d+)\\))?\\s*(.*)$"));
        const QRegularExpressionMatch m = re.match(get("Current message level"));
        if (m.hasMatch()) {
            bool ok = false;
            const qint64 v = m.captured(1).toLongLong(&ok, 16);
            out.messageLevel = ok ? v : -1;
            out.messageFlags = m.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    return out;
}

} // namespace ftc
