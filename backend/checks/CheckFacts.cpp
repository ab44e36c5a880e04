#include "CheckFacts.h"

#include "model/HostSnapshot.h"
#include "storage/MirrorPlanner.h"
#include "vms/VirshSession.h"

#include "ChecksTr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ftc {

namespace {

constexpr int kStepSec = 15;
const QString kAgentChannel = QStringLiteral("org.qemu.guest_agent.0");


const CommandResult *result(const QHash<QString, CommandResult> &r, const char *id)
{
    const auto it = r.constFind(QLatin1String(id));
    return it == r.constEnd() ? nullptr : &it.value();
}

QString firstLine(const QByteArray &b)
{
    return QString::fromUtf8(b.trimmed().split('\n').value(0)).trimmed();
}

// Why a step gave no answer: not run, not installed, refused, or its error.
QString whyNot(const CommandResult *r, const QString &tool)
{
    if (!r)
        return Checks::tr("%1 was not run").arg(tool);
    if (r->status != CommandResult::Status::Finished)
        return Checks::tr("%1 did not finish (%2)").arg(tool, r->summary());
    if (r->exitCode == 127)
        return Checks::tr("%1 is not installed on the host").arg(tool);
    const QString err = firstLine(r->err);
    return err.isEmpty() ? Checks::tr("%1 failed (exit %2)").arg(tool).arg(r->exitCode) : Checks::tr("%1: %2").arg(tool, err);
}

QStringList names(const QByteArray &listing)
{
    QStringList out;
    for (const QByteArray &l : listing.split('\n'))
        if (!l.trimmed().isEmpty())
            out << QString::fromUtf8(l.trimmed());
    return out;
}

// A systemd time span as `systemctl show` prints it ("0", "30s", "1min 30s",
// "500ms", "infinity") -> µs; -1 for infinity; nullopt when not understood.
std::optional<qint64> timespanUs(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("infinity"))
        return -1;
    static const QRegularExpression part(QStringLiteral(R"((\d+)\s*(us|µs|ms|s|sec|min|m|h|d)?)"));
    qint64 total = 0;
    for (const QString &w : t.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto m = part.match(w);
        if (!m.hasMatch() || m.capturedLength() != w.size())
            return std::nullopt;
        const qint64 n = m.captured(1).toLongLong();
        const QString u = m.captured(2);
        // A bare number is µs (systemd prints every value but 0 with a unit).
        const qint64 scale = u.isEmpty() || u == QLatin1String("us") || u == QStringLiteral("µs") ? 1
            : u == QLatin1String("ms")                                             ? 1000
            : u == QLatin1String("min") || u == QLatin1String("m")                ? 60000000
            : u == QLatin1String("h")                                              ? 3600000000LL
            : u == QLatin1String("d")                                              ? 86400000000LL
                                                                                   : 1000000;
        total += n * scale;
    }
    return total;
}

// APT's setting in the apt.conf syntax: APT::Periodic::Unattended-Upgrade "1";
std::optional<bool> aptUnattended(const QByteArray &conf)
{
    static const QRegularExpression re(QStringLiteral(R"re(^\s*APT::Periodic::Unattended-Upgrade\s+"(\d+)"\s*;)re"),
                                       QRegularExpression::MultilineOption);
    std::optional<bool> on;
    auto it = re.globalMatch(QString::fromUtf8(conf));
    while (it.hasNext())
        on = it.next().captured(1).toInt() > 0;   // the last one wins, as in apt.conf
    return on;
}

} // namespace

