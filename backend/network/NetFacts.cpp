#include "NetFacts.h"

#include "model/ReadingsTr.h"

#include <QFileInfo>

namespace ftc {

const NmDevice *NetFacts::nmDevice(const QString &name) const
{
    for (const NmDevice &d : nmDevices)
        if (d.device == name)
            return &d;
    return nullptr;
}

namespace {
constexpr int kStepSec = 8;

QString firstLine(const QByteArray &out)
{
    return QString::fromUtf8(out).section(QLatin1Char('\n'), 0, 0).trimmed();
}

// nmcli's terse output (nmcli(1) "-t"): fields joined by ':', a ':' or '\'
// inside a value escaped with '\'.
QStringList nmcliTerseFields(const QString &line)
{
    QStringList fields(1);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            fields.last().append(line.at(++i));
        } else if (c == QLatin1Char(':')) {
            fields.append(QString());
        } else {
            fields.last().append(c);
        }
    }
    return fields;
}

QStringList lines(const QByteArray &out)
{
    QStringList l;
    for (const QByteArray &x : out.split('\n'))
        if (!x.trimmed().isEmpty())
            l.append(QString::fromUtf8(x.trimmed()));
    return l;
}

QByteArray toolsScript()
{
    QByteArray s = "PATH=\"$PATH:/usr/sbin:/sbin\"";
    for (const char *t : {"systemd-run", "flock", "ifup", "ifdown", "nmcli", "busctl", "networkctl", "netplan"})
        s += QByteArray("; command -v ") + t;
    return s + "; exit 0";
}
} // namespace

QList<BatchStep> netFactsSteps()
{
    return {
        // is-active exits 3 for inactive units and still prints the word.
        BatchStep::run(QStringLiteral("nm-active"), {"systemctl", "is-active", "NetworkManager"}, false, kStepSec),
        BatchStep::run(QStringLiteral("networkd-active"), {"systemctl", "is-active", "systemd-networkd"}, false,
                       kStepSec),
        // An unprivileged account's PATH on Debian lacks the sbin directories
        // where ifup and friends live; sudo's secure_path has them.
        // One `command -v` per tool: dash's looks up only its first name.
        BatchStep::run(QStringLiteral("tools"), {"sh", "-c", toolsScript()}, false, kStepSec),
        BatchStep::listDir(QStringLiteral("netplan"), "/etc/netplan"),
        BatchStep::listDir(QStringLiteral("networkd-files"), "/etc/systemd/network"),
        BatchStep::readFile(QStringLiteral("interfaces"), "/etc/network/interfaces"),
        BatchStep::listDir(QStringLiteral("if-pre-up.d"), "/etc/network/if-pre-up.d"),
        BatchStep::run(QStringLiteral("nm-devices"), {"nmcli", "-t", "-f", "DEVICE,TYPE,STATE,CONNECTION", "device"},
                       false, kStepSec),
        BatchStep::run(QStringLiteral("ip-addr"), {"ip", "-j", "addr", "show"}, false, kStepSec),
        BatchStep::run(QStringLiteral("route4"), {"ip", "-j", "route", "show", "default"}, false, kStepSec),
        BatchStep::run(QStringLiteral("route6"), {"ip", "-6", "-j", "route", "show", "default"}, false, kStepSec),
        // sshd sets SSH_CONNECTION="client port server port" for every session:
        // the route back to the client is the link the console depends on.
        BatchStep::run(QStringLiteral("console-link"),
                       {"sh", "-c",
                        "set -- ${SSH_CONNECTION:-}; [ -n \"${1:-}\" ] || exit 0; echo \"$1\"; "
                        "ip -j route get \"$1\""},
                       false, kStepSec),
    };
}

