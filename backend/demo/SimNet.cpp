// Network as iproute2 6.1 and the bonding driver show it: `ip -d -j link show`
// and `ip -j addr show` (one line of compact JSON, keys in ip's order; bonds,
// bridges and their ports), /proc/net/bonding/bondN, `ls -l /sys/class/net`,
// an adapter's sysfs files and bonding_masters. Changes go through
// SimLinkChanges.cpp, addresses and routes through SimIpAddr.cpp.

#include "SimCommands.h"

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }
QByteArray q(const QString &s) { return '"' + b(s) + '"'; }

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

// What ip prints: `ip link` (details with -d) or `ip addr`, which leaves out
// linkmode and ends each link with its addr_info.
struct View {
    bool details = false;
    bool addr = false;
};

QByteArray linkmode(const View &v) { return v.addr ? QByteArray() : QByteArray(",\"linkmode\":\"DEFAULT\""); }

QByteArray addrTail(const SimState &s, const QString &link, const View &v)
{
    return v.addr ? ",\"addr_info\":[" + addrInfoJson(s, link) + "]" : QByteArray();
}

// iproute2 prints bridge ids as PRIO.MAC with the MAC's bytes unpadded
// ("8000.0:15:17:10:2:0").
QByteArray bridgeId(const QString &mac)
{
    QList<QByteArray> parts;
    for (const QString &x : mac.split(QLatin1Char(':')))
        parts << QByteArray::number(x.toInt(nullptr, 16), 16);
    return "8000." + parts.join(':');
}

bool portUp(const SimState &s, const QString &port)
{
    for (const SimNic &n : s.nics)
        if (n.name == port)
            return slaveUp(n);
    const SimBond *bd = s.bond(port);
    return bd && bd->adminUp && bondUp(s, *bd);
}

bool bridgeUp(const SimState &s, const SimBridge &br)
{
    if (!br.adminUp)
        return false;
    for (const QString &p : br.ports)
        if (portUp(s, p))
            return true;
    return false;
}

// A bridge port's info_slave_data (bridge_slave.c), STP off: every port
// with link forwards at once.
QByteArray bridgePortJson(const SimState &s, const SimBridge &br, const QString &port)
{
    const int no = int(br.ports.indexOf(port)) + 1;
    const QByteArray id = bridgeId(br.mac);
    return ",\"info_slave_kind\":\"bridge\",\"info_slave_data\":{\"state\":"
        + QByteArray(portUp(s, port) ? "\"forwarding\"" : "\"disabled\"")
        + ",\"priority\":32,\"cost\":4,\"hairpin\":false,\"guard\":false,\"root_block\":false,\"fastleave\":false,"
          "\"learning\":true,\"flood\":true,\"id\":\"0x" + QByteArray::number(0x8000 + no, 16) + "\",\"no\":\"0x"
        + QByteArray::number(no, 16) + "\",\"designated_port\":" + QByteArray::number(0x8000 + no)
        + ",\"designated_cost\":0,\"bridge_id\":\"" + id + "\",\"root_id\":\"" + id
        + "\",\"hold_timer\":0.00,\"message_age_timer\":0.00,\"forward_delay_timer\":0.00,"
          "\"topology_change_ack\":0,\"config_pending\":0,\"proxy_arp\":false,\"proxy_arp_wifi\":false,"
          "\"multicast_router\":1,\"mcast_flood\":true,\"bcast_flood\":true,\"mcast_to_unicast\":false,"
          "\"neigh_suppress\":false,\"group_fwd_mask\":\"0\",\"group_fwd_mask_str\":\"0x0\",\"vlan_tunnel\":false,"
          "\"isolated\":false,\"locked\":false}";
}

