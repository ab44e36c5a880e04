// virsh 9.0 against qemu:///system: tables, dominfo, domstats --raw, schedinfo,
// nodeinfo, and libvirt's error texts (see fixtures/libvirt/qemu_error_*.txt).

#include "SimCommands.h"

namespace ftc::sim {

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

CommandResult noDomain(const QString &name)
{
    return fail(1, "error: failed to get domain '" + b(name) + "'\n\n");
}

qint64 cpuTimeNs(const SimVm &v, qint64 nowMs)
{
    if (!v.running)
        return v.cpuNsBase;
    const qint64 ms = qMax<qint64>(0, nowMs - v.startedMs);
    return v.cpuNsBase + qint64(double(ms) * 1e6 * v.load * v.vcpus);
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

CommandResult schedinfo(SimState &s, const Argv &args)
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
    out += row("State", v.running ? "running" : "shut off");
    out += row("CPU(s)", QByteArray::number(v.vcpus));
    if (v.running)
        out += row("CPU time", QByteArray::number(double(cpuTimeNs(v, nowMs)) / 1e9, 'f', 1) + "s");
    out += row("Max memory", QByteArray::number(v.memKiB) + " KiB");
    out += row("Used memory", QByteArray::number(v.memKiB) + " KiB");
    out += row("Persistent", "yes");
    out += row("Autostart", v.autostart ? "enable" : "disable");
    out += row("Managed save", "no");
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
    const qint64 ns = cpuTimeNs(v, nowMs);
    if (state) {
        kv("state.state", v.running ? "1" : "5");
        kv("state.reason", v.running ? "1" : "2");
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
    if (balloon) {
        kv("balloon.current", QByteArray::number(v.memKiB));
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

} // namespace

CommandResult virsh(SimState &s, const Argv &argv, qint64 nowMs)
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
        bool all = false, name = false, autostart = false, noAutostart = false, inactive = false;
        for (const QByteArray &a : args) {
            if (a == "--all") all = true;
            else if (a == "--name") name = true;
            else if (a == "--autostart") autostart = true;
            else if (a == "--no-autostart") noAutostart = true;
            else if (a == "--inactive") inactive = true;
            else if (a == "--persistent" || a == "--state-running" || a == "--uuid" || a == "--table") {}
            else return badOption(a);
        }
        QList<const SimVm *> shown;
        for (const SimVm &v : s.vms) {
            if (!all && !(inactive ? !v.running : v.running))
                continue;
            if ((autostart && !v.autostart) || (noAutostart && v.autostart))
                continue;
            shown.append(&v);
        }
        if (name) {
            QByteArray out;
            for (const SimVm *v : shown)
                out += b(v->name) + '\n';
            return ok(out + '\n');
        }
        QList<QList<QByteArray>> rows{{"Id", "Name", "State"}};
        for (const SimVm *v : shown)
            rows.append({v->running ? QByteArray::number(v->id) : QByteArray("-"), b(v->name),
                         v->running ? QByteArray("running") : QByteArray("shut off")});
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
        return schedinfo(s, args);
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

    // Everything below names one domain.
    QString name;
    bool flag = false;
    for (const QByteArray &a : args) {
        if (a == "--domain")
            continue;
        if (a == "--disable" || a == "--reason")
            flag = true;
        else if (a.startsWith("--"))
            return badOption(a);
        else if (name.isEmpty())
            name = QString::fromUtf8(a);
    }
    static const QList<QByteArray> domainCmds{"dominfo", "domstate", "autostart", "start", "shutdown",
                                              "destroy", "domuuid", "domid"};
    if (!domainCmds.contains(cmd))
        return fail(1, "error: unknown command: '" + cmd + "'\n");
    if (name.isEmpty())
        return fail(1, "error: command '" + cmd + "' requires <domain> option\n");
    SimVm *v = s.vm(name);
    if (!v)
        return noDomain(name);
    if (cmd == "dominfo")
        return ok(dominfo(*v, nowMs));
    if (cmd == "domuuid")
        return ok(b(v->uuid) + "\n\n");
    if (cmd == "domid")
        return v->running ? ok(QByteArray::number(v->id) + "\n\n") : ok("-\n\n");
    if (cmd == "domstate")
        return ok(QByteArray(v->running ? "running" : "shut off") + (flag ? (v->running ? " (booted)" : " (shutdown)") : "")
                  + "\n\n");
    if (cmd == "autostart") {
        v->autostart = !flag;
        return ok("Domain '" + b(v->name) + (flag ? "' unmarked as autostarted\n\n" : "' marked as autostarted\n\n"));
    }
    if (cmd == "start") {
        if (v->running)
            return fail(1, "error: Domain is already active\n\n");
        qint64 used = 0;
        for (const SimVm &o : s.vms)
            if (o.running)
                used += o.memKiB;
        // The host keeps about 1 GiB for itself; past that qemu cannot allocate.
        if (used + v->memKiB > s.memKiB - 1024 * 1024)
            return fail(1, "error: Failed to start domain '" + b(v->name)
                               + "'\nerror: internal error: process exited while connecting to monitor: "
                                 "qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory\n\n");
        v->running = true;
        v->id = s.nextDomId++;
        v->startedMs = nowMs;
        return ok("Domain '" + b(v->name) + "' started\n\n");
    }
    if (cmd == "shutdown" || cmd == "destroy") {
        if (!v->running)
            return fail(1, "error: Failed to " + cmd + " domain '" + b(v->name)
                               + "'\nerror: Requested operation is not valid: domain is not running\n\n");
        v->cpuNsBase = cpuTimeNs(*v, nowMs);
        v->running = false;
        v->id = -1;
        return ok(cmd == "destroy" ? "Domain '" + b(v->name) + "' destroyed\n\n"
                                   : "Domain '" + b(v->name) + "' is being shutdown\n\n");
    }
    return fail(1, "error: unknown command: '" + cmd + "'\n");
}

} // namespace ftc::sim
