// Network as iproute2 6.1 and the bonding driver show it: `ip -d -j link show`
// (one line of compact JSON, keys in ip's order), /proc/net/bonding/bondN,
// `ls -l /sys/class/net`, an adapter's sysfs files and bonding_masters, and the
// `ip link` changes a teaming wizard makes.

#include "SimCommands.h"

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }
QByteArray q(const QString &s) { return '"' + b(s) + '"'; }

bool slaveUp(const SimNic &n) { return n.adminUp && n.carrier; }

bool hasActiveSlave(const QString &mode)
{
    return mode == QLatin1String("active-backup") || mode == QLatin1String("balance-alb")
        || mode == QLatin1String("balance-tlb");
}

bool bondUp(const SimState &s, const SimBond &bd)
{
    for (const QString &sl : bd.slaves)
        for (const SimNic &n : s.nics)
            if (n.name == sl && slaveUp(n))
                return true;
    return false;
}

QByteArray tail(bool details, int txq, int rxq, int tsoMax)
{
    if (!details)
        return {};
    return ",\"inet6_addr_gen_mode\":\"eui64\",\"num_tx_queues\":" + QByteArray::number(txq)
        + ",\"num_rx_queues\":" + QByteArray::number(rxq)
        + ",\"gso_max_size\":65536,\"gso_max_segs\":65535,\"tso_max_size\":" + QByteArray::number(tsoMax)
        + ",\"tso_max_segs\":65535,\"gro_max_size\":65536";
}

QByteArray loJson(bool details)
{
    QByteArray o = "{\"ifindex\":1,\"ifname\":\"lo\",\"flags\":[\"LOOPBACK\",\"UP\",\"LOWER_UP\"],\"mtu\":65536,"
                   "\"qdisc\":\"noqueue\",\"operstate\":\"UNKNOWN\",\"linkmode\":\"DEFAULT\",\"group\":\"default\","
                   "\"txqlen\":1000,\"link_type\":\"loopback\",\"address\":\"00:00:00:00:00:00\","
                   "\"broadcast\":\"00:00:00:00:00:00\"";
    if (details)
        o += ",\"promiscuity\":0,\"allmulti\":0,\"min_mtu\":0,\"max_mtu\":0";
    o += tail(details, 1, 1, 524280);
    return o + "}";
}

QByteArray nicJson(const SimState &s, const SimNic &n, bool details)
{
    const SimBond *bd = n.master.isEmpty() ? nullptr : s.bond(n.master);
    QList<QByteArray> flags;
    if (n.adminUp && !n.carrier)
        flags << "\"NO-CARRIER\"";
    flags << "\"BROADCAST\"" << "\"MULTICAST\"";
    if (bd)
        flags << "\"SLAVE\"";
    if (n.adminUp)
        flags << "\"UP\"";
    if (slaveUp(n))
        flags << "\"LOWER_UP\"";
    QByteArray o = "{\"ifindex\":" + QByteArray::number(n.ifindex) + ",\"ifname\":" + q(n.name)
        + ",\"flags\":[" + flags.join(',') + "],\"mtu\":1500,\"qdisc\":\"mq\"";
    if (bd)
        o += ",\"master\":" + q(bd->name);
    o += ",\"operstate\":" + QByteArray(slaveUp(n) ? "\"UP\"" : "\"DOWN\"")
        + ",\"linkmode\":\"DEFAULT\",\"group\":\"default\",\"txqlen\":1000,\"link_type\":\"ether\",\"address\":"
        + q(bd && !bd->mac.isEmpty() ? bd->mac : n.mac) + ",\"broadcast\":\"ff:ff:ff:ff:ff:ff\"";
    if (bd)
        o += ",\"permaddr\":" + q(n.mac);
    if (details) {
        o += ",\"promiscuity\":0,\"allmulti\":0,\"min_mtu\":68,\"max_mtu\":9216";
        if (bd) {
            const bool active = !hasActiveSlave(bd->mode) || bd->active == n.name;
            o += ",\"linkinfo\":{\"info_slave_kind\":\"bond\",\"info_slave_data\":{\"state\":"
                + QByteArray(active ? "\"ACTIVE\"" : "\"BACKUP\"") + ",\"mii_status\":"
                + QByteArray(slaveUp(n) ? "\"UP\"" : "\"DOWN\"") + ",\"link_failure_count\":"
                + QByteArray::number(n.linkFailures) + ",\"perm_hwaddr\":" + q(n.mac)
                + ",\"queue_id\":0,\"prio\":0}}";
        }
        o += tail(true, 4, 4, 65536);
        o += ",\"parentbus\":\"pci\",\"parentdev\":" + q(n.pciDev);
    }
    o += ",\"altnames\":[" + q(n.altname) + "]";
    return o + "}";
}

