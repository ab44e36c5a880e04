#pragma once
// /proc/net/bonding/bondN as bond_info_show_master()/bond_info_show_slave() in
// drivers/net/bonding/bond_procfs.c print it, for every mode, in current kernels
// (6.x: Peer Notification Delay, ARP Missed Max, NS IPv6 targets, LACP active,
// churn states, lacp pdu details) and older ones (3.x/4.x without them; 2.6
// "Speed: 65535 Mbps"/"-1 Mbps" for an unknown speed). Lines the parser does not
// know are kept in `extra`; only lines without a ':' are ParseErrors.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ftc {

// One "details actor lacp pdu:" / "details partner lacp pdu:" block of an
// 802.3ad slave (bond_procfs.c, printed only to CAP_NET_ADMIN readers, 4.5+).
// Plain numbers as the kernel prints them; -1 when not printed.
struct BondingLacpPdu {
    bool present = false;      // the block was printed
    int systemPriority = -1;   // "system priority"
    QString systemMac;         // "system mac address", "00:00:00:00:00:00" = no partner
    int portKey = -1;          // actor "port key", partner "oper key"
    int portPriority = -1;
    int portNumber = -1;
    int portState = -1;        // LACP port state bits (activity 1, timeout 2, aggregation 4, sync 8, ...)
};

// One "Slave Interface:" section of /proc/net/bonding/bondN
// (bond_info_show_slave() in drivers/net/bonding/bond_procfs.c).
struct BondingSlave {
    QString name;
    QString miiStatus;         // "up", "down", "going back", "going down"
    int speedMbps = -1;        // Mb/s; -1 for "Unknown" (and old kernels' 65535 / -1 / 0)
    QString duplex;            // "full", "half", "Unknown"
    int linkFailures = 0;
    QString permanentAddress;
    int queueId = -1;
    int aggregatorId = -1;     // 802.3ad; -1 also for "N/A" (no aggregator)
    QString state;             // "Slave state" line when the kernel prints one
    // 802.3ad, kernel 4.x+ (bond_3ad_churn_desc(): "monitoring", "churned", "none")
    QString actorChurnState, partnerChurnState;
    int actorChurnedCount = -1, partnerChurnedCount = -1;
    BondingLacpPdu actorPdu, partnerPdu;
    // Slave lines this parser does not know, key -> value as printed (newer kernels);
    // keys inside a lacp pdu block are prefixed "actor lacp pdu/" or "partner lacp pdu/".
    QMap<QString, QString> extra;
};

// "Active Aggregator Info:" of an 802.3ad bond (bond_procfs.c, from
// __bond_3ad_get_active_agg_info()).
struct BondingAggregator {
    int id = -1;               // "Aggregator ID"
    int ports = -1;            // "Number of ports"
    int actorKey = -1, partnerKey = -1;
    QString partnerMac;        // "Partner Mac Address", 00:00:00:00:00:00 = no LACP partner
};

// The whole of /proc/net/bonding/bondN (bond_info_seq_show() in
// drivers/net/bonding/bond_procfs.c). Times are in ms as the kernel prints
// them (already multiplied by miimon); -1 means "not printed".
struct Bonding {
    QString driverVersion;     // "v6.1.0-50-amd64", old kernels "v3.7.1 (April 27, 2011)"
    QString modeText;          // "fault-tolerance (active-backup)", as printed incl. "(fail_over_mac ...)"
    QString mode;              // kernel option name: "active-backup", "802.3ad", ...
    QString primary;           // "" for None
    QString primaryReselect;   // "always", "better", "failure"; "" when no primary
    QString failOverMac;       // active-backup "(fail_over_mac active|follow)"; "" when not printed (none)
    QString activeSlave;       // "" for None / not printed
    QString miiStatus;
    int miimonMs = -1;
    int upDelayMs = -1, downDelayMs = -1;
    int peerNotifyDelayMs = -1; // "Peer Notification Delay (ms)", 5.3+
    int arpIntervalMs = -1;
    int arpMissedMax = -1;     // "ARP Missed Max", 5.19+
    QStringList arpTargets;    // "ARP IP target/s (n.n.n.n form)"
    QStringList nsTargets;     // "NS IPv6 target/s (xx::xx form)", 5.19+
    QString transmitHashPolicy;
    int transmitHashPolicyId = -1; // the "(1)" after the policy name
    // "802.3ad info" block
    QString lacpActive;        // "on", "off" (5.15+)
    QString lacpRate;          // "fast", "slow"
    int minLinks = -1;
    QString adSelect;          // "Aggregator selection policy (ad_select)": stable, bandwidth, count
    int systemPriority = -1;   // "System priority" (CAP_NET_ADMIN readers only)
    QString systemMac;         // "System MAC address"
    bool noActiveAggregator = false; // "bond bondN has no active aggregator"
    BondingAggregator activeAggregator;
    int activeAggregatorId = -1; // == activeAggregator.id
    QList<BondingSlave> slaves;
    // Master lines this parser does not know, key -> value as printed (newer kernels).
    QMap<QString, QString> extra;
    bool truncated = false;    // the last line was cut before its ":" (no newline after it); what came before is kept
    ParseErrors errors;

    const BondingSlave *slave(const QString &name) const;
};

// Never throws: a line without ':' (other than "802.3ad info" and "bond X has
// no active aggregator") is a ParseError with its 1-based line number; unknown
// keys go to `extra`; text cut off mid-slave keeps everything read so far.
Bonding parseBonding(const QByteArray &text);

// "adaptive load balancing" -> "balance-alb"; "" when unknown.
QString bondModeFromText(const QString &modeText);

} // namespace ftc
