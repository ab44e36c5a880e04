#pragma once
// Pieces of the scripts that more than one network change needs (building a
// team, changing one): shell quoting for text, NetworkManager's checkpoint,
// and a kept record of the connections a change adds. Lines for StackScript.

#include "NetChange.h"

#include <QDateTime>

namespace ftc::netscript {

// A change's id: "bond0-20261130T081502Z"; with no time given (real use)
// the current UTC time and four random hex digits, so two changes in one
// second get two directories.
QString changeId(const QString &link, const QDateTime &given);

// One word for sh, quoted so that it passes byte-identical.
QString word(const QString &s);
// sha256 of bytes, lowercase hex: what `sha256sum` prints.
QByteArray sha256Hex(const QByteArray &bytes);
// An IPv4 or IPv6 address as inet_pton(3) reads it.
bool isIpAddress(const QString &address);

// Chooses the stack that owns links for change (stack, reason) and adds to
// its errors the stack's problem and each tool the host-side rollback needs
// (systemd-run, flock) that the host lacks.
void chooseStackFor(NetChange *change, const NetFacts &facts, const QStringList &links);

// `busctl call` of NetworkManager's manager object, without the method.
QString nmBus();
// The checkpoint around a NetworkManager change: created (covering every
// device, deleting connections added after it, disconnecting devices that
// appear after it: flags 7) before anything changes, rolled back by
// rollback.sh, destroyed by confirm.sh. Its own timeout (rollbackSec + 120 s)
// backs up the console's timer.
void nmCheckpoint(StackScript *script, int rollbackSec);
// `nmcli connection add ARGS`, its new connection's UUID kept in $d/nm-new
// (deleted again by rollback.sh when the checkpoint has expired).
QString nmAdd(const QString &what, const QString &args);
// rollback.sh lines that delete what nmAdd added, if still there.
QString nmDeleteAdded();

} // namespace ftc::netscript
