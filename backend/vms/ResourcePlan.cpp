#include "ResourcePlan.h"

#include "plan/PlansTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <cmath>

namespace ftc {

namespace {

constexpr double kHeadroom = 1.5;      // the guide: about 50 % more than the minimum

qint64 roundUp(double value, qint64 step)
{
    return qint64(std::ceil(value / double(step) - 1e-9)) * step;
}

QString ghz(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

qint64 PlannedServer::minimumMiB() const
{
    return qint64(std::ceil(double(installedMiB) * memoryUsePct / 100.0 - 1e-9));
}

qint64 PlannedServer::allocationMiB() const
{
    if (memoryOverrideMiB > 0)
        return memoryOverrideMiB;
    return qMax<qint64>(64, roundUp(double(minimumMiB()) * kHeadroom, 64));
}

double PlannedServer::minimumGHz() const
{
    return cpuGHz * cpuUsePct / 100.0;
}

double PlannedServer::allocationGHz() const
{
    return cpuOverrideGHz > 0 ? cpuOverrideGHz : minimumGHz() * kHeadroom;
}

PlanTotals planTotals(const ResourcePlan &plan, const HostSnapshot &s, qint64 hostReserveBytes, const VmHostFacts *facts)
{
    PlanTotals t;
    for (const PlannedServer &p : plan.servers) {
        t.memoryMiB += p.allocationMiB();
        t.diskGiB += p.diskGiB;
        t.cpuGHz += p.allocationGHz();
    }
    t.hostMemoryMiB = s.info.memoryBytes >> 20;
    t.hostReserveMiB = hostReserveBytes >> 20;
    t.hostCpus = s.info.cpus;
    t.hostCpuGHz = s.info.mhz / 1000.0;
    t.hostGHz = t.hostCpus * t.hostCpuGHz;
    qint64 mirrored = 0;
    for (const Mirror &m : s.mirrors)
        mirrored += m.sizeBytes;
    t.mirroredGiB = mirrored >> 30;
    if (facts && facts->read) {
        qint64 free = 0;
        for (const VmStoragePlace &p : facts->places)
            if (p.onDuplexMirror())
                free += p.freeBytes;
        t.freeGiB = free >> 30;
    }
    if (t.hostMemoryMiB > 0 && t.memoryMiB > t.hostMemoryMiB - t.hostReserveMiB)
        t.shortfalls << Plans::tr("Memory: the VMs need %1 MiB, the host can give %2 MiB (%3 MiB less %4 MiB it keeps): "
                                  "%5 MiB short. Add memory to the host or lower the allocations.")
                            .arg(t.memoryMiB)
                            .arg(t.hostMemoryMiB - t.hostReserveMiB)
                            .arg(t.hostMemoryMiB)
                            .arg(t.hostReserveMiB)
                            .arg(t.memoryMiB - (t.hostMemoryMiB - t.hostReserveMiB));
    if (t.hostGHz > 0 && t.cpuGHz > t.hostGHz)
        t.shortfalls << Plans::tr("CPU: the VMs need %1 GHz, the host has %2 GHz (%3 × %4 GHz). Choose a faster host or "
                                  "fewer VMs.")
                            .arg(ghz(t.cpuGHz), ghz(t.hostGHz))
                            .arg(t.hostCpus)
                            .arg(ghz(t.hostCpuGHz));
    if (t.mirroredGiB > 0 && t.diskGiB > t.mirroredGiB)
        t.shortfalls << Plans::tr("Disk: the VMs need %1 GiB, the host's mirrors hold %2 GiB. Add mirrored disks.")
                            .arg(t.diskGiB)
                            .arg(t.mirroredGiB);
    else if (t.freeGiB >= 0 && t.diskGiB > t.freeGiB)
        t.shortfalls << Plans::tr("Disk: the VMs need %1 GiB, %2 GiB are free on the Duplex mirrors where images go. "
                                  "Free space or add mirrored disks.")
                            .arg(t.diskGiB)
                            .arg(t.freeGiB);
    return t;
}

int reservePctFor(const PlannedServer &p, const HostSnapshot &s)
{
    if (s.info.mhz <= 0)
        return 0;
    return qBound(0, int(std::ceil(p.allocationGHz() * 1000.0 / s.info.mhz * 100.0 - 1e-9)), 100);
}

VmCreateRequest createRequestFor(const PlannedServer &p, const HostSnapshot &s, const QString &imageDir)
{
    VmCreateRequest r;
    r.name = p.name;
    r.memoryMiB = p.allocationMiB();
    const double perCpu = s.info.mhz > 0 ? s.info.mhz / 1000.0 : 1.0;
    r.vcpus = qBound(1, int(std::ceil(p.allocationGHz() / perCpu - 1e-9)), qMax(1, s.info.cpus));
    r.diskKind = VmCreateRequest::DiskKind::Fixed;
    r.diskGiB = p.diskGiB;
    r.imageDir = imageDir;
    r.reservePct = reservePctFor(p, s);
    r.autostart = true;
    return r;
}

QJsonObject resourcePlanToJson(const ResourcePlan &plan)
{
    QJsonArray servers;
    for (const PlannedServer &p : plan.servers)
        servers.append(QJsonObject{{"name", p.name}, {"role", p.role}, {"installed_mib", double(p.installedMiB)},
                                   {"memory_use_pct", p.memoryUsePct}, {"cpu_ghz", p.cpuGHz},
                                   {"cpu_use_pct", p.cpuUsePct}, {"disk_gib", double(p.diskGiB)},
                                   {"memory_override_mib", double(p.memoryOverrideMiB)},
                                   {"cpu_override_ghz", p.cpuOverrideGHz}});
    return {{"format", 1}, {"servers", servers}};
}

bool resourcePlanFromJson(const QJsonObject &o, ResourcePlan *plan, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return fail(Plans::tr("not a resource plan (format 1)"));
    ResourcePlan out;
    const QJsonArray servers = o.value(QStringLiteral("servers")).toArray();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QJsonObject s = servers[i].toObject();
        PlannedServer p;
        const auto number = [&](const char *key, double min, double max, double fallback, double *out) {
            const QJsonValue v = s.value(QLatin1String(key));
            if (v.isUndefined()) {
                *out = fallback;
                return true;
            }
            if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max)
                return false;
            *out = v.toDouble();
            return true;
        };
        p.name = s.value(QStringLiteral("name")).toString();
        p.role = s.value(QStringLiteral("role")).toString();
        double installed = 0, disk = 0, memOverride = -1;
        const struct {
            const char *key;
            double min, max, fallback;
            double *out;
        } fields[] = {
            {"installed_mib", 1, 1e9, 1024, &installed},
            {"memory_use_pct", 0, 100, 50, &p.memoryUsePct},
            {"cpu_ghz", 0, 1000, 1, &p.cpuGHz},
            {"cpu_use_pct", 0, 100, 50, &p.cpuUsePct},
            {"disk_gib", 0, 1e7, 40, &disk},
            {"memory_override_mib", -1, 1e9, -1, &memOverride},
            {"cpu_override_ghz", -1, 1000, -1, &p.cpuOverrideGHz},
        };
        for (const auto &f : fields)
            if (!number(f.key, f.min, f.max, f.fallback, f.out))
                return fail(Plans::tr("server %1: \"%2\" is not a number from %3 to %4").arg(i + 1).arg(QLatin1String(f.key))
                                .arg(f.min).arg(f.max));
        p.installedMiB = qint64(installed);
        p.diskGiB = qint64(disk);
        p.memoryOverrideMiB = qint64(memOverride);
        out.servers << p;
    }
    *plan = out;
    return true;
}

QString resourcePlanPath(const QString &host, const QString &dir)
{
    const QString base = dir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/resource-plans")
        : dir;
    const QByteArray name = QUrl::toPercentEncoding(host, QByteArray(), QByteArray("/\\:@%. "));
    return base + QLatin1Char('/') + QString::fromLatin1(name.isEmpty() ? QByteArray("unnamed") : name)
        + QStringLiteral(".json");
}

bool loadResourcePlan(const QString &path, ResourcePlan *plan, QString *error)
{
    QFile f(path);
    if (!f.exists()) {
        *plan = ResourcePlan();
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Plans::tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    QString why;
    if (e.error != QJsonParseError::NoError || !doc.isObject() || !resourcePlanFromJson(doc.object(), plan, &why)) {
        if (error)
            *error = Plans::tr("%1 is not a resource plan the console can read (%2): move it away to start a new one.")
                         .arg(path, e.error != QJsonParseError::NoError ? e.errorString() : why);
        return false;
    }
    return true;
}

bool saveResourcePlan(const QString &path, const ResourcePlan &plan, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(resourcePlanToJson(plan)).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = Plans::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace ftc
