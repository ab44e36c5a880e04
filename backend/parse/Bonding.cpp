#include "Bonding.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <QRegularExpression>

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

int toInt(const QString &v)
{
    return int(leadingInt(v, -1));
}

// "Speed: %d Mbps" / "Speed: Unknown" (4.x+). Older kernels printed SPEED_UNKNOWN
// through %d as -1, or 65535 when it was a u16, and 0 for a link that never came up.
int speedMbps(const QString &v)
{
    const qint64 n = leadingInt(v, -1);
    if (n <= 0 || n == 0xffff || n == 0xffffffffLL)
        return -1;
    return int(n);
}

QStringList targetList(const QString &v)
{
    QStringList out;
    for (const QString &t : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            out.append(t.trimmed());
    return out;
}

bool setPduField(BondingLacpPdu *p, const QString &key, const QString &value)
{
    if (key == QLatin1String("system priority"))
        p->systemPriority = toInt(value);
    else if (key == QLatin1String("system mac address"))
        p->systemMac = value;
    else if (key == QLatin1String("port key") || key == QLatin1String("oper key"))
        p->portKey = toInt(value);
    else if (key == QLatin1String("port priority"))
        p->portPriority = toInt(value);
    else if (key == QLatin1String("port number"))
        p->portNumber = toInt(value);
    else if (key == QLatin1String("port state"))
        p->portState = toInt(value);
    else
        return false;
    return true;
}
} // namespace

