#pragma once
// /proc/net/bonding/bondN as bond_info_show_master()/bond_info_show_slave() in
// drivers/net/bonding/bond_procfs.c print it, for every mode.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ftc {

struct BondingSlave {
    QString name;
    QString miiStatus;         // "up", "down", "going back", "going down"
    int speedMbps = -1;        // -1 for "Unknown"
    QString duplex;            // "full", "half", "Unknown"
    int linkFailures = 0;
    QString permanentAddress;
    int queueId = -1;
    int aggregatorId = -1;     // 802.3ad
    QString state;             // "Slave state" line when the kernel prints one
};

struct Bonding {
    QString driverVersion;     // "v6.1.0-50-amd64"
    QString modeText;          // "fault-tolerance (active-backup)"
    QString mode;              // kernel option name: "active-backup", "802.3ad", ...
    QString primary;           // "" for None
    QString primaryReselect;
    QString activeSlave;       // "" for None / not printed
    QString miiStatus;
    int miimonMs = -1;
    int upDelayMs = -1, downDelayMs = -1;
    int arpIntervalMs = -1;
    QStringList arpTargets;
    QString transmitHashPolicy;
    QString lacpRate;
    int activeAggregatorId = -1;
    QList<BondingSlave> slaves;
    ParseErrors errors;

    const BondingSlave *slave(const QString &name) const;
};

Bonding parseBonding(const QByteArray &text);

// "adaptive load balancing" -> "balance-alb"; "" when unknown.
QString bondModeFromText(const QString &modeText);

} // namespace ftc
