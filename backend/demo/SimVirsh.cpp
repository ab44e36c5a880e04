// virsh 9.0 against qemu:///system: tables, dominfo, domstats --raw, schedinfo,
// nodeinfo, the life cycle (start, shutdown, destroy, suspend, resume, reset,
// managedsave), metadata, and libvirt's error texts (see fixtures/libvirt/qemu_error_*.txt).

#include "SimCommands.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

CommandResult noDomain(const QString &name)
{
    return fail(1, "error: failed to get domain '" + b(name) + "'\n\n");
}

// The qemu driver's refusal, under virsh's "Failed to VERB domain 'NAME'" line.
CommandResult invalid(const QByteArray &failedTo, const QString &name, const QByteArray &why)
{
    return fail(1, "error: Failed to " + failedTo + " domain '" + b(name) + "'\nerror: Requested operation is not valid: "
                       + why + "\n\n");
}

// virDomainState: running 1, paused 3, shut off 5.
int stateNumber(const SimVm &v)
{
    return !v.running ? 5 : v.paused ? 3 : 1;
}

QByteArray stateWord(const SimVm &v)
{
    return !v.running ? "shut off" : v.paused ? "paused" : "running";
}

// virsh's words for the reasons (virshDomainStateReasonToString), up to the
// last one the simulation uses.
QByteArray reasonWord(const SimVm &v)
{
    static const QList<QByteArray> running{"unknown", "booted", "migrated", "restored", "from snapshot", "unpaused"};
    static const QList<QByteArray> paused{"unknown", "user", "migrating"};
    static const QList<QByteArray> shutoff{"unknown", "shutdown", "destroyed", "crashed", "migrated", "saved"};
    const QList<QByteArray> &words = !v.running ? shutoff : v.paused ? paused : running;
    return words.value(v.stateReason, "unknown");
}

// vshTable: a leading space, columns padded to their widest cell and 3 spaces
// apart, the last one unpadded; the rule is as long as all widths plus 3 each.
QByteArray table(const QList<QList<QByteArray>> &rows)
{
    QList<int> w(rows[0].size(), 0);
    for (const auto &r : rows)
        for (qsizetype c = 0; c < r.size(); ++c)
            w[c] = qMax(w[c], int(r[c].size()));
    QByteArray out;
    int total = 0;
    for (int x : w)
        total += x + 3;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QByteArray line = " ";
        for (qsizetype c = 0; c < rows[i].size(); ++c) {
            if (c + 1 < rows[i].size())
                line += rows[i][c].leftJustified(w[c]) + "   ";
            else
                line += rows[i][c];
        }
        out += line + '\n';
        if (i == 0)
            out += QByteArray(total, '-') + '\n';
    }
    return out + '\n';
}

QByteArray schedinfoText(const SimVm &v)
{
    const auto row = [](const char *k, qint64 val) {
        return QByteArray(k).leftJustified(15) + ": " + QByteArray::number(val) + '\n';
    };
    return "Scheduler      : posix\n" + row("cpu_shares", v.cpuShares) + row("vcpu_period", v.vcpuPeriod)
        + row("vcpu_quota", v.vcpuQuota) + row("emulator_period", v.emulatorPeriod)
        + row("emulator_quota", v.emulatorQuota) + row("global_period", v.globalPeriod)
        + row("global_quota", v.globalQuota) + row("iothread_period", v.iothreadPeriod)
        + row("iothread_quota", v.iothreadQuota) + '\n';
}