QByteArray bondJson(const SimState &s, const SimBond &bd, bool details)
{
    const bool carrier = bondUp(s, bd);
    QList<QByteArray> flags;
    if (bd.adminUp && !carrier)
        flags << "\"NO-CARRIER\"";
    flags << "\"BROADCAST\"" << "\"MULTICAST\"" << "\"MASTER\"";
    if (bd.adminUp)
        flags << "\"UP\"";
    if (bd.adminUp && carrier)
        flags << "\"LOWER_UP\"";
    QByteArray o = "{\"ifindex\":" + QByteArray::number(bd.ifindex) + ",\"ifname\":" + q(bd.name)
        + ",\"flags\":[" + flags.join(',') + "],\"mtu\":1500,\"qdisc\":\"noqueue\",\"operstate\":"
        + QByteArray(bd.adminUp && carrier ? "\"UP\"" : "\"DOWN\"")
        + ",\"linkmode\":\"DEFAULT\",\"group\":\"default\",\"txqlen\":1000,\"link_type\":\"ether\",\"address\":"
        + q(bd.mac) + ",\"broadcast\":\"ff:ff:ff:ff:ff:ff\"";
    if (details) {
        const bool lacp = bd.mode == QLatin1String("802.3ad");
        o += ",\"promiscuity\":0,\"allmulti\":0,\"min_mtu\":68,\"max_mtu\":65535";
        o += ",\"linkinfo\":{\"info_kind\":\"bond\",\"info_data\":{\"mode\":" + q(bd.mode);
        if (hasActiveSlave(bd.mode) && !bd.active.isEmpty())
            o += ",\"active_slave\":" + q(bd.active);
        o += ",\"miimon\":" + QByteArray::number(bd.miimon)
            + ",\"updelay\":0,\"downdelay\":0,\"peer_notify_delay\":0,\"use_carrier\":1,\"arp_interval\":0,"
              "\"arp_missed_max\":2,\"arp_validate\":null,\"arp_all_targets\":\"any\"";
        if (!bd.primary.isEmpty())
            o += ",\"primary\":" + q(bd.primary);
        o += ",\"primary_reselect\":\"always\",\"fail_over_mac\":\"none\",\"xmit_hash_policy\":"
            + QByteArray(lacp ? "\"layer3+4\"" : "\"layer2\"")
            + ",\"resend_igmp\":1,\"num_peer_notif\":1,\"all_slaves_active\":0,\"min_links\":0,"
              "\"lp_interval\":1,\"packets_per_slave\":1,\"ad_lacp_active\":\"on\",\"ad_lacp_rate\":"
            + QByteArray(lacp ? "\"fast\"" : "\"slow\"") + ",\"ad_select\":\"stable\"";
        if (lacp)
            o += ",\"ad_info\":{\"aggregator\":1,\"num_ports\":1,\"actor_key\":0,\"partner_key\":1,"
                 "\"partner_mac\":\"00:00:00:00:00:00\"},\"ad_actor_sys_prio\":65535,\"ad_user_port_key\":0,"
                 "\"ad_actor_system\":\"00:00:00:00:00:00\"";
        o += ",\"tlb_dynamic_lb\":1}}";
        o += tail(true, 16, 16, 65536);
    }
    return o + "}";
}

