#pragma once
// What the snapshot builders' tests share: lab captures assembled the way the
// poller delivers them, the sys listings of a two-module host, and one area's
// part of a snapshot built on its own.

#include "Fixture.h"
#include "model/RawSources.h"
#include "model/snapshot/AreaBuilders.h"

#include <QStringList>

namespace ftc::test {

inline QByteArray md(const QString &kind, const QString &state)
{
    return fixture(QStringLiteral("lab/md/%1_%2.txt").arg(kind, state));
}

inline RawSources mdSources(const QString &state, bool withDetail, bool withSysfs)
{
    RawSources raw;
    raw.label = QStringLiteral("lab");
    raw.files.insert(QStringLiteral("mdstat"), md(QStringLiteral("mdstat"), state));
    const QString name = state == QLatin1String("md127_auto_read_only") ? QStringLiteral("md127") : QStringLiteral("md0");
    if (withDetail)
        raw.files.insert(QStringLiteral("md/%1/detail").arg(name), md(QStringLiteral("detail_export"), state));
    if (withSysfs)
        raw.files.insert(QStringLiteral("md/%1/sysfs").arg(name), md(QStringLiteral("sysfs"), state));
    return raw;
}

inline QString membersText(const Mirror &m)
{
    QStringList out;
    for (const MirrorMember &x : m.members)
        out.append(QStringLiteral("%1@%2=%3").arg(x.device).arg(x.slot).arg(memberStateName(x.state)));
    return out.join(QLatin1Char(','));
}

// The sys-block / sys-net listings of a two-module host: module 10 and 11 each
// with disks on two ports and NICs on two functions.
inline const QByteArray kSysBlock =
    "total 0\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 vda -> ../devices/pci0000:10/0000:10:05.0/virtio2/block/vda\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 vdb -> ../devices/pci0000:10/0000:10:06.0/virtio3/block/vdb\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 vdc -> ../devices/pci0000:11/0000:11:07.0/virtio4/block/vdc\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 vdd -> ../devices/pci0000:11/0000:11:01.0/virtio5/block/vdd\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 md0 -> ../devices/virtual/block/md0\n";
inline const QByteArray kSysNet =
    "total 0\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 bond0 -> ../../devices/virtual/net/bond0\n"
    "-rw-r--r-- 1 root root 4096 Nov 24 23:00 bonding_masters\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 eth0 -> ../../devices/pci0000:10/0000:10:03.0/virtio0/net/eth0\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 eth1 -> ../../devices/pci0000:10/0000:10:04.0/virtio1/net/eth1\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 eth2 -> ../../devices/pci0000:11/0000:11:04.0/virtio2/net/eth2\n"
    "lrwxrwxrwx 1 root root 0 Nov 24 23:00 lo -> ../../devices/virtual/net/lo\n";
// The samples of a lab timeline as the poller would have delivered them, each
// with the time it was taken ("=== t=EPOCH.NANOS").
inline QList<RawSources> timelineSources(const QString &file)
{
    QList<RawSources> raws;
    QString section;
    for (const QByteArray &line : fixture(QStringLiteral("lab/md/") + file).split('\n')) {
        if (line.startsWith("=== t=")) {
            RawSources raw;
            raw.takenAt = QDateTime::fromMSecsSinceEpoch(qint64(line.mid(6).toDouble() * 1000), Qt::UTC);
            raws.append(raw);
            continue;
        }
        if (raws.isEmpty())
            continue;
        if (line.startsWith("--- ")) {
            section = QString::fromUtf8(line.mid(4));
            continue;
        }
        RawSources &raw = raws.last();
        if (section == QLatin1String("cat /proc/mdstat"))
            raw.files[QStringLiteral("mdstat")] += line + '\n';
        else if (section.startsWith(QLatin1String("mdadm")))
            raw.files[QStringLiteral("md/md0/detail")] += line + '\n';
        else if (section.startsWith(QLatin1String("/sys/")) && !line.isEmpty())
            raw.files[QStringLiteral("md/md0/sysfs")] += section.toUtf8() + ':' + line + '\n';
    }
    return raws;
}

// One area built alone, as buildSnapshot() would build it.
template<void (*Build)(const RawSources &, HostSnapshot *)>
HostSnapshot builtBy(const RawSources &raw)
{
    HostSnapshot s;
    Build(raw, &s);
    return s;
}

} // namespace ftc::test
