#include "Virsh.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

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

int domainStateFromName(const QString &word)
{
    for (int state = 0; state <= 7; ++state)
        if (word == domainStateName(state))
            return state;
    return -1;
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
        else if (key == QLatin1String("CPU frequency")) {
            // virsh before 6.x prints "0 MHz" where newer ones leave the line
            // out: the kernel gave no frequency. Either way it is unknown.
            const qint64 mhz = leadingInt(value);
            out.mhz = mhz > 0 ? int(mhz) : -1;
        }
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
            out.errors.append({i + 1, Readings::tr("not a domain stat line"), lines[i]});
            continue;
        }
        dom->values.insert(key, value);
        if (key == QLatin1String("state.state"))
            dom->state = int(toInt(value));
        else if (key == QLatin1String("state.reason"))
            dom->stateReason = int(toInt(value));
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
            out.errors.append({i + 1, Readings::tr("not an 'Id Name State' row"), line});
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
            out.errors.append({kv.number, Readings::tr("value of %1 is not a number").arg(kv.key), kv.raw});
    }
    return out;
}

bool schedValueIsDefault(const QString &key, qint64 value)
{
    // cpu_shares 0: the inactive/--config view of "no <shares> in the XML";
    // the running domain then gets the cgroup default weight.
    if (key == QLatin1String("cpu_shares") || key.endsWith(QLatin1String("_shares")))
        return value == 0;
    // A period of 0 is likewise "not in the XML"; the kernel's 100000 us applies.
    if (key.endsWith(QLatin1String("_period")))
        return value == 0;
    // Quotas: 0 (not in the XML), -1 (cgroup v1's "no limit") and libvirt's
    // maximum (cgroup v2's "max") all leave the vCPUs uncapped.
    if (key.endsWith(QLatin1String("_quota")))
        return value <= 0 || value >= kSchedQuotaUnlimited;
    // Xen's credit scheduler: cap 0 is "no cap".
    if (key == QLatin1String("cap"))
        return value == 0;
    return false;
}

namespace {
// dominfo's yes/no words; the second list is autostart's enable/disable.
TriState triState(const QString &value, bool *ok)
{
    *ok = true;
    if (value == QLatin1String("yes") || value == QLatin1String("enable"))
        return true;
    if (value == QLatin1String("no") || value == QLatin1String("disable"))
        return false;
    // "unknown" is what virsh prints when libvirt could not answer.
    *ok = value == QLatin1String("unknown");
    return std::nullopt;
}

// "65536 KiB"; virsh before 0.9.x wrote "kB" for the same KiB.
qint64 kibValue(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)\s*(KiB|kB)?$)"));
    const QRegularExpressionMatch m = re.match(value);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
} // namespace

DomInfo parseVirshDomInfo(const QByteArray &text)
{
    DomInfo out;
    const QStringList lines = splitLines(text);
    QString lastKey;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &raw = lines[i];
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (isToolError(line)) {
            out.toolErrors.append(line);
            continue;
        }
        // Messages after the first are printed under an empty "%-15s" label:
        // an indented line continues "Messages:", and its text may hold a
        // colon ("tainted: custom-argv") that must not make it a key.
        if (raw.front().isSpace() && lastKey == QLatin1String("Messages")) {
            out.messages.append(line);
            continue;
        }
        QString key, value;
        if (!splitKeyValue(line, QLatin1Char(':'), &key, &value) || key.isEmpty()) {
            out.errors.append({i + 1, Readings::tr("not a 'key: value' line"), raw});
            continue;
        }
        lastKey = key;
        const auto bad = [&] {
            out.errors.append({i + 1, Readings::tr("unexpected value for %1").arg(key), raw});
        };
        bool ok = true;
        if (key == QLatin1String("Id")) {
            if (value != QLatin1String("-")) {
                const qint64 id = toInt(value);
                if (id < 0)
                    bad();
                out.id = int(id);
            }
        } else if (key == QLatin1String("Name")) {
            out.name = value;
        } else if (key == QLatin1String("UUID")) {
            out.uuid = value;
        } else if (key == QLatin1String("OS Type")) {
            out.osType = value;
        } else if (key == QLatin1String("State")) {
            out.state = value;
            out.stateCode = domainStateFromName(value);
        } else if (key == QLatin1String("CPU(s)")) {
            out.cpus = int(toInt(value));
            if (out.cpus < 0)
                bad();
        } else if (key == QLatin1String("CPU time")) {
            // "%.1lfs" in virsh's locale: a German one writes "52,9s".
            QString v = value;
            if (v.endsWith(QLatin1Char('s')))
                v.chop(1);
            v.replace(QLatin1Char(','), QLatin1Char('.'));
            bool isNumber = false;
            const double sec = v.toDouble(&isNumber);
            if (isNumber && sec >= 0)
                out.cpuTimeSec = sec;
            else
                bad();
        } else if (key == QLatin1String("Max memory")) {
            if (value == QLatin1String("no limit")) {
                out.maxMemoryUnlimited = true;
            } else {
                out.maxMemoryKiB = kibValue(value);
                if (out.maxMemoryKiB < 0)
                    bad();
            }
        } else if (key == QLatin1String("Used memory")) {
            out.usedMemoryKiB = kibValue(value);
            if (out.usedMemoryKiB < 0)
                bad();
        } else if (key == QLatin1String("Persistent")) {
            out.persistent = triState(value, &ok);
        } else if (key == QLatin1String("Autostart")) {
            out.autostart = triState(value, &ok);
        } else if (key == QLatin1String("Managed save")) {
            out.managedSave = triState(value, &ok);
        } else if (key == QLatin1String("Security model")) {
            out.securityModel = value;
        } else if (key == QLatin1String("Security label")) {
            out.securityLabel = value;
        } else if (key == QLatin1String("Messages")) {
            out.messages.append(value);
        } else {
            out.extra.insert(key, value);
        }
        if (!ok)
            bad();
    }
    return out;
}

DomState parseVirshDomState(const QByteArray &text)
{
    DomState out;
    // "%s (%s)\n": the state word(s), then the reason in the last parentheses.
    static const QRegularExpression re(QStringLiteral(R"(^(.*?)\s*\(([^()]*)\)$)"));
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (isToolError(line)) {
            out.toolErrors.append(line);
            continue;
        }
        if (!out.state.isEmpty()) {
            out.errors.append({i + 1, Readings::tr("more than one state line"), lines[i]});
            continue;
        }
        const QRegularExpressionMatch m = re.match(line);
        out.state = m.hasMatch() ? m.captured(1) : line;
        out.reason = m.hasMatch() ? m.captured(2) : QString();
        out.stateCode = domainStateFromName(out.state);
        // virsh itself prints "unknown" for a state number it has no word for.
        if (out.stateCode < 0 && out.state != QLatin1String("unknown"))
            out.errors.append({i + 1, Readings::tr("unknown domain state"), lines[i]});
    }
    return out;
}

} // namespace ftc