QList<BatchStep> hostOsFactSteps()
{
    return {
        BatchStep::listDir(QStringLiteral("watchdog-devices"), "/sys/class/watchdog"),
        BatchStep::run(QStringLiteral("watchdog-runtime"),
                       {"systemctl", "show", "--property=RuntimeWatchdogUSec", "--value"}, false, kStepSec),
        BatchStep::listDir(QStringLiteral("wants/multi-user"), "/etc/systemd/system/multi-user.target.wants"),
        BatchStep::listDir(QStringLiteral("wants/timers"), "/etc/systemd/system/timers.target.wants"),
        BatchStep::listDir(QStringLiteral("apt-conf"), "/etc/apt/apt.conf.d"),
        BatchStep::readFiles(QStringLiteral("apt-auto"), {"/etc/apt/apt.conf.d/20auto-upgrades",
                                                          "/etc/apt/apt.conf.d/50unattended-upgrades"}),
        BatchStep::readFile(QStringLiteral("clamd-conf"), "/etc/clamav/clamd.conf"),
        BatchStep::run(QStringLiteral("ipmitool"), {"ipmitool", "sdr", "type", "Power Supply"}, true, kStepSec),
        BatchStep::run(QStringLiteral("upsc"), {"upsc", "-l"}, false, kStepSec),
    };
}

void parsePowerSupplies(const QByteArray &out, int *present, QStringList *failures)
{
    *present = 0;
    failures->clear();
    // "PS1 Status | C8h | ok | 10.1 | Presence detected, Power Supply AC lost"
    for (const QByteArray &raw : out.split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(QLatin1Char('|'));
        if (f.size() < 5)
            continue;
        const QString name = f[0].trimmed();
        const QString events = f[4].trimmed();
        if (events.contains(QLatin1String("Presence detected"), Qt::CaseInsensitive))
            ++*present;
        for (const char *bad : {"Failure detected", "AC lost", "Predictive failure", "Input lost", "out-of-range"})
            if (events.contains(QLatin1String(bad), Qt::CaseInsensitive)) {
                failures->append(QStringLiteral("%1: %2").arg(name, events));
                break;
            }
    }
}

HostOsFacts hostOsFactsFrom(const QHash<QString, CommandResult> &r)
{
    HostOsFacts o;
    const CommandResult *wd = result(r, "watchdog-devices");
    const CommandResult *rt = result(r, "watchdog-runtime");
    const CommandResult *mu = result(r, "wants/multi-user");
    const CommandResult *tm = result(r, "wants/timers");
    const QStringList enabled = mu && mu->ok() ? names(mu->out) : QStringList();
    const QStringList timers = tm && tm->ok() ? names(tm->out) : QStringList();
    if (wd && wd->status == CommandResult::Status::Finished)
        o.watchdogDevices = wd->ok() ? names(wd->out) : QStringList();   // no directory: no watchdog driver
    else
        o.watchdogWhy = whyNot(wd, QStringLiteral("/sys/class/watchdog"));
    if (rt && rt->ok()) {
        o.runtimeWatchdogUs = timespanUs(firstLine(rt->out));
        if (!o.runtimeWatchdogUs)
            o.watchdogWhy = Checks::tr("systemctl show printed RuntimeWatchdogUSec=%1, which is not a time span")
                                .arg(firstLine(rt->out));
    } else {
        o.watchdogWhy = whyNot(rt, QStringLiteral("systemctl show"));
    }
    o.watchdogDaemon = enabled.contains(QLatin1String("watchdog.service"));

    const CommandResult *aptDir = result(r, "apt-conf");
    const CommandResult *apt = result(r, "apt-auto");
    if (timers.contains(QLatin1String("dnf-automatic-install.timer"))) {
        o.autoUpdates = true;
        o.autoUpdatesBy = QStringLiteral("dnf-automatic-install.timer");
    } else if (aptDir && aptDir->ok()) {
        // Debian: unattended-upgrades installs when its service is enabled and
        // APT's periodic job asks for it.
        std::optional<bool> periodic;
        if (apt && apt->status == CommandResult::Status::Finished)
            for (const QByteArray &l : apt->out.split('\n'))
                if (const qsizetype colon = l.indexOf(':'); colon > 0)
                    if (const auto v = aptUnattended(l.mid(colon + 1)); v)
                        periodic = v;
        const bool service = enabled.contains(QLatin1String("unattended-upgrades.service"));
        o.autoUpdates = service && periodic.value_or(false);
        if (*o.autoUpdates)
            o.autoUpdatesBy = QStringLiteral("unattended-upgrades");
    } else if (mu && mu->ok()) {
        // Not a Debian host: only dnf-automatic's timer is known, and it is off.
        o.autoUpdates = timers.contains(QLatin1String("dnf-automatic.timer"));
        if (*o.autoUpdates)
            o.autoUpdatesBy = QStringLiteral("dnf-automatic.timer");
    } else {
        o.autoUpdatesWhy = whyNot(mu, QStringLiteral("/etc/systemd/system/multi-user.target.wants"));
    }

    if (mu && mu->ok()) {
        o.onAccessScanner = enabled.contains(QLatin1String("clamav-clamonacc.service"));
        if (*o.onAccessScanner)
            o.scannerName = QStringLiteral("ClamAV (clamonacc)");
        // Agents that scan on access too, each by the service its package enables.
        static const QList<QPair<const char *, const char *>> agents{
            {"mdatp.service", "Microsoft Defender for Endpoint (mdatp)"},
            {"sophos-spl.service", "Sophos Protection for Linux"},
            {"eea.service", "ESET Endpoint Antivirus for Linux"},
            {"esets.service", "ESET File Security for Linux"},
            {"mfetpd.service", "Trellix (McAfee) Endpoint Security for Linux"},
            {"ds_agent.service", "Trend Micro Deep Security Agent"},
            {"falcon-sensor.service", "CrowdStrike Falcon"}};
        for (const auto &[unit, name] : agents)
            if (!*o.onAccessScanner && enabled.contains(QLatin1String(unit))) {
                o.onAccessScanner = true;
                o.scannerName = QLatin1String(name);
                o.scanExclusionsKnown = false;
            }
        if (const CommandResult *c = result(r, "clamd-conf"); c && c->ok())
            for (const QByteArray &l : c->out.split('\n')) {
                const QList<QByteArray> w = l.simplified().split(' ');
                if (w.size() >= 2 && w[0] == "OnAccessExcludePath")
                    o.scanExcluded << QString::fromUtf8(l.simplified().mid(w[0].size() + 1));
            }
    }

    const CommandResult *ipmi = result(r, "ipmitool");
    if (ipmi && ipmi->ok()) {
        int n = 0;
        parsePowerSupplies(ipmi->out, &n, &o.powerFailures);
        o.powerSupplies = n;
    } else {
        o.powerWhy = whyNot(ipmi, QStringLiteral("ipmitool"));
    }
    const CommandResult *ups = result(r, "upsc");
    if (ups && ups->ok())
        o.upses = names(ups->out);
    else
        o.upsWhy = whyNot(ups, QStringLiteral("upsc"));
    return o;
}

