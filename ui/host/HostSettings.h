#pragma once
// What the console keeps per host in the user's settings (QSettings), under
// the label the host was opened as: the admin's module placement overrides,
// the libvirt connection and the CPU kept back for the host itself.

#include <QMap>
#include <QString>

namespace ftc {

// moduleOverrideKey (model/Modules.h) -> module id ("10", "11"). Empty when
// none were set.
QMap<QString, QString> loadModuleOverrides(const QString &host);
// An empty map removes the host's overrides.
void saveModuleOverrides(const QString &host, const QMap<QString, QString> &overrides);

// The libvirt URI virsh uses on the host; empty: qemu:///system.
QString loadLibvirtUri(const QString &host);
void saveLibvirtUri(const QString &host, const QString &uri);

// % of one CPU the CPU planner keeps for the host's own work (qemu's
// emulator threads, the host's services) when it admits reservations.
// Default kDefaultHostReservePct.
inline constexpr int kDefaultHostReservePct = 20;
int loadHostReservePct(const QString &host);
void saveHostReservePct(const QString &host, int pct);

} // namespace ftc