// --config alone on a running domain changes the one copy of the values here,
// where libvirt would keep it for the next start; the console never does that.
CommandResult schedinfo(SimState &s, const Argv &args, qint64 nowMs)
{
    QString name;
    QList<QByteArray> sets;
    bool live = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QByteArray &a = args[i];
        if (a == "--set") {
            sets.append(args.value(++i));
        } else if (a.startsWith("--set=")) {
            sets.append(a.mid(6));
        } else if (a == "--live") {
            live = true;
        } else if (a == "--config" || a == "--current") {
        } else if (a == "--domain") {
            name = QString::fromUtf8(args.value(++i));
        } else if (a.startsWith("--")) {
            return fail(1, "error: command 'schedinfo' doesn't support option " + a + "\n");
        } else if (name.isEmpty()) {
            name = QString::fromUtf8(a);
        } else {
            sets.append(a);
        }
    }
    if (name.isEmpty())
        return fail(1, "error: command 'schedinfo' requires <domain> option\n");
    SimVm *v = s.vm(name);
    if (!v)
        return noDomain(name);
    if (sets.isEmpty())
        return ok(schedinfoText(*v));
    const QByteArray head = "Scheduler      : posix\n";
    if (live && !v->running)
        return fail(1, "error: Requested operation is not valid: domain is not running\n\n", head);
    // The CPU time used so far was used under the old caps (booking it changes nothing else).
    v->settleCpu(nowMs);
    SimVm changed = *v;
    for (const QByteArray &kv : sets) {
        const qsizetype eq = kv.indexOf('=');
        const QByteArray key = eq < 0 ? kv : kv.left(eq);
        const QByteArray val = eq < 0 ? QByteArray() : kv.mid(eq + 1);
        qint64 *field = nullptr;
        if (key == "cpu_shares") field = &changed.cpuShares;
        else if (key == "vcpu_period") field = &changed.vcpuPeriod;
        else if (key == "vcpu_quota") field = &changed.vcpuQuota;
        else if (key == "emulator_period") field = &changed.emulatorPeriod;
        else if (key == "emulator_quota") field = &changed.emulatorQuota;
        else if (key == "global_period") field = &changed.globalPeriod;
        else if (key == "global_quota") field = &changed.globalQuota;
        else if (key == "iothread_period") field = &changed.iothreadPeriod;
        else if (key == "iothread_quota") field = &changed.iothreadQuota;
        if (!field)
            return fail(1, "error: invalid scheduler option: " + key + "\n\n", head);
        bool good = false;
        const qint64 n = val.toLongLong(&good);
        const bool quota = key.endsWith("_quota");
        if (!good || (!quota && n < 0)) {
            const char *type = quota ? "long long" : "unsigned long long";
            return fail(1, "error: invalid argument: Invalid value for field '" + key + "': expected " + type
                               + "\n\n", head);
        }
        if (key == "cpu_shares" && (n < 2 || n > 262144))
            return fail(1, "error: invalid argument: shares '" + val + "' must be in range [2, 262144]\n\n", head);
        if (quota && n != -1 && (n < 1000 || n > 17592186044415LL))
            return fail(1, "error: invalid argument: value of '" + key + "' is out of range [1000, 17592186044415]\n\n",
                        head);
        if (key.endsWith("_period") && (n < 1000 || n > 1000000))
            return fail(1, "error: invalid argument: value of '" + key + "' is out of range [1000, 1000000]\n\n",
                        head);
        *field = n;
    }
    *v = changed;
    return ok(schedinfoText(*v));
}

QByteArray dominfo(const SimVm &v, qint64 nowMs)
{
    const auto row = [](const char *k, const QByteArray &val) {
        return (QByteArray(k) + ':').leftJustified(16) + val + '\n';
    };
    QByteArray out = row("Id", v.running ? QByteArray::number(v.id) : QByteArray("-"));
    out += row("Name", b(v.name)) + row("UUID", b(v.uuid)) + row("OS Type", "hvm");
    out += row("State", stateWord(v));
    out += row("CPU(s)", QByteArray::number(v.vcpus));
    if (v.running)
        out += row("CPU time", QByteArray::number(double(v.cpuTimeNs(nowMs)) / 1e9, 'f', 1) + "s");
    out += row("Max memory", QByteArray::number(v.memKiB) + " KiB");
    out += row("Used memory", QByteArray::number(v.currentKiB()) + " KiB");
    out += row("Persistent", "yes");
    out += row("Autostart", v.autostart ? "enable" : "disable");
    out += row("Managed save", v.managedSave ? "yes" : "no");
    out += row("Security model", "apparmor");
    out += row("Security DOI", "0");
    if (v.running)
        out += row("Security label", "libvirt-" + b(v.uuid) + " (enforcing)");
    return out + '\n';
}

