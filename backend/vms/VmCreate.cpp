#include "VmCreate.h"

#include "VmPlanner.h"
#include "plan/PlansTr.h"
#include "transport/ShellQuote.h"

#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

namespace ftc {

namespace {

constexpr qint64 kGiB = qint64(1) << 30;
constexpr qint64 kMiB = qint64(1) << 20;

// What a new raw image of bytes needs on its file system: the image and 1 %
// for the file system's own blocks.
qint64 neededFor(qint64 bytes)
{
    return bytes + bytes / 100;
}

QString gib(qint64 bytes)
{
    return QString::number(double(bytes) / double(kGiB), 'f', 1);
}

QString dirOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

// The synthetic entry the CPU planner sees for the VM about to exist: shut
// off, with libvirt's defaults (weight 100, no reservation, no cap).
Vm newVmEntry(const VmCreateRequest &r)
{
    Vm vm;
    vm.name = r.name;
    vm.state = QStringLiteral("shut off");
    vm.vcpus = r.vcpus;
    vm.maxMemoryBytes = r.memoryMiB * kMiB;
    vm.autostart = r.autostart;
    vm.cpu.weight = 100;
    vm.cpu.reservePct = 0;
    vm.cpu.maxPct = 100;
    vm.cpu.cpuShares = kDefaultCpuShares;
    return vm;
}

QString placeState(const VmStoragePlace &p)
{
    if (!p.mirror.isEmpty() && p.state)
        return Plans::tr("%1, %2").arg(p.mirror, opStateName(*p.state));
    if (!p.disk.isEmpty())
        return Plans::tr("the plain disk %1, on no mirror").arg(p.disk);
    return Plans::tr("no mirror the console knows");
}

} // namespace

void checkNewImage(const VmHostFacts &facts, const QString &dir, const QString &image, qint64 bytes, bool expanding,
                   Plan *plan)
{
    const VmStoragePlace *place = facts.place(dir);
    if (dir.isEmpty() || !dir.startsWith(QLatin1Char('/')))
        plan->errors << Plans::tr("Choose the directory for the image (an absolute path on the host).");
    else if (!place)
        plan->errors << Plans::tr("The free space in %1 was not read: choose the place again.").arg(dir);
    else if (!place->read())
        plan->errors << Plans::tr("%1 cannot hold the image: %2.").arg(dir, place->why);
    else {
        const qint64 need = expanding ? 0 : neededFor(bytes);
        if (need > place->freeBytes)
            plan->errors << Plans::tr("The image needs %1 GiB and %2 has %3 GiB free: choose a smaller disk or "
                                      "another place.")
                                .arg(gib(need), place->mountpoint, gib(place->freeBytes));
        else if (expanding && bytes > place->freeBytes)
            plan->warnings << Plans::tr("%1 has %2 GiB free, less than the %3 GiB the image may grow to: the VM "
                                        "stops when the file system fills.")
                                  .arg(place->mountpoint, gib(place->freeBytes), gib(bytes));
        if (!place->onDuplexMirror())
            plan->warnings << Plans::tr("%1 is on %2: the guide runs VMs only from Duplex mirrored disks, so a "
                                        "disk failure there stops the VM. Choose a place on a Duplex mirror, or "
                                        "make this one Duplex first.")
                                  .arg(dir, placeState(*place));
    }
    const PathFacts there = facts.paths.value(image);
    if (!image.isEmpty() && there.read && there.exists)
        plan->errors << Plans::tr("%1 already exists: choose another name or place; the console never "
                                  "overwrites an image.")
                            .arg(image);
    else if (!image.isEmpty() && !there.read)
        plan->errors << Plans::tr("Whether %1 exists could not be checked (%2): try again.")
                            .arg(image, there.why.isEmpty() ? Plans::tr("not asked") : there.why);
}

QList<PlanStep> newImageSteps(const QString &subject, const QString &image, qint64 sizeGiB, bool expanding)
{
    const QByteArray img = image.toUtf8();
    const PlanStep check = privilegedStep(Plans::tr("Check that %1 is not there yet").arg(image), QString(),
                                          {"test", "!", "-e", img});
    const QByteArray size = QByteArray::number(sizeGiB) + "G";
    PlanStep write = expanding
        ? privilegedStep(Plans::tr("Create the dynamically expanding image %1 (%2 GiB)").arg(image).arg(sizeGiB),
                         subject, {"qemu-img", "create", "-f", "qcow2", "--", img, size})
        : privilegedStep(Plans::tr("Create the fixed-size image %1 (%2 GiB, fully allocated)").arg(image).arg(sizeGiB),
                         subject, {"qemu-img", "create", "-f", "raw", "-o", "preallocation=falloc", "--", img, size});
    write.command.timeoutMs = 600000;
    write.undo = removeImageCommand(image);
    write.undoIfFailed = true;   // the check before proved the path was free
    return {check, write};
}

Command removeImageCommand(const QString &image)
{
    Command c;
    c.argv = {"rm", "-f", "--", image.toUtf8()};
    c.privileged = true;
    c.timeoutMs = 60000;
    return c;
}

MemoryAdmission memoryAdmission(const HostSnapshot &s, qint64 hostReserveBytes)
{
    MemoryAdmission a;
    a.hostMiB = s.info.memoryBytes / kMiB;
    a.reserveMiB = hostReserveBytes / kMiB;
    for (const Vm &v : s.vms)
        if (v.active() || v.autostart.value_or(false)) {
            a.takenMiB += qMax(qMax(v.memoryBytes, v.maxMemoryBytes), qint64(0)) / kMiB;
            a.takenBy << v.name;
        }
    a.availableMiB = qMax(qint64(0), a.hostMiB - a.reserveMiB - a.takenMiB);
    return a;
}

QString vmNameProblem(const HostSnapshot &s, const QString &name)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (name.trimmed().isEmpty())
        return Plans::tr("The VM needs a name: type one, e.g. DC1.");
    if (name != name.trimmed())
        return Plans::tr("The name \"%1\" begins or ends with a space: remove it.").arg(name);
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Plans::tr("The name holds a control character or line break: use letters, digits, '-', '_' and '.'.");
    if (name.contains(QLatin1Char('/')))
        return Plans::tr("The name \"%1\" holds a '/', which libvirt refuses in a domain name: use '-' instead.")
            .arg(name);
    if (name.size() > 64)
        return Plans::tr("The name is %1 characters long: use at most 64 (the image file is named after it).")
            .arg(name.size());
    if (digits.match(name).hasMatch())
        return Plans::tr("The name \"%1\" is only digits, which virsh takes for a domain id: add a letter.").arg(name);
    if (uuid.match(name).hasMatch())
        return Plans::tr("The name \"%1\" looks like a UUID, which virsh takes for one: choose another.").arg(name);
    for (const Vm &v : s.vms) {
        if (v.name == name)
            return Plans::tr("%1 already has a VM named %2: choose another name.").arg(s.label, name);
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return Plans::tr("%1 has a VM named %2, which differs from \"%3\" only in case: choose a name that "
                             "differs in more than that.")
                .arg(s.label, v.name, name);
    }
    return {};
}

