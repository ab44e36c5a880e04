#include "NetplanOwnFile.h"

#include "plan/PlansTr.h"

#include <QStringList>

namespace ftc {

namespace {

int indentOf(const QString &l)
{
    int i = 0;
    while (i < l.size() && l.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

bool isKey(const QString &l, int indent, const QString &key)
{
    return indentOf(l) == indent && l.trimmed() == key + QLatin1Char(':');
}

// [first, last) of the block that starts at line `at` (its own line and every
// deeper-indented or blank line after it).
int blockEnd(const QStringList &lines, int at)
{
    const int indent = indentOf(lines[at]);
    int i = at + 1;
    while (i < lines.size() && (lines[i].trimmed().isEmpty() || indentOf(lines[i]) > indent))
        ++i;
    return i;
}

int findKey(const QStringList &lines, int from, int to, int indent, const QString &key)
{
    for (int i = from; i < to; ++i)
        if (isKey(lines[i], indent, key))
            return i;
    return -1;
}

} // namespace

QString editOwnNetplan(const QString &yaml, const NetplanPortEdit &e, QString *error)
{
    QStringList lines = yaml.split(QLatin1Char('\n'));
    const auto fail = [&](const QString &what) {
        if (error)
            *error = what;
        return QString();
    };
    const int network = findKey(lines, 0, lines.size(), 0, QStringLiteral("network"));
    if (network < 0)
        return fail(Plans::tr("no \"network:\" key"));
    const int bonds = findKey(lines, network + 1, blockEnd(lines, network), 2, QStringLiteral("bonds"));
    const int bond = bonds < 0 ? -1 : findKey(lines, bonds + 1, blockEnd(lines, bonds), 4, e.bond);
    if (bond < 0)
        return fail(Plans::tr("no \"bonds: %1:\" entry").arg(e.bond));
    const int bondEnd = blockEnd(lines, bond);
    int ifaces = -1;
    for (int i = bond + 1; i < bondEnd; ++i)
        if (indentOf(lines[i]) == 6 && lines[i].trimmed().startsWith(QLatin1String("interfaces:")))
            ifaces = i;
    if (ifaces < 0)
        return fail(Plans::tr("%1 has no \"interfaces: [...]\" line").arg(e.bond));
    QString list = lines[ifaces].trimmed().mid(11).trimmed();
    if (!list.startsWith(QLatin1Char('[')) || !list.endsWith(QLatin1Char(']')))
        return fail(Plans::tr("%1's interfaces are not on one line in brackets").arg(e.bond));
    QStringList ports;
    for (const QString &p : list.mid(1, list.size() - 2).split(QLatin1Char(',')))
        if (!p.trimmed().isEmpty())
            ports << p.trimmed();
    const int params = findKey(lines, bond + 1, bondEnd, 6, QStringLiteral("parameters"));
    int primary = -1, mode = -1;
    if (params >= 0)
        for (int i = params + 1; i < blockEnd(lines, params); ++i) {
            const QString t = lines[i].trimmed();
            if (indentOf(lines[i]) == 8 && t.startsWith(QLatin1String("primary:")))
                primary = i;
            if (indentOf(lines[i]) == 8 && t.startsWith(QLatin1String("mode:")))
                mode = i;
        }
    const QString primaryIs = primary < 0 ? QString() : lines[primary].trimmed().mid(8).trimmed();

    // Edits from the bottom of the file up, so earlier line numbers hold.
    switch (e.kind) {
    case NetplanPortEdit::Kind::SetPrimary:
        if (mode < 0)
            return fail(Plans::tr("%1 has no \"parameters: mode:\" line").arg(e.bond));
        if (e.adapter.isEmpty()) {
            if (primary >= 0)
                lines.removeAt(primary);
        } else if (primary >= 0) {
            lines[primary] = QStringLiteral("        primary: ") + e.adapter;
        } else {
            lines.insert(mode + 1, QStringLiteral("        primary: ") + e.adapter);
        }
        break;
    case NetplanPortEdit::Kind::AddPort:
    case NetplanPortEdit::Kind::RemovePort: {
        const bool add = e.kind == NetplanPortEdit::Kind::AddPort;
        if (add == ports.contains(e.adapter))
            return fail(add ? Plans::tr("%1 is already listed in %2's interfaces").arg(e.adapter, e.bond)
                            : Plans::tr("%1 is not listed in %2's interfaces").arg(e.adapter, e.bond));
        if (!add && primary >= 0 && primaryIs == e.adapter)
            lines.removeAt(primary);
        if (add)
            ports << e.adapter;
        else
            ports.removeAll(e.adapter);
        lines[ifaces] = QStringLiteral("      interfaces: [%1]").arg(ports.join(QStringLiteral(", ")));
        const int ethernets = findKey(lines, network + 1, blockEnd(lines, network), 2, QStringLiteral("ethernets"));
        if (ethernets < 0)
            return fail(Plans::tr("no \"ethernets:\" key"));
        const int port = findKey(lines, ethernets + 1, blockEnd(lines, ethernets), 4, e.adapter);
        if (add && port < 0) {
            lines.insert(blockEnd(lines, ethernets), QStringLiteral("    %1:\n      dhcp4: false\n      dhcp6: false")
                                                         .arg(e.adapter));
        } else if (!add && port >= 0) {
            const int end = blockEnd(lines, port);
            lines.erase(lines.begin() + port, lines.begin() + end);
        }
        break;
    }
    }
    int header = 0;
    while (header < lines.size() && lines[header].startsWith(QLatin1Char('#')))
        ++header;
    if (!e.note.isEmpty())
        lines.insert(header, QStringLiteral("# ") + e.note);
    return lines.join(QLatin1Char('\n'));
}

} // namespace ftc
