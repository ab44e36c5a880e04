#pragma once
// `ip -d -j link show` (iproute2's JSON: linkinfo info_kind/info_data for the
// bond itself, info_slave_kind/info_slave_data for its ports).

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ftc {

struct IpLink {
    int ifindex = -1;
    QString name;
    QStringList flags;         // UP, LOWER_UP, SLAVE, MASTER, ...
    QString operState;         // UP, DOWN, UNKNOWN, LOWERLAYERDOWN
    QString master;
    QString linkType;          // ether, loopback, none, ...
    QString address, permAddress;
    QString parentBus, parentDev;          // "pci", "0000:10:02.0"
    QString kind;              // linkinfo.info_kind: bond, bridge, veth, vlan, ...
    QString slaveKind;         // linkinfo.info_slave_kind
    // info_data of a bond
    QString bondMode, bondActiveSlave, bondPrimary;
    int bondMiimon = -1;
    // info_slave_data of a bond port
    QString slaveState;        // ACTIVE, BACKUP
    QString slaveMiiStatus;    // UP, DOWN, GOING_BACK, GOING_DOWN
    int slaveLinkFailures = -1;
    QString slavePermAddress;

    bool adminUp() const { return flags.contains(QLatin1String("UP")); }
    bool carrier() const { return flags.contains(QLatin1String("LOWER_UP")); }
};

struct IpLinks {
    QList<IpLink> links;
    ParseErrors errors;

    const IpLink *link(const QString &name) const;
};

IpLinks parseIpLinkJson(const QByteArray &text);

} // namespace ftc