QByteArray linkJson(const SimState &s, bool details, const QString &only)
{
    QList<QPair<int, QByteArray>> links;
    if (only.isEmpty() || only == QLatin1String("lo"))
        links.append({1, loJson(details)});
    for (const SimNic &n : s.nics)
        if (only.isEmpty() || only == n.name)
            links.append({n.ifindex, nicJson(s, n, details)});
    for (const SimBond &bd : s.bonds)
        if (only.isEmpty() || only == bd.name)
            links.append({bd.ifindex, bondJson(s, bd, details)});
    std::sort(links.begin(), links.end(),
              [](const auto &x, const auto &y) { return x.first < y.first; });
    QList<QByteArray> parts;
    for (const auto &l : links)
        parts.append(l.second);
    return "[" + parts.join(',') + "]\n";
}

QByteArray linkBrief(const SimState &s)
{
    QByteArray out = "lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \n";
    for (const SimNic &n : s.nics) {
        QByteArray flags = n.adminUp && !n.carrier ? "NO-CARRIER,BROADCAST,MULTICAST" : "BROADCAST,MULTICAST";
        if (!n.master.isEmpty())
            flags += ",SLAVE";
        if (n.adminUp)
            flags += ",UP";
        if (slaveUp(n))
            flags += ",LOWER_UP";
        out += b(n.name.leftJustified(16)) + ' ' + QByteArray(slaveUp(n) ? "UP" : "DOWN").leftJustified(14)
            + ' ' + b(n.mac) + " <" + flags + "> \n";
    }
    for (const SimBond &bd : s.bonds) {
        const bool up = bd.adminUp && bondUp(s, bd);
        out += b(bd.name.leftJustified(16)) + ' ' + QByteArray(up ? "UP" : "DOWN").leftJustified(14) + ' '
            + b(bd.mac) + " <BROADCAST,MULTICAST,MASTER" + (bd.adminUp ? ",UP" : "") + (up ? ",LOWER_UP" : "")
            + "> \n";
    }
    return out;
}

QByteArray noDevice(const QString &dev) { return "Cannot find device \"" + b(dev) + "\"\n"; }

bool validMode(const QString &m)
{
    static const QStringList modes{"balance-rr", "active-backup", "balance-xor", "broadcast",
                                   "802.3ad", "balance-tlb", "balance-alb"};
    return modes.contains(m);
}

QString modeName(const QString &m)
{
    static const QStringList byNumber{"balance-rr", "active-backup", "balance-xor", "broadcast",
                                      "802.3ad", "balance-tlb", "balance-alb"};
    bool num = false;
    const int n = m.toInt(&num);
    return num && n >= 0 && n < byNumber.size() ? byNumber[n] : m;
}

// `type bond mode M miimon N primary P` options, shared by add and set.
CommandResult applyBondOptions(SimState &s, SimBond &bd, const Argv &opts)
{
    for (qsizetype i = 0; i < opts.size(); ++i) {
        const QByteArray &k = opts[i];
        const QString v = QString::fromUtf8(opts.value(i + 1));
        if (k == "mode") {
            const QString m = modeName(v);
            if (!validMode(m))
                return fail(255, "Error: invalid mode \"" + b(v) + "\"\n");
            if (!bd.slaves.isEmpty() && m != bd.mode)
                return fail(2, "Error: unable to set option because the bond device has slaves.\n");
            bd.mode = m;
            ++i;
        } else if (k == "miimon") {
            bool good = false;
            bd.miimon = v.toInt(&good);
            if (!good)
                return fail(255, "Error: argument \"" + b(v) + "\" is wrong: invalid miimon\n");
            ++i;
        } else if (k == "primary") {
            if (!s.nic(v))
                return fail(1, noDevice(v));
            bd.primary = v;
            ++i;
        } else if (k == "updelay" || k == "downdelay" || k == "arp_interval" || k == "xmit_hash_policy"
                   || k == "lacp_rate" || k == "fail_over_mac" || k == "primary_reselect"
                   || k == "arp_ip_target" || k == "arp_validate" || k == "ad_select" || k == "min_links") {
            ++i;
        } else {
            return fail(255, "Error: argument \"" + k + "\" is wrong: unknown bond option\n");
        }
    }
    refreshBonds(s);
    return ok();
}

