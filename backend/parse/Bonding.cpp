#include "Bonding.h"

#include "TextLines.h"

namespace ftc {

QString bondModeFromText(const QString &t)
{
    // bond_mode_name() in bond_main.c; older kernels printed the same words.
    static const QList<QPair<const char *, const char *>> names = {
        {"load balancing (round-robin)", "balance-rr"},
        {"fault-tolerance (active-backup)", "active-backup"},
        {"load balancing (xor)", "balance-xor"},
        {"fault-tolerance (broadcast)", "broadcast"},
        {"IEEE 802.3ad Dynamic link aggregation", "802.3ad"},
        {"transmit load balancing", "balance-tlb"},
        {"adaptive load balancing", "balance-alb"},
    };
    // bond_info_show_master() appends " (fail_over_mac NAME)" to an active-backup
    // bond's mode, and later kernels may append more: the mode is the driver's
    // name at the front, whatever parenthesised notes follow it.
    const QString s = t.trimmed();
    const auto startsWithName = [&s](const QString &name) {
        if (!s.startsWith(name, Qt::CaseInsensitive))
            return false;
        const QStringView rest = QStringView(s).mid(name.size()).trimmed();
        return rest.isEmpty() || rest.startsWith(QLatin1Char('('));
    };
    for (const auto &n : names)
        if (startsWithName(QLatin1String(n.first)))
            return QLatin1String(n.second);
    // A kernel that prints the option name itself.
    for (const auto &n : names)
        if (startsWithName(QLatin1String(n.second)))
            return QLatin1String(n.second);
    return {};
}

const BondingSlave *Bonding::slave(const QString &name) const
{
    for (const BondingSlave &s : slaves)
        if (s.name == name)
            return &s;
    return nullptr;
}

namespace {
QString noneToEmpty(const QString &v)
{
    return v.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0 ? QString() : v;
}
} // namespace

Bonding parseBonding(const QByteArray &text)
{
    Bonding out;
    BondingSlave *slave = nullptr;
    // 802.3ad prints nested "details actor lacp pdu:" blocks whose keys repeat
    // outer names; they are skipped rather than misread.
    bool inLacpDetails = false;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString &raw = lines[i];
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            inLacpDetails = false;
            continue;
        }
        QString key, value;
        if (!splitKeyValue(line, QLatin1Char(':'), &key, &value)) {
            if (line == QLatin1String("802.3ad info"))
                continue;
            out.errors.append({i + 1, QStringLiteral("not a 'key: value' line"), raw});
            continue;
        }
        if (key.startsWith(QLatin1String("details "))) {
            inLacpDetails = true;
            continue;
        }
        if (inLacpDetails && raw.startsWith(QLatin1Char(' ')))
            continue;
        inLacpDetails = false;
        if (key == QLatin1String("Slave Interface")) {
            out.slaves.append(BondingSlave{});
            slave = &out.slaves.last();
            slave->name = value;
            continue;
        }
        if (slave) {
            if (key == QLatin1String("MII Status"))
                slave->miiStatus = value;
            else if (key == QLatin1String("Speed"))
                slave->speedMbps = int(leadingInt(value)); // "Unknown" -> -1
            else if (key == QLatin1String("Duplex"))
                slave->duplex = value;
            else if (key == QLatin1String("Link Failure Count"))
                slave->linkFailures = int(qMax<qint64>(0, leadingInt(value, 0)));
            else if (key == QLatin1String("Permanent HW addr"))
                slave->permanentAddress = value;
            else if (key == QLatin1String("Slave queue ID"))
                slave->queueId = int(leadingInt(value));
            else if (key == QLatin1String("Aggregator ID"))
                slave->aggregatorId = int(leadingInt(value));
            else if (key == QLatin1String("Slave state") || key == QLatin1String("State"))
                slave->state = value;
            continue;
        }
        if (key == QLatin1String("Ethernet Channel Bonding Driver")) {
            out.driverVersion = value;
        } else if (key == QLatin1String("Bonding Mode")) {
            out.modeText = value;
            out.mode = bondModeFromText(value);
            if (out.mode.isEmpty())
                out.errors.append({i + 1, QStringLiteral("unknown bonding mode"), raw});
        } else if (key == QLatin1String("Primary Slave")) {
            // "eth1 (primary_reselect always)"
            const qsizetype paren = value.indexOf(QLatin1String(" ("));
            out.primary = noneToEmpty(paren < 0 ? value : value.left(paren));
            if (paren >= 0) {
                QString rest = value.mid(paren + 2);
                rest.chop(rest.endsWith(QLatin1Char(')')) ? 1 : 0);
                out.primaryReselect = rest.section(QLatin1Char(' '), -1);
            }
        } else if (key == QLatin1String("Currently Active Slave")) {
            out.activeSlave = noneToEmpty(value);
        } else if (key == QLatin1String("MII Status")) {
            out.miiStatus = value;
        } else if (key == QLatin1String("MII Polling Interval (ms)")) {
            out.miimonMs = int(leadingInt(value));
        } else if (key == QLatin1String("Up Delay (ms)")) {
            out.upDelayMs = int(leadingInt(value));
        } else if (key == QLatin1String("Down Delay (ms)")) {
            out.downDelayMs = int(leadingInt(value));
        } else if (key == QLatin1String("ARP Polling Interval (ms)")) {
            out.arpIntervalMs = int(leadingInt(value));
        } else if (key.startsWith(QLatin1String("ARP IP target"))) {
            for (const QString &t : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                out.arpTargets.append(t.trimmed());
        } else if (key == QLatin1String("Transmit Hash Policy")) {
            out.transmitHashPolicy = value.section(QLatin1Char(' '), 0, 0);
        } else if (key == QLatin1String("LACP rate")) {
            out.lacpRate = value;
        } else if (key == QLatin1String("Aggregator ID")) {
            out.activeAggregatorId = int(leadingInt(value));
        }
        // Other master keys (LACP active, System MAC address, Peer Notification
        // Delay, ...) are valid but not modelled.
    }
    return out;
}

} // namespace ftc
