// virsh 9.0's commands that change a domain's definition, against the demo
// host: define (from /dev/stdin), undefine, setmem, setmaxmem, setvcpus,
// change-media, attach-disk, update-device (a NIC's source), domrename; and
// net-list, domdisplay and domcapabilities. Their messages and refusals are libvirt's.

#include "SimCommands.h"
#include "parse/DomainXml.h"

#include <QUuid>

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

struct Words {
    QStringList positional;
    QList<QByteArray> flags;
    bool has(const char *f) const { return flags.contains(QByteArray(f)); }
};

// virsh's options: "--domain X" and the like are positional in order, as
// virsh accepts them either way; bare "--flag"s are collected.
Words words(const Argv &args)
{
    static const QList<QByteArray> named{"--domain", "--file", "--size", "--count", "--path", "--source",
                                         "--target", "--new-name", "--driver", "--subdriver", "--targetbus",
                                         "--type", "--cache"};
    static const QList<QByteArray> ignoredValues{"--driver", "--subdriver", "--targetbus", "--type", "--cache"};
    Words w;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (named.contains(args[i])) {
            if (!ignoredValues.contains(args[i]))
                w.positional << QString::fromUtf8(args.value(i + 1));
            ++i;
        } else if (args[i].startsWith("--")) {
            w.flags << args[i];
        } else {
            w.positional << QString::fromUtf8(args[i]);
        }
    }
    return w;
}

CommandResult noDomain(const QString &name)
{
    return fail(1, "error: failed to get domain '" + b(name) + "'\n\n");
}

// virsh's scaled integers: a number with an optional unit, KiB by default.
qint64 scaledKiB(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i].isDigit())
        ++i;
    bool ok = false;
    const quint64 n = text.left(i).toULongLong(&ok);
    return ok ? libvirtMemoryToKiB(n, text.mid(i)) : -1;
}

QString macOf(const SimVm &v)
{
    return v.mac.isEmpty() ? QStringLiteral("52:54:00:%1:%2:%3").arg(v.uuid.mid(0, 2), v.uuid.mid(2, 2), v.uuid.mid(4, 2))
                           : v.mac;
}

// A domain from its XML, as the qemu driver keeps what the demo shows.
SimVm fromXml(const DomainXml &x)
{
    SimVm v;
    v.name = x.name;
    v.uuid = x.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : x.uuid.toLower();
    v.domainType = x.type;
    v.memKiB = x.memoryKiB;
    v.vcpus = qMax(1, x.vcpus);
    v.running = false;
    v.stateReason = 0;   // never started: "shut off (unknown)"
    v.autostart = false;
    v.load = 0.05;
    if (x.cpuShares > 0)
        v.cpuShares = x.cpuShares;
    v.cdromTarget.clear();
    for (const DomainDisk &d : x.disks) {
        if (d.device == QLatin1String("cdrom") && v.cdromTarget.isEmpty()) {
            v.cdromTarget = d.targetDev;
            v.cdrom = d.source;
        } else if (d.device == QLatin1String("disk")) {
            v.disks << SimVmDisk{d.targetDev, d.source, d.driverType.isEmpty() ? QStringLiteral("raw") : d.driverType};
        }
    }
    v.nicType.clear();
    v.nicSource.clear();
    if (!x.interfaces.isEmpty()) {
        const DomainInterface &n = x.interfaces.first();
        v.nicType = n.type;
        v.nicSource = n.type == QLatin1String("bridge") ? n.sourceBridge : n.sourceNetwork;
        v.mac = n.mac;
    }
    if (v.nicType.size() && v.mac.isEmpty())
        v.mac = macOf(v);
    return v;
}

QString firstError(const DomainXml &x)
{
    if (!x.errors.isEmpty())
        return x.errors.first().message;
    if (x.name.isEmpty())
        return QStringLiteral("missing domain name information");
    if (x.memoryKiB <= 0)
        return QStringLiteral("missing element memory");
    return {};
}

} // namespace