QString newImagePath(const VmCreateRequest &r)
{
    QString dir = r.imageDir;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    const QString file = r.name + (r.diskKind == VmCreateRequest::DiskKind::Expanding ? QStringLiteral(".qcow2")
                                                                                      : QStringLiteral(".img"));
    return dir == QLatin1String("/") ? dir + file : dir + QLatin1Char('/') + file;
}

QByteArray createDomainXml(const VmCreateRequest &r, const QString &imagePath, const QString &imageFormat,
                           const QString &domainType, const QString &uuid)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(2);
    x.writeStartElement(QStringLiteral("domain"));
    x.writeAttribute(QStringLiteral("type"), domainType);
    x.writeTextElement(QStringLiteral("name"), r.name);
    x.writeTextElement(QStringLiteral("uuid"), uuid);
    for (const char *el : {"memory", "currentMemory"}) {
        x.writeStartElement(QLatin1String(el));
        x.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
        x.writeCharacters(QString::number(r.memoryMiB));
        x.writeEndElement();
    }
    x.writeStartElement(QStringLiteral("vcpu"));
    x.writeAttribute(QStringLiteral("placement"), QStringLiteral("static"));
    x.writeCharacters(QString::number(r.vcpus));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("os"));
    x.writeStartElement(QStringLiteral("type"));
    x.writeAttribute(QStringLiteral("arch"), QStringLiteral("x86_64"));
    x.writeCharacters(QStringLiteral("hvm"));
    x.writeEndElement();
    // The disk first; the CD/DVD when the disk has nothing to boot yet.
    for (const char *dev : {"hd", "cdrom"}) {
        x.writeEmptyElement(QStringLiteral("boot"));
        x.writeAttribute(QStringLiteral("dev"), QLatin1String(dev));
    }
    x.writeEndElement(); // os
    x.writeStartElement(QStringLiteral("features"));
    x.writeEmptyElement(QStringLiteral("acpi"));   // so `virsh shutdown` reaches the guest
    x.writeEmptyElement(QStringLiteral("apic"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("devices"));

    x.writeStartElement(QStringLiteral("disk"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
    x.writeAttribute(QStringLiteral("device"), QStringLiteral("disk"));
    x.writeEmptyElement(QStringLiteral("driver"));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    x.writeAttribute(QStringLiteral("type"), imageFormat);
    x.writeEmptyElement(QStringLiteral("source"));
    x.writeAttribute(QStringLiteral("file"), imagePath);
    x.writeEmptyElement(QStringLiteral("target"));
    x.writeAttribute(QStringLiteral("dev"), QStringLiteral("vda"));
    x.writeAttribute(QStringLiteral("bus"), QStringLiteral("virtio"));
    x.writeEndElement();

    // Always a drive, so an ISO can be inserted later (virsh change-media).
    // libvirt's default machine for x86_64 is i440fx, whose drives are IDE.
    x.writeStartElement(QStringLiteral("disk"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("file"));
    x.writeAttribute(QStringLiteral("device"), QStringLiteral("cdrom"));
    x.writeEmptyElement(QStringLiteral("driver"));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("raw"));
    if (!r.isoPath.isEmpty()) {
        x.writeEmptyElement(QStringLiteral("source"));
        x.writeAttribute(QStringLiteral("file"), r.isoPath);
    }
    x.writeEmptyElement(QStringLiteral("target"));
    x.writeAttribute(QStringLiteral("dev"), QStringLiteral("hdc"));
    x.writeAttribute(QStringLiteral("bus"), QStringLiteral("ide"));
    x.writeEmptyElement(QStringLiteral("readonly"));
    x.writeEndElement();

    if (r.netKind != VmCreateRequest::NetKind::None) {
        const bool bridge = r.netKind == VmCreateRequest::NetKind::Bridge;
        x.writeStartElement(QStringLiteral("interface"));
        x.writeAttribute(QStringLiteral("type"), bridge ? QStringLiteral("bridge") : QStringLiteral("network"));
        x.writeEmptyElement(QStringLiteral("source"));
        x.writeAttribute(bridge ? QStringLiteral("bridge") : QStringLiteral("network"), r.netSource);
        x.writeEmptyElement(QStringLiteral("model"));
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
        x.writeEndElement();
    }

    // The QEMU guest agent's channel (the guide's VM additions; the checks ask it).
    x.writeStartElement(QStringLiteral("channel"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("unix"));
    x.writeEmptyElement(QStringLiteral("target"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("org.qemu.guest_agent.0"));
    x.writeEndElement();

    // An absolute pointer, so the VNC mouse and the guest's agree.
    x.writeEmptyElement(QStringLiteral("input"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("tablet"));
    x.writeAttribute(QStringLiteral("bus"), QStringLiteral("usb"));

    // VNC on the host's loopback only: reached through the console's SSH
    // session, never from the network.
    x.writeStartElement(QStringLiteral("graphics"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("vnc"));
    x.writeAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
    x.writeAttribute(QStringLiteral("listen"), QStringLiteral("127.0.0.1"));
    x.writeEmptyElement(QStringLiteral("listen"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("address"));
    x.writeAttribute(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("video"));
    x.writeEmptyElement(QStringLiteral("model"));
    x.writeAttribute(QStringLiteral("type"), QStringLiteral("vga"));
    x.writeEndElement();

    x.writeEndElement(); // devices
    x.writeEndElement(); // domain
    x.writeEndDocument();
    out.append('\n');
    return out;
}

Plan planCreateVm(const HostSnapshot &s, const VmHostFacts &facts, const VmCreateRequest &r,
                  const QByteArray &uri, const CreateVmOptions &o)
{
    using DiskKind = VmCreateRequest::DiskKind;
    Plan plan;
    plan.title = Plans::tr("Create the VM %1").arg(r.name);
    plan.libvirtUri = uri;
    if (const QString why = vmNameProblem(s, r.name); !why.isEmpty())
        plan.errors << why;
    if (!facts.read) {
        plan.errors << Plans::tr("The host's free space and paths could not be read (%1): nothing can be checked, so "
                                 "nothing is planned. Try again when the host answers.")
                           .arg(facts.error);
        return plan;
    }

    // Memory: the guide's admission rule.
    const MemoryAdmission mem = memoryAdmission(s, o.hostMemoryReserveBytes);
    if (r.memoryMiB < 64)
        plan.errors << Plans::tr("%1 MiB of memory is too little for any guest: give it at least 64 MiB.")
                           .arg(r.memoryMiB);
    else if (mem.hostMiB <= 0)
        plan.errors << Plans::tr("The host's memory is not known yet: refresh and try again.");
    else if (r.memoryMiB > mem.availableMiB)
        plan.errors << Plans::tr("%1 MiB is more memory than the host can give: it has %2 MiB, keeps %3 MiB for "
                                 "itself, and the running and autostart VMs (%4) are given %5 MiB, which leaves "
                                 "%6 MiB. A VM given more than that will not start: lower its memory, or lower "
                                 "another VM's.")
                           .arg(r.memoryMiB)
                           .arg(mem.hostMiB)
                           .arg(mem.reserveMiB)
                           .arg(mem.takenBy.isEmpty() ? Plans::tr("none") : mem.takenBy.join(QStringLiteral(", ")))
                           .arg(mem.takenMiB)
                           .arg(mem.availableMiB);
    if (r.vcpus < 1)
        plan.errors << Plans::tr("A VM needs at least one virtual CPU.");
    else if (s.info.cpus > 0 && r.vcpus > s.info.cpus)
        plan.errors << Plans::tr("%1 virtual CPUs are more than the host's %2 CPUs: give it at most %2.")
                           .arg(r.vcpus)
                           .arg(s.info.cpus);

    // The disk.
    QString image;
    QString format = QStringLiteral("raw");
    QString sourceImage;       // an existing image converted into image
    const bool newImage = r.diskKind != DiskKind::Existing;
    bool convert = false;
    if (r.diskKind == DiskKind::Existing) {
        const PathFacts p = facts.paths.value(r.existingImage);
        const ImageFacts info = facts.images.value(r.existingImage);
        if (r.existingImage.isEmpty() || !r.existingImage.startsWith(QLatin1Char('/')))
            plan.errors << Plans::tr("Give the existing image as an absolute path on the host, e.g. "
                                     "/var/lib/libvirt/images/DC1.img.");
        else if (!p.read)
            plan.errors << Plans::tr("%1 could not be looked at (%2).").arg(r.existingImage, p.why);
        else if (!p.exists)
            plan.errors << Plans::tr("%1 does not exist on %2: check the path.").arg(r.existingImage, s.label);
        else if (!p.isFile())
            plan.errors << Plans::tr("%1 is a %2, not an image file.").arg(r.existingImage, p.type);
        else if (!info.read)
            plan.errors << Plans::tr("qemu-img could not read %1 (%2).").arg(r.existingImage, info.why);
        else {
            VmStoragePlace where;
            where.dir = dirOf(r.existingImage);
            where.mountpoint = where.dir;
            placeOnStorage(s, &where);
            const bool full = info.format == QLatin1String("raw") && info.actualBytes >= info.virtualBytes * 99 / 100;
            if (full && where.onDuplexMirror()) {
                image = r.existingImage;
            } else {
                convert = true;
                sourceImage = r.existingImage;
                image = newImagePath(r);
                plan.warnings << (info.format != QLatin1String("raw")
                                      ? Plans::tr("%1 is a %2 image: it is converted into the fully allocated raw "
                                                  "image %3 (the original stays as it is).")
                                            .arg(r.existingImage, info.format, image)
                                  : !full ? Plans::tr("%1 is sparse (%2 GiB of %3 GiB allocated): it is copied into "
                                                      "the fully allocated image %4 (the original stays as it is).")
                                                .arg(r.existingImage, gib(info.actualBytes), gib(info.virtualBytes), image)
                                          : Plans::tr("%1 is on %2, not on a Duplex mirror: it is copied into %3 (the "
                                                      "original stays as it is).")
                                                .arg(r.existingImage, placeState(where), image));
            }
        }
    } else {
        image = newImagePath(r);
    }
    if (r.diskKind == DiskKind::Expanding)
        format = QStringLiteral("qcow2");
    const qint64 bytes = convert ? facts.images.value(r.existingImage).virtualBytes : r.diskGiB * kGiB;
    if (newImage && r.diskGiB < 1)
        plan.errors << Plans::tr("The virtual hard disk needs at least 1 GiB.");

    if (newImage || convert)
        checkNewImage(facts, r.imageDir, image, bytes, r.diskKind == DiskKind::Expanding, &plan);
    if (r.diskKind == DiskKind::Expanding)
        plan.warnings << Plans::tr("A dynamically expanding image grows as the guest writes: the guide says it is "
                                   "not for production VMs (slower, and it can fill the disk under a running VM).");

    // Network.
    if (r.netKind == VmCreateRequest::NetKind::Bridge) {
        bool known = false;
        for (const Bridge &b : s.bridges)
            known = known || b.name == r.netSource;
        if (!known)
            plan.errors << Plans::tr("%1 has no bridge named \"%2\": build a team and its bridge first (Network ▸ "
                                     "New Team), or choose a libvirt network.")
                               .arg(s.label, r.netSource);
        else {
            bool team = false;
            for (const Bridge &b : s.bridges)
                if (b.name == r.netSource)
                    for (const Team &t : s.teams)
                        team = team || b.ports.contains(t.name);
            if (!team)
                plan.warnings << Plans::tr("The bridge %1 carries no team: a failed adapter cuts the VM off.")
                                     .arg(r.netSource);
        }
    } else if (r.netKind == VmCreateRequest::NetKind::Network) {
        if (!facts.networks)
            plan.errors << Plans::tr("The libvirt networks could not be listed (%1).").arg(facts.networksWhy);
        else if (!facts.networks->contains(r.netSource))
            plan.errors << Plans::tr("libvirt on %1 has no network named \"%2\" (it has: %3).")
                               .arg(s.label, r.netSource,
                                    facts.networks->isEmpty() ? Plans::tr("none") : facts.networks->join(QStringLiteral(", ")));
    } else {
        plan.warnings << Plans::tr("The VM gets no network adapter.");
    }

    // Install CD.
    if (!r.isoPath.isEmpty()) {
        const PathFacts p = facts.paths.value(r.isoPath);
        if (!r.isoPath.startsWith(QLatin1Char('/')))
            plan.errors << Plans::tr("Give the ISO as an absolute path on the host.");
        else if (!p.read)
            plan.errors << Plans::tr("%1 could not be looked at (%2).")
                               .arg(r.isoPath, p.why.isEmpty() ? Plans::tr("not asked") : p.why);
        else if (!p.exists)
            plan.errors << Plans::tr("The ISO %1 does not exist on %2: copy it there first, or correct the path.")
                               .arg(r.isoPath, s.label);
        else if (!p.isFile())
            plan.errors << Plans::tr("%1 is a %2, not an ISO file.").arg(r.isoPath, p.type);
    }

    // CPU: the new VM joins the schedule, which may move every VM's shares.
    // With libvirt's defaults and no reservation on the host, every VM keeps
    // cpu_shares 1024, the same proportions: nothing to plan.
    const bool defaults = r.weight == 100 && r.reservePct == 0 && r.maxPct == 100;
    bool reservations = false;
    for (const Vm &v : s.vms)
        reservations = reservations || v.cpu.reservePct > 0;
    Plan cpuPlan;
    if (!defaults || reservations) {
        HostSnapshot with = s;
        with.vms << newVmEntry(r);
        cpuPlan = planVmCpu(with, VmCpuRequest{r.name, r.weight, r.reservePct, r.maxPct}, o.hostCpuReservePct, uri);
    }
    if (!cpuPlan.errors.isEmpty()) {
        if (defaults)
            plan.warnings << Plans::tr("The other VMs' CPU shares are left as they are: %1").arg(cpuPlan.errors.join(' '));
        else
            plan.errors << cpuPlan.errors;
    }
    if (!plan.errors.isEmpty())
        return plan;

    const QString uuid = o.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : o.uuid;
    const QByteArray xml = createDomainXml(r, image, format, facts.kvm ? QStringLiteral("kvm") : QStringLiteral("qemu"), uuid);
    // Defined before the image is written: a name taken meanwhile fails at
    // define, with nothing written (the fixed UUID keeps define from changing
    // the other domain).
    PlanStep define = virshStep(r.name, Plans::tr("Define %1 with libvirt (the domain XML below)").arg(r.name), uri,
                                {"define", "/dev/stdin"});
    define.command.input = xml;
    define.undo = virshCommand(uri, {"undefine", "--domain", r.name.toUtf8()});
    if (convert) {
        plan.steps << newImageSteps(r.name, image, 0, false).value(0) << define;
        // -S 0 writes every block: the copy is fully allocated.
        PlanStep copy = privilegedStep(Plans::tr("Copy %1 into the fully allocated raw image %2").arg(sourceImage, image),
                                       r.name, {"qemu-img", "convert", "-p", "-S", "0", "-O", "raw", "--",
                                                sourceImage.toUtf8(), image.toUtf8()});
        copy.command.timeoutMs = 6 * 3600 * 1000;
        copy.reportsProgress = true;   // -p: the copy's progress shows while it runs
        copy.undo = removeImageCommand(image);
        copy.undoIfFailed = true;
        plan.steps << copy;
    } else if (newImage) {
        const QList<PlanStep> img = newImageSteps(r.name, image, r.diskGiB, r.diskKind == DiskKind::Expanding);
        plan.steps << img[0] << define << img[1];
    } else {
        plan.steps << define;
    }
    if (r.autostart)
        plan.steps << virshStep(r.name, Plans::tr("Start %1 with the host").arg(r.name), uri,
                                {"autostart", "--domain", r.name.toUtf8()});
    if (cpuPlan.errors.isEmpty()) {
        plan.steps << cpuPlan.steps;
        plan.warnings << cpuPlan.warnings;
    }
    if (r.start)
        plan.steps << virshStep(r.name, Plans::tr("Start %1").arg(r.name), uri, {"start", "--domain", r.name.toUtf8()});
    return plan;
}

} // namespace ftc
