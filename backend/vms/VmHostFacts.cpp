#include "VmHostFacts.h"

#include "VirshSession.h"
#include "VmPlanner.h"
#include "plan/PlansTr.h"
#include "transport/Batch.h"

namespace ftc {

namespace {

constexpr int kStepSec = 20;

bool under(const QString &path, const QString &mountpoint)
{
    if (mountpoint == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == mountpoint || path.startsWith(mountpoint + QLatin1Char('/'));
}

bool systemMount(const QString &mp)
{
    return mp == QLatin1String("/") || mp == QLatin1String("/boot") || mp.startsWith(QLatin1String("/boot/"))
        || mp.startsWith(QLatin1Char('[')) || mp.isEmpty();
}

QString failure(const CommandResult &r, const QString &tool)
{
    if (r.status != CommandResult::Status::Finished)
        return Plans::tr("%1 did not finish (%2)").arg(tool, r.summary());
    if (r.exitCode == 127)
        return Plans::tr("%1 is not installed on the host").arg(tool);
    const QString first = QString::fromUtf8(r.err.trimmed()).section(QLatin1Char('\n'), 0, 0);
    return first.isEmpty() ? Plans::tr("%1 exited with status %2").arg(tool).arg(r.exitCode) : first;
}

} // namespace

const VmStoragePlace *VmHostFacts::place(const QString &dir) const
{
    for (const VmStoragePlace &p : places)
        if (p.dir == dir)
            return &p;
    return nullptr;
}

QStringList vmStorageDirs(const HostSnapshot &s)
{
    QStringList dirs{QStringLiteral("/var/lib/libvirt/images")};
    auto add = [&](const QStringList &mps) {
        for (const QString &mp : mps)
            if (!systemMount(mp) && !dirs.contains(mp))
                dirs << mp;
    };
    for (const Mirror &m : s.mirrors)
        add(m.mountpoints);
    for (const Disk &d : s.disks)
        add(d.mountpoints);
    return dirs;
}

void placeOnStorage(const HostSnapshot &s, VmStoragePlace *p)
{
    const QString mp = p->mountpoint.isEmpty() ? p->dir : p->mountpoint;
    int best = -1;
    for (const Mirror &m : s.mirrors)
        for (const QString &point : m.mountpoints)
            if (under(mp, point) && int(point.size()) > best) {
                best = int(point.size());
                p->mirror = m.name;
                p->disk.clear();
                p->state = m.state;
            }
    for (const Disk &d : s.disks)
        for (const QString &point : d.mountpoints)
            if (under(mp, point) && int(point.size()) > best) {
                best = int(point.size());
                p->mirror = d.mirror;
                p->disk = d.name;
                p->state.reset();
                if (const Mirror *m = s.mirror(d.mirror))
                    p->state = m->state;
            }
}

bool parseDfAvail(const QByteArray &text, qint64 *freeBytes, QString *mountpoint)
{
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() < 2 || !lines[0].trimmed().startsWith("Avail"))
        return false;
    const QByteArray row = lines[1].trimmed();
    const qsizetype space = row.indexOf(' ');
    if (space <= 0)
        return false;
    bool ok = false;
    const qint64 avail = row.left(space).toLongLong(&ok);
    if (!ok || avail < 0)
        return false;
    *freeBytes = avail;
    *mountpoint = QString::fromUtf8(row.mid(space + 1).trimmed());
    return !mountpoint->isEmpty();
}

PathFacts parseStatLine(const CommandResult &r)
{
    PathFacts f;
    if (r.status != CommandResult::Status::Finished) {
        f.why = failure(r, QStringLiteral("stat"));
        return f;
    }
    if (r.exitCode != 0) {
        if (r.err.contains("No such file or directory")) {
            f.read = true;
            return f;
        }
        f.why = failure(r, QStringLiteral("stat"));
        return f;
    }
    const QString line = QString::fromUtf8(r.out.trimmed());
    const qsizetype bar = line.lastIndexOf(QLatin1Char('|'));
    bool ok = false;
    const qint64 size = bar > 0 ? line.mid(bar + 1).toLongLong(&ok) : -1;
    if (!ok) {
        f.why = Plans::tr("stat printed \"%1\", not TYPE|SIZE").arg(line.left(80));
        return f;
    }
    f.read = f.exists = true;
    f.type = line.left(bar);
    f.sizeBytes = size;
    return f;
}

VmHostFacts readVmHostFacts(Runner &runner, const HostSnapshot &snapshot, const VmHostQuery &query,
                            const QByteArray &libvirtUri, const CancelFlag &cancel)
{
    VmHostFacts f;
    const QByteArray uri = libvirtUri.isEmpty() ? QByteArray(kDefaultLibvirtUri) : libvirtUri;
    QList<BatchStep> steps;
    // libvirt's own answer: KVM usable by its qemu (a /dev/kvm it cannot
    // open, or a CPU without virtualization, says no).
    steps << BatchStep::run(QStringLiteral("kvm"), {"virsh", "-c", uri, "domcapabilities", "--virttype", "kvm",
                                                    "--arch", "x86_64"},
                            libvirtNeedsRoot(uri), kStepSec)
          << BatchStep::run(QStringLiteral("networks"), {"virsh", "-c", uri, "net-list", "--all", "--name"},
                            libvirtNeedsRoot(uri), kStepSec);
    for (qsizetype i = 0; i < query.dirs.size(); ++i)
        steps << BatchStep::run(QStringLiteral("df/%1").arg(i),
                                {"df", "-B1", "--output=avail,target", "--", query.dirs[i].toUtf8()}, true, kStepSec);
    for (qsizetype i = 0; i < query.paths.size(); ++i)
        steps << BatchStep::run(QStringLiteral("stat/%1").arg(i),
                                {"stat", "-L", "-c", "%F|%s", "--", query.paths[i].toUtf8()}, true, kStepSec);
    for (qsizetype i = 0; i < query.images.size(); ++i)
        steps << BatchStep::run(QStringLiteral("image/%1").arg(i),
                                {"qemu-img", "info", "--output=json", "-U", query.images[i].toUtf8()}, true, kStepSec);
    const QHash<QString, CommandResult> r = runBatch(runner, steps, 60000, cancel);
    bool any = false;
    for (const CommandResult &c : r)
        any = any || c.status == CommandResult::Status::Finished;
    if (!any) {
        f.error = r.isEmpty() ? Plans::tr("the host did not answer") : r.constBegin()->summary();
        return f;
    }
    f.read = true;
    const CommandResult kvm = r.value(QStringLiteral("kvm"));
    f.kvm = kvm.ok() && kvm.out.contains("<domain>kvm</domain>");
    const CommandResult nets = r.value(QStringLiteral("networks"));
    if (nets.ok()) {
        QStringList names;
        for (const QByteArray &line : nets.out.split('\n'))
            if (!line.trimmed().isEmpty())
                names << QString::fromUtf8(line.trimmed());
        f.networks = names;
    } else {
        f.networksWhy = failure(nets, QStringLiteral("virsh net-list"));
    }
    for (qsizetype i = 0; i < query.dirs.size(); ++i) {
        VmStoragePlace p;
        p.dir = query.dirs[i];
        const CommandResult c = r.value(QStringLiteral("df/%1").arg(i));
        if (!c.ok())
            p.why = failure(c, QStringLiteral("df"));
        else if (!parseDfAvail(c.out, &p.freeBytes, &p.mountpoint))
            p.why = Plans::tr("df printed something other than its Avail and Mounted on columns");
        if (p.read())
            placeOnStorage(snapshot, &p);
        f.places << p;
    }
    for (qsizetype i = 0; i < query.paths.size(); ++i)
        f.paths.insert(query.paths[i], parseStatLine(r.value(QStringLiteral("stat/%1").arg(i))));
    for (qsizetype i = 0; i < query.images.size(); ++i) {
        const CommandResult c = r.value(QStringLiteral("image/%1").arg(i));
        ImageFacts img = c.ok() ? parseQemuImgInfo(c.out) : ImageFacts{};
        if (!c.ok())
            img.why = failure(c, QStringLiteral("qemu-img info"));
        f.images.insert(query.images[i], img);
    }
    return f;
}

} // namespace ftc