Bonding parseBonding(const QByteArray &text)
{
    Bonding out;
    BondingSlave *slave = nullptr;
    // 802.3ad prints "details actor lacp pdu:" / "details partner lacp pdu:"
    // blocks whose four-space indented keys belong to the slave's pdu.
    BondingLacpPdu *pdu = nullptr;
    QString pduPrefix;
    static const QRegularExpression noAggregator(QStringLiteral("^bond \\S+ has no active aggregator$"));
    static const QRegularExpression failOverMac(QStringLiteral("\\(fail_over_mac (\\S+)\\)"));
    static const QRegularExpression policyId(QStringLiteral("\\((\\d+)\\)"));
    const QStringList lines = splitLines(text);
    const bool cutMidLine = !text.isEmpty() && !text.endsWith('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString &raw = lines[i];
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            pdu = nullptr;
            continue;
        }
        const bool indented = raw.front().isSpace();
        if (!indented)
            pdu = nullptr;
        QString key, value;
        if (line.startsWith(QLatin1String("NS IPv6 target/s"))) {
            // "NS IPv6 target/s (xx::xx form): fe80::1, 2001:db8::1": the key itself has colons.
            const qsizetype end = line.indexOf(QLatin1String("):"));
            if (end >= 0) {
                out.nsTargets = targetList(line.mid(end + 2));
                continue;
            }
        }
        if (!splitKeyValue(line, QLatin1Char(':'), &key, &value)) {
            if (line == QLatin1String("802.3ad info"))
                continue;
            if (noAggregator.match(line).hasMatch()) {
                out.noActiveAggregator = true;
                continue;
            }
            if (cutMidLine && i == lines.size() - 1) {
                out.truncated = true;
                continue;
            }
            out.errors.append({i + 1, Readings::tr("not a 'key: value' line"), raw});
            continue;
        }
        if (key.startsWith(QLatin1String("details "))) {
            // "details actor lacp pdu" / "details partner lacp pdu"
            const QString what = key.mid(8);
            pduPrefix = what + QLatin1Char('/');
            if (slave && what == QLatin1String("actor lacp pdu"))
                pdu = &slave->actorPdu;
            else if (slave && what == QLatin1String("partner lacp pdu"))
                pdu = &slave->partnerPdu;
            else
                pdu = nullptr;
            if (pdu)
                pdu->present = true;
            else
                (slave ? slave->extra : out.extra).insert(key, value);
            continue;
        }
        if (indented && pdu) {
            if (!setPduField(pdu, key, value))
                slave->extra.insert(pduPrefix + key, value);
            continue;
        }
        if (key == QLatin1String("Slave Interface")) {
            out.slaves.append(BondingSlave{});
            slave = &out.slaves.last();
            slave->name = value;
            pduPrefix.clear();
            continue;
        }
        if (slave) {
            if (key == QLatin1String("MII Status"))
                slave->miiStatus = value;
            else if (key == QLatin1String("Speed"))
                slave->speedMbps = speedMbps(value);
            else if (key == QLatin1String("Duplex"))
                slave->duplex = value;
            else if (key == QLatin1String("Link Failure Count"))
                slave->linkFailures = int(qMax<qint64>(0, leadingInt(value, 0)));
            else if (key == QLatin1String("Permanent HW addr"))
                slave->permanentAddress = value;
            else if (key == QLatin1String("Slave queue ID"))
                slave->queueId = toInt(value);
            else if (key == QLatin1String("Aggregator ID"))
                slave->aggregatorId = toInt(value); // "N/A" -> -1
            else if (key == QLatin1String("Actor Churn State"))
                slave->actorChurnState = value;
            else if (key == QLatin1String("Partner Churn State"))
                slave->partnerChurnState = value;
            else if (key == QLatin1String("Actor Churned Count"))
                slave->actorChurnedCount = toInt(value);
            else if (key == QLatin1String("Partner Churned Count"))
                slave->partnerChurnedCount = toInt(value);
            else if (key == QLatin1String("Slave state") || key == QLatin1String("State"))
                slave->state = value;
            else
                slave->extra.insert(key, value);
            continue;
        }
        if (key == QLatin1String("Ethernet Channel Bonding Driver")) {
            out.driverVersion = value;
        } else if (key == QLatin1String("Bonding Mode")) {
            out.modeText = value;
            out.mode = bondModeFromText(value);
            if (out.mode.isEmpty())
                out.errors.append({i + 1, Readings::tr("unknown bonding mode"), raw});
            const QRegularExpressionMatch m = failOverMac.match(value);
            if (m.hasMatch())
                out.failOverMac = m.captured(1);
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
            out.miimonMs = toInt(value);
        } else if (key == QLatin1String("Up Delay (ms)")) {
            out.upDelayMs = toInt(value);
        } else if (key == QLatin1String("Down Delay (ms)")) {
            out.downDelayMs = toInt(value);
        } else if (key == QLatin1String("Peer Notification Delay (ms)")) {
            out.peerNotifyDelayMs = toInt(value);
        } else if (key == QLatin1String("ARP Polling Interval (ms)")) {
            out.arpIntervalMs = toInt(value);
        } else if (key == QLatin1String("ARP Missed Max")) {
            out.arpMissedMax = toInt(value);
        } else if (key.startsWith(QLatin1String("ARP IP target"))) {
            out.arpTargets = targetList(value);
        } else if (key == QLatin1String("Transmit Hash Policy")) {
            // "layer3+4 (1)"
            out.transmitHashPolicy = value.section(QLatin1Char(' '), 0, 0);
            const QRegularExpressionMatch m = policyId.match(value);
            if (m.hasMatch())
                out.transmitHashPolicyId = m.captured(1).toInt();
        } else if (key == QLatin1String("LACP active")) {
            out.lacpActive = value;
        } else if (key == QLatin1String("LACP rate")) {
            out.lacpRate = value;
        } else if (key == QLatin1String("Min links")) {
            out.minLinks = toInt(value);
        } else if (key == QLatin1String("Aggregator selection policy (ad_select)")) {
            out.adSelect = value;
        } else if (key == QLatin1String("System priority")) {
            out.systemPriority = toInt(value);
        } else if (key == QLatin1String("System MAC address")) {
            out.systemMac = value;
        } else if (key == QLatin1String("Active Aggregator Info")) {
            // header of the tab-indented lines below
        } else if (key == QLatin1String("Aggregator ID")) {
            out.activeAggregator.id = toInt(value);
            out.activeAggregatorId = out.activeAggregator.id;
        } else if (key == QLatin1String("Number of ports")) {
            out.activeAggregator.ports = toInt(value);
        } else if (key == QLatin1String("Actor Key")) {
            out.activeAggregator.actorKey = toInt(value);
        } else if (key == QLatin1String("Partner Key")) {
            out.activeAggregator.partnerKey = toInt(value);
        } else if (key == QLatin1String("Partner Mac Address")) {
            out.activeAggregator.partnerMac = value;
        } else {
            out.extra.insert(key, value);
        }
    }
    return out;
}

} // namespace ftc