CommandResult ipLinkSet(SimState &s, const Argv &args)
{
    qsizetype i = 0;
    if (args.value(i) == "dev")
        ++i;
    const QString dev = QString::fromUtf8(args.value(i++));
    SimNic *n = s.nic(dev);
    SimBond *bd = s.bond(dev);
    if (!n && !bd)
        return fail(1, noDevice(dev));
    while (i < args.size()) {
        const QByteArray &k = args[i++];
        if (k == "up" || k == "down") {
            if (n)
                n->adminUp = k == "up";
            else
                bd->adminUp = k == "up";
        } else if (k == "master") {
            const QString m = QString::fromUtf8(args.value(i++));
            SimBond *target = s.bond(m);
            if (!target)
                return fail(1, noDevice(m));
            if (!n)
                return fail(2, "Error: Device can not be enslaved while up.\n");
            if (n->master == m)
                continue;
            if (!n->master.isEmpty())
                return fail(2, "Error: Device is already a slave.\n");
            if (n->adminUp)
                return fail(2, "Error: Device can not be enslaved while up.\n");
            n->master = m;
            n->adminUp = true; // the bond opens its slave
            target->slaves.append(n->name);
            if (target->slaves.size() == 1)
                target->mac = n->mac;
        } else if (k == "nomaster") {
            if (n && !n->master.isEmpty()) {
                if (SimBond *old = s.bond(n->master)) {
                    old->slaves.removeAll(n->name);
                    if (old->active == n->name)
                        old->active.clear();
                }
                n->master.clear();
            }
        } else if (k == "type") {
            if (!bd || args.value(i) != "bond")
                return fail(255, "Error: argument of \"type\" is wrong.\n");
            CommandResult r = applyBondOptions(s, *bd, args.mid(i + 1));
            if (r.exitCode != 0)
                return r;
            i = args.size();
        } else if (k == "mtu" || k == "address" || k == "name" || k == "alias") {
            ++i;
        } else {
            return fail(255, "Error: either \"dev\" is duplicate, or \"" + k + "\" is a garbage.\n");
        }
    }
    refreshBonds(s);
    return ok();
}

} // namespace

void refreshBonds(SimState &s)
{
    for (SimBond &bd : s.bonds) {
        if (!hasActiveSlave(bd.mode)) {
            bd.active.clear();
            continue;
        }
        const auto up = [&](const QString &name) {
            SimNic *n = s.nic(name);
            return n && slaveUp(*n) && n->master == bd.name;
        };
        if (!bd.primary.isEmpty() && up(bd.primary)) {
            bd.active = bd.primary;
            continue;
        }
        if (!bd.active.isEmpty() && up(bd.active))
            continue;
        bd.active.clear();
        for (const QString &sl : bd.slaves)
            if (up(sl)) {
                bd.active = sl;
                break;
            }
    }
}