ImageFacts parseQemuImgInfo(const QByteArray &json)
{
    ImageFacts f;
    QJsonParseError e{};
    const QJsonObject o = QJsonDocument::fromJson(json, &e).object();
    if (e.error != QJsonParseError::NoError || o.isEmpty()) {
        f.why = Checks::tr("qemu-img info printed no JSON object (%1)").arg(e.errorString());
        return f;
    }
    f.read = true;
    f.format = o.value(QStringLiteral("format")).toString();
    f.virtualBytes = qint64(o.value(QStringLiteral("virtual-size")).toDouble(-1));
    f.actualBytes = qint64(o.value(QStringLiteral("actual-size")).toDouble(-1));
    return f;
}

QStringList vmImagePaths(const QMap<QString, VmCheckFacts> &vms)
{
    QStringList out;
    for (const VmCheckFacts &v : vms)
        for (const DomainDisk &d : v.xml.disks)
            if (d.device == QLatin1String("disk") && d.type == QLatin1String("file") && !d.source.isEmpty()
                && !out.contains(d.source))
                out << d.source;
    return out;
}

QStringList bootSectorDisks(const HostSnapshot &s)
{
    QStringList out;
    for (const Mirror &m : s.mirrors) {
        if (!m.mountpoints.contains(QStringLiteral("/")) && !m.mountpoints.contains(QStringLiteral("/boot")))
            continue;
        for (const MirrorMember &mm : m.members) {
            const Disk *d = mm.device.isEmpty() ? nullptr : diskHolding(s, mm.device);
            if (d && d->espPartitions.isEmpty() && !out.contains(d->name))
                out << d->name;
        }
    }
    return out;
}

