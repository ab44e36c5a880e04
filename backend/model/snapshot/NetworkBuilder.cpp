#include "AreaBuilders.h"
#include "BuildSupport.h"

#include "model/Modules.h"
#include "parse/Bonding.h"
#include "parse/IpLink.h"
#include "parse/NetChangeStatus.h"
#include "parse/NicSysfs.h"
#include "parse/SysLinks.h"

namespace ftc {

using namespace snapshot;

namespace {


bool isPhysicalNic(const IpLink &l, const QMap<QString, QString> &netLinks)
{
    if (l.name == QLatin1String("lo") || l.linkType == QLatin1String("loopback") || !l.kind.isEmpty())
        return false;
    if (!l.linkType.isEmpty() && l.linkType != QLatin1String("ether")
        && l.linkType != QLatin1String("infiniband"))
        return false;
    if (!l.parentBus.isEmpty())
        return true;
    const auto it = netLinks.constFind(l.name);
    if (it != netLinks.constEnd())
        return !isVirtualDevicePath(it.value());
    // Old iproute2 prints no parentbus and sys-net is missing: an ether link
    // without a link kind is most likely hardware.
    return true;
}

QString teamKind(const QString &mode)
{
    if (mode == QLatin1String("active-backup"))
        return QStringLiteral("AFT"); // SFT needs the switches, which are not known yet
    if (mode == QLatin1String("balance-alb"))
        return QStringLiteral("ALB");
    if (mode == QLatin1String("balance-tlb"))
        return QStringLiteral("TLB");
    if (mode == QLatin1String("802.3ad"))
        return QStringLiteral("LACP");
    if (mode == QLatin1String("balance-rr"))
        return QStringLiteral("RR");
    if (mode == QLatin1String("balance-xor"))
        return QStringLiteral("XOR");
    if (mode == QLatin1String("broadcast"))
        return QStringLiteral("BROADCAST");
    return {};
}

QString miiWord(const QString &ipWord)
{
    // ip's UP/DOWN/GOING_BACK -> /proc's up/down/going back
    return ipWord.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

void buildNetwork(const RawSources &raw, HostSnapshot *s)
{
    buildNetChanges(raw, s);
    const QMap<QString, QString> netLinks = sysLinks(s, raw, QStringLiteral("sys-net"));
    IpLinks links;
    if (const QByteArray *t = source(raw, QStringLiteral("ip-link.json"))) {
        links = parseIpLinkJson(*t);
        reportErrors(s, raw, QStringLiteral("ip-link.json"), links.errors);
    }

    // Bonds from every source that names them: ip link, the bonding driver's
    // own list, and the /proc/net/bonding files a capture may hold alone.
    QStringList bondNames;
    const auto addBond = [&](const QString &name) {
        if (!name.isEmpty() && !bondNames.contains(name))
            bondNames.append(name);
    };
    for (const IpLink &l : links.links)
        if (l.kind == QLatin1String("bond"))
            addBond(l.name);
    if (const QByteArray *t = source(raw, QStringLiteral("bonding_masters"))) {
        const BondingMasters masters = parseBondingMasters(*t);
        reportErrors(s, raw, QStringLiteral("bonding_masters"), masters.errors);
        for (const QString &b : masters.names)
            addBond(b);
    }
    for (auto it = raw.files.constBegin(); it != raw.files.constEnd(); ++it)
        if (it.key().startsWith(QLatin1String("bonding/")))
            addBond(it.key().mid(8));
    NicSysfs nicFiles;
    if (const QByteArray *t = source(raw, QStringLiteral("nic-sysfs"))) {
        nicFiles = parseNicSysfs(*t);
        reportErrors(s, raw, QStringLiteral("nic-sysfs"), nicFiles.errors);
    }
    QMap<QString, Bonding> bondings;
    for (const QString &b : bondNames) {
        const QString key = QStringLiteral("bonding/%1").arg(b);
        if (const QByteArray *t = source(raw, key)) {
            Bonding info = parseBonding(*t);
            reportErrors(s, raw, key, info.errors);
            bondings.insert(b, info);
        }
    }
    auto bondSlave = [&](const QString &nic) -> const BondingSlave * {
        for (const Bonding &b : bondings)
            if (const BondingSlave *sl = b.slave(nic))
                return sl;
        return nullptr;
    };

    QList<DeviceLocation> locations;
    for (const IpLink &l : links.links) {
        if (!isPhysicalNic(l, netLinks))
            continue;
        Nic n;
        n.name = l.name;
        n.mac = !l.permAddress.isEmpty() ? l.permAddress
            : !l.slavePermAddress.isEmpty() ? l.slavePermAddress : l.address;
        n.adminUp = l.adminUp();
        n.carrier = l.carrier();
        n.operState = l.operState;
        n.master = l.master;
        const NicSysfsEntry *files = nicFiles.nic(l.name);
        if (files) {
            n.driver = files->driver;
            n.speedMbps = files->speedMbps;
            n.duplex = files->duplex;
        }
        if (const BondingSlave *sl = bondSlave(l.name)) {
            // /proc/net/bonding is read in every refresh, sysfs's speed only
            // in full reads: a member's speed is the bond's when it knows it.
            if (sl->speedMbps > 0) {
                n.speedMbps = sl->speedMbps;
                const QString duplex = sl->duplex.toLower();
                if (duplex == QLatin1String("full") || duplex == QLatin1String("half"))
                    n.duplex = duplex;
            }
            if (n.mac.isEmpty())
                n.mac = sl->permanentAddress;
        }
        const QString path = netLinks.value(l.name);
        n.pciPath = pciFunction(path);
        if (n.pciPath.isEmpty() && l.parentBus == QLatin1String("pci"))
            n.pciPath = l.parentDev;
        if (n.pciPath.isEmpty() && files)
            n.pciPath = files->pciSlot;
        locations.append({n.name, path, moduleOverrideKey(n)});
        s->nics.append(n);
    }
    const QMap<QString, Placement> places = placeDevices(locations, raw.moduleOverrides);
    for (Nic &n : s->nics) {
        const Placement p = places.value(n.name);
        n.module = p.module;
        n.slot = p.slot;
    }

    for (const QString &b : bondNames) {
        const IpLink *l = links.link(b);
        const auto bit = bondings.constFind(b);
        const Bonding *info = bit == bondings.constEnd() ? nullptr : &bit.value();
        Team t;
        t.name = b;
        t.mode = info && !info->mode.isEmpty() ? info->mode : (l ? l->bondMode : QString());
        t.kind = teamKind(t.mode);
        if (info) {
            t.active = info->activeSlave;
            t.primary = info->primary;
            t.miimonMs = qMax(0, info->miimonMs);
            t.miiStatus = info->miiStatus;
            t.arpIntervalMs = qMax(0, info->arpIntervalMs);
            t.arpTargets = info->arpTargets;
            t.failOverMac = info->failOverMac;
            t.lacpRate = info->lacpRate;
            t.aggregatorId = info->activeAggregator.id;
            t.aggregatorPorts = info->activeAggregator.ports;
            t.partnerMac = info->activeAggregator.partnerMac;
        } else if (l) {
            t.active = l->bondActiveSlave;
            t.primary = l->bondPrimary;
            t.miimonMs = qMax(0, l->bondMiimon);
            t.miiStatus = l->operState.toLower();
        }
        QStringList memberNames;
        if (info)
            for (const BondingSlave &sl : info->slaves)
                memberNames.append(sl.name);
        for (const IpLink &p : links.links)
            if (p.master == b && !memberNames.contains(p.name))
                memberNames.append(p.name);
        for (const QString &mn : memberNames) {
            TeamMember tm;
            tm.name = mn;
            const BondingSlave *sl = info ? info->slave(mn) : nullptr;
            const IpLink *pl = links.link(mn);
            if (sl) {
                tm.link = sl->miiStatus;
                tm.failures = sl->linkFailures;
                tm.speedMbps = sl->speedMbps;
            } else if (pl) {
                tm.link = miiWord(pl->slaveMiiStatus.isEmpty() ? pl->operState : pl->slaveMiiStatus);
                tm.failures = qMax(0, pl->slaveLinkFailures);
            }
            if (const Nic *n = s->nic(mn)) {
                tm.module = n->module;
                // A team read from ip link alone still has its adapters' speed.
                if (tm.speedMbps < 0)
                    tm.speedMbps = n->speedMbps;
            }
            t.members.append(tm);
        }
        s->teams.append(t);
    }

    for (const IpLink &l : links.links) {
        if (l.kind != QLatin1String("bridge"))
            continue;
        Bridge br;
        br.name = l.name;
        br.up = l.operState == QLatin1String("UP");
        for (const IpLink &p : links.links) {
            if (p.master != l.name)
                continue;
            // libvirt's taps are tun devices (vnetN); a VM's NIC on the bridge.
            if (p.kind == QLatin1String("tun") || p.name.startsWith(QLatin1String("vnet")))
                br.taps << p.name;
            else
                br.ports << p.name;
        }
        s->bridges.append(br);
    }
}

void buildNetChanges(const RawSources &raw, HostSnapshot *s)
{
    const QByteArray *listing = source(raw, QStringLiteral("net-changes"));
    if (!listing)
        return;
    // The status files as `grep -H '' FILES` prints them: PATH:LINE.
    QMap<QString, QString> lastLine;
    if (const QByteArray *st = source(raw, QStringLiteral("net-change-status")))
        for (const QByteArray &line : st->split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QString path = QString::fromUtf8(line.left(colon));
            const QString id = path.section(QLatin1Char('/'), -2, -2);
            const QString text = QString::fromUtf8(line.mid(colon + 1)).trimmed();
            if (!id.isEmpty() && !text.isEmpty())
                lastLine.insert(id, text);
        }
    for (const QByteArray &name : listing->split('\n')) {
        const QString id = QString::fromUtf8(name).trimmed();
        if (id.isEmpty())
            continue;
        const NetChangeStatusLine l = parseNetChangeStatusLine(lastLine.value(id));
        s->netChanges.append({id, l.word, l.epoch, l.text});
    }
}

void linkBridgesToVms(HostSnapshot *s)
{
    for (Bridge &br : s->bridges) {
        br.vms.clear();
        for (const Vm &vm : s->vms)
            for (const QString &tap : vm.hostNics)
                if (br.taps.contains(tap) && !br.vms.contains(vm.name))
                    br.vms << vm.name;
        br.vms.sort();
    }
}


} // namespace ftc
