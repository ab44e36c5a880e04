#pragma once
// The guide's Resource Assignment: for each server to virtualize, its
// measured memory and CPU use give the minimum the VM needs (40 % of a 1 GiB
// server: 410 MiB; 70 % of a 1 GHz CPU: 0.7 GHz), the allocation adds the
// guide's 50 % headroom, and the totals (its table 3) are held against the
// host (its table 4: memory, mirrored disk, CPU GHz). Kept per host in the
// user's data directory, so the plan outlives the console and reports can
// carry it; each row becomes a VM through the create wizard.

#include "VmCreate.h"

#include <QJsonObject>

namespace ftc {

struct PlannedServer {
    QString name;              // the VM's name to be ("DC1")
    QString role;              // "Domain controller"
    qint64 installedMiB = 1024;        // memory of the physical server today
    double memoryUsePct = 50;          // its measured memory use, % of installedMiB
    double cpuGHz = 1.0;               // its processor, GHz
    double cpuUsePct = 50;             // its measured CPU use, % of cpuGHz
    qint64 diskGiB = 40;               // the fixed-size virtual disk it gets: OS, applications, data and growth
    // What the admin decided instead of the computed allocation; -1: computed.
    qint64 memoryOverrideMiB = -1;
    double cpuOverrideGHz = -1;

    // installedMiB × use, rounded up to whole MiB.
    qint64 minimumMiB() const;
    // The minimum and 50 %, rounded up to 64 MiB; or the override.
    qint64 allocationMiB() const;
    double minimumGHz() const;         // cpuGHz × use
    double allocationGHz() const;      // the minimum and 50 %; or the override

    bool operator==(const PlannedServer &) const = default;
};

struct ResourcePlan {
    QList<PlannedServer> servers;
    bool operator==(const ResourcePlan &) const = default;
};

// The plan's totals against the host.
struct PlanTotals {
    qint64 memoryMiB = 0;      // sum of allocations
    qint64 diskGiB = 0;
    double cpuGHz = 0;
    qint64 hostMemoryMiB = 0;  // the host's RAM
    qint64 hostReserveMiB = 0; // kept for the host itself
    double hostGHz = 0;        // CPUs × clock
    int hostCpus = 0;
    double hostCpuGHz = 0;     // one CPU's clock
    qint64 mirroredGiB = 0;    // the size of the host's mirrors, system mirror included (the guide's table 4)
    qint64 freeGiB = -1;       // free where images may go (VmHostFacts), -1 unknown
    QStringList shortfalls;    // where the host falls short, each saying by how much and what to do
};

// hostReserveBytes as in memoryAdmission; facts (optional): the places read,
// for free space on Duplex mirrors.
PlanTotals planTotals(const ResourcePlan &plan, const HostSnapshot &snapshot, qint64 hostReserveBytes,
                      const VmHostFacts *facts = nullptr);

// The server's CPU allocation as a reservation in % of one host CPU (the
// console's CPU model), at most 100. 0 when the host's clock is not known.
int reservePctFor(const PlannedServer &server, const HostSnapshot &snapshot);

// The create wizard's request for the server: its name, allocation, vCPUs
// enough for its GHz (at least 1, at most the host's CPUs), a fixed-size disk
// in imageDir, the reservation, started with the host.
VmCreateRequest createRequestFor(const PlannedServer &server, const HostSnapshot &snapshot, const QString &imageDir);

// JSON: {"format": 1, "servers": [{"name", "role", "installed_mib", "memory_use_pct", "cpu_ghz",
// "cpu_use_pct", "disk_gib", "memory_override_mib", "cpu_override_ghz"}]}.
QJsonObject resourcePlanToJson(const ResourcePlan &plan);
// Errors: not format 1; a field of the wrong type or out of range (named).
bool resourcePlanFromJson(const QJsonObject &o, ResourcePlan *plan, QString *error);

// Where a host's plan is kept: dir (default AppDataLocation/resource-plans)
// and the host's label, encoded as the operation journal encodes it.
QString resourcePlanPath(const QString &host, const QString &dir = QString());
// An absent file is an empty plan. Errors: unreadable or not a plan (the path named).
bool loadResourcePlan(const QString &path, ResourcePlan *plan, QString *error);
// Written atomically (QSaveFile): a full disk leaves the previous plan.
bool saveResourcePlan(const QString &path, const ResourcePlan &plan, QString *error);

} // namespace ftc