CheckFacts readCheckFacts(Runner &runner, VirshSession &virsh, const HostSnapshot &s, const CancelFlag &cancel)
{
    CheckFacts f;
    QList<Argv> commands;
    for (const Vm &v : s.vms)
        commands << Argv{"dumpxml", "--domain", v.name.toUtf8()};
    const QList<CommandResult> xmls = commands.isEmpty() ? QList<CommandResult>() : virsh.run(commands, 30000, cancel);
    QList<Argv> pings;
    QStringList pinged;
    for (qsizetype i = 0; i < s.vms.size(); ++i) {
        VmCheckFacts v;
        const CommandResult r = xmls.value(i);
        if (r.ok()) {
            f.raw.insert(QStringLiteral("checks/dumpxml/") + s.vms[i].name, r.out);
            v.xml = parseDomainXml(r.out);
            v.xmlRead = v.xml.errors.isEmpty();
            if (!v.xmlRead)
                v.xmlWhy = v.xml.errors.first().message;
        } else {
            v.xmlWhy = r.summary();
        }
        bool channel = false;
        for (const DomainChannel &c : v.xml.channels)
            channel = channel || c.targetName == kAgentChannel;
        if (v.xmlRead && s.vms[i].running() && channel) {
            pings << Argv{"qemu-agent-command", "--domain", s.vms[i].name.toUtf8(), "--timeout", "5",
                          "{\"execute\":\"guest-ping\"}"};
            pinged << s.vms[i].name;
        }
        f.vms.insert(s.vms[i].name, v);
    }
    const QList<CommandResult> answers = pings.isEmpty() ? QList<CommandResult>() : virsh.run(pings, 60000, cancel);
    for (qsizetype i = 0; i < pinged.size(); ++i) {
        const CommandResult r = answers.value(i);
        VmCheckFacts &v = f.vms[pinged[i]];
        v.agentAnswers = r.ok() && r.out.contains("\"return\"");
        if (!*v.agentAnswers)
            v.agentWhy = firstLine(r.out + r.err).isEmpty() ? r.summary() : firstLine(r.out + r.err);
        if (r.status == CommandResult::Status::Finished)
            f.raw.insert(QStringLiteral("checks/agent/") + pinged[i],
                         *v.agentAnswers ? QByteArray("answered\n") : v.agentWhy.toUtf8() + '\n');
    }

    QList<BatchStep> steps = hostOsFactSteps();
    const QStringList bootDisks = bootSectorDisks(s);
    for (const QString &disk : bootDisks)
        steps << BatchStep::run(QStringLiteral("boot/") + disk, {"file", "-s", "/dev/" + disk.toUtf8()}, true, kStepSec);
    const QStringList images = vmImagePaths(f.vms);
    for (qsizetype i = 0; i < images.size(); ++i)
        steps << BatchStep::run(QStringLiteral("image/%1").arg(i),
                                {"qemu-img", "info", "--output=json", "-U", images[i].toUtf8()}, true, kStepSec);
    const QHash<QString, CommandResult> results = runBatch(runner, steps, 60000, cancel);
    bool any = false;
    for (const CommandResult &r : results)
        any = any || r.status == CommandResult::Status::Finished;
    if (!any) {
        f.error = results.isEmpty() ? Checks::tr("the host did not answer") : results.constBegin()->summary();
        return f;
    }
    f.read = true;
    f.os = hostOsFactsFrom(results);
    for (const BatchStep &st : hostOsFactSteps())
        if (const CommandResult r = results.value(st.id); r.ok())
            f.raw.insert(QStringLiteral("checks/") + st.id, r.out);
    for (const QString &disk : bootDisks) {
        const CommandResult r = results.value(QStringLiteral("boot/") + disk);
        BootSectorFacts b;
        b.read = r.ok();
        b.grub = r.ok() && r.out.contains("GRand Unified Bootloader");
        if (r.ok())
            f.raw.insert(QStringLiteral("checks/boot/") + disk, r.out);
        else
            b.why = whyNot(&r, QStringLiteral("file -s"));
        f.bootSectors.insert(disk, b);
    }
    for (qsizetype i = 0; i < images.size(); ++i) {
        const CommandResult r = results.value(QStringLiteral("image/%1").arg(i));
        ImageFacts img = r.ok() ? parseQemuImgInfo(r.out) : ImageFacts{};
        if (r.ok())
            f.raw.insert(QStringLiteral("checks/image/%1").arg(i), r.out);
        if (!r.ok())
            img.why = whyNot(&r, QStringLiteral("qemu-img info"));
        f.images.insert(images[i], img);
    }
    return f;
}

