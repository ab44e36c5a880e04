#include "StorageDetails.h"

#include "common/StateStyle.h"
#include "DisplayFormat.h"

#include <QLocale>
#include <QRegularExpression>

#include <climits>

namespace ftc {

namespace {

QString speedLimitText(qint64 kib) { return kib < 0 ? QStringLiteral("?") : QLocale().toString(kib); }

// mdstat's bitmap line (md-bitmap.c, md_bitmap_status(): "3/3 pages [12KB],
// 65536KB chunk[, file: PATH]", md's "KB" being KiB) in the console's units; the
// line as md wrote it when it has another shape.
QString bitmapText(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)/(\d+) pages \[(\d+)KB\], (\d+)(KB|B) chunk(?:, file: (.*))?$)"));
    const QRegularExpressionMatch m = re.match(line.trimmed());
    if (!m.hasMatch())
        return line;
    const QLocale l;
    const QString chunk = m.captured(5) == QLatin1String("KB")
        ? StorageDetails::tr("%1 KiB chunks").arg(l.toString(m.captured(4).toLongLong()))
        : StorageDetails::tr("%1 byte chunks").arg(l.toString(m.captured(4).toLongLong()));
    QString text = StorageDetails::tr("%1, %2 KiB in memory").arg(chunk, l.toString(m.captured(3).toLongLong()));
    if (!m.captured(6).isEmpty())
        text += StorageDetails::tr(", in file %1").arg(m.captured(6));
    return text;
}

} // namespace

bool StorageDetails::groupRows(const HostSnapshot &s, const QString &id, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("folder"));
    if (id == QLatin1String(groups::VirtualDisks) || id == QLatin1String(groups::Storage)) {
        out.icon = StateStyle::icon(QStringLiteral("mirror"));
        out.title = id == QLatin1String(groups::Storage) ? tr("Storage") : tr("Virtual disks");
        out.rows << PropertyRow::section(tr("Virtual disks"));
        for (const Mirror &m : s.mirrors)
            out.rows << PropertyRow::badge(m.name, StateStyle::tone(m.state), StateStyle::text(m.state));
        if (s.mirrors.isEmpty())
            out.rows << PropertyRow::text(tr("None"), QString());
        if (id == QLatin1String(groups::Storage)) {
            out.rows << PropertyRow::section(tr("Physical disks"));
            for (const Disk &d : s.disks)
                out.rows << PropertyRow::badge(d.name, StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
        }
    } else if (id == QLatin1String(groups::PhysicalDisks)) {
        out.icon = StateStyle::icon(QStringLiteral("disk"));
        out.title = tr("Physical disks");
        for (const Disk &d : s.disks)
            out.rows << PropertyRow::badge(d.name, StateStyle::diskTone(d, s), StateStyle::diskText(d, s));
    } else {
        return false;
    }
    return true;
}

void StorageDetails::diskRows(const HostSnapshot &s, const Disk &d, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("disk"));
    out.title = d.name;
    out.subtitle = d.model.isEmpty() ? d.path : d.model;
    out.rows << PropertyRow::section(tr("Physical disk"))
             << PropertyRow::badge(tr("State"), StateStyle::diskTone(d, s), StateStyle::diskText(d, s))
             << PropertyRow::text(tr("Device"), orDash(d.path))
             << PropertyRow::text(tr("Module"), orDash(d.module))
             << PropertyRow::text(tr("Slot"), orDash(d.slot))
             << PropertyRow::text(tr("Size"), displayBytes(d.sizeBytes))
             << PropertyRow::text(tr("Model"), orDash(d.model))
             << PropertyRow::text(tr("Serial"), orDash(d.serial))
             << PropertyRow::text(tr("Transport"), orDash(d.transport))
             << PropertyRow::text(tr("Role"), StateStyle::text(d.role))
             << PropertyRow::text(tr("Mirror"), orDash(d.mirror));
    if (!d.partitions.isEmpty())
        out.rows << PropertyRow::text(tr("Partitions"), d.partitions.join(QStringLiteral(", ")));
    if (!d.fstype.isEmpty())
        out.rows << PropertyRow::text(tr("Signature"), d.fstype);
    if (!d.mountpoints.isEmpty())
        out.rows << PropertyRow::text(tr("Mounted at"), d.mountpoints.join(QStringLiteral(", ")));
    if (!d.inUseReason.isEmpty())
        out.rows << PropertyRow::text(tr("In use because"), d.inUseReason);
}

