#pragma once
// Plain `ethtool IFACE` output (ethtool 6.1, netlink/settings.c and the ioctl
// fallback in ethtool.c print the same lines): "Settings for eth1:" and then
// tab-indented "Key: value" lines, link mode lists wrapped onto continuation
// lines, and the tool's own error lines ("netlink error: No such device",
// "Cannot get device settings: Operation not supported") when a query fails.

#include "ParseError.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ftc {

// One interface's settings as `ethtool IFACE` (ethtool 6.1) prints them.
// Strings are as printed; -1 means "not printed" or "Unknown!".
struct EthtoolInfo {
    QString interface;             // from "Settings for eth1:"
    int speedMbps = -1;            // Mb/s from "Speed: 1000Mb/s"; -1 for "Unknown!" or missing, never 0
    QString duplex;                // "Full", "Half", "Unknown! (255)"
    QString autoNegotiation;       // "on", "off"
    QString port;                  // "Twisted Pair", "FIBRE", "Other", "Direct Attach Copper", ...
    int phyAddress = -1;           // "PHYAD"
    QString transceiver;           // "internal", "external"
    QString mdix;                  // "MDI-X: off (auto)"
    int lanes = -1;                // "Lanes" (ethtool 5.13+)
    int linkDetected = -1;         // "Link detected": 1 yes, 0 no, -1 not printed
    QStringList supportedPorts;    // "Supported ports: [ TP MII ]" -> TP, MII
    QStringList supportedLinkModes;    // "1000baseT/Full", ...; empty for "Not reported"
    QStringList advertisedLinkModes;
    QStringList partnerAdvertisedLinkModes; // "Link partner advertised link modes"
    QString supportsAutoNegotiation;   // "Supports auto-negotiation": "Yes", "No"
    QString advertisedAutoNegotiation; // "Advertised auto-negotiation": "Yes", "No"
    QString supportsWakeOn, wakeOn;    // "pumbg", "g", "d"
    qint64 messageLevel = -1;      // "Current message level: 0x00000007 (7)" -> 7
    QStringList messageFlags;      // the driver message names on the next line: drv probe link
    // Every "Key: value" as printed, continuation lines joined with one space
    // (including the keys decoded above), so newer ethtool lines are not lost.
    QMap<QString, QString> values;
    QStringList toolErrors;        // "netlink error: ...", "Cannot get ...: ...", "No data available"
    ParseErrors errors;            // lines that are none of the above
};

// Never throws; a failing query leaves the fields at their defaults and says
// why in toolErrors.
EthtoolInfo parseEthtool(const QByteArray &text);

// "1000Mb/s" -> 1000; "Unknown!", "", "0Mb/s" -> -1 (Mb/s, ethtool's print_speed format).
int ethtoolSpeedMbps(const QString &value);

} // namespace ftc