NetFacts netFactsFrom(const QHash<QString, CommandResult> &results, QStringList *problems)
{
    NetFacts f;
    f.read = true;
    const auto out = [&](const char *id) -> const CommandResult * {
        const auto it = results.constFind(QLatin1String(id));
        return it == results.constEnd() || it->status != CommandResult::Status::Finished ? nullptr : &it.value();
    };
    if (const CommandResult *r = out("nm-active"))
        f.networkManager = firstLine(r->out);
    if (const CommandResult *r = out("networkd-active"))
        f.networkd = firstLine(r->out);
    if (const CommandResult *r = out("tools"))
        for (const QString &p : lines(r->out))
            f.tools.append(QFileInfo(p).fileName());
    if (const CommandResult *r = out("netplan"); r && r->ok())
        for (const QString &n : lines(r->out))
            if (n.endsWith(QLatin1String(".yaml")))
                f.netplanFiles.append(n);
    if (const CommandResult *r = out("networkd-files"); r && r->ok())
        f.networkdFiles = lines(r->out);
    if (const CommandResult *r = out("interfaces"); r && r->ok()) {
        f.hasInterfacesFile = true;
        f.interfacesFile = r->out;
    }
    if (const CommandResult *r = out("if-pre-up.d"); r && r->ok()) {
        const QStringList names = lines(r->out);
        f.ifenslave = names.contains(QLatin1String("ifenslave"));
        f.bridgeUtils = names.contains(QLatin1String("bridge"));
    }
    if (const CommandResult *r = out("nm-devices"); r && r->ok())
        for (const QString &l : lines(r->out)) {
            const QStringList x = nmcliTerseFields(l);
            if (x.size() >= 4)
                f.nmDevices.append({x[0], x[1], x[2], x[3]});
        }
    const auto note = [&](const QString &what, const ParseErrors &errors) {
        if (problems)
            for (const ParseError &e : errors)
                problems->append(QStringLiteral("%1: %2").arg(what, e.message));
    };
    if (const CommandResult *r = out("ip-addr"); r && r->ok()) {
        f.addresses = parseIpAddrJson(r->out);
        note(QStringLiteral("ip -j addr show"), f.addresses.errors);
    } else if (problems) {
        problems->append(QStringLiteral("ip -j addr show: %1").arg(r ? r->summary() : Readings::tr("not run")));
    }
    for (const char *id : {"route4", "route6"})
        if (const CommandResult *r = out(id); r && r->ok()) {
            const IpRoutes routes = parseIpRouteJson(r->out);
            note(QStringLiteral("ip -j route show default"), routes.errors);
            f.defaultRoutes += routes.routes;
        }
    if (const CommandResult *r = out("console-link"); r && r->ok()) {
        const qsizetype nl = r->out.indexOf('\n');
        if (nl > 0) {
            f.consoleClient = QString::fromUtf8(r->out.left(nl)).trimmed();
            const IpRoutes routes = parseIpRouteJson(r->out.mid(nl + 1));
            note(QStringLiteral("ip -j route get"), routes.errors);
            if (!routes.routes.isEmpty())
                f.consoleLink = routes.routes.first().dev;
        }
    }
    return f;
}

QList<BatchStep> ownNetplanSteps(const NetFacts &facts)
{
    QList<BatchStep> steps;
    for (const QString &n : facts.netplanFiles)
        if (n.startsWith(QLatin1String("90-ftconsole-")) && !n.contains(QLatin1Char('/')))
            steps << BatchStep::run(QStringLiteral("netplan/") + n, {"cat", ("/etc/netplan/" + n).toUtf8()}, true,
                                    kStepSec);
    return steps;
}

void addOwnNetplan(NetFacts *facts, const QHash<QString, CommandResult> &results)
{
    for (auto it = results.constBegin(); it != results.constEnd(); ++it)
        if (it.key().startsWith(QLatin1String("netplan/")) && it->status == CommandResult::Status::Finished
            && it->ok())
            facts->ownNetplan.insert(it.key().mid(8), it->out);
}

NetFacts probeNetFacts(Runner &runner, const CancelFlag &cancel)
{
    const QList<BatchStep> steps = netFactsSteps();
    const QHash<QString, CommandResult> results = runBatch(runner, steps, 30000, cancel);
    bool any = false;
    for (const CommandResult &r : results)
        any = any || r.status == CommandResult::Status::Finished;
    if (!any) {
        NetFacts f;
        const CommandResult r = results.value(QStringLiteral("ip-addr"));
        f.error = r.error.isEmpty() ? r.summary() : r.error;
        return f;
    }
    NetFacts f = netFactsFrom(results);
    if (const QList<BatchStep> own = ownNetplanSteps(f); !own.isEmpty())
        addOwnNetplan(&f, runBatch(runner, own, 30000, cancel));
    return f;
}

} // namespace ftc