bool virshDefinitionCommand(SimState &s, const QByteArray &cmd, const Argv &args, const QByteArray &input,
                            CommandResult *result)
{
    const Words w = words(args);
    auto done = [&](CommandResult r) {
        *result = std::move(r);
        return true;
    };
    if (cmd == "domcapabilities")     // the demo server has KVM
        return done(ok("<domainCapabilities>\n  <path>/usr/bin/qemu-system-x86_64</path>\n  <domain>kvm</domain>\n"
                       "  <machine>pc-i440fx-7.2</machine>\n  <arch>x86_64</arch>\n</domainCapabilities>\n\n"));
    if (cmd == "net-list")
        return done(ok((s.networks.isEmpty() ? QByteArray() : b(s.networks.join(QLatin1Char('\n'))) + '\n') + '\n'));
    if (cmd == "define") {
        const QString file = w.positional.value(0);
        if (file != QLatin1String("/dev/stdin"))
            return done(fail(1, "error: Failed to read file '" + b(file) + "' to define domain\nerror: the demo "
                                "host defines from /dev/stdin only\n\n"));
        const DomainXml x = parseDomainXml(input);
        if (const QString e = firstError(x); !e.isEmpty())
            return done(fail(1, "error: Failed to define domain from /dev/stdin\nerror: XML error: " + b(e) + "\n\n"));
        const SimVm nv = fromXml(x);
        for (SimVm &o : s.vms) {
            if (o.name == nv.name && o.uuid != nv.uuid)
                return done(fail(1, "error: Failed to define domain from /dev/stdin\nerror: operation failed: domain '"
                                        + b(o.name) + "' already exists with uuid " + b(o.uuid) + "\n\n"));
            if (o.uuid == nv.uuid && o.name != nv.name)
                return done(fail(1, "error: Failed to define domain from /dev/stdin\nerror: operation failed: domain '"
                                        + b(o.name) + "' is already defined with uuid " + b(o.uuid) + "\n\n"));
        }
        if (SimVm *o = s.vm(nv.name)) {
            // The same domain again: its persistent definition is replaced.
            if (o->running) {
                o->pendingMemKiB = nv.memKiB;
                o->pendingVcpus = nv.vcpus;
            } else {
                o->memKiB = nv.memKiB;
                o->vcpus = nv.vcpus;
                o->disks = nv.disks;
                o->cdromTarget = nv.cdromTarget;
                o->cdrom = nv.cdrom;
                o->nicType = nv.nicType;
                o->nicSource = nv.nicSource;
            }
        } else {
            s.vms << nv;
        }
        return done(ok("Domain '" + b(nv.name) + "' defined from /dev/stdin\n\n"));
    }
    static const QList<QByteArray> edits{"undefine", "setmem", "setmaxmem", "setvcpus", "change-media",
                                         "attach-disk", "update-device", "domrename", "domdisplay"};
    if (!edits.contains(cmd))
        return false;
    const QString name = w.positional.value(0);
    if (name.isEmpty())
        return done(fail(1, "error: command '" + cmd + "' requires <domain> option\n"));
    SimVm *v = s.vm(name);
    if (!v)
        return done(noDomain(name));
    const bool config = w.has("--config") || w.has("--persistent") || (!w.has("--live") && !v->running);
    const bool live = w.has("--live") || w.has("--persistent") || (!w.has("--config") && v->running);
    if (live && !v->running && cmd != "domdisplay" && cmd != "undefine" && cmd != "domrename")
        return done(fail(1, "error: Requested operation is not valid: domain is not running\n\n"));

    if (cmd == "domdisplay") {
        if (!v->running)
            return done(fail(1, "error: Domain is not running\n\n"));
        return done(ok("vnc://127.0.0.1:" + QByteArray::number(v->id) + "\n\n"));
    }
    if (cmd == "undefine") {
        if (v->managedSave && !w.has("--managed-save"))
            return done(fail(1, "error: Failed to undefine domain '" + b(v->name)
                                    + "'\nerror: Requested operation is not valid: Refusing to undefine while domain "
                                      "managed save image exists\n\n"));
        if (v->running)
            return done(fail(1, "error: Failed to undefine domain '" + b(v->name)
                                    + "'\nerror: Requested operation is not valid: the demo host undefines shut-off "
                                      "domains only\n\n"));
        const QString gone = v->name;
        s.vms.removeIf([&](const SimVm &o) { return o.name == gone; });
        return done(ok("Domain '" + b(gone) + "' has been undefined\n\n"));
    }
    if (cmd == "domrename") {
        const QString to = w.positional.value(1);
        if (v->running)
            return done(fail(1, "error: Requested operation is not valid: cannot rename active domain\n\n"));
        if (to.isEmpty())
            return done(fail(1, "error: command 'domrename' requires <new-name> option\n"));
        if (s.vm(to))
            return done(fail(1, "error: Requested operation is not valid: domain with name '" + b(to)
                                    + "' already exists\n\n"));
        v->name = to;
        return done(ok("Domain successfully renamed\n\n"));
    }
    if (cmd == "setmem" || cmd == "setmaxmem") {
        const qint64 kib = scaledKiB(w.positional.value(1));
        if (kib <= 0)
            return done(fail(1, "error: Numeric value '" + b(w.positional.value(1)) + "' for <size> option is "
                                    "malformed or out of range\n"));
        if (live && cmd == "setmaxmem")
            return done(fail(1, "error: Unable to change MaxMemorySize\nerror: Requested operation is not valid: "
                                "cannot resize the maximum memory on an active domain\n\n"));
        if (live && kib > v->memKiB)
            return done(fail(1, "error: invalid argument: cannot set memory higher than max memory\n\n"));
        if (live)
            v->balloonKiB = kib;          // the demo guests all have the balloon driver
        if (config) {
            if (v->running)
                v->pendingMemKiB = kib;
            else
                v->memKiB = kib;
        }
        return done(ok("\n"));
    }
    if (cmd == "setvcpus") {
        bool okCount = false;
        const int n = w.positional.value(1).toInt(&okCount);
        if (!okCount || n < 1 || n > 4096)
            return done(fail(1, "error: Numeric value '" + b(w.positional.value(1)) + "' for <count> option is "
                                    "malformed or out of range\n"));
        if (live)
            return done(fail(1, "error: Requested operation is not valid: the demo guests have no vCPU hotplug\n\n"));
        if (v->running)
            v->pendingVcpus = n;
        else
            v->vcpus = n;
        return done(ok("\n"));
    }
    if (cmd == "change-media") {
        const QString path = w.positional.value(1);
        if (v->cdromTarget.isEmpty() || (path != v->cdromTarget && path != v->cdrom))
            return done(fail(1, "error: No disk found whose source path or target is " + b(path) + "\n\n"));
        if (w.has("--eject")) {
            if (v->cdrom.isEmpty())
                return done(fail(1, "error: The disk device '" + b(v->cdromTarget) + "' doesn't have media\n\n"));
            v->cdrom.clear();
            return done(ok("Successfully ejected media.\n\n"));
        }
        const QString source = w.positional.value(2);
        if (source.isEmpty())
            return done(fail(1, "error: No source is specified for inserting media\n\n"));
        if (live && !s.images.contains(source))
            return done(fail(1, "error: Failed to complete action insert on media\nerror: internal error: unable to "
                                "execute QEMU command 'blockdev-add': Could not open '" + b(source)
                                + "': No such file or directory\n\n"));
        v->cdrom = source;
        return done(ok(w.has("--update") ? "Successfully updated media.\n\n" : "Successfully inserted media.\n\n"));
    }
    if (cmd == "attach-disk") {
        const QString source = w.positional.value(1);
        const QString target = w.positional.value(2);
        for (const SimVmDisk &d : v->disks)
            if (d.target == target)
                return done(fail(1, "error: Failed to attach disk\nerror: operation failed: target " + b(target)
                                        + " already exists\n\n"));
        if (live && !s.images.contains(source))
            return done(fail(1, "error: Failed to attach disk\nerror: Cannot access storage file '" + b(source)
                                    + "': No such file or directory\n\n"));
        QString format = QStringLiteral("raw");
        const qsizetype sub = args.indexOf("--subdriver");
        if (sub >= 0)
            format = QString::fromUtf8(args.value(sub + 1));
        v->disks << SimVmDisk{target, source, format};
        return done(ok("Disk attached successfully\n\n"));
    }
    // update-device DOMAIN /dev/stdin: a NIC's new source, found by its MAC.
    if (w.positional.value(1) != QLatin1String("/dev/stdin"))
        return done(fail(1, "error: the demo host updates devices from /dev/stdin only\n\n"));
    const DomainXml x = parseDomainXml("<domain><devices>" + input + "</devices></domain>");
    if (x.interfaces.isEmpty())
        return done(fail(1, "error: Failed to update device from /dev/stdin\nerror: the demo host updates "
                            "interfaces only\n\n"));
    const DomainInterface &n = x.interfaces.first();
    if (v->nicType.isEmpty() || n.mac.compare(macOf(*v), Qt::CaseInsensitive) != 0)
        return done(fail(1, "error: Failed to update device from /dev/stdin\nerror: operation failed: no device "
                            "matching MAC address " + b(n.mac) + " found\n\n"));
    const QString source = n.type == QLatin1String("bridge") ? n.sourceBridge : n.sourceNetwork;
    if (live && n.type == QLatin1String("bridge") && !s.bridge(source))
        return done(fail(1, "error: Failed to update device from /dev/stdin\nerror: Cannot get interface MTU on '"
                                + b(source) + "': No such device\n\n"));
    if (live && n.type == QLatin1String("network") && !s.networks.contains(source))
        return done(fail(1, "error: Failed to update device from /dev/stdin\nerror: Network not found: no network "
                            "with matching name '" + b(source) + "'\n\n"));
    v->mac = macOf(*v);
    v->nicType = n.type;
    v->nicSource = source;
    return done(ok("Device updated successfully\n\n"));
}

} // namespace ftc::sim
