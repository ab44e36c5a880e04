#pragma once
// Plans that fix the host OS findings the console can fix itself: boot
// monitoring (systemd's hardware watchdog) and automatic updates off. Each
// re-checks at apply time what it was planned from (refusing, changing
// nothing, when the file changed meanwhile) and writes through a temporary
// file and one rename, so a file is never half written.

#include "checks/CheckFacts.h"
#include "plan/Plan.h"

namespace ftc {

// The drop-in the console writes for the watchdog.
inline constexpr char kWatchdogDropIn[] = "/etc/systemd/system.conf.d/60-ftconsole-watchdog.conf";
// Debian's switch for unattended-upgrades (APT::Periodic::Unattended-Upgrade).
inline constexpr char kAptAutoUpgrades[] = "/etc/apt/apt.conf.d/20auto-upgrades";

// RuntimeWatchdogSec=30s in kWatchdogDropIn, then `systemctl daemon-reexec`
// (systemd re-reads its own settings; services keep running). Errors: a
// capture; the facts not read; no watchdog device (that is the firmware's or
// a driver's to fix); the drop-in there already (it is checked absent at
// apply time too).
Plan planWatchdogOn(const HostSnapshot &snapshot, const CheckFacts &facts);

// APT::Periodic::Unattended-Upgrade "0" in kAptAutoUpgrades, its other lines
// kept. The file's text as the facts read it is compared with the file at
// apply time. Errors: a capture; the facts not read; updates installed by
// something else (dnf-automatic: where to turn it off is said).
Plan planAutoUpdatesOff(const HostSnapshot &snapshot, const CheckFacts &facts);

// The file's text from CheckFacts' raw "checks/apt-auto" (grep -H form:
// "PATH:LINE" per line); empty when not there.
QByteArray aptAutoUpgradesText(const CheckFacts &facts);
// text with every Unattended-Upgrade assignment set to "0", or one appended.
QByteArray withUnattendedUpgradeOff(const QByteArray &text);

} // namespace ftc
