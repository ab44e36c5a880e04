// Links as the kernel changes them: bonds (the bonding driver), bridges, who
// is whose master, up and down. `ip link add|set|del` and the demo's ifupdown
// (SimIfupdown.cpp) both change links only through these, so a team built
// either way looks the same to every reader.

#include "SimCommands.h"

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

QByteArray noDevice(const QString &dev) { return "Cannot find device \"" + b(dev) + "\"\n"; }

const QStringList &bondModes()
{
    static const QStringList modes{"balance-rr", "active-backup", "balance-xor", "broadcast",
                                   "802.3ad", "balance-tlb", "balance-alb"};
    return modes;
}

// A mode by name or by the driver's number ("1" is active-backup).
QString modeName(const QString &m)
{
    bool num = false;
    const int n = m.toInt(&num);
    return num && n >= 0 && n < bondModes().size() ? bondModes()[n] : m;
}

int nextIfindex(const SimState &s)
{
    int idx = 6;
    for (const SimNic &n : s.nics)
        idx = qMax(idx, n.ifindex + 1);
    for (const SimBond &o : s.bonds)
        idx = qMax(idx, o.ifindex + 1);
    for (const SimBridge &o : s.bridges)
        idx = qMax(idx, o.ifindex + 1);
    return idx;
}

// A locally administered MAC for a link the kernel makes up (a bond before
// its first slave, a bridge before its first port): random on a real host,
// derived from the ifindex here so runs repeat.
QString madeUpMac(int idx)
{
    return QStringLiteral("0e:%1:7c:4a:%2:01").arg(idx, 2, 16, QLatin1Char('0')).arg(idx * 7 % 256, 2, 16, QLatin1Char('0'));
}

// The bridge's MAC follows its first port unless one was set.
void settleBridgeMac(SimState &s, SimBridge &br, bool fixed)
{
    if (fixed || br.ports.isEmpty())
        return;
    const QString first = br.ports.first();
    if (const SimNic *n = s.nic(first))
        br.mac = n->mac;
    else if (const SimBond *bd = s.bond(first))
        br.mac = bd->mac;
}

