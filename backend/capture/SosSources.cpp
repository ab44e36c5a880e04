#include "SosSources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace ftc {

namespace {

// lsblk's -P escaping (lib/strutils.c fputs_quoted / ul_safe_print): \xNN for
// bytes that are not printable or would break the quoting.
QString unescapeLsblk(const QString &v)
{
    QByteArray out;
    const QByteArray in = v.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\\' && i + 3 < in.size() && in[i + 1] == 'x') {
            bool ok = false;
            const int c = in.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(c));
                i += 3;
                continue;
            }
        }
        out.append(in[i]);
    }
    return QString::fromUtf8(out);
}

QJsonValue nullable(const QString &v)
{
    return v.isEmpty() ? QJsonValue() : QJsonValue(v);
}

} // namespace

qint64 humanSizeBytes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([0-9]+(?:[.,][0-9]+)?)\s*([BKMGTPE]?)(?:iB)?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double n = QString(m.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    const int power = QStringLiteral("BKMGTPE").indexOf(m.captured(2).isEmpty() ? QStringLiteral("B") : m.captured(2));
    return qint64(std::llround(n * std::pow(1024.0, power)));
}

QByteArray lsblkPairsToJson(const QByteArray &pairs, int *skipped)
{
    static const QRegularExpression pair(QStringLiteral(R"re(([A-Z0-9:_%-]+)="((?:[^"\\]|\\.)*)")re"));
    struct Node {
        QJsonObject object;
        QString name, parent;
    };
    QList<Node> nodes;
    int bad = 0;
    for (const QByteArray &raw : pairs.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        QMap<QString, QString> f;
        for (auto it = pair.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            f.insert(m.captured(1), unescapeLsblk(m.captured(2)));
        }
        if (!f.contains(QStringLiteral("NAME"))) {
            ++bad;
            continue;
        }
        QJsonObject o;
        o.insert(QStringLiteral("name"), f.value(QStringLiteral("NAME")));
        o.insert(QStringLiteral("kname"), nullable(f.value(QStringLiteral("KNAME"))));
        o.insert(QStringLiteral("path"), nullable(f.value(QStringLiteral("PATH"))));
        o.insert(QStringLiteral("pkname"), nullable(f.value(QStringLiteral("PKNAME"))));
        o.insert(QStringLiteral("type"), f.value(QStringLiteral("TYPE")));
        const qint64 size = humanSizeBytes(f.value(QStringLiteral("SIZE")));
        o.insert(QStringLiteral("size"), size >= 0 ? QJsonValue(double(size)) : QJsonValue());
        for (const char *key : {"SERIAL", "MODEL", "HCTL", "TRAN", "FSTYPE", "UUID", "MOUNTPOINT"})
            o.insert(QString::fromLatin1(key).toLower(), nullable(f.value(QString::fromLatin1(key))));
        o.insert(QStringLiteral("ro"), f.value(QStringLiteral("RO")) == QLatin1String("1"));
        o.insert(QStringLiteral("rm"), f.value(QStringLiteral("RM")) == QLatin1String("1"));
        nodes.append({o, f.value(QStringLiteral("NAME")), f.value(QStringLiteral("PKNAME"))});
    }
    if (skipped)
        *skipped = bad;
    // Rebuild the tree lsblk -J prints: children under the parent PKNAME names,
    // top-level devices those without one. A device listed under several
    // parents (an md array under each member) appears under each.
    std::function<QJsonArray(const QString &, int)> childrenOf = [&](const QString &parent, int depth) {
        QJsonArray out;
        if (depth > 16)
            return out;
        QStringList seen;
        for (const Node &n : std::as_const(nodes)) {
            if (n.parent != parent || seen.contains(n.name))
                continue;
            seen << n.name;
            QJsonObject o = n.object;
            const QJsonArray kids = childrenOf(n.name, depth + 1);
            if (!kids.isEmpty())
                o.insert(QStringLiteral("children"), kids);
            out.append(o);
        }
        return out;
    };
    QJsonObject doc;
    doc.insert(QStringLiteral("blockdevices"), childrenOf(QString(), 0));
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray lsblkTreeToJson(const QByteArray &tree, const QByteArray &filesystems)
{
    // FSTYPE and UUID by name from the -f list; its columns are cut by the
    // header's positions, as lsblk left-aligns each under its title.
    QMap<QString, QPair<QString, QString>> fs;
    const QList<QByteArray> fsLines = filesystems.split('\n');
    if (!fsLines.isEmpty()) {
        const QString header = QString::fromUtf8(fsLines.first());
        const qsizetype fsAt = header.indexOf(QLatin1String("FSTYPE"));
        const qsizetype uuidAt = header.indexOf(QLatin1String("UUID"));
        const auto cell = [&](const QString &line, qsizetype at) {
            if (at < 0 || at >= line.size())
                return QString();
            return line.mid(at).section(QLatin1Char(' '), 0, 0).trimmed();
        };
        for (qsizetype i = 1; i < fsLines.size(); ++i) {
            const QString line = QString::fromUtf8(fsLines[i]);
            const QString name = line.section(QLatin1Char(' '), 0, 0);
            if (name.isEmpty())
                continue;
            fs.insert(name, {cell(line, fsAt), cell(line, uuidAt)});
        }
    }
    struct Level {
        QJsonObject object;
        int depth;
    };
    QList<Level> stack;      // the open ancestors, innermost last
    QJsonArray top;
    // Closes the innermost open node into its parent (or the top level).
    const auto close = [&] {
        Level done = stack.takeLast();
        if (stack.isEmpty()) {
            top.append(done.object);
        } else {
            QJsonArray kids = stack.last().object.value(QStringLiteral("children")).toArray();
            kids.append(done.object);
            stack.last().object.insert(QStringLiteral("children"), kids);
        }
    };
    const QList<QByteArray> lines = tree.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]);
        if (line.trimmed().isEmpty())
            continue;
        qsizetype at = 0;
        while (at < line.size() && QStringLiteral(" |`-\u251c\u2514\u2502\u2500").contains(line[at]))
            ++at;
        const int depth = int(at / 2);
        const QStringList f = line.mid(at).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() < 6)
            continue;
        QJsonObject o;
        o.insert(QStringLiteral("name"), f[0]);
        o.insert(QStringLiteral("kname"), f[0]);
        o.insert(QStringLiteral("path"), QStringLiteral("/dev/") + f[0]);
        o.insert(QStringLiteral("rm"), f[2] == QLatin1String("1"));
        const qint64 size = humanSizeBytes(f[3]);
        o.insert(QStringLiteral("size"), size >= 0 ? QJsonValue(double(size)) : QJsonValue());
        o.insert(QStringLiteral("ro"), f[4] == QLatin1String("1"));
        o.insert(QStringLiteral("type"), f[5]);
        o.insert(QStringLiteral("mountpoint"), nullable(f.mid(6).join(QLatin1Char(' '))));
        const auto known = fs.constFind(f[0]);
        o.insert(QStringLiteral("fstype"), nullable(known == fs.constEnd() ? QString() : known->first));
        o.insert(QStringLiteral("uuid"), nullable(known == fs.constEnd() ? QString() : known->second));
        while (!stack.isEmpty() && stack.last().depth >= depth)
            close();
        if (!stack.isEmpty())
            o.insert(QStringLiteral("pkname"), stack.last().object.value(QStringLiteral("name")));
        stack.append({o, depth});
    }
    while (!stack.isEmpty())
        close();
    QJsonObject doc;
    doc.insert(QStringLiteral("blockdevices"), top);
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

SosDomains dominfoToDomstats(const QList<QPair<QString, QByteArray>> &dominfos)
{
    // virshDomainStateToString() words -> virDomainState numbers.
    static const QMap<QString, int> states = {
        {QStringLiteral("no state"), 0}, {QStringLiteral("running"), 1}, {QStringLiteral("idle"), 2},
        {QStringLiteral("paused"), 3},   {QStringLiteral("in shutdown"), 4}, {QStringLiteral("shut off"), 5},
        {QStringLiteral("crashed"), 6},  {QStringLiteral("pmsuspended"), 7}};
    SosDomains out;
    for (const auto &[name, text] : dominfos) {
        QMap<QString, QString> f;
        for (const QByteArray &raw : text.split('\n')) {
            const QString line = QString::fromUtf8(raw);
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                f.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        if (f.isEmpty())
            continue;
        QByteArray d = "Domain: '" + name.toUtf8() + "'\n";
        const QString state = f.value(QStringLiteral("State"));
        if (states.contains(state))
            d += "  state.state=" + QByteArray::number(states.value(state)) + "\n";
        const auto kib = [](const QString &v) { return v.section(QLatin1Char(' '), 0, 0).toLongLong(); };
        const bool active = states.value(state, 5) != 5 && states.value(state, 5) != 0;
        if (f.contains(QStringLiteral("Used memory")) && active)
            d += "  balloon.current=" + QByteArray::number(kib(f.value(QStringLiteral("Used memory")))) + "\n";
        if (f.contains(QStringLiteral("Max memory")))
            d += "  balloon.maximum=" + QByteArray::number(kib(f.value(QStringLiteral("Max memory")))) + "\n";
        if (f.contains(QStringLiteral("CPU(s)"))) {
            d += "  vcpu.current=" + f.value(QStringLiteral("CPU(s)")).toUtf8() + "\n";
            d += "  vcpu.maximum=" + f.value(QStringLiteral("CPU(s)")).toUtf8() + "\n";
        }
        if (const QString t = f.value(QStringLiteral("CPU time")); t.endsWith(QLatin1Char('s')))
            d += "  cpu.time=" + QByteArray::number(qint64(std::llround(t.chopped(1).toDouble() * 1e9))) + "\n";
        out.domstats += d;
        if (f.value(QStringLiteral("Autostart")) == QLatin1String("enable"))
            out.autostart += name.toUtf8() + '\n';
        if (f.value(QStringLiteral("Managed save")) == QLatin1String("yes"))
            out.managedSave += name.toUtf8() + '\n';
    }
    return out;
}

QByteArray mdSysfsText(const QString &array, const QList<QPair<QString, QByteArray>> &files)
{
    QByteArray out;
    const QByteArray prefix = "/sys/block/" + array.toUtf8() + "/md/";
    for (const auto &[name, content] : files) {
        QList<QByteArray> lines = content.split('\n');
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (const QByteArray &line : std::as_const(lines))
            out += prefix + name.toUtf8() + ':' + line + '\n';
    }
    return out;
}

QString sosCommandFileName(const QString &command)
{
    QString name = command;
    name.replace(QRegularExpression(QStringLiteral("^/(usr/|)(bin|sbin)/")), QString());
    name.replace(QRegularExpression(QStringLiteral(R"([^\w\-./]+)"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("_"));
    name.replace(QLatin1Char('/'), QLatin1Char('.'));
    while (!name.isEmpty() && QStringLiteral(" ._-").contains(name.front()))
        name.remove(0, 1);
    while (!name.isEmpty() && QStringLiteral(" ._-").contains(name.back()))
        name.chop(1);
    return name.left(255);
}

} // namespace ftc
