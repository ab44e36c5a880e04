#include "DiskProbe.h"
#include "plan/PlansTr.h"
#include "vms/VirshSession.h"

#include "transport/Batch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ftc {

namespace {
constexpr int kStepSec = 20;
constexpr int kBatchMs = 60000;



QString failureText(const QString &what, const CommandResult &r)
{
    if (sudoWantsPassword(r.err))
        return Plans::tr("%1 needs root, and sudo asked for a password the console cannot type").arg(what);
    return Plans::tr("%1 failed: %2").arg(what, r.summary().isEmpty() ? Plans::tr("no answer") : r.summary());
}

QStringList lines(const QByteArray &text)
{
    QStringList out;
    for (const QByteArray &l : text.split('\n'))
        if (!l.trimmed().isEmpty())
            out << QString::fromUtf8(l.trimmed());
    return out;
}
} // namespace

bool DiskProbe::isBlank() const
{
    return complete() && signatures.isEmpty() && partitions.isEmpty() && holders.isEmpty() && mounts.isEmpty()
        && vmUses.isEmpty();
}

QStringList DiskProbe::reasons() const
{
    QStringList out;
    for (const QString &f : failures)
        out << Plans::tr("Could not check /dev/%1: %2.").arg(disk, f);
    for (const DiskSignature &s : signatures)
        out << Plans::tr("/dev/%1 carries a %2 signature at offset %3%4.")
                   .arg(s.device, s.type, s.offset,
                        s.label.isEmpty() ? QString() : Plans::tr(" (label \"%1\")").arg(s.label));
    if (!partitions.isEmpty())
        out << Plans::tr("/dev/%1 has partitions: %2.").arg(disk, partitions.join(QStringLiteral(", ")));
    if (!holders.isEmpty())
        out << Plans::tr("/dev/%1 is in use by %2.").arg(disk, holders.join(QStringLiteral(", ")));
    for (const QString &m : mounts)
        out << Plans::tr("Mounted: %1.").arg(m);
    for (const QString &v : vmUses)
        out << v + QLatin1Char('.');
    return out;
}

bool parseWipefsJson(const QByteArray &text, QList<DiskSignature> *out)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("signatures")).isArray())
        return false;
    out->clear();
    for (const QJsonValue v : doc.object().value(QStringLiteral("signatures")).toArray()) {
        const QJsonObject o = v.toObject();
        DiskSignature s;
        s.device = o.value(QStringLiteral("device")).toString();
        s.offset = o.value(QStringLiteral("offset")).toString();
        s.type = o.value(QStringLiteral("type")).toString();
        s.label = o.value(QStringLiteral("label")).toString();
        out->append(s);
    }
    return true;
}

QList<QPair<QString, QString>> parseDomblklist(const QByteArray &text)
{
    // virsh prints a header, a rule of dashes, then " Type   Device   Target   Source"
    // rows; Source may hold spaces, so it is the rest of the line.
    static const QRegularExpression row(QStringLiteral(R"(^\s*(\S+)\s+(\S+)\s+(\S+)\s+(.*\S)\s*$)"));
    QList<QPair<QString, QString>> out;
    bool body = false;
    for (const QByteArray &l : text.split('\n')) {
        const QString line = QString::fromUtf8(l);
        if (line.trimmed().startsWith(QLatin1String("---"))) {
            body = true;
            continue;
        }
        if (!body)
            continue;
        const QRegularExpressionMatch m = row.match(line);
        if (!m.hasMatch() || m.captured(4) == QLatin1String("-"))
            continue;
        out.append({m.captured(3), m.captured(4)});
    }
    return out;
}

QStringList partitionsOf(const QString &disk, const QStringList &entries)
{
    // sda -> sda1; nvme0n1 / mmcblk0 -> nvme0n1p1 / mmcblk0p1 (block/partitions/core.c)
    QStringList out;
    for (const QString &e : entries) {
        if (!e.startsWith(disk) || e.size() == disk.size())
            continue;
        QStringView rest = QStringView(e).mid(disk.size());
        if (rest.startsWith(QLatin1Char('p')) && disk.back().isDigit())
            rest = rest.mid(1);
        bool digits = !rest.isEmpty();
        for (QChar c : rest)
            digits = digits && c.isDigit();
        if (digits)
            out << e;
    }
    return out;
}

QStringList mountsOf(const QByteArray &procMounts, const QByteArray &procSwaps, const QString &disk,
                     const QStringList &partitions)
{
    QStringList devices{QStringLiteral("/dev/") + disk};
    for (const QString &p : partitions)
        devices << QStringLiteral("/dev/") + p;
    QStringList out;
    for (const QByteArray &l : procMounts.split('\n')) {
        const QList<QByteArray> f = l.split(' ');
        if (f.size() >= 2 && devices.contains(QString::fromUtf8(f[0])))
            out << Plans::tr("%1 on %2").arg(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]));
    }
    for (const QByteArray &l : procSwaps.split('\n')) {
        const QString dev = QString::fromUtf8(l.simplified().split(' ').value(0));
        if (devices.contains(dev))
            out << Plans::tr("%1 as swap").arg(dev);
    }
    return out;
}

