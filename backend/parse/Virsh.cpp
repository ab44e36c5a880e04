#include "Virsh.h"

#include "TextLines.h"

#include <QRegularExpression>

namespace ftc {

QString domainStateName(int state)
{
    // libvirt's virDomainState and virsh's virshDomainStateToString().
    switch (state) {
    case 0: return QStringLiteral("no state");
    case 1: return QStringLiteral("running");
    case 2: return QStringLiteral("idle");
    case 3: return QStringLiteral("paused");
    case 4: return QStringLiteral("in shutdown");
    case 5: return QStringLiteral("shut off");
    case 6: return QStringLiteral("crashed");
    case 7: return QStringLiteral("pmsuspended");
    default: return QStringLiteral("unknown");
    }
}

namespace {
bool isToolError(const QString &line)
{
    return line.startsWith(QLatin1String("error:"));
}

qint64 toInt(const QString &v, qint64 fallback = -1)
{
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? n : fallback;
}
} // namespace

VirshNodeInfo parseVirshNodeInfo(const QByteArray &text)
{
    VirshNodeInfo out;
    for (const KeyValueLine &kv :
         keyValueLines(text, QLatin1Char(':'), QStringLiteral("key: value"), &out.errors, isToolError)) {
        const QString &key = kv.key;
        const QString &value = kv.value;
        if (key == QLatin1String("CPU model"))
            out.cpuModel = value;
        else if (key == QLatin1String("CPU(s)"))
            out.cpus = int(leadingInt(value));
        else if (key == QLatin1String("CPU frequency"))
            out.mhz = int(leadingInt(value));
        else if (key == QLatin1String("Memory size"))
            out.memoryKiB = leadingInt(value);
    }
    return out;
}

DomStats parseVirshDomStats(const QByteArray &text)
{
    DomStats out;
    DomainStats *dom = nullptr;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (isToolError(line)) {
            out.toolErrors.append(line);
            continue;
        }
        if (line.startsWith(QLatin1String("Domain:"))) {
            // Domain: 'name' - names may themselves hold quotes, so take the outer pair.
            const QString rest = line.mid(7).trimmed();
            const qsizetype a = rest.indexOf(QLatin1Char('\''));
            const qsizetype b = rest.lastIndexOf(QLatin1Char('\''));
            out.domains.append(DomainStats{});
            dom = &out.domains.last();
            dom->name = (a >= 0 && b > a) ? rest.mid(a + 1, b - a - 1) : rest;
            continue;
        }
        QString key, value;
        if (!dom || !splitKeyValue(line, QLatin1Char('='), &key, &value) || key.isEmpty()) {
            out.errors.append({i + 1, QStringLiteral("not a domain stat line"), lines[i]});
            continue;
        }
        dom->values.insert(key, value);
        if (key == QLatin1String("state.state"))
            dom->state = int(toInt(value));
        else if (key == QLatin1String("balloon.current"))
            dom->balloonCurrentKiB = toInt(value);
        else if (key == QLatin1String("balloon.maximum"))
            dom->balloonMaximumKiB = toInt(value);
        else if (key == QLatin1String("vcpu.current"))
            dom->vcpuCurrent = int(toInt(value));
        else if (key == QLatin1String("vcpu.maximum"))
            dom->vcpuMaximum = int(toInt(value));
        else if (key == QLatin1String("cpu.time"))
            dom->cpuTimeNs = toInt(value);
    }
    return out;
}

VirshNameList parseVirshNameList(const QByteArray &text)
{
    VirshNameList out;
    static const QRegularExpression header(QStringLiteral(R"(^\s*Id\s+Name\b)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s*-+\s*$)"));
    bool table = false;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (isToolError(t)) {
            out.toolErrors.append(t);
            continue;
        }
        if (header.match(line).hasMatch()) {
            table = true;
            continue;
        }
        if (table && rule.match(line).hasMatch())
            continue;
        if (!table) {
            out.names.append(t); // names may hold spaces; one per line
            continue;
        }
        // " 2    spin1   running" or " -    vm   shut off"
        const QStringList cols = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 2) {
            out.errors.append({i + 1, QStringLiteral("not an 'Id Name State' row"), line});
            continue;
        }
        out.names.append(cols[1]);
    }
    return out;
}

SchedInfo parseVirshSchedInfo(const QByteArray &text)
{
    SchedInfo out;
    const auto toolError = [&out](const QString &line) {
        if (!isToolError(line))
            return false;
        out.toolErrors.append(line);
        return true;
    };
    for (const KeyValueLine &kv :
         keyValueLines(text, QLatin1Char(':'), QStringLiteral("key : value"), &out.errors, toolError)) {
        if (kv.key == QLatin1String("Scheduler")) {
            out.scheduler = kv.value;
            continue;
        }
        bool ok = false;
        const qint64 n = kv.value.toLongLong(&ok);
        if (ok)
            out.params.insert(kv.key, n);
        else
            out.errors.append({kv.number, QStringLiteral("value of %1 is not a number").arg(kv.key), kv.raw});
    }
    return out;
}

} // namespace ftc
