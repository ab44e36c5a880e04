#include "SysLinks.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <QRegularExpression>

namespace ftc {

SysLinks parseLsLinks(const QByteArray &text)
{
    SysLinks out;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("total ")))
            continue;
        const qsizetype arrow = line.indexOf(QLatin1String(" -> "));
        if (arrow < 0) {
            // Plain files (bonding_masters in /sys/class/net) are valid entries
            // that are not devices.
            static const QRegularExpression mode(QStringLiteral(R"(^[-dcbps][-rwxsStT]{9}[.+@]?\s)"));
            if (mode.match(line).hasMatch())
                continue;
            out.errors.append({i + 1, Readings::tr("not an 'ls -l' entry"), lines[i]});
            continue;
        }
        const QString left = line.left(arrow);
        const QString name = left.section(QLatin1Char(' '), -1);
        const QString target = line.mid(arrow + 4).trimmed();
        if (name.isEmpty() || target.isEmpty()) {
            out.errors.append({i + 1, Readings::tr("symlink without a name or target"), lines[i]});
            continue;
        }
        out.targets.insert(name, target);
    }
    return out;
}

QString pciRootBus(const QString &sysPath)
{
    static const QRegularExpression root(QStringLiteral(R"((?:^|/)pci([0-9a-fA-F]{4}):([0-9a-fA-F]{2})(?:/|$))"));
    const auto m = root.match(sysPath);
    if (!m.hasMatch())
        return {};
    if (m.captured(1) == QLatin1String("0000"))
        return m.captured(2).toLower();
    return (m.captured(1) + QLatin1Char(':') + m.captured(2)).toLower();
}

QString pciFunction(const QString &sysPath)
{
    static const QRegularExpression fn(
        QStringLiteral(R"((?:^|/)([0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7])(?=/|$))"));
    QString last;
    for (auto it = fn.globalMatch(sysPath); it.hasNext();)
        last = it.next().captured(1).toLower();
    return last;
}

bool isVirtualDevicePath(const QString &sysPath)
{
    return sysPath.contains(QLatin1String("/devices/virtual/"));
}

} // namespace ftc