QByteArray domstats(const SimVm &v, qint64 nowMs, bool state, bool cpu, bool balloon, bool vcpu)
{
    QByteArray out = "Domain: '" + b(v.name) + "'\n";
    const auto kv = [&out](const QByteArray &k, const QByteArray &val) { out += "  " + k + '=' + val + '\n'; };
    const qint64 ns = v.cpuTimeNs(nowMs);
    if (state) {
        kv("state.state", QByteArray::number(stateNumber(v)));
        kv("state.reason", QByteArray::number(v.stateReason));
    }
    if (cpu) {
        kv("cpu.time", QByteArray::number(ns));
        kv("cpu.user", QByteArray::number(ns / 100 * 93));
        kv("cpu.system", QByteArray::number(ns - ns / 100 * 93));
        if (v.running) {
            kv("cpu.cache.monitor.count", "0");
            kv("cpu.haltpoll.success.time", "0");
            kv("cpu.haltpoll.fail.time", "0");
        }
    }
    // A shut-off domain still prints cpu.*, balloon.current and vcpu.current/maximum
    // (qemu_domstats_shutoff.txt); what needs the qemu process is left out.
    if (balloon) {
        kv("balloon.current", QByteArray::number(v.currentKiB()));
        kv("balloon.maximum", QByteArray::number(v.memKiB));
        if (v.running)
            kv("balloon.rss", QByteArray::number(v.memKiB * 6 / 10));
    }
    if (vcpu) {
        kv("vcpu.current", QByteArray::number(v.vcpus));
        kv("vcpu.maximum", QByteArray::number(v.vcpus));
        if (v.running)
            for (int i = 0; i < v.vcpus; ++i) {
                const QByteArray p = "vcpu." + QByteArray::number(i) + '.';
                kv(p + "state", "1");
                kv(p + "time", QByteArray::number(ns / v.vcpus / 10000000 * 10000000));
                kv(p + "wait", "0");
                kv(p + "delay", QByteArray::number(ns / v.vcpus / 40));
            }
    }
    return out + '\n';
}

// virsh takes "--opt value" and "--opt=value" alike.
bool optionValue(const Argv &args, qsizetype &i, const QByteArray &opt, QByteArray *value)
{
    if (args[i] == opt) {
        *value = args.value(++i);
        return true;
    }
    if (args[i].startsWith(opt + '=')) {
        *value = args[i].mid(opt.size() + 1);
        return true;
    }
    return false;
}

// libvirt keeps the element libxml2 parsed and prints it back with xmlNodeDump:
// attributes in double quotes, an empty element closed with "/>". Its parse
// errors name "(metadata_xml)"; the wording after that is Qt's, not libxml2's.
bool reserializeElement(const QByteArray &xml, QByteArray *out, QByteArray *error)
{
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false); // prefixes and xmlns attributes pass as written
    QXmlStreamWriter w(out);
    int depth = 0;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            w.writeStartElement(r.qualifiedName().toString());
            for (const QXmlStreamAttribute &a : r.attributes())
                w.writeAttribute(a.qualifiedName().toString(), a.value().toString());
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            w.writeEndElement();
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth > 0)
                w.writeCharacters(r.text().toString());
            break;
        case QXmlStreamReader::Comment:
            if (depth > 0)
                w.writeComment(r.text().toString());
            break;
        default:
            break;
        }
    }
    if (!r.hasError())
        return true;
    *error = "error: (metadata_xml):" + QByteArray::number(r.lineNumber()) + ": " + b(r.errorString()) + "\n\n";
    return false;
}

