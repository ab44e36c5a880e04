#pragma once
// What an sosreport holds, turned into the console's sources (RawSources keys):
// pure conversions of text sos captured, no file access. The formats are sos's
// (sos/report/plugins: block, md, virsh) and the tools it ran.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ftc {

// `lsblk -O -P` (sos block plugin, sos >= 4.1: one device a line, KEY="value"
// pairs, values with \xNN escapes, sizes human-readable like "279.4G") as the
// JSON `lsblk -J -b` prints: a "blockdevices" tree rebuilt from PKNAME, sizes
// in bytes (as exact as lsblk's rounding lets them be). Lines that are not
// pairs are skipped; *skipped counts them.
QByteArray lsblkPairsToJson(const QByteArray &pairs, int *skipped = nullptr);

// sos 4.0's block plugin (Debian 12's sosreport) has no -P: plain `lsblk`
// (a tree: NAME MAJ:MIN RM SIZE RO TYPE MOUNTPOINT[S], names indented with
// "|-", "`-" or their UTF-8 lines) and `lsblk -f -a -l` (NAME FSTYPE [FSVER]
// LABEL UUID … MOUNTPOINT[S], one device a line) together give the same JSON:
// the tree from the first, each device's FSTYPE and UUID from the second (by
// header position; a blank cell is empty). No serials or models: sos 4.0 did
// not capture them.
QByteArray lsblkTreeToJson(const QByteArray &tree, const QByteArray &filesystems);

// A size as lsblk prints it without -b ("512B", "1K", "279.4G", "1.8T") in
// bytes; -1 when it is not one.
qint64 humanSizeBytes(const QString &text);

// `virsh -r dominfo DOM` outputs (virsh-domain-monitor.c cmdDominfo: "State:",
// "CPU(s):", "CPU time:", "Max memory:", "Used memory:" in KiB, "Autostart:",
// "Managed save:"), each with the domain's name, as the `virsh domstats --raw`
// text the console reads (state.state numbered as virDomainState, balloon in
// KiB, vcpu counts, cpu.time in ns), plus the names that autostart and the ones
// with a managed save, one a line (`virsh list --name`).
struct SosDomains {
    QByteArray domstats;
    QByteArray autostart;
    QByteArray managedSave;
};
SosDomains dominfoToDomstats(const QList<QPair<QString, QByteArray>> &dominfos);

// The files of one array's sysfs md directory (name relative to it: "sync_action",
// "dev-sda2/state") as the `grep -H '' /sys/block/mdN/md/...` text the poller
// reads ("/sys/block/md0/md/sync_action:idle"), one line per line of each file.
QByteArray mdSysfsText(const QString &array, const QList<QPair<QString, QByteArray>> &files);

// sos's name for a command's output file (sos/report/plugins/__init__.py
// _mangle_command): "virsh -r dominfo DC1" -> "virsh_-r_dominfo_DC1".
QString sosCommandFileName(const QString &command);

} // namespace ftc