CommandResult ip(SimState &s, const Argv &argv)
{
    bool details = false, json = false, brief = false;
    qsizetype i = 1;
    for (; i < argv.size() && argv[i].startsWith('-'); ++i) {
        const QByteArray &a = argv[i];
        if (a == "-d" || a == "-details" || a == "--details")
            details = true;
        else if (a == "-j" || a == "-json" || a == "--json")
            json = true;
        else if (a == "-br" || a == "-brief" || a == "--brief")
            brief = true;
        else if (a == "-dj" || a == "-jd")
            details = json = true;
        else if (a == "-p" || a == "-pretty")
            continue;
        else
            return fail(255, "Option \"" + a + "\" is unknown, try \"ip -help\".\n");
    }
    const QByteArray obj = argv.value(i++);
    if (obj != "link" && obj != "l")
        return fail(255, "Object \"" + obj + "\" is unknown, try \"ip help\".\n");
    const QByteArray verb = argv.value(i++);
    const Argv rest = argv.mid(i);
    if (verb.isEmpty() || verb == "show" || verb == "list" || verb == "ls") {
        QString only;
        for (qsizetype k = 0; k < rest.size(); ++k)
            if (rest[k] != "dev")
                only = QString::fromUtf8(rest[k]);
        if (!only.isEmpty() && only != QLatin1String("lo") && !s.nic(only) && !s.bond(only))
            return fail(1, "Device \"" + b(only) + "\" does not exist.\n");
        if (brief && !json)
            return ok(linkBrief(s));
        if (!json)
            return fail(1, "ip: the simulated host prints links with -j only\n");
        return ok(linkJson(s, details, only));
    }
    if (verb == "set")
        return ipLinkSet(s, rest);
    if (verb == "add") {
        qsizetype k = 0;
        if (rest.value(k) == "name" || rest.value(k) == "dev")
            ++k;
        const QString name = QString::fromUtf8(rest.value(k++));
        if (rest.value(k) != "type" || rest.value(k + 1) != "bond")
            return fail(2, "Error: the simulated host only creates bonds.\n");
        if (name.isEmpty() || s.nic(name) || s.bond(name) || name == QLatin1String("lo"))
            return fail(2, "RTNETLINK answers: File exists\n");
        SimBond bd;
        bd.name = name;
        int idx = 6;
        for (const SimNic &n : s.nics)
            idx = qMax(idx, n.ifindex + 1);
        for (const SimBond &o : s.bonds)
            idx = qMax(idx, o.ifindex + 1);
        bd.ifindex = idx;
        bd.adminUp = false;
        bd.mode = QStringLiteral("balance-rr");
        bd.mac = QStringLiteral("0e:%1:7c:4a:%2:01").arg(idx, 2, 16, QLatin1Char('0')).arg(idx * 7 % 256, 2, 16,
                                                                                              QLatin1Char('0'));
        s.bonds.append(bd);
        CommandResult r = applyBondOptions(s, s.bonds.last(), rest.mid(k + 2));
        if (r.exitCode != 0)
            s.bonds.removeLast();
        return r;
    }
    if (verb == "del" || verb == "delete") {
        qsizetype k = 0;
        if (rest.value(k) == "dev")
            ++k;
        const QString name = QString::fromUtf8(rest.value(k));
        SimBond *bd = s.bond(name);
        if (!bd)
            return s.nic(name) ? fail(2, "RTNETLINK answers: Operation not supported\n") : fail(1, noDevice(name));
        for (SimNic &n : s.nics)
            if (n.master == name)
                n.master.clear();
        s.bonds.removeIf([&](const SimBond &x) { return x.name == name; });
        return ok();
    }
    return fail(255, "Command \"" + verb + "\" is unknown, try \"ip link help\".\n");
}

QByteArray procBonding(const SimState &s, const SimBond &bd)
{
    static const QMap<QString, QByteArray> names{
        {"balance-rr", "load balancing (round-robin)"},
        {"active-backup", "fault-tolerance (active-backup)"},
        {"balance-xor", "load balancing (xor)"},
        {"broadcast", "fault-tolerance (broadcast)"},
        {"802.3ad", "IEEE 802.3ad Dynamic link aggregation"},
        {"balance-tlb", "transmit load balancing"},
        {"balance-alb", "adaptive load balancing"}};
    const bool lacp = bd.mode == QLatin1String("802.3ad");
    QByteArray out = "Ethernet Channel Bonding Driver: v6.1.0-50-amd64\n\nBonding Mode: "
        + names.value(bd.mode, "load balancing (round-robin)") + "\n";
    if (bd.mode == QLatin1String("balance-xor"))
        out += "Transmit Hash Policy: layer2 (0)\n";
    if (lacp)
        out += "Transmit Hash Policy: layer3+4 (1)\n";
    if (hasActiveSlave(bd.mode)) {
        out += "Primary Slave: " + (bd.primary.isEmpty() ? QByteArray("None") : b(bd.primary)) + "\n";
        out += "Currently Active Slave: " + (bd.active.isEmpty() ? QByteArray("None") : b(bd.active)) + "\n";
    }
    out += "MII Status: " + QByteArray(bd.adminUp && bondUp(s, bd) ? "up" : "down") + "\n";
    out += "MII Polling Interval (ms): " + QByteArray::number(bd.miimon)
        + "\nUp Delay (ms): 0\nDown Delay (ms): 0\nPeer Notification Delay (ms): 0\n";
    if (lacp)
        out += "\n802.3ad info\nLACP active: on\nLACP rate: fast\nMin links: 0\n"
               "Aggregator selection policy (ad_select): stable\nSystem priority: 65535\n"
               "System MAC address: " + b(bd.mac) + "\nActive Aggregator Info:\n\tAggregator ID: 1\n"
               "\tNumber of ports: 1\n\tActor Key: 9\n\tPartner Key: 1\n\tPartner Mac Address: 00:00:00:00:00:00\n";
    int port = 1;
    for (const QString &sl : bd.slaves) {
        const SimNic *n = nullptr;
        for (const SimNic &x : s.nics)
            if (x.name == sl)
                n = &x;
        if (!n)
            continue;
        const bool up = slaveUp(*n);
        out += "\nSlave Interface: " + b(n->name) + "\nMII Status: " + (up ? "up" : "down") + "\nSpeed: "
            + (up ? QByteArray::number(n->speedMbps) + " Mbps" : QByteArray("Unknown")) + "\nDuplex: "
            + (up ? "full" : "Unknown") + "\nLink Failure Count: " + QByteArray::number(n->linkFailures)
            + "\nPermanent HW addr: " + b(n->mac) + "\nSlave queue ID: 0\n";
        if (lacp)
            out += "Aggregator ID: " + QByteArray::number(port) + "\nActor Churn State: monitoring\n"
                   "Partner Churn State: monitoring\nActor Churned Count: 0\nPartner Churned Count: 0\n";
        ++port;
    }
    return out;
}