DiskProbe probeDisk(Runner &runner, const QString &disk, const CancelFlag &cancel, const QByteArray &libvirtUri)
{
    const QByteArray uri = libvirtUri.isEmpty() ? QByteArray(kDefaultLibvirtUri) : libvirtUri;
    const auto virsh = [&uri](const Argv &args) { return Argv{"virsh", "-c", uri} + args; };
    DiskProbe p;
    p.disk = disk;
    if (disk.isEmpty() || disk.contains(QLatin1Char('/')) || disk.startsWith(QLatin1Char('.'))) {
        p.failures << Plans::tr("\"%1\" is not a disk name").arg(disk);
        return p;
    }
    const QByteArray dev = "/dev/" + disk.toUtf8();
    const QByteArray sys = "/sys/block/" + disk.toUtf8();
    const QList<BatchStep> facts = {
        BatchStep::run(QStringLiteral("wipefs"), {"wipefs", "--no-act", "--json", dev}, true, kStepSec),
        BatchStep::listDir(QStringLiteral("sysblock"), sys),
        BatchStep::listDir(QStringLiteral("holders"), sys + "/holders"),
        BatchStep::readFile(QStringLiteral("mounts"), "/proc/mounts"),
        BatchStep::readFile(QStringLiteral("swaps"), "/proc/swaps"),
        BatchStep::run(QStringLiteral("vms"), virsh({"list", "--all", "--name"}), false, kStepSec),
        BatchStep::run(QStringLiteral("serial"), {"lsblk", "-d", "-n", "-o", "SERIAL", dev}, false, kStepSec),
    };
    const QHash<QString, CommandResult> r = runBatch(runner, facts, kBatchMs, cancel);

    const CommandResult wipefs = r.value(QStringLiteral("wipefs"));
    if (!wipefs.ok())
        p.failures << failureText(QStringLiteral("wipefs --no-act"), wipefs);
    else if (!parseWipefsJson(wipefs.out, &p.signatures))
        p.failures << Plans::tr("wipefs --no-act --json printed something that is not its JSON");

    const CommandResult entries = r.value(QStringLiteral("sysblock"));
    if (!entries.ok())
        p.failures << Plans::tr("the kernel lists no %1 in /sys/block: is the disk still there?").arg(disk);
    p.partitions = partitionsOf(disk, lines(entries.out));
    const CommandResult holders = r.value(QStringLiteral("holders"));
    if (entries.ok() && !holders.ok())
        p.failures << failureText(Plans::tr("reading its holders"), holders);
    p.holders = lines(holders.out);

    const CommandResult serial = r.value(QStringLiteral("serial"));
    if (entries.ok() && !serial.ok())
        p.failures << failureText(Plans::tr("reading its serial number"), serial);
    p.serial = QString::fromUtf8(serial.out.trimmed());

    const CommandResult mounts = r.value(QStringLiteral("mounts"));
    const CommandResult swaps = r.value(QStringLiteral("swaps"));
    if (!mounts.ok())
        p.failures << failureText(Plans::tr("reading /proc/mounts"), mounts);
    p.mounts = mountsOf(mounts.out, swaps.out, disk, p.partitions);

    const CommandResult vms = r.value(QStringLiteral("vms"));
    QStringList domains;
    if (vms.ok())
        domains = lines(vms.out);
    else if (!(vms.status == CommandResult::Status::Finished && vms.exitCode == 127))
        // Without libvirt (no virsh at all) no VM can use the disk; with a
        // libvirt that does not answer, nobody knows.
        p.failures << failureText(Plans::tr("asking libvirt which VMs use which disks"), vms);
    if (domains.isEmpty() || cancel.isCancelled())
        return p;

    // Live and persistent definitions: a running VM may get the disk at its
    // next start, a shut-off one whenever it starts.
    QList<BatchStep> lists;
    for (int i = 0; i < domains.size(); ++i)
        for (const bool inactive : {false, true}) {
            Argv args{"domblklist", "--domain", domains[i].toUtf8(), "--details"};
            if (inactive)
                args << "--inactive";
            lists << BatchStep::run(QStringLiteral("%1:%2").arg(i).arg(inactive), virsh(args), false, kStepSec);
        }
    const QHash<QString, CommandResult> lr = runBatch(runner, lists, kBatchMs, cancel);
    QList<std::tuple<QString, QString, QString>> uses;   // domain, target, source
    QStringList paths;
    for (int i = 0; i < domains.size(); ++i) {
        const CommandResult live = lr.value(QStringLiteral("%1:0").arg(i));
        const CommandResult config = lr.value(QStringLiteral("%1:1").arg(i));
        if (!live.ok() && !config.ok()) {
            p.failures << failureText(Plans::tr("listing the disks of VM %1").arg(domains[i]), live);
            continue;
        }
        for (const CommandResult *res : {&live, &config})
            for (const auto &[target, source] : parseDomblklist(res->out)) {
                uses.append({domains[i], target, source});
                if (source.startsWith(QLatin1Char('/')) && !paths.contains(source))
                    paths << source;
            }
    }
    if (paths.isEmpty() || cancel.isCancelled())
        return p;
    // One readlink per path: a path that does not resolve must not shift the
    // answers of the others.
    QList<BatchStep> links;
    for (int i = 0; i < paths.size(); ++i)
        links << BatchStep::run(QStringLiteral("%1").arg(i), {"readlink", "-f", "--", paths[i].toUtf8()}, false, kStepSec);
    const QHash<QString, CommandResult> rl = runBatch(runner, links, kBatchMs, cancel);
    QStringList ours{QString::fromUtf8(dev)};
    for (const QString &part : std::as_const(p.partitions))
        ours << QStringLiteral("/dev/") + part;
    for (const auto &[domain, target, source] : uses) {
        const CommandResult real = rl.value(QString::number(paths.indexOf(source)));
        const QString path = real.ok() ? QString::fromUtf8(real.out.trimmed()) : source;
        if (ours.contains(path) || ours.contains(source)) {
            const QString use = Plans::tr("VM %1 uses %2 as its disk %3").arg(domain, source, target);
            if (!p.vmUses.contains(use))
                p.vmUses << use;
        }
    }
    return p;
}

} // namespace ftc
