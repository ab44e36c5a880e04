#pragma once
// virsh outputs the poller reads: nodeinfo, domstats --raw, list --name,
// schedinfo, dominfo, domstate --reason. virsh prints "error: ..." lines on
// failure (session mode, missing domain); those are kept as toolErrors, not
// parse errors. The keys and words are virsh's English ones (libvirt 9.0
// tools/virsh-host.c, virsh-domain-monitor.c, virsh-domain.c): virsh translates
// them, so it has to run with LC_ALL=C. Throughout, a value virsh did not print
// stays -1 / empty / unknown: absent never reads as zero.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ftc {

// `virsh nodeinfo`.
struct VirshNodeInfo {
    QString cpuModel;          // "x86_64"
    int cpus = -1;
    // MHz. -1 when unknown: libvirt >= 6.x leaves the "CPU frequency" line out
    // when the kernel reports none (aarch64, s390x), older virsh prints "0 MHz".
    int mhz = -1;
    qint64 memoryKiB = -1;     // KiB ("Memory size: 4679456 KiB"; very old virsh says "kB", also KiB)
    ParseErrors errors;
};

// One domain of `virsh domstats --raw`. An inactive domain prints only what it
// has (e.g. state.state, state.reason and balloon.maximum): every field below
// it did not print stays -1.
struct DomainStats {
    QString name;
    QMap<QString, QString> values;        // every "key=value" as printed: "state.state" -> "1", ...
    int state = -1;            // state.state, virDomainState (1 running, 5 shut off, ...)
    int stateReason = -1;      // state.reason, per-state reason code (virDomainShutoffReason 2 = destroyed, ...)
    qint64 balloonCurrentKiB = -1, balloonMaximumKiB = -1;   // KiB
    int vcpuCurrent = -1, vcpuMaximum = -1;
    qint64 cpuTimeNs = -1;     // cpu.time, ns of host CPU used since the domain started
};

// `virsh domstats --raw [DOMAIN...]`: one block a domain.
struct DomStats {
    QList<DomainStats> domains;
    QStringList toolErrors;
    ParseErrors errors;
};

// `virsh list --name` / `list --all` and friends: domain names.
struct VirshNameList {
    QStringList names;
    QStringList toolErrors;
    ParseErrors errors;
};

// libvirt's largest CPU quota in microseconds (2^44 - 1); a quota at or above
// it is "no limit", as cgroup v2 hosts print it.
constexpr qint64 kSchedQuotaUnlimited = 17592186044415LL;

// Whether a schedinfo value means "not set / use the default" rather than a
// setting: *shares 0 (the default weight applies), *_period 0 (the kernel's
// 100000 us applies), *_quota 0, negative or >= kSchedQuotaUnlimited (no cap),
// Xen credit's cap 0 (no cap). Other parameters ("weight", ...) have no such
// value: false.
bool schedValueIsDefault(const QString &key, qint64 value);

// `virsh schedinfo DOMAIN [--live|--config]`. Periods and quotas are in
// microseconds, shares a relative weight. Which lines appear depends on the
// libvirt version (before 2.x only cpu_shares, vcpu_period, vcpu_quota and
// emulator_*; global_* and iothread_* came later): a parameter not printed is
// absent from params, so param() answers the fallback (-1).
// For an inactive domain (or --config) virsh prints 0 for every parameter the
// domain's XML does not set; a running domain shows the kernel's values
// (1024 shares, 100000 period, -1 quota). Use schedValueIsDefault() to tell a
// real setting from "not set".
struct SchedInfo {
    QString scheduler;         // "posix", "Unknown"
    QMap<QString, qint64> params;         // cpu_shares, vcpu_quota, vcpu_period, ...
    QStringList toolErrors;
    ParseErrors errors;

    qint64 param(const QString &key, qint64 fallback = -1) const { return params.value(key, fallback); }
    // The parameter was printed and holds a real setting, not "not set / default".
    bool isSet(const QString &key) const
    {
        return params.contains(key) && !schedValueIsDefault(key, params.value(key));
    }
};

// Yes/no/unknown for dominfo's flags: nullopt when virsh did not print the line
// or printed "unknown" (the call failed), never a guessed false.
using TriState = std::optional<bool>;

// `virsh dominfo DOMAIN`.
struct DomInfo {
    int id = -1;               // -1 for "-" (inactive)
    QString name;
    QString uuid;
    QString osType;            // "hvm", "linux" (test driver), "exe" (lxc)
    QString state;             // the word as printed: "running", "shut off", "in shutdown", ...
    int stateCode = -1;        // virDomainState for state, -1 if the word is unknown
    int cpus = -1;             // "CPU(s)", current vCPUs
    // Seconds of host CPU used, to 0.1 s. -1 when the line is absent: virsh
    // leaves it out when cpuTime is 0, i.e. for an inactive domain.
    double cpuTimeSec = -1;
    qint64 maxMemoryKiB = -1;  // KiB; -1 when absent or "no limit"
    bool maxMemoryUnlimited = false;      // "Max memory: no limit"
    qint64 usedMemoryKiB = -1; // KiB; -1 when absent
    TriState persistent;       // "yes"/"no"/"unknown"
    TriState autostart;        // "enable"/"disable"; absent when the driver cannot tell
    TriState managedSave;      // "yes"/"no"/"unknown"
    QString securityModel;     // "selinux", "apparmor", "none"; empty when no model is active
    QString securityLabel;     // "system_u:...:s0:c1,c2 (enforcing)", running domains only
    QStringList messages;      // "Messages:" and its continuation lines ("tainted: ...")
    QMap<QString, QString> extra;         // keys not named above ("Security DOI", newer virsh's additions)
    QStringList toolErrors;
    ParseErrors errors;
};

// `virsh domstate --reason DOMAIN`: "shut off (destroyed)". Without --reason
// virsh prints the state word alone; reason stays empty.
struct DomState {
    QString state;             // "running", "shut off", ...
    int stateCode = -1;        // virDomainState, -1 if the word is unknown
    QString reason;            // "booted", "destroyed", "saved", ...; empty when not printed
    QStringList toolErrors;
    ParseErrors errors;
};

VirshNodeInfo parseVirshNodeInfo(const QByteArray &text);
DomStats parseVirshDomStats(const QByteArray &text);
// `list --name` (one name a line) or the table form (" Id  Name  State").
VirshNameList parseVirshNameList(const QByteArray &text);
SchedInfo parseVirshSchedInfo(const QByteArray &text);
DomInfo parseVirshDomInfo(const QByteArray &text);
DomState parseVirshDomState(const QByteArray &text);

// virDomainState number -> the word virsh prints ("running", "shut off", ...).
QString domainStateName(int state);
// The reverse, for dominfo and domstate: -1 for a word virsh does not print.
int domainStateFromName(const QString &word);

} // namespace ftc
