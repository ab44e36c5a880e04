#include "TeamEditPlanner.h"

#include "IfupdownConfig.h"
#include "NetplanOwnFile.h"
#include "NetStack.h"
#include "StackScriptParts.h"
#include "TeamRules.h"
#include "plan/PlansTr.h"

namespace ftc {

namespace {
using netscript::word;

QString titleOf(const TeamEdit &e)
{
    switch (e.kind) {
    case TeamEdit::Kind::AddMember: return Plans::tr("Add %1 to team %2").arg(e.adapter, e.team);
    case TeamEdit::Kind::RemoveMember: return Plans::tr("Remove %1 from team %2").arg(e.adapter, e.team);
    case TeamEdit::Kind::SetPrimary:
        return e.adapter.isEmpty() ? Plans::tr("Clear the primary adapter of team %1").arg(e.team)
                                   : Plans::tr("Make %1 the primary adapter of team %2").arg(e.adapter, e.team);
    case TeamEdit::Kind::Delete: return Plans::tr("Delete team %1").arg(e.team);
    }
    return {};
}

QStringList memberNames(const Team &t)
{
    QStringList out;
    for (const TeamMember &m : t.members)
        out << m.name;
    return out;
}

// ---- ifupdown ----------------------------------------------------------------

bool copiedOption(const QString &opt)
{
    const QString k = opt.section(QLatin1Char(' '), 0, 0);
    return !(k == QLatin1String("hwaddress") || k.startsWith(QLatin1String("bond")));
}

void editIfupdown(NetChange *c, StackScript *st, const NetFacts &f, const Team &t, const TeamEdit &e,
                  const QString &heir)
{
    const IfupdownFile file = parseInterfaces(f.interfacesFile);
    const QList<const IfupdownIface *> bondStanzas = file.stanzasOf(t.name);
    const IfupdownIface *bond4 = nullptr;
    for (const IfupdownIface *s : bondStanzas)
        if (s->family == QLatin1String("inet"))
            bond4 = s;
    if (!bond4) {
        c->errors << Plans::tr("%1 is not configured in /etc/network/interfaces (no \"iface %1 inet\" stanza): "
                               "change it where it is configured.")
                         .arg(t.name);
        return;
    }
    const QString note = QStringLiteral("changed by ftconsole (change %1):").arg(c->id);
    QByteArray content;
    const QString bond = word(t.name);
    const QStringList slaves = ifaceOption(file, t.name, QStringLiteral("bond-slaves")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    switch (e.kind) {
    case TeamEdit::Kind::AddMember: {
        if (slaves.contains(QLatin1String("none")) || slaves.isEmpty())
            c->warnings << Plans::tr("%1's stanza names no bond-slaves: its members are set from their own "
                                     "stanzas (bond-master), which this change does not edit.")
                               .arg(t.name);
        QStringList now = slaves;
        now.removeAll(QStringLiteral("none"));
        now << e.adapter;
        const IfupdownFile edited = parseInterfaces(setIfaceOption(file, t.name, QStringLiteral("bond-slaves"), now.join(QLatin1Char(' '))));
        content = commentOutInterfaces(edited, {e.adapter}, QStringLiteral("moved to %1 by ftconsole (change %2):").arg(t.name, c->id));
        const QString m = word(e.adapter);
        st->before << QStringLiteral("if ifquery --state %1 >/dev/null 2>&1; then echo %1 >>\"$d/was-up\"; run ifdown "
                                     "--force %1; fi")
                          .arg(m)
                   << QStringLiteral("[ -z \"$(ip -o link show %1 up)\" ] || echo %1 >>\"$d/was-link-up\"").arg(m)
                   << QStringLiteral("try ip addr flush dev %1").arg(m);
        st->up << QStringLiteral("run ip link set %1 down").arg(m) << QStringLiteral("run ip link set %1 master %2").arg(m, bond)
               << QStringLiteral("run ip link set %1 up").arg(m);
        // The driver closes an adapter it releases: up again if it was up,
        // by ifupdown if ifupdown had it.
        st->restore << QStringLiteral("try ip link set %1 nomaster").arg(m)
                    << QStringLiteral("[ ! -e \"$d/was-link-up\" ] || try ip link set %1 up").arg(m)
                    << QStringLiteral("[ ! -e \"$d/was-up\" ] || try ifup %1").arg(m);
        c->summary << Plans::tr("%1 joins %2; its own stanza is commented out.").arg(e.adapter, t.name);
        break;
    }
    case TeamEdit::Kind::RemoveMember: {
        QStringList now = slaves;
        now.removeAll(e.adapter);
        content = setIfaceOption(file, t.name, QStringLiteral("bond-slaves"), now.join(QLatin1Char(' ')));
        // The bonding driver forgets a primary that leaves; the file must too.
        if (ifaceOption(file, t.name, QStringLiteral("bond-primary")) == e.adapter)
            content = setIfaceOption(parseInterfaces(content), t.name, QStringLiteral("bond-primary"), QString());
        const QString m = word(e.adapter);
        st->up << QStringLiteral("run ip link set %1 nomaster").arg(m) << QStringLiteral("try ip link set %1 down").arg(m);
        // The driver keeps a primary that leaves on record and would make it
        // primary again if it ever rejoined: cleared, like the file.
        if (t.primary == e.adapter)
            st->up << QStringLiteral("try sh -c %1").arg(word(QStringLiteral("echo >/sys/class/net/%1/bonding/primary").arg(t.name)));
        st->restore << QStringLiteral("try ip link set %1 down").arg(m)
                    << QStringLiteral("try ip link set %1 master %2").arg(m, bond)
                    << QStringLiteral("try ip link set %1 up").arg(m);
        c->summary << Plans::tr("%1 leaves %2 and stays down, unconfigured.").arg(e.adapter, t.name);
        break;
    }
    case TeamEdit::Kind::SetPrimary: {
        content = setIfaceOption(file, t.name, QStringLiteral("bond-primary"), e.adapter);
        const QString sysfs = word(QStringLiteral("/sys/class/net/%1/bonding/primary").arg(t.name));
        // The bonding driver takes the new primary at once (bond_sysfs.c
        // "primary"); an empty write clears it.
        st->up << QStringLiteral("run sh -c %1").arg(word(QStringLiteral("echo %1 >%2").arg(word(e.adapter), sysfs)));
        st->restore << QStringLiteral("try sh -c %1").arg(word(QStringLiteral("echo %1 >%2").arg(word(t.primary), sysfs)));
        c->summary << (e.adapter.isEmpty() ? Plans::tr("%1 gets no primary: whichever adapter has link carries "
                                                       "the traffic.").arg(t.name)
                                           : Plans::tr("%1 carries %2's traffic whenever it has link.").arg(e.adapter, t.name));
        break;
    }
    case TeamEdit::Kind::Delete: {
        QString added = QStringLiteral("\n# %1 takes over team %2's address (ftconsole, change %3)\nauto %1\n")
                            .arg(heir, t.name, c->id);
        added += QStringLiteral("iface %1 inet %2\n").arg(heir, bond4->method);
        for (const QString &o : bond4->options)
            if (copiedOption(o))
                added += QStringLiteral("    %1\n").arg(o);
        for (const IfupdownIface *s : bondStanzas)
            if (s->family == QLatin1String("inet6")) {
                added += QStringLiteral("iface %1 inet6 %2\n").arg(heir, s->method);
                for (const QString &o : s->options)
                    if (copiedOption(o))
                        added += QStringLiteral("    %1\n").arg(o);
            }
        content = commentOutInterfaces(file, {t.name, heir}, note) + added.toUtf8();
        const QString m = word(heir);
        st->before << QStringLiteral("run ifdown --force %1").arg(bond)
                   << QStringLiteral("[ ! -e /sys/class/net/%1 ] || run ip link del %1").arg(bond);
        st->up << QStringLiteral("run ifup %1").arg(m);
        st->teardown << QStringLiteral("try ifdown --force %1").arg(m);
        st->restore << QStringLiteral("try ifup %1").arg(bond);
        c->summary << Plans::tr("%1 is taken down and removed; %2 gets its address (%3) and comes up on its own; "
                                "the other members stay down, unconfigured.")
                          .arg(t.name, heir, bond4->method);
        break;
    }
    }
    c->files << NetFileChange{QStringLiteral("/etc/network/interfaces"), content, 0644,
                              Plans::tr("%1's stanzas changed").arg(t.name), netscript::sha256Hex(f.interfacesFile)};
}

// ---- NetworkManager --------------------------------------------------------

void editNetworkManager(NetChange *c, StackScript *st, const Team &t, const TeamEdit &e, const QString &heir)
{
    netscript::nmCheckpoint(st, c->rollbackSec);
    const QString bond = word(t.name);
    const QString bondUuid = QStringLiteral("bu=$(nmcli -g GENERAL.CON-UUID device show %1)").arg(bond);
    switch (e.kind) {
    case TeamEdit::Kind::AddMember: {
        const QString m = word(e.adapter);
        const QString port = word(QStringLiteral("%1-port-%2").arg(t.name, e.adapter));
        st->before << QStringLiteral("u=$(nmcli -g GENERAL.CON-UUID device show %1 2>/dev/null); [ -z \"$u\" ] || echo "
                                     "\"$u %1\" >>\"$d/nm-old\"")
                          .arg(m);
        st->up << netscript::nmAdd(QStringLiteral("%1-port-%2").arg(t.name, e.adapter),
                                   QStringLiteral("type ethernet con-name %1 ifname %2 master %3 slave-type bond "
                                                  "connection.autoconnect no")
                                       .arg(port, m, bond));
        st->up << QStringLiteral("[ ! -e \"$d/nm-old\" ] || while read -r u m; do run nmcli connection modify uuid \"$u\" "
                                 "connection.autoconnect no; done <\"$d/nm-old\"");
        st->up << QStringLiteral("run nmcli connection up %1").arg(port)
               << QStringLiteral("run nmcli connection modify %1 connection.autoconnect yes").arg(port);
        c->summary << Plans::tr("A port connection for %1 joins it to %2.").arg(e.adapter, t.name);
        break;
    }
    case TeamEdit::Kind::RemoveMember: {
        const QString m = word(e.adapter);
        // A deleted connection is not restored by a checkpoint: the port is
        // switched off now and deleted only once the change is confirmed.
        if (t.primary == e.adapter)
            st->up << bondUuid << QStringLiteral("run nmcli connection modify uuid \"$bu\" -bond.options primary")
                   << QStringLiteral("try sh -c %1").arg(word(QStringLiteral("echo >/sys/class/net/%1/bonding/primary").arg(t.name)));
        st->up << QStringLiteral("u=$(nmcli -g GENERAL.CON-UUID device show %1); echo \"$u\" >>\"$d/nm-gone\"").arg(m)
               << QStringLiteral("run nmcli connection modify uuid \"$u\" connection.autoconnect no")
               << QStringLiteral("run nmcli device disconnect %1").arg(m);
        st->restore << QStringLiteral("[ ! -e \"$d/nm-gone\" ] || while read -r u; do try nmcli connection modify uuid "
                                      "\"$u\" connection.autoconnect yes; try nmcli connection up uuid \"$u\"; done "
                                      "<\"$d/nm-gone\"");
        st->confirm << QStringLiteral("[ ! -e \"$d/nm-gone\" ] || while read -r u; do try nmcli connection delete uuid "
                                      "\"$u\"; done <\"$d/nm-gone\"");
        c->summary << Plans::tr("%1's port connection is switched off, and deleted once the change is confirmed.")
                          .arg(e.adapter);
        break;
    }
    case TeamEdit::Kind::SetPrimary: {
        st->up << bondUuid;
        st->up << (e.adapter.isEmpty()
                       ? QStringLiteral("run nmcli connection modify uuid \"$bu\" -bond.options primary")
                       : QStringLiteral("run nmcli connection modify uuid \"$bu\" +bond.options %1")
                             .arg(word(QStringLiteral("primary=%1").arg(e.adapter))));
        // The running bond takes it through the bonding driver's sysfs file;
        // `nmcli device reapply` instead dropped a port from the bond on
        // NetworkManager 1.42.
        const QString sysfs = word(QStringLiteral("/sys/class/net/%1/bonding/primary").arg(t.name));
        st->up << QStringLiteral("run sh -c %1").arg(word(QStringLiteral("echo %1 >%2").arg(word(e.adapter), sysfs)));
        c->summary << (e.adapter.isEmpty() ? Plans::tr("%1's connection gets no primary.").arg(t.name)
                                           : Plans::tr("%1's connection gets primary=%2.").arg(t.name, e.adapter));
        break;
    }
    case TeamEdit::Kind::Delete: {
        const QString m = word(heir);
        st->up << bondUuid << QStringLiteral("echo \"$bu\" >>\"$d/nm-gone\"");
        for (const TeamMember &tm : t.members)
            st->up << QStringLiteral("u=$(nmcli -g GENERAL.CON-UUID device show %1 2>/dev/null); [ -z \"$u\" ] || echo "
                                     "\"$u\" >>\"$d/nm-gone\"")
                          .arg(word(tm.name));
        // The heir gets a connection of its own with the team's IP settings
        // as NetworkManager has them now.
        st->up << QStringLiteral("set --; for p in ipv4.method ipv4.addresses ipv4.gateway ipv4.dns ipv4.dns-search "
                                 "ipv6.method ipv6.addresses ipv6.gateway ipv6.dns; do v=$(nmcli -g \"$p\" connection "
                                 "show uuid \"$bu\" | sed 's/\\\\\\(.\\)/\\1/g'); set -- \"$@\" \"$p\" \"$v\"; done");
        st->up << netscript::nmAdd(heir, QStringLiteral("type ethernet con-name %1 ifname %1 \"$@\"").arg(m));
        st->up << QStringLiteral("while read -r u; do run nmcli connection modify uuid \"$u\" connection.autoconnect no; "
                                 "done <\"$d/nm-gone\"");
        st->up << QStringLiteral("run nmcli connection down uuid \"$bu\"");
        st->up << QStringLiteral("[ ! -e /sys/class/net/%1 ] || try ip link del %1").arg(bond);
        st->up << QStringLiteral("run nmcli connection up %1").arg(m);
        st->restore << QStringLiteral("[ ! -e \"$d/nm-gone\" ] || while read -r u; do try nmcli connection modify uuid "
                                      "\"$u\" connection.autoconnect yes; done <\"$d/nm-gone\"")
                    << QStringLiteral("[ -e /sys/class/net/%1 ] || try nmcli connection up uuid \"$(head -n 1 "
                                      "\"$d/nm-gone\")\"")
                           .arg(bond);
        st->confirm << QStringLiteral("[ ! -e \"$d/nm-gone\" ] || while read -r u; do try nmcli connection delete uuid "
                                      "\"$u\"; done <\"$d/nm-gone\"");
        c->summary << Plans::tr("%1 and its ports are switched off (deleted once the change is confirmed); a new "
                                "connection %2 takes %1's IP settings.")
                          .arg(t.name, heir);
        break;
    }
    }
    st->restoredText.prepend(QStringLiteral("restored NetworkManager's devices and connections (checkpoint); "));
}

// ---- systemd-networkd / netplan: only teams the console built ---------------------

void editNetworkd(NetChange *c, StackScript *st, const NetFacts &f, const Team &t, const TeamEdit &e)
{
    const QString dir = QStringLiteral("/etc/systemd/network/");
    const QString netdev = QStringLiteral("10-ftconsole-%1.netdev").arg(t.name);
    if (!f.networkdFiles.contains(netdev)) {
        c->errors << Plans::tr("%1 was not built by this console (no %2%3): change it in the files under %2 that "
                               "define it, then run networkctl reload.")
                         .arg(t.name, dir, netdev);
        return;
    }
    const QString bond = word(t.name);
    const QString portPrefix = QStringLiteral("05-ftconsole-%1-port-").arg(t.name);
    QStringList reconfigure;
    switch (e.kind) {
    case TeamEdit::Kind::AddMember:
        c->files << NetFileChange{dir + portPrefix + e.adapter + QStringLiteral(".network"),
                                  QStringLiteral("# Port of team %1, added by ftconsole, change %2\n[Match]\nName=%3\n\n"
                                                 "[Network]\nBond=%1\n")
                                      .arg(t.name, c->id, e.adapter)
                                      .toUtf8(),
                                  0644, Plans::tr("%1 as a port of %2").arg(e.adapter, t.name), {}};
        reconfigure << e.adapter;
        break;
    case TeamEdit::Kind::RemoveMember: {
        const QString name = portPrefix + e.adapter + QStringLiteral(".network");
        if (!f.networkdFiles.contains(name)) {
            c->errors << Plans::tr("%1 has no port file %2%3: change it where it is configured.").arg(e.adapter, dir, name);
            return;
        }
        NetFileChange gone;
        gone.path = dir + name;
        gone.remove = true;
        gone.why = Plans::tr("%1 no longer a port").arg(e.adapter);
        c->files << gone;
        st->up << QStringLiteral("try ip link set %1 nomaster").arg(word(e.adapter));
        reconfigure << e.adapter;
        break;
    }
    case TeamEdit::Kind::SetPrimary: {
        // networkd keeps the primary in the ports' own files (PrimarySlave=);
        // the console's port files are its own, so each is written whole.
        for (const QString &n : f.networkdFiles) {
            if (!n.startsWith(portPrefix) || !n.endsWith(QLatin1String(".network")))
                continue;
            const QString port = n.mid(portPrefix.size()).chopped(8);
            QString text = QStringLiteral("# Port of team %1, changed by ftconsole, change %2\n[Match]\nName=%3\n\n"
                                          "[Network]\nBond=%1\n")
                               .arg(t.name, c->id, port);
            if (port == e.adapter)
                text += QStringLiteral("PrimarySlave=yes\n");
            c->files << NetFileChange{dir + n, text.toUtf8(), 0644,
                                      port == e.adapter ? Plans::tr("%1 as the primary port").arg(port)
                                                        : Plans::tr("%1 as a port, not primary").arg(port),
                                      {}};
        }
        if (!e.adapter.isEmpty() && !f.networkdFiles.contains(portPrefix + e.adapter + QStringLiteral(".network"))) {
            c->errors << Plans::tr("%1 has no port file %2%3%1.network: change it where it is configured.")
                             .arg(e.adapter, dir, portPrefix);
            return;
        }
        // networkd does not change a bond that exists: the running one takes
        // the primary through the bonding driver's sysfs file.
        const QString sysfs = word(QStringLiteral("/sys/class/net/%1/bonding/primary").arg(t.name));
        st->up << QStringLiteral("run sh -c %1").arg(word(QStringLiteral("echo %1 >%2").arg(word(e.adapter), sysfs)));
        st->restore << QStringLiteral("try sh -c %1").arg(word(QStringLiteral("echo %1 >%2").arg(word(t.primary), sysfs)));
        c->summary << Plans::tr("The port files of %1 are written again with PrimarySlave=yes on %2 only.")
                          .arg(t.name, e.adapter.isEmpty() ? Plans::tr("none") : e.adapter);
        st->up << QStringLiteral("run networkctl reload");
        st->restore << QStringLiteral("try networkctl reload");
        return;
    }
    case TeamEdit::Kind::Delete:
        for (const QString &n : f.networkdFiles)
            if (n == netdev || n == QStringLiteral("10-ftconsole-%1.network").arg(t.name) || n.startsWith(portPrefix)) {
                NetFileChange gone;
                gone.path = dir + n;
                gone.remove = true;
                gone.why = Plans::tr("part of %1").arg(t.name);
                c->files << gone;
            }
        st->up << QStringLiteral("[ ! -e /sys/class/net/%1 ] || run ip link del %1").arg(bond);
        reconfigure = memberNames(t);
        c->summary << Plans::tr("%1's files are removed: the adapters' own .network files apply again.").arg(t.name);
        break;
    }
    st->up << QStringLiteral("run networkctl reload");
    if (!reconfigure.isEmpty())
        st->up << QStringLiteral("run networkctl reconfigure %1").arg(reconfigure.join(QLatin1Char(' ')));
    st->restore << QStringLiteral("try networkctl reload");
    if (!reconfigure.isEmpty())
        st->restore << QStringLiteral("try networkctl reconfigure %1 %2").arg(reconfigure.join(QLatin1Char(' ')), bond);
}

void editNetplan(NetChange *c, StackScript *st, const NetFacts &f, const Team &t, const TeamEdit &e)
{
    const QString name = QStringLiteral("90-ftconsole-%1.yaml").arg(t.name);
    if (!f.netplanFiles.contains(name)) {
        c->errors << Plans::tr("%1 was not built by this console (no /etc/netplan/%2): change it in the netplan "
                               "file that defines it, then run netplan apply.")
                         .arg(t.name, name);
        return;
    }
    const QString path = QStringLiteral("/etc/netplan/") + name;
    if (e.kind != TeamEdit::Kind::Delete) {
        const auto own = f.ownNetplan.constFind(name);
        if (own == f.ownNetplan.constEnd()) {
            c->errors << Plans::tr("%1 could not be read (it is readable by root only, and sudo did not answer): "
                                   "nothing was changed. Check that this account may use sudo, or edit the file "
                                   "by hand, then run netplan apply.")
                             .arg(path);
            return;
        }
        NetplanPortEdit pe;
        pe.bond = t.name;
        pe.adapter = e.adapter;
        pe.kind = e.kind == TeamEdit::Kind::AddMember      ? NetplanPortEdit::Kind::AddPort
                  : e.kind == TeamEdit::Kind::RemoveMember ? NetplanPortEdit::Kind::RemovePort
                                                           : NetplanPortEdit::Kind::SetPrimary;
        pe.note = QStringLiteral("Changed by ftconsole, change %1: %2.").arg(c->id, c->title);
        QString why;
        const QString text = editOwnNetplan(QString::fromUtf8(*own), pe, &why);
        if (text.isEmpty()) {
            c->errors << Plans::tr("%1 is not in the shape this console wrote (%2): edit it by hand, then run "
                                   "netplan apply.")
                             .arg(path, why);
            return;
        }
        c->files << NetFileChange{path, text.toUtf8(), 0600, Plans::tr("the team's netplan file"), {}};
        st->checks << QStringLiteral("run netplan generate");
        if (e.kind == TeamEdit::Kind::RemoveMember)
            st->up << QStringLiteral("try ip link set %1 nomaster").arg(word(e.adapter));
        st->up << QStringLiteral("run netplan apply");
        const QString sysfs = word(QStringLiteral("/sys/class/net/%1/bonding/primary").arg(t.name));
        // netplan's networkd renderer leaves an existing bond's parameters as
        // they are: the running bond takes the primary through sysfs.
        if (e.kind == TeamEdit::Kind::SetPrimary) {
            st->up << QStringLiteral("run sh -c %1").arg(word(QStringLiteral("echo %1 >%2").arg(word(e.adapter), sysfs)));
            st->restore << QStringLiteral("try sh -c %1").arg(word(QStringLiteral("echo %1 >%2").arg(word(t.primary), sysfs)));
        }
        if (e.kind == TeamEdit::Kind::AddMember)
            st->restore << QStringLiteral("try ip link set %1 nomaster").arg(word(e.adapter));
        st->restore << QStringLiteral("try netplan apply");
        c->summary << Plans::tr("%1 is changed in place; the rest of the file stays as it is.").arg(path);
        return;
    }
    NetFileChange gone;
    gone.path = QStringLiteral("/etc/netplan/") + name;
    gone.remove = true;
    gone.why = Plans::tr("the team's netplan file");
    c->files << gone;
    st->up << QStringLiteral("run netplan apply")
           << QStringLiteral("[ ! -e /sys/class/net/%1 ] || run ip link del %1").arg(word(t.name));
    st->restore << QStringLiteral("try netplan apply");
    c->summary << Plans::tr("%1's netplan file is removed: the adapters' own settings apply again.").arg(t.name);
}

} // namespace

QString addressHeir(const Team &t, const NetFacts &f, const HostSnapshot &s)
{
    const IpLinkAddresses *bond = f.addresses.link(t.name);
    if (bond && !bond->mac.isEmpty())
        for (const TeamMember &m : t.members)
            if (const Nic *n = s.nic(m.name); n && n->mac.compare(bond->mac, Qt::CaseInsensitive) == 0)
                return m.name;
    if (!t.active.isEmpty())
        return t.active;
    return t.members.isEmpty() ? QString() : t.members.first().name;
}

NetChange planTeamEdit(const HostSnapshot &s, const NetFacts &f, const TeamEdit &e)
{
    NetChange c;
    c.id = netscript::changeId(e.team, e.now);
    c.rollbackSec = qMax(30, e.rollbackSec);
    c.title = titleOf(e);
    const Team *t = s.team(e.team);
    if (!t) {
        c.errors << Plans::tr("%1 is no longer on %2: refresh and choose again.").arg(e.team, s.label);
        finishNetChange(&c, {}, {});
        return c;
    }
    const QStringList members = memberNames(*t);
    switch (e.kind) {
    case TeamEdit::Kind::AddMember: {
        const Nic *n = s.nic(e.adapter);
        if (!n)
            c.errors << Plans::tr("%1 is no longer on %2 (removed or renamed): refresh and choose again.")
                            .arg(e.adapter, s.label);
        else if (!n->master.isEmpty())
            c.errors << Plans::tr("%1 is already in team %2: remove it there first.").arg(e.adapter, n->master);
        if (t->kind == QLatin1String("SFT"))
            c.errors << Plans::tr("A Switch Fault Tolerance team has exactly two adapters.");
        c.warnings << Plans::tr("Adding an adapter briefly interrupts the team's network.");
        break;
    }
    case TeamEdit::Kind::RemoveMember:
        if (!members.contains(e.adapter))
            c.errors << Plans::tr("%1 is not a member of %2.").arg(e.adapter, e.team);
        else if (members.size() <= 2)
            c.errors << Plans::tr("%1 would keep a single adapter, which is no team: delete the team instead.")
                            .arg(e.team);
        if (e.adapter == t->active)
            c.warnings << Plans::tr("%1 carries the team's traffic now: the team fails over to another member.")
                              .arg(e.adapter);
        break;
    case TeamEdit::Kind::SetPrimary:
        if (t->mode != QLatin1String("active-backup"))
            c.errors << Plans::tr("A primary adapter applies to fault-tolerance teams (active-backup); %1 is %2.")
                            .arg(e.team, t->mode);
        if (!e.adapter.isEmpty() && !members.contains(e.adapter))
            c.errors << Plans::tr("%1 is not a member of %2.").arg(e.adapter, e.team);
        break;
    case TeamEdit::Kind::Delete:
        if (t->members.isEmpty())
            c.errors << Plans::tr("%1 has no members to give its address to.").arg(e.team);
        break;
    }
    if (!f.read) {
        c.errors << Plans::tr("The host's network configuration could not be read (%1): nothing was changed. "
                              "Check the connection and try again.")
                        .arg(f.error);
        finishNetChange(&c, {}, {});
        return c;
    }
    QStringList owned = members;
    owned << e.team;
    if (e.kind == TeamEdit::Kind::AddMember)
        owned << e.adapter;
    netscript::chooseStackFor(&c, f, owned);
    c.links = owned;
    c.links.removeDuplicates();
    c.touchesConsoleLink = !f.consoleLink.isEmpty() && c.links.contains(f.consoleLink);
    if (c.touchesConsoleLink)
        c.warnings << Plans::tr("%1 carries this console's own connection: if the console cannot reconnect, the "
                                "host rolls back after %2 s.")
                          .arg(f.consoleLink)
                          .arg(c.rollbackSec);
    const QString heir = e.kind == TeamEdit::Kind::Delete ? addressHeir(*t, f, s) : QString();
    c.existingLinks << e.team;
    c.verify.bond = e.kind == TeamEdit::Kind::Delete ? QString() : e.team;
    c.verify.needsActive = t->mode == QLatin1String("active-backup");
    c.verify.link = heir;
    // Every member that should be there, not only the one that changed: a
    // change that loses another port is not confirmed.
    if (e.kind != TeamEdit::Kind::Delete) {
        c.verify.members = members;
        if (e.kind == TeamEdit::Kind::AddMember)
            c.verify.members << e.adapter;
        if (e.kind == TeamEdit::Kind::RemoveMember) {
            c.verify.members.removeAll(e.adapter);
            c.verify.notMembers << e.adapter;
        }
    }
    if (e.kind == TeamEdit::Kind::SetPrimary) {
        c.verify.checkPrimary = true;
        c.verify.primary = e.adapter;
    }
    c.summary << Plans::tr("Network stack: %1 (%2).").arg(netStackName(c.stack), c.stackReason);

    StackScript st;
    st.restoredText = QStringLiteral("%1 as it was").arg(e.team);
    if (c.errors.isEmpty()) {
        switch (c.stack) {
        case NetStack::Ifupdown: editIfupdown(&c, &st, f, *t, e, heir); break;
        case NetStack::NetworkManager: editNetworkManager(&c, &st, *t, e, heir); break;
        case NetStack::Networkd: editNetworkd(&c, &st, f, *t, e); break;
        case NetStack::Netplan: editNetplan(&c, &st, f, *t, e); break;
        case NetStack::Unknown: break;
        }
    }
    c.summary << Plans::tr("Before anything changes, the host arms its own rollback: unless the console "
                           "reconnects, checks the result and confirms within %1 s, the host restores the team "
                           "as it was.")
                     .arg(c.rollbackSec);
    // A team's own checks differ from a new one's: the team must exist (not
    // be free), the adapter joining must be free.
    finishNetChange(&c, st, e.kind == TeamEdit::Kind::AddMember ? QStringList{e.adapter} : QStringList{});
    return c;
}

} // namespace ftc
