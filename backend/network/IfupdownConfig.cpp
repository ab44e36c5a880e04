#include "IfupdownConfig.h"

#include <QSet>

namespace ftc {

namespace {
bool startsStanza(const QByteArray &word)
{
    static const QSet<QByteArray> words{"iface", "mapping", "auto", "source", "source-directory",
                                        "no-auto-down", "no-scripts", "rename"};
    return words.contains(word) || word.startsWith("allow-");
}

QList<QByteArray> wordsOf(const QByteArray &line)
{
    QList<QByteArray> w;
    for (const QByteArray &x : line.simplified().split(' '))
        if (!x.isEmpty())
            w.append(x);
    return w;
}
} // namespace

QList<const IfupdownIface *> IfupdownFile::stanzasOf(const QString &name) const
{
    QList<const IfupdownIface *> out;
    for (const IfupdownIface &i : ifaces)
        if (i.name == name)
            out.append(&i);
    return out;
}

IfupdownFile parseInterfaces(const QByteArray &text)
{
    IfupdownFile f;
    f.lines = text.split('\n');
    if (!f.lines.isEmpty() && f.lines.last().isEmpty())
        f.lines.removeLast();
    IfupdownIface *open = nullptr;
    for (int i = 0; i < f.lines.size(); ++i) {
        const int first = i;
        QByteArray logical = f.lines[i];
        // A trailing backslash joins the next physical line.
        while (logical.endsWith('\\') && i + 1 < f.lines.size()) {
            logical.chop(1);
            logical += ' ' + f.lines[++i];
        }
        const QByteArray trimmed = logical.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        const QList<QByteArray> w = wordsOf(trimmed);
        if (startsStanza(w.first())) {
            open = nullptr;
            const QByteArray &k = w.first();
            if (k == "iface" && w.size() >= 4) {
                IfupdownIface st;
                st.name = QString::fromUtf8(w[1]);
                st.family = QString::fromUtf8(w[2]);
                st.method = QString::fromUtf8(w[3]);
                st.firstLine = first;
                st.lastLine = i;
                f.ifaces.append(st);
                open = &f.ifaces.last();
            } else if (k == "auto" || k == "allow-auto") {
                for (int j = 1; j < w.size(); ++j)
                    f.autoIfaces.append(QString::fromUtf8(w[j]));
            } else if (k == "allow-hotplug") {
                for (int j = 1; j < w.size(); ++j)
                    f.hotplugIfaces.append(QString::fromUtf8(w[j]));
            } else if (k == "source" || k == "source-directory") {
                f.sourcesOthers = true;
            }
            continue;
        }
        if (open) {
            open->options.append(QString::fromUtf8(trimmed));
            open->lastLine = i;
        }
    }
    return f;
}

QByteArray commentOutInterfaces(const IfupdownFile &file, const QStringList &names, const QString &note)
{
    QSet<QByteArray> wanted;
    for (const QString &n : names)
        wanted.insert(n.toUtf8());
    QList<bool> inStanza(file.lines.size(), false);
    QList<bool> stanzaStart(file.lines.size(), false);
    for (const IfupdownIface &st : file.ifaces)
        if (names.contains(st.name)) {
            stanzaStart[st.firstLine] = true;
            for (int i = st.firstLine; i <= st.lastLine; ++i)
                inStanza[i] = true;
        }
    QByteArray out;
    const QByteArray noteLine = "# " + note.toUtf8() + '\n';
    for (int i = 0; i < file.lines.size(); ++i) {
        const QByteArray &line = file.lines[i];
        if (inStanza[i]) {
            if (stanzaStart[i])
                out += noteLine;
            out += '#' + line + '\n';
            continue;
        }
        const QList<QByteArray> w = wordsOf(line);
        const bool listLine = !w.isEmpty() && (w.first() == "auto" || w.first().startsWith("allow-"))
            && !line.trimmed().startsWith('#');
        if (listLine) {
            QList<QByteArray> kept{w.first()};
            for (int j = 1; j < w.size(); ++j)
                if (!wanted.contains(w[j]))
                    kept.append(w[j]);
            if (kept.size() != w.size()) {
                out += noteLine + '#' + line + '\n';
                if (kept.size() > 1)
                    out += kept.join(' ') + '\n';
                continue;
            }
        }
        out += line + '\n';
    }
    return out;
}

namespace {
QString normalKey(const QString &k)
{
    return QString(k).replace(QLatin1Char('_'), QLatin1Char('-'));
}

const IfupdownIface *inetStanza(const IfupdownFile &file, const QString &iface)
{
    for (const IfupdownIface *st : file.stanzasOf(iface))
        if (st->family == QLatin1String("inet"))
            return st;
    return nullptr;
}

// The physical line of an option inside a stanza, -1 when absent.
int optionLine(const IfupdownFile &file, const IfupdownIface &st, const QString &key)
{
    for (int i = st.firstLine + 1; i <= st.lastLine; ++i) {
        const QString t = QString::fromUtf8(file.lines[i]).trimmed();
        if (normalKey(t.section(QLatin1Char(' '), 0, 0)) == normalKey(key))
            return i;
    }
    return -1;
}
} // namespace

QString ifaceOption(const IfupdownFile &file, const QString &iface, const QString &key)
{
    const IfupdownIface *st = inetStanza(file, iface);
    if (!st)
        return {};
    for (const QString &o : st->options)
        if (normalKey(o.section(QLatin1Char(' '), 0, 0)) == normalKey(key))
            return o.section(QLatin1Char(' '), 1).simplified();
    return {};
}

QByteArray setIfaceOption(const IfupdownFile &file, const QString &iface, const QString &key, const QString &value)
{
    const IfupdownIface *st = inetStanza(file, iface);
    if (!st)
        return {};
    QList<QByteArray> lines = file.lines;
    const int at = optionLine(file, *st, key);
    const QByteArray line = "    " + key.toUtf8() + ' ' + value.toUtf8();
    if (at >= 0) {
        if (value.isEmpty())
            lines.removeAt(at);
        else
            lines[at] = line;
    } else if (!value.isEmpty()) {
        lines.insert(st->lastLine + 1, line);
    }
    QByteArray out;
    for (const QByteArray &l : lines)
        out += l + '\n';
    return out;
}

} // namespace ftc