bool nicLinkFile(const SimNic &n, const QByteArray &attr, QByteArray *content)
{
    if (attr == "device/uevent") {
        // dev_uevent()'s DRIVER, then pci_uevent()'s variables. The demo's
        // adapters are Intel's (00:15:17 MACs), dual-port cards with one PCI
        // function per port: an 82571EB (PRO/1000 PT Dual Port), e1000e.
        *content = "DRIVER=e1000e\nPCI_CLASS=20000\nPCI_ID=8086:105E\nPCI_SUBSYS_ID=8086:115E\nPCI_SLOT_NAME="
            + b(n.pciDev) + "\nMODALIAS=pci:v00008086d0000105Esv00008086sd0000115Ebc02sc00i00\n";
        return true;
    }
    // speed_show() and duplex_show() (net/core/net-sysfs.c) fail with EINVAL
    // while the interface is down; without a link e1000e reports
    // SPEED_UNKNOWN and DUPLEX_UNKNOWN.
    if (!n.adminUp)
        return false;
    if (attr == "speed") {
        *content = n.carrier ? QByteArray::number(n.speedMbps) + '\n' : QByteArray("-1\n");
        return true;
    }
    if (attr == "duplex") {
        *content = n.carrier ? "full\n" : "unknown\n";
        return true;
    }
    return false;
}

QByteArray bondingMasters(const SimState &s)
{
    QStringList names;
    for (const SimBond &bd : s.bonds)
        names.append(bd.name);
    return names.isEmpty() ? QByteArray() : b(names.join(QLatin1Char(' '))) + '\n';
}

QByteArray lsSysNet(const SimState &s)
{
    QMap<QString, QByteArray> entries;
    const QByteArray when = lsTime(s.bootMs);
    entries.insert(QStringLiteral("lo"), "lrwxrwxrwx 1 root root 0 " + when + " lo -> ../../devices/virtual/net/lo");
    for (const SimNic &n : s.nics) {
        const QString bus = n.pciDev.mid(5, 2);
        entries.insert(n.name, "lrwxrwxrwx 1 root root 0 " + when + ' ' + b(n.name) + " -> ../../devices/pci0000:"
                                   + b(bus) + '/' + b(n.pciDev) + "/net/" + b(n.name));
    }
    for (const SimBond &bd : s.bonds)
        entries.insert(bd.name, "lrwxrwxrwx 1 root root 0 " + when + ' ' + b(bd.name)
                                    + " -> ../../devices/virtual/net/" + b(bd.name));
    if (!s.bonds.isEmpty())
        entries.insert(QStringLiteral("bonding_masters"),
                       "-rw-r--r-- 1 root root 4096 " + when + " bonding_masters");
    QByteArray out = "total 0\n";
    for (const QByteArray &line : entries)
        out += line + '\n';
    return out;
}

} // namespace ftc::sim
