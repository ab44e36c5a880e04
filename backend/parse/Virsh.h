#pragma once
// virsh outputs the poller reads: nodeinfo, domstats --raw, list --name,
// schedinfo. virsh prints "error: ..." lines on failure (session mode, missing
// domain); those are kept as toolErrors, not parse errors.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ftc {

struct VirshNodeInfo {
    QString cpuModel;          // "x86_64"
    int cpus = -1;
    int mhz = -1;
    qint64 memoryKiB = -1;
    ParseErrors errors;
};

struct DomainStats {
    QString name;
    QMap<QString, QString> values;        // "state.state" -> "1", ...
    int state = -1;            // virDomainState
    qint64 balloonCurrentKiB = -1, balloonMaximumKiB = -1;
    int vcpuCurrent = -1, vcpuMaximum = -1;
    qint64 cpuTimeNs = -1;
};

struct DomStats {
    QList<DomainStats> domains;
    QStringList toolErrors;
    ParseErrors errors;
};

struct VirshNameList {
    QStringList names;
    QStringList toolErrors;
    ParseErrors errors;
};

struct SchedInfo {
    QString scheduler;         // "posix", "Unknown"
    QMap<QString, qint64> params;         // cpu_shares, vcpu_quota, vcpu_period, ...
    QStringList toolErrors;
    ParseErrors errors;

    qint64 param(const QString &key, qint64 fallback = -1) const { return params.value(key, fallback); }
};

VirshNodeInfo parseVirshNodeInfo(const QByteArray &text);
DomStats parseVirshDomStats(const QByteArray &text);
// `list --name` (one name a line) or the table form (" Id  Name  State").
VirshNameList parseVirshNameList(const QByteArray &text);
SchedInfo parseVirshSchedInfo(const QByteArray &text);

// virDomainState number -> the word virsh prints ("running", "shut off", ...).
QString domainStateName(int state);

} // namespace ftc