QByteArray loJson(const SimState &s, const View &v)
{
    QByteArray o = "{\"ifindex\":1,\"ifname\":\"lo\",\"flags\":[\"LOOPBACK\",\"UP\",\"LOWER_UP\"],\"mtu\":65536,"
                   "\"qdisc\":\"noqueue\",\"operstate\":\"UNKNOWN\"" + linkmode(v) + ",\"group\":\"default\","
                   "\"txqlen\":1000,\"link_type\":\"loopback\",\"address\":\"00:00:00:00:00:00\","
                   "\"broadcast\":\"00:00:00:00:00:00\"";
    if (v.details)
        o += ",\"promiscuity\":0,\"allmulti\":0,\"min_mtu\":0,\"max_mtu\":0";
    o += tail(v.details, 1, 1, 524280);
    return o + addrTail(s, QStringLiteral("lo"), v) + "}";
}

QByteArray nicJson(const SimState &s, const SimNic &n, const View &v)
{
    const SimBond *bd = n.master.isEmpty() ? nullptr : s.bond(n.master);
    const SimBridge *br = n.master.isEmpty() ? nullptr : s.bridge(n.master);
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
    if (bd || br)
        o += ",\"master\":" + q(n.master);
    o += ",\"operstate\":" + QByteArray(slaveUp(n) ? "\"UP\"" : "\"DOWN\"") + linkmode(v)
        + ",\"group\":\"default\",\"txqlen\":1000,\"link_type\":\"ether\",\"address\":"
        + q(bd && !bd->mac.isEmpty() ? bd->mac : n.mac) + ",\"broadcast\":\"ff:ff:ff:ff:ff:ff\"";
    if (bd)
        o += ",\"permaddr\":" + q(n.mac);
    if (v.details) {
        o += ",\"promiscuity\":0,\"allmulti\":0,\"min_mtu\":68,\"max_mtu\":9216";
        if (bd) {
            const bool active = !hasActiveSlave(bd->mode) || bd->active == n.name;
            o += ",\"linkinfo\":{\"info_slave_kind\":\"bond\",\"info_slave_data\":{\"state\":"
                + QByteArray(active ? "\"ACTIVE\"" : "\"BACKUP\"") + ",\"mii_status\":"
                + QByteArray(slaveUp(n) ? "\"UP\"" : "\"DOWN\"") + ",\"link_failure_count\":"
                + QByteArray::number(n.linkFailures) + ",\"perm_hwaddr\":" + q(n.mac)
                + ",\"queue_id\":0,\"prio\":0}}";
        } else if (br) {
            o += ",\"linkinfo\":{" + bridgePortJson(s, *br, n.name).mid(1) + "}";
        }
        o += tail(true, 4, 4, 65536);
        o += ",\"parentbus\":\"pci\",\"parentdev\":" + q(n.pciDev);
    }
    o += ",\"altnames\":[" + q(n.altname) + "]";
    return o + addrTail(s, n.name, v) + "}";
}

QByteArray bondJson(const SimState &s, const SimBond &bd, const View &v)
{
    const bool carrier = bondUp(s, bd);
    const SimBridge *br = bd.master.isEmpty() ? nullptr : s.bridge(bd.master);
    QList<QByteArray> flags;
    if (bd.adminUp && !carrier)
        flags << "\"NO-CARRIER\"";
    flags << "\"BROADCAST\"" << "\"MULTICAST\"" << "\"MASTER\"";
    if (bd.adminUp)
        flags << "\"UP\"";
    if (bd.adminUp && carrier)
        flags << "\"LOWER_UP\"";
    QByteArray o = "{\"ifindex\":" + QByteArray::number(bd.ifindex) + ",\"ifname\":" + q(bd.name)
        + ",\"flags\":[" + flags.join(',') + "],\"mtu\":1500,\"qdisc\":\"noqueue\"";
    if (br)
        o += ",\"master\":" + q(br->name);
    o += ",\"operstate\":" + QByteArray(bd.adminUp && carrier ? "\"UP\"" : "\"DOWN\"") + linkmode(v)
        + ",\"group\":\"default\",\"txqlen\":1000,\"link_type\":\"ether\",\"address\":" + q(bd.mac)
        + ",\"broadcast\":\"ff:ff:ff:ff:ff:ff\"";
    if (v.details) {
        const bool lacp = bd.mode == QLatin1String("802.3ad");
        o += ",\"promiscuity\":0,\"allmulti\":0,\"min_mtu\":68,\"max_mtu\":65535";
        o += ",\"linkinfo\":{\"info_kind\":\"bond\",\"info_data\":{\"mode\":" + q(bd.mode);
        if (hasActiveSlave(bd.mode) && !bd.active.isEmpty())
            o += ",\"active_slave\":" + q(bd.active);
        o += ",\"miimon\":" + QByteArray::number(bd.miimon)
            + ",\"updelay\":0,\"downdelay\":0,\"peer_notify_delay\":0,\"use_carrier\":1,\"arp_interval\":0,"
              "\"arp_missed_max\":2,\"arp_validate\":null,\"arp_all_targets\":\"any\"";
        // IFLA_BOND_PRIMARY: the primary slave's, so only once it is enslaved.
        if (!bd.primary.isEmpty() && bd.slaves.contains(bd.primary))
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
        o += ",\"tlb_dynamic_lb\":1}";
        if (br)
            o += bridgePortJson(s, *br, bd.name);
        o += "}";
        o += tail(true, 16, 16, 65536);
    }
    return o + addrTail(s, bd.name, v) + "}";
}

