#pragma once
// The Virtual Server CPU model on top of the kernel's CFS: a relative weight,
// a maximum and a reservation per VM, all in % of one CPU.
//
// The kernel has shares (cpu_shares, proportional under contention) and a cap
// (vcpu_quota per vcpu_period), but no reservation. A reservation is made a
// guarantee by admission (the reservations together never exceed what the
// host offers its VMs) and by deriving every VM's cpu_shares from weights and
// reservations together, as vSphere does:
//
//   C             = 100 * host CPUs - host reserve        (% of one CPU)
//   entitlement_i = r_i + w_i / sum(w) * (C - sum(r))
//   cpu_shares_i  = entitlement_i * 1024 / 100, within libvirt's [2, 262144]
//
// Shares proportional to entitlements give each VM entitlement_i of C when all
// VMs want the CPU, and more when some do not (CFS hands idle time on), so
// each VM always gets at least its reservation. One VM's change moves the
// sums, so it re-plans every VM on the host.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ftc {

inline constexpr qint64 kMinCpuShares = 2;          // libvirt's range for cpu_shares
inline constexpr qint64 kMaxCpuShares = 262144;
inline constexpr qint64 kDefaultCpuShares = 1024;   // the kernel's and libvirt's default: weight 100
inline constexpr qint64 kCpuPeriodUs = 100000;      // vcpu_period the console sets, µs
inline constexpr qint64 kUnlimitedQuota = 17592186044415LL;  // libvirt's "no limit" on cgroup v2 (2^44 - 1)

// cpu_shares -> weight (1..10000) for a VM the console never set: 1024 is
// 100. schedinfo of an inactive domain prints 0 for a value that is not set,
// which is the default, weight 100. -1 when unknown (shares < 0).
int weightFromShares(qint64 cpuShares);
// vcpu_quota/vcpu_period (µs) -> % of one CPU each vCPU may use; 100 when
// there is no cap (quota -1, 0 as an inactive domain prints it, or libvirt's
// 2^44 - 1). -1 when unknown (quota not reported).
int maxPctFromQuota(std::optional<qint64> vcpuQuota, std::optional<qint64> vcpuPeriod);
// % of one CPU -> vcpu_quota for kCpuPeriodUs; -1 (no cap) for 100.
qint64 quotaForMaxPct(int maxPct);

struct CpuClaim {
    QString vm;
    int weight = 100;          // 1..10000
    int reservePct = 0;        // % of one CPU for the whole VM, 0..100
    int maxPct = 100;          // % of one CPU per vCPU, 1..100
    int vcpus = 1;
    bool running = false;      // competes for the CPU now
};

struct CpuEntitlement {
    QString vm;
    double entitledPct = 0;    // % of one CPU its shares are worth when every VM wants all it can get
    double underContentionPct = 0;   // what it gets then: entitlement, capped by its maximum and vCPUs,
                                     // with what capped VMs leave handed on by shares (running VMs only; 0 otherwise)
    qint64 cpuShares = kDefaultCpuShares;
};

struct CpuSchedule {
    double capacityPct = 0;    // C: what the host offers its VMs, % of one CPU
    double reservedPct = 0;    // sum of reservations
    QList<CpuEntitlement> vms; // in the order of the claims
    QStringList errors;        // each names the VM and what to do; empty when admissible
    const CpuEntitlement *find(const QString &vm) const;
};

// hostCpus: the host's CPUs; hostReservePct: % of one CPU kept for the host's
// own work (qemu's emulator threads, the host's services), taken off C.
// Errors: a weight, reservation or maximum out of range, a maximum below the
// VM's reservation, reservations beyond C.
CpuSchedule scheduleCpu(const QList<CpuClaim> &claims, int hostCpus, int hostReservePct);

} // namespace ftc