// virsh metadata DOMAIN URI [--key KEY --set XML | --remove] [--live] [--config] [--current],
// the two data options also as --domain and --uri.
CommandResult metadata(SimState &s, const Argv &args)
{
    const auto badOption = [](const QByteArray &opt) {
        return fail(1, "error: command 'metadata' doesn't support option " + opt + "\n");
    };
    QByteArray dom, uri, key, set;
    bool hasSet = false, remove = false, live = false, config = false, current = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QByteArray &a = args[i];
        QByteArray value;
        if (optionValue(args, i, "--domain", &value))
            dom = value;
        else if (optionValue(args, i, "--uri", &value))
            uri = value;
        else if (optionValue(args, i, "--key", &value))
            key = value;
        else if (optionValue(args, i, "--set", &value))
            set = value, hasSet = true;
        else if (a == "--remove")
            remove = true;
        else if (a == "--live")
            live = true;
        else if (a == "--config")
            config = true;
        else if (a == "--current")
            current = true;
        else if (a.startsWith("--"))
            return badOption(a); // --edit too: the demo host has no editor
        else if (dom.isEmpty())
            dom = a;
        else if (uri.isEmpty())
            uri = a;
        else
            return fail(1, "error: unexpected data '" + a + "'\n");
    }
    if (dom.isEmpty())
        return fail(1, "error: command 'metadata' requires <domain> option\n");
    if (uri.isEmpty())
        return fail(1, "error: command 'metadata' requires <uri> option\n");
    if (current && (live || config))
        return fail(1, QByteArray("error: Options --current and ") + (live ? "--live" : "--config")
                           + " are mutually exclusive\n");
    if (remove && hasSet)
        return fail(1, "error: Options --remove and --set are mutually exclusive\n");
    SimVm *v = s.vm(QString::fromUtf8(dom));
    if (!v)
        return noDomain(QString::fromUtf8(dom));
    // virsh refuses an empty option argument before libvirt could take "" as "remove".
    if (hasSet && set.isEmpty())
        return fail(1, "error: Failed to get option 'set': Option argument is empty\n");
    if (hasSet && key.isEmpty())
        return fail(1, "error: namespace key is required when modifying metadata\n");
    if (live && !v->running)
        return fail(1, "error: Requested operation is not valid: domain is not running\n\n");
    const QString ns = QString::fromUtf8(uri);
    if (remove) {
        v->metadata.remove(ns);
        return ok("Metadata removed\n\n");
    }
    if (hasSet) {
        QByteArray element, error;
        if (!reserializeElement(set, &element, &error))
            return fail(1, error);
        v->metadata.insert(ns, QString::fromUtf8(element));
        return ok("Metadata modified\n\n");
    }
    if (!v->metadata.contains(ns))
        return fail(1, "error: metadata not found: Requested metadata element is not present\n\n");
    return ok(b(v->metadata.value(ns)) + "\n\n");
}

// `virsh dumpxml [--inactive]`: the definition as libvirt 9.0 writes it,
// reduced to what a VM of the guide has (its disks, a CD/DVD drive, one NIC,
// the guest agent's channel, VNC). --inactive shows the persistent
// definition: memory and vCPUs changed while it runs.
QByteArray domainXml(const SimVm &v, bool inactive)
{
    const auto esc = [](const QString &t) { return t.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&apos;")).toUtf8(); };
    const bool live = v.running && !inactive;
    const qint64 mem = inactive && v.pendingMemKiB > 0 ? v.pendingMemKiB : v.memKiB;
    const int vcpus = inactive && v.pendingVcpus > 0 ? v.pendingVcpus : v.vcpus;
    QByteArray x = "<domain type='" + b(v.domainType) + "'" + (live ? " id='" + QByteArray::number(v.id) + "'" : QByteArray()) + ">\n"
        "  <name>" + esc(v.name) + "</name>\n  <uuid>" + b(v.uuid) + "</uuid>\n";
    if (!v.metadata.isEmpty()) {
        x += "  <metadata>\n";
        for (auto it = v.metadata.cbegin(); it != v.metadata.cend(); ++it)
            x += "    " + it.value().toUtf8() + "\n";
        x += "  </metadata>\n";
    }
    x += "  <memory unit='KiB'>" + QByteArray::number(mem) + "</memory>\n"
         "  <currentMemory unit='KiB'>" + QByteArray::number(inactive ? mem : v.currentKiB()) + "</currentMemory>\n"
         "  <vcpu placement='static'>" + QByteArray::number(vcpus) + "</vcpu>\n"
         "  <os>\n    <type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type>\n    <boot dev='hd'/>\n  </os>\n"
         "  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n";
    int n = 0;
    for (const SimVmDisk &d : v.disks) {
        const bool block = d.source.startsWith(QLatin1String("/dev/"));
        x += "    <disk type='" + QByteArray(block ? "block" : "file") + "' device='disk'>\n"
             "      <driver name='qemu' type='" + esc(d.format) + "'/>\n"
             "      <source " + QByteArray(block ? "dev" : "file") + "='" + esc(d.source) + "'/>\n"
             "      <target dev='" + esc(d.target) + "' bus='virtio'/>\n"
             + (live ? "      <alias name='virtio-disk" + QByteArray::number(n) + "'/>\n" : QByteArray())
             + "    </disk>\n";
        ++n;
    }
    if (!v.cdromTarget.isEmpty())
        x += "    <disk type='file' device='cdrom'>\n      <driver name='qemu' type='raw'/>\n"
             + (v.cdrom.isEmpty() ? QByteArray() : "      <source file='" + esc(v.cdrom) + "'/>\n")
             + "      <target dev='" + esc(v.cdromTarget) + "' bus='ide'/>\n      <readonly/>\n"
             + (live ? QByteArray("      <alias name='ide0-1-0'/>\n") : QByteArray()) + "    </disk>\n";
    if (!v.nicType.isEmpty()) {
        const QString mac = v.mac.isEmpty() ? QStringLiteral("52:54:00:%1:%2:%3").arg(v.uuid.mid(0, 2), v.uuid.mid(2, 2), v.uuid.mid(4, 2))
                                            : v.mac;
        const bool network = v.nicType == QLatin1String("network");
        x += "    <interface type='" + esc(v.nicType) + "'>\n      <mac address='" + esc(mac) + "'/>\n      <source "
             + (network ? "network='" + esc(v.nicSource) + "'" + (live ? QByteArray(" bridge='virbr0'") : QByteArray())
                        : "bridge='" + esc(v.nicSource) + "'")
             + "/>\n"
             + (live ? "      <target dev='vnet" + QByteArray::number(v.id) + "'/>\n" : QByteArray())
             + "      <model type='virtio'/>\n    </interface>\n";
    }
    // The QEMU guest agent's channel; a running guest's agent has it open.
    x += "    <channel type='unix'>\n      <source mode='bind'/>\n      <target type='virtio' "
         "name='org.qemu.guest_agent.0'" + QByteArray(live ? (!v.paused ? " state='connected'" : " state='disconnected'") : "")
         + "/>\n    </channel>\n"
         "    <graphics type='vnc' port='" + QByteArray(live ? QByteArray::number(5900 + v.id) : QByteArray("-1"))
         + "' autoport='yes' listen='127.0.0.1'>\n      <listen type='address' address='127.0.0.1'/>\n    </graphics>\n"
         "  </devices>\n</domain>\n\n";
    return x;
}

} // namespace