QByteArray bridgeJson(const SimState &s, const SimBridge &br, const View &v)
{
    const bool up = bridgeUp(s, br);
    QList<QByteArray> flags;
    if (br.adminUp && !up)
        flags << "\"NO-CARRIER\"";
    flags << "\"BROADCAST\"" << "\"MULTICAST\"";
    if (br.adminUp)
        flags << "\"UP\"";
    if (up)
        flags << "\"LOWER_UP\"";
    QByteArray o = "{\"ifindex\":" + QByteArray::number(br.ifindex) + ",\"ifname\":" + q(br.name) + ",\"flags\":["
        + flags.join(',') + "],\"mtu\":1500,\"qdisc\":\"noqueue\",\"operstate\":"
        + QByteArray(up ? "\"UP\"" : "\"DOWN\"") + linkmode(v)
        + ",\"group\":\"default\",\"txqlen\":1000,\"link_type\":\"ether\",\"address\":" + q(br.mac)
        + ",\"broadcast\":\"ff:ff:ff:ff:ff:ff\"";
    if (v.details) {
        const QByteArray id = bridgeId(br.mac);
        o += ",\"promiscuity\":0,\"allmulti\":0,\"min_mtu\":68,\"max_mtu\":65535,\"linkinfo\":{\"info_kind\":"
             "\"bridge\",\"info_data\":{\"forward_delay\":" + QByteArray::number(br.forwardDelayCs)
            + ",\"hello_time\":200,\"max_age\":2000,\"ageing_time\":30000,\"stp_state\":"
            + QByteArray(br.stp ? "1" : "0") + ",\"priority\":32768,\"vlan_filtering\":0,\"vlan_protocol\":"
              "\"802.1Q\",\"bridge_id\":\"" + id + "\",\"root_id\":\"" + id
            + "\",\"root_port\":0,\"root_path_cost\":0,\"topology_change\":0,\"topology_change_detected\":0,"
              "\"hello_timer\":0.00,\"tcn_timer\":0.00,\"topology_change_timer\":0.00,\"gc_timer\":0.00,"
              "\"vlan_default_pvid\":1,\"vlan_stats_enabled\":0,\"vlan_stats_per_port\":0,\"group_fwd_mask\":\"0\","
              "\"group_addr\":\"01:80:c2:00:00:00\",\"mcast_snooping\":1,\"no_linklocal_learn\":0,"
              "\"mcast_vlan_snooping\":0,\"mcast_router\":1,\"mcast_query_use_ifaddr\":0,\"mcast_querier\":0,"
              "\"nf_call_iptables\":0,\"nf_call_ip6tables\":0,\"nf_call_arptables\":0}}";
        o += tail(true, 1, 1, 65536);
    }
    return o + addrTail(s, br.name, v) + "}";
}