void StorageDetails::mirrorRows(const HostView &host, const Mirror &m, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("mirror"));
    out.title = m.name;
    out.subtitle = tr("Virtual disk (%1)").arg(m.level);
    // "OpState" is the guide's own word; it is kept as the row's label.
    out.rows << PropertyRow::section(tr("Virtual disk"))
             << PropertyRow::badge(tr("OpState"), StateStyle::tone(m.state), StateStyle::text(m.state));
    QList<PropertyRow> details;
    details << PropertyRow::text(tr("Level"), orDash(m.level))
            << PropertyRow::text(tr("Size"), displayBytes(m.sizeBytes))
            << PropertyRow::text(tr("Members"), tr("%1 of %2 working").arg(m.membersWorking).arg(m.membersExpected));
    const int more = failuresTolerated(m);
    if (more >= 0)
        details << PropertyRow::text(tr("Redundancy"), more == 0 ? tr("None: one more failed member loses data")
                                                                 : tr("Survives %n more failed member(s)", nullptr, more));
    if (!m.container.isEmpty())
        details << PropertyRow::text(tr("Container"), m.container);
    if (m.readOnly)
        details << PropertyRow::text(tr("Access"), tr("Read-only"));
    if (!m.metadata.isEmpty())
        details << PropertyRow::text(tr("Metadata"), m.metadata);
    if (!m.uuid.isEmpty())
        details << PropertyRow::text(tr("UUID"), m.uuid);
    if (!m.bitmap.isEmpty())
        details << PropertyRow::text(tr("Bitmap"), bitmapText(m.bitmap));

    QList<PropertyRow> sync;
    sync << PropertyRow::section(tr("Synchronization"));
    if (!m.resyncPriority.isEmpty()) {
        QString prio;
        if (m.resyncPriority == QLatin1String("low"))
            prio = tr("Low");
        else if (m.resyncPriority == QLatin1String("high"))
            prio = tr("High");
        else if (m.resyncPriority == QLatin1String("normal"))
            prio = tr("Normal");
        else
            prio = tr("Custom");
        sync << PropertyRow::text(tr("Resync priority"),
                                  tr("%1 (%2 – %3 KiB/s)").arg(prio, speedLimitText(m.syncSpeedMinKiB),
                                                               speedLimitText(m.syncSpeedMaxKiB)));
    }
    if (const qint64 found = lastCheckMismatches(m); found >= 0)
        // md counts 512-byte sectors; on a RAID1 that holds swap or VM images a
        // few can differ harmlessly (writes in flight), so this is said, not judged.
        sync << PropertyRow::text(m.lastSyncAction == QLatin1String("repair") ? tr("Last repair") : tr("Last check"),
                                  found == 0 ? tr("No differences between the members")
                                             : tr("%n sector(s) differed between the members (%1 KiB)", nullptr, int(qMin<qint64>(found, INT_MAX)))
                                                   .arg(QLocale().toString(found / 2)));
    if (m.sync) {
        sync << PropertyRow::progress(tr("Progress"), m.sync->action, m.sync->percent, m.sync->speedKiBs,
                                      m.sync->finishSeconds);
    } else {
        sync << PropertyRow::text(tr("Progress"), tr("Nothing running"));
    }
    const QList<QPointF> speed = host.snapshot && host.snapshot->history ? host.snapshot->history->syncSpeed.value(m.name) : QList<QPointF>();
    if (!speed.isEmpty())
        sync << PropertyRow::chart(m.sync ? tr("Speed") : tr("Last sync speed"), speed);

    // While a pass runs it is what the admin watches: its progress and chart come
    // first, where the default window shows them without scrolling.
    if (m.sync) {
        out.rows << sync << PropertyRow::section(tr("Details")) << details;
    } else {
        out.rows << details << sync;
    }

    out.rows << PropertyRow::section(tr("Members"));
    for (const MirrorMember &member : m.members)
        out.rows << PropertyRow::badge(member.device.isEmpty() ? tr("slot %1 — missing").arg(member.slot)
                                       : member.replacement    ? tr("%1 (replacement)").arg(member.device)
                                                               : member.device,
                                       StateStyle::tone(member.state), StateStyle::text(member.state));
    if (m.state == OpState::Simplex && more == 0)
        out.rows << PropertyRow::note(tr("Not redundant"), BadgeTone::Bad,
                                      tr("%1 runs without redundancy. Add a physical disk from the other module "
                                         "of the same or larger size to make it Duplex again.")
                                          .arg(m.name));
    else if (m.state == OpState::Simplex)
        out.rows << PropertyRow::note(tr("Degraded"), BadgeTone::Warning,
                                      tr("%1 of %2 members of %3 work; it survives %4 more failed member(s). "
                                         "Replace the failed member to restore full redundancy.")
                                          .arg(m.membersWorking).arg(m.membersExpected).arg(m.name).arg(more));
    else if (m.state == OpState::Broken)
        out.rows << PropertyRow::note(tr("Broken"), BadgeTone::Bad,
                                      tr("%1 has no working member. Its data cannot be read; restore from backup.")
                                          .arg(m.name));
}