// `type bond mode M miimon N primary P` options, shared by add and set.
CommandResult applyBondOptions(SimState &s, SimBond &bd, const Argv &opts)
{
    for (qsizetype i = 0; i < opts.size(); ++i) {
        const QByteArray &k = opts[i];
        const QString v = QString::fromUtf8(opts.value(i + 1));
        if (k == "mode") {
            const QString m = modeName(v);
            if (!bondModes().contains(m))
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
    if (!s.nic(dev) && !s.bond(dev) && !s.bridge(dev))
        return fail(1, noDevice(dev));
    while (i < args.size()) {
        const QByteArray &k = args[i++];
        if (k == "up" || k == "down") {
            setLinkUp(s, dev, k == "up");
        } else if (k == "master") {
            const CommandResult r = setMaster(s, dev, QString::fromUtf8(args.value(i++)));
            if (r.exitCode != 0)
                return r;
        } else if (k == "nomaster") {
            releaseFromMaster(s, dev);
        } else if (k == "type") {
            SimBond *bd = s.bond(dev);
            if (!bd || args.value(i) != "bond")
                return fail(255, "Error: argument of \"type\" is wrong.\n");
            CommandResult r = applyBondOptions(s, *bd, args.mid(i + 1));
            if (r.exitCode != 0)
                return r;
            i = args.size();
        } else if (k == "address") {
            setLinkMac(s, dev, QString::fromUtf8(args.value(i++)));
        } else if (k == "mtu" || k == "name" || k == "alias") {
            ++i;
        } else {
            return fail(255, "Error: either \"dev\" is duplicate, or \"" + k + "\" is a garbage.\n");
        }
    }
    refreshBonds(s);
    return ok();
}

} // namespace

bool slaveUp(const SimNic &n) { return n.adminUp && n.carrier; }

bool hasActiveSlave(const QString &mode)
{
    return mode == QLatin1String("active-backup") || mode == QLatin1String("balance-alb")
        || mode == QLatin1String("balance-tlb");
}

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

CommandResult addBond(SimState &s, const QString &name, const Argv &options)
{
    if (name.isEmpty() || s.hasLink(name))
        return fail(2, "RTNETLINK answers: File exists\n");
    SimBond bd;
    bd.name = name;
    bd.ifindex = nextIfindex(s);
    bd.adminUp = false;
    bd.mode = QStringLiteral("balance-rr");
    bd.mac = madeUpMac(bd.ifindex);
    s.bonds.append(bd);
    CommandResult r = applyBondOptions(s, s.bonds.last(), options);
    if (r.exitCode != 0)
        s.bonds.removeLast();
    return r;
}

CommandResult addBridge(SimState &s, const QString &name)
{
    if (name.isEmpty() || s.hasLink(name))
        return fail(2, "RTNETLINK answers: File exists\n");
    SimBridge br;
    br.name = name;
    br.ifindex = nextIfindex(s);
    br.adminUp = false;
    br.mac = madeUpMac(br.ifindex);
    s.bridges.append(br);
    return ok();
}

CommandResult setMaster(SimState &s, const QString &dev, const QString &master)
{
    SimNic *n = s.nic(dev);
    SimBond *port = s.bond(dev);
    if (!n && !port && !s.bridge(dev))
        return fail(1, noDevice(dev));
    if (SimBridge *br = s.bridge(master)) {
        // A bridge takes adapters and bonds, up or down, and leaves them as they are.
        if (!n && !port)
            return fail(2, "Error: Device can not be enslaved to itself or another bridge.\n");
        QString &current = n ? n->master : port->master;
        if (current == master)
            return ok();
        if (!current.isEmpty())
            return fail(2, "Error: Device is already a slave.\n");
        current = master;
        br->ports.append(dev);
        settleBridgeMac(s, *br, br->ports.size() > 1);
        return ok();
    }
    SimBond *target = s.bond(master);
    if (!target)
        return fail(1, noDevice(master));
    if (!n)
        return fail(2, "Error: Device can not be enslaved while up.\n");
    if (n->master == master)
        return ok();
    if (!n->master.isEmpty())
        return fail(2, "Error: Device is already a slave.\n");
    if (n->adminUp)
        return fail(2, "Error: Device can not be enslaved while up.\n");
    n->master = master;
    n->adminUp = true; // the bond opens its slave
    target->slaves.append(n->name);
    if (target->slaves.size() == 1)
        target->mac = n->mac;
    // A slave carries no addresses of its own: the bond does.
    s.addresses.removeIf([&](const SimAddress &a) { return a.link == dev; });
    s.defaultRoutes.removeIf([&](const SimRoute &r) { return r.dev == dev; });
    refreshBonds(s);
    return ok();
}

CommandResult releaseFromMaster(SimState &s, const QString &dev)
{
    SimNic *n = s.nic(dev);
    SimBond *port = s.bond(dev);
    QString *master = n ? &n->master : port ? &port->master : nullptr;
    if (!master || master->isEmpty())
        return ok();
    if (SimBridge *br = s.bridge(*master)) {
        br->ports.removeAll(dev);
    } else if (SimBond *old = s.bond(*master)) {
        old->slaves.removeAll(dev);
        if (old->active == dev)
            old->active.clear();
        // bond_release() closes the slave before it gives back its MAC.
        if (n)
            n->adminUp = false;
    }
    master->clear();
    refreshBonds(s);
    return ok();
}

CommandResult deleteLink(SimState &s, const QString &name)
{
    if (s.nic(name) || name == QLatin1String("lo"))
        return fail(2, "RTNETLINK answers: Operation not supported\n");
    SimBond *bd = s.bond(name);
    SimBridge *br = s.bridge(name);
    if (!bd && !br)
        return fail(1, noDevice(name));
    // A bond's slaves are released, a bridge's ports let go; a link that was
    // a bridge's port leaves it.
    releaseFromMaster(s, name);
    QStringList below = bd ? bd->slaves : br->ports;
    for (const QString &d : std::as_const(below))
        releaseFromMaster(s, d);
    s.bonds.removeIf([&](const SimBond &x) { return x.name == name; });
    s.bridges.removeIf([&](const SimBridge &x) { return x.name == name; });
    s.addresses.removeIf([&](const SimAddress &a) { return a.link == name; });
    s.defaultRoutes.removeIf([&](const SimRoute &r) { return r.dev == name; });
    refreshBonds(s);
    return ok();
}

CommandResult setBondPrimary(SimState &s, const QString &bond, const QString &slave)
{
    SimBond *bd = s.bond(bond);
    if (!bd)
        return fail(1, noDevice(bond));
    // bond_option_primary_set(): only the modes with one active slave have a
    // primary; any name is recorded (it takes effect once it is enslaved), an
    // empty one clears it; the active slave is chosen again at once.
    if (!hasActiveSlave(bd->mode))
        return fail(1, "Invalid argument\n");
    bd->primary = slave;
    refreshBonds(s);
    return ok();
}

CommandResult setLinkUp(SimState &s, const QString &name, bool up)
{
    if (SimNic *n = s.nic(name))
        n->adminUp = up;
    else if (SimBond *bd = s.bond(name))
        bd->adminUp = up;
    else if (SimBridge *br = s.bridge(name))
        br->adminUp = up;
    else
        return fail(1, noDevice(name));
    // The kernel drops the routes through a link that goes down.
    if (!up)
        s.defaultRoutes.removeIf([&](const SimRoute &r) { return r.dev == name; });
    refreshBonds(s);
    return ok();
}

CommandResult setLinkMac(SimState &s, const QString &name, const QString &mac)
{
    if (SimBond *bd = s.bond(name))
        bd->mac = mac;
    else if (SimBridge *br = s.bridge(name))
        br->mac = mac;
    else if (s.nic(name))
        return fail(2, "RTNETLINK answers: Operation not supported\n"); // the demo's adapters keep their MAC
    else
        return fail(1, noDevice(name));
    return ok();
}

CommandResult ipLink(SimState &s, const QByteArray &verb, const Argv &rest)
{
    if (verb == "set")
        return ipLinkSet(s, rest);
    if (verb == "add") {
        qsizetype k = 0;
        if (rest.value(k) == "name" || rest.value(k) == "dev")
            ++k;
        const QString name = QString::fromUtf8(rest.value(k++));
        if (rest.value(k) != "type" || (rest.value(k + 1) != "bond" && rest.value(k + 1) != "bridge"))
            return fail(2, "Error: the simulated host creates bonds and bridges only.\n");
        if (rest.value(k + 1) == "bridge") {
            if (rest.size() > k + 2)
                return fail(255, "Error: the simulated host takes no bridge options.\n");
            return addBridge(s, name);
        }
        return addBond(s, name, rest.mid(k + 2));
    }
    if (verb == "del" || verb == "delete") {
        qsizetype k = 0;
        if (rest.value(k) == "dev")
            ++k;
        return deleteLink(s, QString::fromUtf8(rest.value(k)));
    }
    return fail(255, "Command \"" + verb + "\" is unknown, try \"ip link help\".\n");
}

} // namespace ftc::sim
