#include "TeamPlanner.h"

#include "IfupdownConfig.h"
#include "StackScriptParts.h"
#include "plan/PlansTr.h"
#include "transport/ShellQuote.h"


namespace ftc {

namespace {

using netscript::isIpAddress;
using netscript::nmAdd;
QString q(const QString &s) { return netscript::word(s); }

struct ResolvedIp {
    enum class Kind { None, Dhcp, Static } kind = Kind::None;
    QStringList addresses;     // CIDR, IPv4 and IPv6
    QString gateway;
    QString fromMember;        // taken over from this member
    const IfupdownIface *stanza4 = nullptr; // the member's own ifupdown stanzas, when it had them
    const IfupdownIface *stanza6 = nullptr;
};

QString staticAddressProblem(const QString &cidr)
{
    const QString addr = cidr.section(QLatin1Char('/'), 0, 0);
    bool ok = false;
    const int len = cidr.section(QLatin1Char('/'), 1).toInt(&ok);
    const int max = addr.contains(QLatin1Char(':')) ? 128 : 32;
    if (!cidr.contains(QLatin1Char('/')) || !isIpAddress(addr) || !ok || len < 1 || len > max)
        return Plans::tr("\"%1\" is not an address with a prefix length: write it as 192.0.2.10/24.").arg(cidr);
    return {};
}

QString bondOptionsNm(const TeamBuild &b, const QString &mode)
{
    QString o = QStringLiteral("mode=%1,miimon=100").arg(mode);
    if (!b.request.primary.isEmpty() && mode == QLatin1String("active-backup"))
        o += QStringLiteral(",primary=%1").arg(b.request.primary);
    if (mode == QLatin1String("802.3ad"))
        o += QStringLiteral(",lacp_rate=fast");
    return o;
}

// ---- ifupdown -------------------------------------------------------------

bool copiedOption(const QString &opt)
{
    const QString k = opt.section(QLatin1Char(' '), 0, 0);
    return !(k == QLatin1String("hwaddress") || k.startsWith(QLatin1String("bond")) || k.startsWith(QLatin1String("bridge"))
             || k == QLatin1String("address") || k == QLatin1String("netmask") || k == QLatin1String("gateway"));
}

QString ifupdownStanzas(const QString &name, const ResolvedIp &ip, const QStringList &extra, const QString &mac)
{
    QString s;
    s += QStringLiteral("auto %1\n").arg(name);
    const QString method = ip.kind == ResolvedIp::Kind::Dhcp ? (ip.stanza4 ? ip.stanza4->method : QStringLiteral("dhcp"))
        : ip.kind == ResolvedIp::Kind::Static ? QStringLiteral("static") : QStringLiteral("manual");
    s += QStringLiteral("iface %1 inet %2\n").arg(name, method);
    if (ip.kind == ResolvedIp::Kind::Static) {
        QStringList v4;
        for (const QString &a : ip.addresses)
            if (!a.contains(QLatin1Char(':')))
                v4 << a;
        for (const QString &a : v4)
            s += QStringLiteral("    address %1\n").arg(a);
        if (!ip.gateway.isEmpty() && !ip.gateway.contains(QLatin1Char(':')))
            s += QStringLiteral("    gateway %1\n").arg(ip.gateway);
    }
    if (ip.stanza4)
        for (const QString &o : ip.stanza4->options)
            if (copiedOption(o))
                s += QStringLiteral("    %1\n").arg(o);
    for (const QString &o : extra)
        s += QStringLiteral("    %1\n").arg(o);
    if (!mac.isEmpty())
        s += QStringLiteral("    hwaddress ether %1\n").arg(mac);
    if (ip.stanza6 && ip.kind != ResolvedIp::Kind::None) {
        s += QStringLiteral("iface %1 inet6 %2\n").arg(name, ip.stanza6->method);
        for (const QString &o : ip.stanza6->options)
            if (!o.startsWith(QLatin1String("hwaddress")))
                s += QStringLiteral("    %1\n").arg(o);
    }
    return s;
}

void planIfupdown(NetChange *c, StackScript *st, const NetFacts &f, const TeamBuild &b, const QStringList &members,
                  const ResolvedIp &ipIn, const QString &mac)
{
    if (!f.ifenslave)
        c->errors << Plans::tr("ifupdown builds bonds only with the ifenslave package (its bond-* options): "
                               "install ifenslave on the host, then plan again.");
    if (b.vmBridge && !f.bridgeUtils)
        c->errors << Plans::tr("ifupdown builds bridges only with the bridge-utils package (its bridge_* "
                               "options): install bridge-utils on the host, or build the team without the "
                               "bridge for virtual machines.");
    const IfupdownFile file = parseInterfaces(f.interfacesFile);
    if (file.sourcesOthers)
        c->warnings << Plans::tr("/etc/network/interfaces includes other files (source): if %1 is configured "
                                 "in one of them, remove it there, or it and the team will both claim it.")
                           .arg(members.join(QStringLiteral(", ")));
    ResolvedIp ip = ipIn;
    if (!ip.fromMember.isEmpty()) {
        for (const IfupdownIface *st4 : file.stanzasOf(ip.fromMember)) {
            if (st4->family == QLatin1String("inet") && (st4->method == QLatin1String("dhcp") || st4->method == QLatin1String("static")))
                ip.stanza4 = st4;
            if (st4->family == QLatin1String("inet6"))
                ip.stanza6 = st4;
        }
    }
    const QString mode = bondModeFor(b.request.type);
    QStringList bondOpts{QStringLiteral("bond-slaves %1").arg(members.join(QLatin1Char(' '))),
                         QStringLiteral("bond-mode %1").arg(mode), QStringLiteral("bond-miimon 100")};
    if (!b.request.primary.isEmpty() && mode == QLatin1String("active-backup"))
        bondOpts << QStringLiteral("bond-primary %1").arg(b.request.primary);
    if (mode == QLatin1String("802.3ad"))
        bondOpts << QStringLiteral("bond-lacp-rate fast");

    const QString bond = b.request.name;
    QString added = QStringLiteral("\n# Team %1 (%2) built by ftconsole, change %3. To undo by hand: delete these "
                                   "stanzas and uncomment the ones marked \"moved to %1\".\n")
                        .arg(bond, teamKindName(b.request.type), c->id);
    if (b.vmBridge) {
        added += ifupdownStanzas(bond, ResolvedIp{}, bondOpts, mac);
        added += ifupdownStanzas(b.bridgeName, ip,
                                 {QStringLiteral("bridge_ports %1").arg(bond), QStringLiteral("bridge_stp off"),
                                  QStringLiteral("bridge_fd 0")},
                                 mac);
    } else {
        added += ifupdownStanzas(bond, ip, bondOpts, mac);
    }
    const QByteArray content = commentOutInterfaces(file, members,
                                                    QStringLiteral("moved to %1 by ftconsole (change %2):")
                                                        .arg(bond, c->id))
        + added.toUtf8();
    c->files << NetFileChange{QStringLiteral("/etc/network/interfaces"), content, 0644,
                              Plans::tr("the team's stanzas; the members' own commented out"),
                              netscript::sha256Hex(f.interfacesFile)};

    const QString top = b.vmBridge ? b.bridgeName : bond;
    st->checks << QStringLiteral("[ -e /etc/network/if-pre-up.d/ifenslave ] || fail 'ifenslave is not installed'");
    for (const QString &m : members)
        st->before << QStringLiteral("if ifquery --state %1 >/dev/null 2>&1; then echo %1 >>\"$d/was-up\"; run ifdown "
                                     "--force %1; fi")
                          .arg(q(m))
                   << QStringLiteral("try ip addr flush dev %1").arg(q(m));
    st->up << QStringLiteral("run ifup %1").arg(q(bond));
    if (b.vmBridge)
        st->up << QStringLiteral("run ifup %1").arg(q(b.bridgeName));
    // ifdown needs the new file to know how to take the team down: before
    // the old one comes back.
    if (b.vmBridge)
        st->teardown << QStringLiteral("try ifdown --force %1").arg(q(b.bridgeName));
    st->teardown << QStringLiteral("try ifdown --force %1").arg(q(bond));
    for (const QString &l : {top, bond})
        st->restore << QStringLiteral("[ ! -e /sys/class/net/%1 ] || try ip link del %1").arg(q(l));
    st->restore << QStringLiteral("[ ! -e \"$d/was-up\" ] || for m in $(cat \"$d/was-up\"); do try ifup \"$m\"; done");
}

// ---- systemd-networkd ------------------------------------------------------

QString networkSection(const ResolvedIp &ip)
{
    QString s = QStringLiteral("[Network]\n");
    if (ip.kind == ResolvedIp::Kind::Dhcp)
        s += QStringLiteral("DHCP=yes\n");
    for (const QString &a : ip.addresses)
        s += QStringLiteral("Address=%1\n").arg(a);
    if (!ip.gateway.isEmpty())
        s += QStringLiteral("Gateway=%1\n").arg(ip.gateway);
    if (ip.kind == ResolvedIp::Kind::None)
        s += QStringLiteral("LinkLocalAddressing=no\n");
    return s;
}

void planNetworkd(NetChange *c, StackScript *st, const TeamBuild &b, const QStringList &members, const ResolvedIp &ip,
                  const QString &mac)
{
    const QString dir = QStringLiteral("/etc/systemd/network/");
    const QString bond = b.request.name;
    const QString mode = bondModeFor(b.request.type);
    const QString head = QStringLiteral("# Team %1 (%2) built by ftconsole, change %3\n")
                             .arg(bond, teamKindName(b.request.type), c->id);
    QString netdev = head + QStringLiteral("[NetDev]\nName=%1\nKind=bond\n").arg(bond);
    if (!mac.isEmpty())
        netdev += QStringLiteral("MACAddress=%1\n").arg(mac);
    netdev += QStringLiteral("\n[Bond]\nMode=%1\nMIIMonitorSec=100ms\n").arg(mode);
    if (mode == QLatin1String("802.3ad"))
        netdev += QStringLiteral("LACPTransmitRate=fast\n");
    c->files << NetFileChange{dir + QStringLiteral("10-ftconsole-%1.netdev").arg(bond), netdev.toUtf8(), 0644,
                              Plans::tr("the bond"), {}};
    // Ports sort before the files that configured the adapters until now:
    // networkd applies the first .network file that matches.
    for (const QString &m : members) {
        QString port = head + QStringLiteral("[Match]\nName=%1\n\n[Network]\nBond=%2\n").arg(m, bond);
        if (m == b.request.primary && mode == QLatin1String("active-backup"))
            port += QStringLiteral("PrimarySlave=yes\n");
        c->files << NetFileChange{dir + QStringLiteral("05-ftconsole-%1-port-%2.network").arg(bond, m), port.toUtf8(),
                                  0644, Plans::tr("%1 as a port of %2").arg(m, bond), {}};
    }
    if (b.vmBridge) {
        QString brdev = head + QStringLiteral("[NetDev]\nName=%1\nKind=bridge\n").arg(b.bridgeName);
        if (!mac.isEmpty())
            brdev += QStringLiteral("MACAddress=%1\n").arg(mac);
        brdev += QStringLiteral("\n[Bridge]\nSTP=no\nForwardDelaySec=0\n");
        c->files << NetFileChange{dir + QStringLiteral("10-ftconsole-%1.netdev").arg(b.bridgeName), brdev.toUtf8(),
                                  0644, Plans::tr("the bridge for virtual machines"), {}};
        c->files << NetFileChange{dir + QStringLiteral("10-ftconsole-%1.network").arg(bond),
                                  (head + QStringLiteral("[Match]\nName=%1\n\n[Network]\nBridge=%2\n")
                                              .arg(bond, b.bridgeName))
                                      .toUtf8(),
                                  0644, Plans::tr("%1 as the bridge's port").arg(bond), {}};
        c->files << NetFileChange{dir + QStringLiteral("10-ftconsole-%1.network").arg(b.bridgeName),
                                  (head + QStringLiteral("[Match]\nName=%1\n\n").arg(b.bridgeName) + networkSection(ip))
                                      .toUtf8(),
                                  0644, Plans::tr("the bridge's address"), {}};
    } else {
        c->files << NetFileChange{dir + QStringLiteral("10-ftconsole-%1.network").arg(bond),
                                  (head + QStringLiteral("[Match]\nName=%1\n\n").arg(bond) + networkSection(ip)).toUtf8(),
                                  0644, Plans::tr("the team's address"), {}};
    }
    QStringList all = members;
    st->up << QStringLiteral("run networkctl reload");
    st->up << QStringLiteral("run networkctl reconfigure %1").arg(all.join(QLatin1Char(' ')));
    for (const QString &l : {b.vmBridge ? b.bridgeName : QString(), bond})
        if (!l.isEmpty())
            st->restore << QStringLiteral("[ ! -e /sys/class/net/%1 ] || try ip link del %1").arg(q(l));
    st->restore << QStringLiteral("try networkctl reload")
                << QStringLiteral("try networkctl reconfigure %1").arg(all.join(QLatin1Char(' ')));
}

// ---- netplan ---------------------------------------------------------------

QString yamlIp(const ResolvedIp &ip, const QString &indent)
{
    QString s;
    if (ip.kind == ResolvedIp::Kind::Dhcp)
        s += indent + QStringLiteral("dhcp4: true\n");
    else
        s += indent + QStringLiteral("dhcp4: false\n");
    if (ip.kind == ResolvedIp::Kind::Static) {
        s += indent + QStringLiteral("addresses:\n");
        for (const QString &a : ip.addresses)
            s += indent + QStringLiteral("  - \"%1\"\n").arg(a);
        if (!ip.gateway.isEmpty())
            s += indent + QStringLiteral("routes:\n") + indent + QStringLiteral("  - to: default\n") + indent
                + QStringLiteral("    via: \"%1\"\n").arg(ip.gateway);
    }
    return s;
}

void planNetplan(NetChange *c, StackScript *st, const TeamBuild &b, const QStringList &members, const ResolvedIp &ip,
                 const QString &mac)
{
    const QString bond = b.request.name;
    const QString mode = bondModeFor(b.request.type);
    QString y = QStringLiteral("# Team %1 (%2) built by ftconsole, change %3.\n"
                               "# Later files override earlier ones: the members' addresses are turned off here.\n")
                    .arg(bond, teamKindName(b.request.type), c->id);
    y += QStringLiteral("network:\n  version: 2\n  renderer: networkd\n  ethernets:\n");
    for (const QString &m : members)
        y += QStringLiteral("    %1:\n      dhcp4: false\n      dhcp6: false\n").arg(m);
    y += QStringLiteral("  bonds:\n    %1:\n      interfaces: [%2]\n").arg(bond, members.join(QStringLiteral(", ")));
    if (!mac.isEmpty())
        y += QStringLiteral("      macaddress: \"%1\"\n").arg(mac);
    if (!b.vmBridge)
        y += yamlIp(ip, QStringLiteral("      "));
    else
        y += QStringLiteral("      dhcp4: false\n");
    y += QStringLiteral("      parameters:\n        mode: %1\n        mii-monitor-interval: 100\n").arg(mode);
    if (!b.request.primary.isEmpty() && mode == QLatin1String("active-backup"))
        y += QStringLiteral("        primary: %1\n").arg(b.request.primary);
    if (mode == QLatin1String("802.3ad"))
        y += QStringLiteral("        lacp-rate: fast\n");
    if (b.vmBridge) {
        y += QStringLiteral("  bridges:\n    %1:\n      interfaces: [%2]\n").arg(b.bridgeName, bond);
        if (!mac.isEmpty())
            y += QStringLiteral("      macaddress: \"%1\"\n").arg(mac);
        y += yamlIp(ip, QStringLiteral("      "));
        y += QStringLiteral("      parameters:\n        stp: false\n        forward-delay: 0\n");
    }
    c->files << NetFileChange{QStringLiteral("/etc/netplan/90-ftconsole-%1.yaml").arg(bond), y.toUtf8(), 0600,
                              Plans::tr("the team, read after the existing netplan files"), {}};
    c->warnings << Plans::tr("netplan merges its files: addresses listed for %1 in the existing files stay "
                             "there. Check with `netplan get` after the change.")
                       .arg(members.join(QStringLiteral(", ")));
    st->checks << QStringLiteral("run netplan generate");
    st->up << QStringLiteral("run netplan apply");
    for (const QString &l : {b.vmBridge ? b.bridgeName : QString(), bond})
        if (!l.isEmpty())
            st->restore << QStringLiteral("[ ! -e /sys/class/net/%1 ] || try ip link del %1").arg(q(l));
    st->restore << QStringLiteral("try netplan apply");
}

// ---- NetworkManager ----------------------------------------------------------

QString nmIpArgs(const ResolvedIp &ip)
{
    switch (ip.kind) {
    case ResolvedIp::Kind::None: return QStringLiteral("ipv4.method disabled ipv6.method ignore");
    case ResolvedIp::Kind::Dhcp: return QStringLiteral("ipv4.method auto");
    case ResolvedIp::Kind::Static: {
        QStringList v4, v6;
        for (const QString &a : ip.addresses)
            (a.contains(QLatin1Char(':')) ? v6 : v4) << a;
        QString s = QStringLiteral("ipv4.method manual ipv4.addresses %1").arg(q(v4.join(QLatin1Char(','))));
        if (!ip.gateway.isEmpty())
            s += QStringLiteral(" ipv4.gateway %1").arg(q(ip.gateway));
        if (!v6.isEmpty())
            s += QStringLiteral(" ipv6.method manual ipv6.addresses %1").arg(q(v6.join(QLatin1Char(','))));
        return s;
    }
    }
    return {};
}

void planNetworkManager(NetChange *c, StackScript *st, const TeamBuild &b, const QStringList &members,
                        const ResolvedIp &ip, bool takeOverConnection, const QString &mac)
{
    const QString bond = b.request.name;
    const QString mode = bondModeFor(b.request.type);
    const QString top = b.vmBridge ? b.bridgeName : bond;
    netscript::nmCheckpoint(st, c->rollbackSec);
    for (const QString &m : members)
        st->before << QStringLiteral("u=$(nmcli -g GENERAL.CON-UUID device show %1 2>/dev/null); [ -z \"$u\" ] || "
                                     "echo \"$u %1\" >>\"$d/nm-old\"")
                          .arg(q(m));
    QString macArg;
    if (!mac.isEmpty())
        macArg = QStringLiteral(" ethernet.cloned-mac-address %1").arg(mac);
    const QString bondArgs = QStringLiteral("type bond con-name %1 ifname %1 bond.options %2 "
                                            "connection.autoconnect no connection.autoconnect-slaves yes")
                                 .arg(q(bond), q(bondOptionsNm(b, mode)));
    if (b.vmBridge) {
        st->up << nmAdd(b.bridgeName, QStringLiteral("type bridge con-name %1 ifname %1 bridge.stp no "
                                                     "bridge.forward-delay 0 connection.autoconnect no connection.autoconnect-slaves yes %2%3")
                                          .arg(q(b.bridgeName), nmIpArgs(ip),
                                               mac.isEmpty() ? QString() : QStringLiteral(" bridge.mac-address %1").arg(mac)));
        st->up << nmAdd(bond, bondArgs + QStringLiteral(" master %1 slave-type bridge%2").arg(q(b.bridgeName), macArg));
    } else {
        st->up << nmAdd(bond, bondArgs + QStringLiteral(" %1%2").arg(nmIpArgs(ip), macArg));
    }
    for (const QString &m : members)
        st->up << nmAdd(QStringLiteral("%1-port-%2").arg(bond, m),
                        QStringLiteral("type ethernet con-name %1 ifname %2 master %3 slave-type bond "
                                       "connection.autoconnect no")
                            .arg(q(QStringLiteral("%1-port-%2").arg(bond, m)), q(m), q(bond)));
    if (takeOverConnection) {
        // The team takes the member's own IP settings as NetworkManager has
        // them now (addresses, gateway, DNS), read at apply time.
        st->up << QStringLiteral("u=$(nmcli -g GENERAL.CON-UUID device show %1)").arg(q(ip.fromMember))
               << QStringLiteral("set --; for p in ipv4.method ipv4.addresses ipv4.gateway ipv4.dns ipv4.dns-search "
                                 "ipv6.method ipv6.addresses ipv6.gateway ipv6.dns; do v=$(nmcli -g \"$p\" connection "
                                 "show uuid \"$u\" | sed 's/\\\\\\(.\\)/\\1/g'); set -- \"$@\" \"$p\" \"$v\"; done")
               << QStringLiteral("run nmcli connection modify %1 \"$@\"").arg(q(top));
    }
    // The adapters' previous connections would take them back at the next boot.
    st->up << QStringLiteral("[ ! -e \"$d/nm-old\" ] || while read -r u m; do run nmcli connection modify uuid \"$u\" "
                             "connection.autoconnect no; done <\"$d/nm-old\"");
    // The new connections are added with autoconnect off: a port that
    // connected by itself the moment it was added started the bond early, and
    // the explicit start below then failed it halfway (seen on NetworkManager
    // 1.42: "failed to set bonding attribute 'primary'"). Started once, in
    // order, they are made to come back at boot.
    st->up << QStringLiteral("run nmcli connection up %1").arg(q(top));
    if (b.vmBridge)
        st->up << QStringLiteral("run nmcli connection up %1").arg(q(bond));
    // autoconnect-slaves brings up the ports of free adapters; an adapter
    // whose own connection is still active (the one that carried the
    // address) is not always taken over (seen on NetworkManager 1.42): a port
    // not in the bond after 10 s is started by name. (Starting every port by
    // name at once, while autoconnect-slaves was starting them too, failed
    // ports with "Unknown reason".)
    for (const QString &m : members) {
        const QString sys = q(QStringLiteral("/sys/class/net/%1/master").arg(m));
        st->up << QStringLiteral("i=0; while [ ! -e %1 ] && [ $i -lt 10 ]; do sleep 1; i=$((i+1)); done").arg(sys)
               << QStringLiteral("[ -e %1 ] || run nmcli connection up %2")
                      .arg(sys, q(QStringLiteral("%1-port-%2").arg(bond, m)));
    }
    st->up << QStringLiteral("while read -r u; do run nmcli connection modify uuid \"$u\" connection.autoconnect yes; "
                             "done <\"$d/nm-new\"");
    for (const QString &l : {b.vmBridge ? b.bridgeName : QString(), bond})
        if (!l.isEmpty())
            st->restore << QStringLiteral("[ ! -e /sys/class/net/%1 ] || try ip link del %1").arg(q(l));
    // The checkpoint has usually brought them back already: activating them
    // again would only drop the adapter once more.
    st->restore << QStringLiteral("[ ! -e \"$d/nm-old\" ] || while read -r u m; do try nmcli connection modify uuid "
                                  "\"$u\" connection.autoconnect yes; [ \"$(nmcli -g GENERAL.CON-UUID device show "
                                  "\"$m\" 2>/dev/null)\" = \"$u\" ] || try nmcli connection up uuid \"$u\"; done "
                                  "<\"$d/nm-old\"");
    st->restoredText = QStringLiteral("restored NetworkManager's devices and connections (checkpoint); ") + st->restoredText;
}

} // namespace

AddressCarrier addressCarrier(const NetFacts &facts, const QStringList &members)
{
    AddressCarrier c;
    for (const QString &m : members) {
        const IpLinkAddresses *l = facts.addresses.link(m);
        if (!l || l->routable().isEmpty())
            continue;
        ++c.carriers;
        if (!c.member.isEmpty())
            continue;
        c.member = m;
        for (const IpAddress &a : l->routable()) {
            c.addresses << a.cidr();
            c.dynamic = c.dynamic || (a.dynamic && a.family == QLatin1String("inet"));
        }
        for (const IpRoute &r : facts.defaultRoutes)
            if (r.dev == m && !r.gateway.isEmpty() && !r.gateway.contains(QLatin1Char(':'))) {
                c.gateway = r.gateway;
                break;
            }
    }
    return c;
}

NetChange planTeamCreate(const HostSnapshot &s, const NetFacts &f, const TeamBuild &b)
{
    NetChange c;
    const TeamRequest &r = b.request;
    c.id = netscript::changeId(r.name, b.now);
    c.rollbackSec = qMax(30, b.rollbackSec);
    c.title = Plans::tr("Build %1 team %2 from %3").arg(teamKindName(r.type), r.name, r.members.join(QStringLiteral(", ")));
    const TeamCheck check = checkTeamRequest(s, r);
    c.errors = check.errors;
    c.warnings = check.warnings;
    if (!f.read) {
        c.errors << Plans::tr("The host's network configuration could not be read (%1): nothing was changed. "
                              "Check the connection and try again.")
                        .arg(f.error);
        return c;
    }
    netscript::chooseStackFor(&c, f, r.members);
    if (b.vmBridge) {
        const QString p = interfaceNameProblem(b.bridgeName);
        if (!p.isEmpty())
            c.errors << p;
        else if (s.nic(b.bridgeName) || s.team(b.bridgeName) || f.addresses.link(b.bridgeName) || b.bridgeName == r.name)
            c.errors << Plans::tr("%1 already exists on %2: choose another name for the bridge.")
                            .arg(b.bridgeName, s.label);
    }

    const AddressCarrier carrier = addressCarrier(f, r.members);
    if (carrier.carriers > 1)
        c.errors << Plans::tr("More than one of %1 carries an address: a team carries one. Move or remove the "
                              "others' addresses first.")
                        .arg(r.members.join(QStringLiteral(", ")));
    ResolvedIp ip;
    bool takeOverNm = false;
    switch (b.ip.mode) {
    case TeamIpSettings::Mode::TakeOver:
        if (!carrier.member.isEmpty()) {
            ip.fromMember = carrier.member;
            ip.kind = carrier.dynamic ? ResolvedIp::Kind::Dhcp : ResolvedIp::Kind::Static;
            if (!carrier.dynamic) {
                ip.addresses = carrier.addresses;
                ip.gateway = carrier.gateway;
            }
            takeOverNm = true;
        }
        break;
    case TeamIpSettings::Mode::Dhcp: ip.kind = ResolvedIp::Kind::Dhcp; break;
    case TeamIpSettings::Mode::None: break;
    case TeamIpSettings::Mode::Static: {
        ip.kind = ResolvedIp::Kind::Static;
        const QString p = staticAddressProblem(b.ip.address);
        if (!p.isEmpty())
            c.errors << p;
        ip.addresses = {b.ip.address};
        if (!b.ip.gateway.isEmpty()) {
            if (!isIpAddress(b.ip.gateway))
                c.errors << Plans::tr("\"%1\" is not a gateway address: write it as 192.0.2.1, or leave it empty.")
                                .arg(b.ip.gateway);
            ip.gateway = b.ip.gateway;
        }
        break;
    }
    }

    // The team keeps the MAC of the adapter whose address it takes over, so
    // DHCP hands out the same address and the admin stays connected; members
    // are listed carrier first, which is also the kernel's own choice.
    QStringList members = r.members;
    QString mac;
    if (!carrier.member.isEmpty()) {
        members.removeAll(carrier.member);
        members.prepend(carrier.member);
        if (const Nic *n = s.nic(carrier.member))
            mac = n->mac;
    }

    const QString top = b.vmBridge ? b.bridgeName : r.name;
    c.links = members;
    c.links << r.name;
    if (b.vmBridge)
        c.links << b.bridgeName;
    c.touchesConsoleLink = !f.consoleLink.isEmpty() && c.links.contains(f.consoleLink);
    c.newLinks << r.name;
    if (b.vmBridge)
        c.newLinks << b.bridgeName;
    c.verify.bond = r.name;
    // Every member must have joined before the change is confirmed: NetworkManager
    // brings ports in one by one, and a team confirmed with one port would
    // lose the console's link when the next joins.
    c.verify.members = members;
    c.verify.needsActive = bondModeFor(r.type) == QLatin1String("active-backup");
    c.verify.bridge = b.vmBridge ? b.bridgeName : QString();

    c.summary << Plans::tr("Network stack: %1 (%2).").arg(netStackName(c.stack), c.stackReason);
    c.summary << Plans::tr("%1 becomes a %2 team (bond mode %3) of %4%5.")
                     .arg(r.name, teamKindName(r.type), bondModeFor(r.type), members.join(QStringLiteral(", ")),
                          r.primary.isEmpty() ? QString() : Plans::tr(", primary %1").arg(r.primary));
    if (b.vmBridge)
        c.summary << Plans::tr("Bridge %1 over %2 carries the address; virtual machines attach to %1.")
                         .arg(b.bridgeName, r.name);
    switch (ip.kind) {
    case ResolvedIp::Kind::None: c.summary << Plans::tr("%1 carries no address.").arg(top); break;
    case ResolvedIp::Kind::Dhcp:
        c.summary << (ip.fromMember.isEmpty()
                          ? Plans::tr("%1 gets its address by DHCP.").arg(top)
                          : Plans::tr("%1 takes over %2's DHCP address (%3) with %2's MAC %4, so the DHCP server "
                                      "hands out the same address.")
                                .arg(top, ip.fromMember, carrier.addresses.join(QStringLiteral(", ")), mac));
        break;
    case ResolvedIp::Kind::Static:
        c.summary << (ip.fromMember.isEmpty()
                          ? Plans::tr("%1 gets %2%3.").arg(top, ip.addresses.join(QStringLiteral(", ")),
                                                                ip.gateway.isEmpty() ? QString()
                                                                                     : Plans::tr(", gateway %1").arg(ip.gateway))
                          : Plans::tr("%1 takes over %2's address %3%4 and its MAC %5.")
                                .arg(top, ip.fromMember, ip.addresses.join(QStringLiteral(", ")),
                                     ip.gateway.isEmpty() ? QString() : Plans::tr(" (gateway %1)").arg(ip.gateway),
                                     mac));
        break;
    }
    c.summary << Plans::tr("Before anything changes, the host arms its own rollback: unless the console "
                           "reconnects, sees %1 up and confirms within %2 s, the host restores its previous "
                           "configuration by itself.")
                     .arg(r.name)
                     .arg(c.rollbackSec);
    if (c.touchesConsoleLink)
        c.warnings << Plans::tr("%1 carries this console's own connection: it drops for a moment while the team "
                                "forms. The console reconnects; if it cannot, the host rolls back after %2 s.")
                          .arg(f.consoleLink)
                          .arg(c.rollbackSec);

    StackScript st;
    st.restoredText = QStringLiteral("removed %1; %2 back as before").arg(
        b.vmBridge ? QStringLiteral("%1 and %2").arg(b.bridgeName, r.name) : r.name, members.join(QStringLiteral(", ")));
    if (c.errors.isEmpty()) {
        switch (c.stack) {
        case NetStack::Ifupdown: planIfupdown(&c, &st, f, b, members, ip, mac); break;
        case NetStack::Networkd: planNetworkd(&c, &st, b, members, ip, mac); break;
        case NetStack::Netplan: planNetplan(&c, &st, b, members, ip, mac); break;
        case NetStack::NetworkManager: planNetworkManager(&c, &st, b, members, ip, takeOverNm, mac); break;
        case NetStack::Unknown: break;
        }
    }
    finishNetChange(&c, st, members);
    return c;
}

} // namespace ftc