QByteArray linkJson(const SimState &s, const View &v, const QString &only)
{
    QList<QPair<int, QByteArray>> links;
    if (only.isEmpty() || only == QLatin1String("lo"))
        links.append({1, loJson(s, v)});
    for (const SimNic &n : s.nics)
        if (only.isEmpty() || only == n.name)
            links.append({n.ifindex, nicJson(s, n, v)});
    for (const SimBond &bd : s.bonds)
        if (only.isEmpty() || only == bd.name)
            links.append({bd.ifindex, bondJson(s, bd, v)});
    for (const SimBridge &br : s.bridges)
        if (only.isEmpty() || only == br.name)
            links.append({br.ifindex, bridgeJson(s, br, v)});
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
        if (s.bond(n.master))
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
    for (const SimBridge &br : s.bridges) {
        const bool up = bridgeUp(s, br);
        out += b(br.name.leftJustified(16)) + ' ' + QByteArray(up ? "UP" : "DOWN").leftJustified(14) + ' '
            + b(br.mac) + " <BROADCAST,MULTICAST" + (br.adminUp ? ",UP" : "") + (up ? ",LOWER_UP" : "") + "> \n";
    }
    return out;
}

} // namespace

bool linkOperUp(const SimState &s, const QString &name)
{
    if (name == QLatin1String("lo"))
        return true;
    if (const SimBridge *br = s.bridge(name))
        return bridgeUp(s, *br);
    return portUp(s, name);
}

CommandResult ip(SimState &s, const Argv &argv)
{
    bool details = false, json = false, brief = false;
    int family = 4;
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
        else if (a == "-4" || a == "-6")
            family = a == "-6" ? 6 : 4;
        else if (a == "-p" || a == "-pretty")
            continue;
        else
            return fail(255, "Option \"" + a + "\" is unknown, try \"ip -help\".\n");
    }
    const QByteArray obj = argv.value(i++);
    const QByteArray verb = argv.value(i++);
    const Argv rest = argv.mid(i);
    const bool show = verb.isEmpty() || verb == "show" || verb == "list" || verb == "ls";
    if (obj == "route" || obj == "r" || obj == "ro")
        return ipRoute(s, family, verb.isEmpty() ? QByteArray("show") : verb, rest, json);
    const bool addr = obj == "addr" || obj == "address" || obj == "a";
    if (addr && !show)
        return ipAddrChange(s, verb, rest);
    if (obj != "link" && obj != "l" && !addr)
        return fail(255, "Object \"" + obj + "\" is unknown, try \"ip help\".\n");
    if (!show)
        return ipLink(s, verb, rest);
    QString only;
    for (qsizetype k = 0; k < rest.size(); ++k)
        if (rest[k] != "dev")
            only = QString::fromUtf8(rest[k]);
    if (!only.isEmpty() && !s.hasLink(only))
        return fail(1, "Device \"" + b(only) + "\" does not exist.\n");
    if (brief && !json && !addr)
        return ok(linkBrief(s));
    if (!json)
        return fail(1, "ip: the simulated host prints links and addresses with -j only\n");
    return ok(linkJson(s, View{details && !addr, addr}, only));
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
        // bond_procfs.c: the primary slave, when the name recorded is
        // enslaved, with the reselect policy.
        const bool primary = !bd.primary.isEmpty() && bd.slaves.contains(bd.primary);
        out += "Primary Slave: " + (primary ? b(bd.primary) + " (primary_reselect always)" : QByteArray("None")) + "\n";
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
    QStringList virtualLinks;
    for (const SimBond &bd : s.bonds)
        virtualLinks << bd.name;
    for (const SimBridge &br : s.bridges)
        virtualLinks << br.name;
    for (const QString &v : std::as_const(virtualLinks))
        entries.insert(v, "lrwxrwxrwx 1 root root 0 " + when + ' ' + b(v) + " -> ../../devices/virtual/net/" + b(v));
    if (!s.bonds.isEmpty())
        entries.insert(QStringLiteral("bonding_masters"),
                       "-rw-r--r-- 1 root root 4096 " + when + " bonding_masters");
    QByteArray out = "total 0\n";
    for (const QByteArray &line : entries)
        out += line + '\n';
    return out;
}

} // namespace ftc::sim