void StorageDetails::containerRows(const MdContainer &c, PaneContent &out)
{
    out.icon = StateStyle::icon(QStringLiteral("mirror"));
    out.title = c.name;
    out.subtitle = tr("%1 container").arg(c.metadata.toUpper());
    // md lists a container as "inactive": that is how every container looks,
    // not a fault. Its disks are used by the arrays it holds.
    out.rows << PropertyRow::section(tr("External-metadata container"))
             << PropertyRow::text(tr("Metadata"), c.metadata)
             << PropertyRow::text(tr("Disks"), orDash(c.devices.join(QStringLiteral(", "))))
             << PropertyRow::text(tr("Arrays it holds"), c.arrays.isEmpty() ? tr("None yet") : c.arrays.join(QStringLiteral(", ")))
             << PropertyRow::note(QString(), BadgeTone::Neutral,
                                  tr("The firmware RAID's set of disks. md shows every container as inactive; "
                                     "the state to watch is that of the arrays it holds."));
}

void StorageDetails::memberRows(const HostSnapshot &s, const QString &object, PaneContent &out)
{
    // "md0/sda1": show the mirror's member entry, then the disk it lives on.
    const QString mirrorName = object.section(QLatin1Char('/'), 0, 0);
    const QString device = object.section(QLatin1Char('/'), 1);
    out.icon = StateStyle::icon(QStringLiteral("disk"));
    out.title = device;
    if (const Mirror *m = s.mirror(mirrorName)) {
        for (const MirrorMember &member : m->members) {
            if (member.device != device)
                continue;
            out.rows << PropertyRow::section(tr("Member of %1").arg(mirrorName))
                     << PropertyRow::badge(tr("State"), StateStyle::tone(member.state), StateStyle::text(member.state))
                     << PropertyRow::text(tr("Role number"), orDash(member.slot));
        }
    }
    for (const Disk &d : s.disks) {
        if (d.name == device || d.partitions.contains(device)) {
            PaneContent disk;
            diskRows(s, d, disk);
            out.rows << PropertyRow::section(tr("Physical disk %1").arg(d.name));
            out.rows << disk.rows.mid(1);   // without the disk's own heading
        }
    }
}

} // namespace ftc
