#pragma once
// Reading a capture someone else made (a support bundle, an sosreport) as
// untrusted data: plain files inside a directory, nothing outside it, nothing
// that can block (FIFOs, devices, sockets), nothing larger than any source a
// host produces.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ftc {

// Larger than any source a host produces (virsh domstats of 10,000 domains is
// ~5 MiB), small enough that a hostile capture cannot exhaust memory.
inline constexpr qint64 kMaxCaptureSourceBytes = 32 * 1024 * 1024;

enum class Outcome { Read, Absent, Refused };

// Opens rel (components separated by '/') below dirFd without following any
// symbolic link, and reads it into *data if it is a regular file of at most
// kMaxCaptureSourceBytes. Refused: *why says what it is instead.
Outcome readInside(int dirFd, const QString &rel, QByteArray *data, QString *why);

// Names of the subdirectories (wantDirs; links included so that reading them
// reports the refusal) or of the other entries in rel, sorted; no link followed.
QStringList entriesInside(int dirFd, const QString &rel, bool wantDirs);

// rel with every symbolic link on the way resolved as if dirFd were "/": an
// absolute target starts again at dirFd, ".." never climbs above it. For a
// capture whose own tree has links (an sosreport's proc/net -> self/net, its
// sys/block/md0 -> ../devices/virtual/block/md0). Empty when rel does not
// exist, loops, or passes something other than a directory or link on the way.
QString resolveInside(int dirFd, const QString &rel);

} // namespace ftc