CommandResult virsh(SimState &s, const Argv &argv, qint64 nowMs, const QByteArray &input)
{
    qsizetype i = 1;
    for (; i < argv.size(); ++i) {
        const QByteArray &a = argv[i];
        QByteArray uri;
        if (a == "-c" || a == "--connect")
            uri = argv.value(++i);
        else if (a.startsWith("--connect="))
            uri = a.mid(10);
        else if (a == "-q" || a == "--quiet" || a == "-r" || a == "--readonly")
            continue;
        else
            break;
        if (uri != "qemu:///system") {
            const QByteArray path = uri.startsWith("qemu://") ? uri.mid(uri.indexOf('/', 7)) : QByteArray();
            return fail(1, "error: failed to connect to the hypervisor\nerror: "
                               + (uri.startsWith("qemu://") && !path.isEmpty()
                                      ? "internal error: unexpected qemu URI path '" + path + "', try qemu:///system"
                                      : "no connection driver available for " + uri)
                               + "\n");
        }
    }
    if (i >= argv.size())
        return ok();
    const QByteArray cmd = argv[i];
    const Argv args = argv.mid(i + 1);
    const auto badOption = [&](const QByteArray &opt) {
        return fail(1, "error: command '" + cmd + "' doesn't support option " + opt + "\n");
    };

    if (cmd == "list") {
        bool all = false, name = false, uuid = false, autostart = false, noAutostart = false, inactive = false;
        bool markSaved = false, withSave = false, withoutSave = false;
        QList<int> states; // --state-*: virDomainState numbers to keep
        for (const QByteArray &a : args) {
            if (a == "--all") all = true;
            else if (a == "--name") name = true;
            else if (a == "--uuid") uuid = true;
            else if (a == "--autostart") autostart = true;
            else if (a == "--no-autostart") noAutostart = true;
            else if (a == "--inactive") inactive = true;
            else if (a == "--managed-save") markSaved = true; // the State column says "saved"
            else if (a == "--with-managed-save") withSave = true;
            else if (a == "--without-managed-save") withoutSave = true;
            else if (a == "--state-running") states << 1;
            else if (a == "--state-paused") states << 3;
            else if (a == "--state-shutoff") states << 5;
            else if (a == "--state-other") states << 0; // no simulated domain is in another state
            else if (a == "--persistent" || a == "--table") {}
            else return badOption(a);
        }
        if (name && uuid)
            return fail(1, "error: Only one argument from --table, --name and --uuid may be specified.\n");
        QList<const SimVm *> shown;
        for (const SimVm &v : s.vms) {
            if (!all && !(inactive ? !v.running : v.running))
                continue;
            if ((autostart && !v.autostart) || (noAutostart && v.autostart))
                continue;
            if ((withSave && !v.managedSave) || (withoutSave && v.managedSave))
                continue;
            if (!states.isEmpty() && !states.contains(stateNumber(v)))
                continue;
            shown.append(&v);
        }
        if (name || uuid) {
            QByteArray out;
            for (const SimVm *v : shown)
                out += b(name ? v->name : v->uuid) + '\n';
            return ok(out + '\n');
        }
        QList<QList<QByteArray>> rows{{"Id", "Name", "State"}};
        for (const SimVm *v : shown)
            rows.append({v->running ? QByteArray::number(v->id) : QByteArray("-"), b(v->name),
                         markSaved && v->managedSave ? QByteArray("saved") : stateWord(*v)});
        return ok(table(rows));
    }
    if (cmd == "echo") {
        QByteArrayList words;
        for (const QByteArray &a : args)
            if (a != "--shell" && a != "--xml")
                words << a;
        return ok(words.join(' ') + '\n');
    }
    if (cmd == "nodeinfo") {
        const auto row = [](const char *k, const QByteArray &v) { return QByteArray(k).leftJustified(21) + v + '\n'; };
        return ok(row("CPU model:", "x86_64") + row("CPU(s):", QByteArray::number(s.cpus))
                  + row("CPU frequency:", QByteArray::number(s.mhz) + " MHz") + row("CPU socket(s):", "1")
                  + row("Core(s) per socket:", QByteArray::number(s.cpus)) + row("Thread(s) per core:", "1")
                  + row("NUMA cell(s):", "1") + row("Memory size:", QByteArray::number(s.memKiB) + " KiB") + '\n');
    }
    if (cmd == "hostname")
        return ok(b(s.hostname) + "\n\n");
    if (cmd == "uri")
        return ok("qemu:///system\n\n");
    if (cmd == "domstats") {
        bool state = false, cpu = false, balloon = false, vcpu = false, any = false;
        QList<QString> doms;
        bool onlyRunning = false;
        for (const QByteArray &a : args) {
            if (a == "--raw") {}
            else if (a == "--state") { state = any = true; }
            else if (a == "--cpu-total") { cpu = any = true; }
            else if (a == "--balloon") { balloon = any = true; }
            else if (a == "--vcpu") { vcpu = any = true; }
            // The demo's VMs have no tap devices on the host: libvirt prints
            // net.count=0 for a domain without NICs, and nothing for an
            // inactive one; the demo says nothing, as for an inactive one.
            else if (a == "--interface") { any = true; }
            else if (a == "--list-active" || a == "--list-running") { onlyRunning = true; }
            else if (a == "--list-inactive" || a == "--list-persistent" || a == "--enforce"
                     || a == "--nowait") {}
            else if (a.startsWith("--")) return badOption(a);
            else doms.append(QString::fromUtf8(a));
        }
        if (!any)
            state = cpu = balloon = vcpu = true;
        QByteArray out;
        if (!doms.isEmpty()) {
            for (const QString &d : doms) {
                const SimVm *v = s.vm(d);
                if (!v)
                    return fail(1, "error: failed to get domain '" + b(d) + "'\n\n", out);
                out += domstats(*v, nowMs, state, cpu, balloon, vcpu);
            }
            return ok(out);
        }
        for (const SimVm &v : s.vms)
            if (!onlyRunning || v.running)
                out += domstats(v, nowMs, state, cpu, balloon, vcpu);
        return ok(out);
    }
    if (cmd == "schedinfo")
        return schedinfo(s, args, nowMs);
    if (cmd == "metadata")
        return metadata(s, args);
    if (cmd == "domblklist") {
        QString name;
        bool details = false;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QByteArray &a = args[i];
            if (a == "--domain")
                name = QString::fromUtf8(args.value(++i));
            else if (a == "--details")
                details = true;
            else if (a == "--inactive")
                continue;
            else if (a.startsWith("--"))
                return fail(1, "error: command 'domblklist' doesn't support option " + a + "\n");
            else if (name.isEmpty())
                name = QString::fromUtf8(a);
        }
        const SimVm *v = s.vm(name);
        if (!v)
            return noDomain(name);
        // virsh 9.0's table: a header, a rule, then one row per disk.
        QByteArray out = details ? " Type   Device   Target   Source\n------------------------------------------\n"
                                 : " Target   Source\n------------------------\n";
        for (const SimVmDisk &d : v->disks) {
            const QByteArray type = d.source.startsWith(QLatin1String("/dev/")) ? "block" : "file ";
            out += details ? " " + type + "  disk     " + d.target.toUtf8() + "      " + d.source.toUtf8() + "\n"
                           : " " + d.target.toUtf8() + "      " + d.source.toUtf8() + "\n";
        }
        return ok(out + "\n");
    }

    // qemu-agent-command --domain NAME [--timeout N] JSON: the demo's guests
    // run their agent, which answers guest-ping.
    if (cmd == "qemu-agent-command") {
        QString name;
        QByteArray json;
        for (qsizetype k = 0; k < args.size(); ++k) {
            if (args[k] == "--domain")
                name = QString::fromUtf8(args.value(++k));
            else if (args[k] == "--timeout" || args[k] == "--async" || args[k] == "--block")
                k += args[k] == "--timeout" ? 1 : 0;
            else if (name.isEmpty())
                name = QString::fromUtf8(args[k]);
            else
                json = args[k];
        }
        SimVm *v = s.vm(name);
        if (!v)
            return noDomain(name);
        if (!v->running)
            return fail(1, "error: Requested operation is not valid: domain is not running\n\n");
        if (v->paused)
            return fail(1, "error: Guest agent is not responding: Guest agent not available for now\n\n");
        if (!json.contains("\"guest-ping\""))
            return fail(1, "error: internal error: unable to execute QEMU agent command: the demo guest answers "
                           "guest-ping only\n\n");
        return ok("{\"return\":{}}\n\n");
    }

    if (CommandResult r; virshDefinitionCommand(s, cmd, args, input, &r))
        return r;

    // Everything below names one domain.
    QString name;
    bool flag = false;
    bool inactive = false;
    for (const QByteArray &a : args) {
        if (a == "--domain")
            continue;
        if (a == "--inactive") {
            inactive = true;   // dumpxml's: the definition it boots with next
            continue;
        }
        if (a == "--security-info" || a == "--migratable")
            continue;
        if (a == "--disable" || a == "--reason")
            flag = true;
        else if (a.startsWith("--"))
            return badOption(a);
        else if (name.isEmpty())
            name = QString::fromUtf8(a);
    }
    static const QList<QByteArray> domainCmds{"dominfo", "domstate", "autostart", "start", "shutdown", "destroy",
                                              "domuuid", "domid", "suspend", "resume", "reset", "managedsave", "dumpxml"};
    if (!domainCmds.contains(cmd))
        return fail(1, "error: unknown command: '" + cmd + "'\n");
    if (name.isEmpty())
        return fail(1, "error: command '" + cmd + "' requires <domain> option\n");
    SimVm *v = s.vm(name);
    if (!v)
        return noDomain(name);
    const QByteArray domain = "Domain '" + b(v->name) + "' ";
    if (cmd == "dominfo")
        return ok(dominfo(*v, nowMs));
    if (cmd == "dumpxml")
        return ok(domainXml(*v, inactive));
    if (cmd == "domuuid")
        return ok(b(v->uuid) + "\n\n");
    if (cmd == "domid")
        return v->running ? ok(QByteArray::number(v->id) + "\n\n") : ok("-\n\n");
    if (cmd == "domstate")
        return ok(stateWord(*v) + (flag ? " (" + reasonWord(*v) + ")" : QByteArray()) + "\n\n");
    if (cmd == "autostart") {
        v->autostart = !flag;
        return ok(domain + (flag ? "unmarked as autostarted\n\n" : "marked as autostarted\n\n"));
    }
    if (cmd == "start") {
        if (v->running)
            return fail(1, "error: Domain is already active\n\n");
        // What the qemu driver checks before qemu runs: the images, the NIC's network or bridge.
        const QByteArray failed = "error: Failed to start domain '" + b(v->name) + "'\nerror: ";
        for (const SimVmDisk &d : v->disks)
            if (!d.source.startsWith(QLatin1String("/dev/")) && !s.images.contains(d.source))
                return fail(1, failed + "Cannot access storage file '" + b(d.source) + "': No such file or directory\n\n");
        if (!v->managedSave && !v->cdrom.isEmpty() && !s.images.contains(v->cdrom))
            return fail(1, failed + "Cannot access storage file '" + b(v->cdrom) + "': No such file or directory\n\n");
        if (v->nicType == QLatin1String("network") && !s.networks.contains(v->nicSource))
            return fail(1, failed + "Network not found: no network with matching name '" + b(v->nicSource) + "'\n\n");
        if (v->nicType == QLatin1String("bridge") && !s.bridge(v->nicSource))
            return fail(1, failed + "Cannot get interface MTU on '" + b(v->nicSource) + "': No such device\n\n");

        qint64 used = 0;
        for (const SimVm &o : std::as_const(s.vms))
            if (o.running)
                used += o.memKiB;
        // The host keeps about 1 GiB for itself; past that qemu cannot allocate.
        const bool fresh = !v->managedSave;
        const qint64 bootKiB = fresh && v->pendingMemKiB > 0 ? v->pendingMemKiB : v->memKiB;
        if (used + bootKiB > s.memKiB - 1024 * 1024)
            return fail(1, "error: Failed to start domain '" + b(v->name)
                               + "'\nerror: internal error: process exited while connecting to monitor: "
                                 "qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory\n\n");
        v->balloonKiB = -1;
        // A fresh boot takes the persistent definition's changes.
        if (fresh) {
            v->memKiB = bootKiB;
            if (v->pendingVcpus > 0)
                v->vcpus = v->pendingVcpus;
            v->pendingMemKiB = -1;
            v->pendingVcpus = -1;
        }
        // A managed save image is restored (and then deleted): running again, or
        // paused as qemu came back from the incoming migration when it was saved paused.
        if (v->managedSave) {
            v->stateReason = v->paused ? kPausedMigration : kRunningRestored;
        } else {
            v->stateReason = kRunningBooted;
            v->paused = false;
        }
        v->managedSave = false;
        v->running = true;
        v->id = s.nextDomId++;
        // The CPU time carries on from where it stopped, also after a fresh boot.
        v->startedMs = nowMs;
        return ok(domain + "started\n\n");
    }
    if (!v->running) {
        if (cmd == "managedsave")
            return fail(1, "error: Failed to save domain '" + b(v->name)
                               + "' state\nerror: Requested operation is not valid: domain is not running\n\n");
        return invalid(cmd, v->name, "domain is not running");
    }
    if (cmd == "reset") // the guest reboots at once; libvirt's state stays as it was
        return ok(domain + "was reset\n\n");
    if (cmd == "suspend" || cmd == "resume") {
        const bool pause = cmd == "suspend";
        if (!pause && !v->paused)
            return invalid(cmd, v->name, "domain is already running");
        // Suspending a paused domain succeeds without a change, as in the qemu driver.
        if (pause != v->paused) {
            v->settleCpu(nowMs);
            v->paused = pause;
            v->stateReason = pause ? kPausedUser : kRunningUnpaused;
        }
        return ok(domain + (pause ? "suspended\n\n" : "resumed\n\n"));
    }
    // shutdown asks the guest, which a paused one cannot hear: libvirt refuses.
    if (cmd == "shutdown" && v->paused)
        return invalid(cmd, v->name, "domain is not running");
    v->settleCpu(nowMs);
    v->running = false;
    v->id = -1;
    if (cmd == "managedsave") {
        // paused stays as it was: the image restores the vCPUs stopped or running.
        v->managedSave = true;
        v->stateReason = kShutoffSaved;
        return ok("\n" + domain + "state saved by libvirt\n\n");
    }
    v->paused = false;
    v->stateReason = cmd == "destroy" ? kShutoffDestroyed : kShutoffShutdown;
    v->balloonKiB = -1;
    // Off, it is its persistent definition again: the changes made while it ran.
    if (v->pendingMemKiB > 0)
        v->memKiB = v->pendingMemKiB;
    if (v->pendingVcpus > 0)
        v->vcpus = v->pendingVcpus;
    v->pendingMemKiB = -1;
    v->pendingVcpus = -1;
    return ok(domain + (cmd == "destroy" ? "destroyed\n\n" : "is being shutdown\n\n"));
}

} // namespace ftc::sim