QStringList checkCaptureKeys()
{
    QStringList keys;
    for (const BatchStep &st : hostOsFactSteps())
        keys << QStringLiteral("checks/") + st.id;
    return keys;
}

CheckFacts checkFactsFromCapture(const QMap<QString, QByteArray> &files, const HostSnapshot &s)
{
    CheckFacts f;
    QHash<QString, CommandResult> results;
    bool any = false;
    for (const BatchStep &st : hostOsFactSteps()) {
        const auto it = files.constFind(QStringLiteral("checks/") + st.id);
        if (it == files.constEnd())
            continue;
        any = true;
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        r.exitCode = 0;
        r.out = it.value();
        results.insert(st.id, r);
    }
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        if (it.key().startsWith(QLatin1String("checks/")))
            any = true;
    if (!any) {
        f.error = Checks::tr("the capture holds none of the checks' facts");
        return f;
    }
    f.read = true;
    f.raw = files;
    f.os = hostOsFactsFrom(results);
    // A fact absent from the capture was not captured, whatever the step
    // would have said.
    const QString notCaptured = Checks::tr("not in the capture");
    if (!results.contains(QStringLiteral("watchdog-devices")) || !results.contains(QStringLiteral("watchdog-runtime"))) {
        f.os.watchdogDevices.reset();
        f.os.watchdogWhy = notCaptured;
    }
    if (!results.contains(QStringLiteral("wants/multi-user"))) {
        f.os.autoUpdates.reset();
        f.os.autoUpdatesWhy = notCaptured;
        f.os.onAccessScanner.reset();
    }
    if (!results.contains(QStringLiteral("ipmitool")))
        f.os.powerWhy = notCaptured;
    if (!results.contains(QStringLiteral("upsc")))
        f.os.upsWhy = notCaptured;
    for (const QString &disk : bootSectorDisks(s)) {
        BootSectorFacts b;
        const auto it = files.constFind(QStringLiteral("checks/boot/") + disk);
        b.read = it != files.constEnd();
        b.grub = b.read && it.value().contains("GRand Unified Bootloader");
        if (!b.read)
            b.why = notCaptured;
        f.bootSectors.insert(disk, b);
    }
    for (const Vm &v : s.vms) {
        VmCheckFacts vf;
        const auto xml = files.constFind(QStringLiteral("checks/dumpxml/") + v.name);
        if (xml != files.constEnd()) {
            vf.xml = parseDomainXml(xml.value());
            vf.xmlRead = vf.xml.errors.isEmpty();
            if (!vf.xmlRead)
                vf.xmlWhy = vf.xml.errors.first().message;
        } else {
            vf.xmlWhy = notCaptured;
        }
        const auto agent = files.constFind(QStringLiteral("checks/agent/") + v.name);
        if (agent != files.constEnd()) {
            vf.agentAnswers = agent.value().trimmed() == "answered";
            if (!*vf.agentAnswers)
                vf.agentWhy = firstLine(agent.value());
        }
        f.vms.insert(v.name, vf);
    }
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        if (it.key().startsWith(QLatin1String("checks/image/"))) {
            const ImageFacts img = parseQemuImgInfo(it.value());
            const QString path = QJsonDocument::fromJson(it.value()).object().value(QStringLiteral("filename")).toString();
            if (!path.isEmpty())
                f.images.insert(path, img);
        }
    // Images the definitions name but the capture did not read.
    for (const QString &p : vmImagePaths(f.vms))
        if (!f.images.contains(p))
            f.images.insert(p, ImageFacts{false, notCaptured, {}, -1, -1});
    return f;
}

} // namespace ftc
