#pragma once
// What the checks need beyond a refresh, read once when the checks run (never
// in the poller's every-second refresh): the host OS's watchdog and update
// settings, on-access scanning, power supplies and UPS, and per VM its
// definition, whether its guest agent answers, and what its disk images are.
// Every fact is either known or unknown with the reason (tool absent, no
// privileges, not read): a check never guesses.

#include "parse/DomainXml.h"
#include "transport/Batch.h"

#include <QHash>
#include <QMap>
#include <optional>

namespace ftc {

class Runner;
class VirshSession;
struct HostSnapshot;

struct HostOsFacts {
    // Hardware watchdog ("boot monitoring"): devices in /sys/class/watchdog,
    // systemd's RuntimeWatchdogUSec (`systemctl show`, µs; 0 is off), and
    // whether the watchdog daemon's service is enabled.
    std::optional<QStringList> watchdogDevices;     // "watchdog0"; empty list: none
    std::optional<qint64> runtimeWatchdogUs;        // -1: "infinity"
    bool watchdogDaemon = false;
    QString watchdogWhy;                            // why unknown
    // Automatic updates: Debian's unattended-upgrades (enabled, and APT's
    // Unattended-Upgrade "1" in /etc/apt/apt.conf.d), or dnf-automatic's
    // installing timer. by: what installs them.
    std::optional<bool> autoUpdates;
    QString autoUpdatesBy;
    QString autoUpdatesWhy;
    // On-access virus scanning: ClamAV's clamonacc (enabled), with
    // OnAccessExcludePath lines of /etc/clamav/clamd.conf; or another
    // on-access agent known by its enabled service (Microsoft Defender's
    // mdatp, Sophos, ESET, Trellix, Trend Micro Deep Security, CrowdStrike
    // Falcon), whose exclusions the console cannot read.
    std::optional<bool> onAccessScanner;
    QString scannerName;
    QStringList scanExcluded;                       // paths
    // False for a scanner whose exclusions the console cannot read (a
    // commercial agent keeps them in its own policy): the check is unknown,
    // never a pass.
    bool scanExclusionsKnown = true;
    // `ipmitool sdr type "Power Supply"` (through sudo): supplies with
    // "Presence detected", and those reporting a failure or lost input.
    std::optional<int> powerSupplies;
    QStringList powerFailures;                      // "PS2 Status: Power Supply AC lost"
    QString powerWhy;
    // `upsc -l`: the UPSes NUT knows on this host.
    std::optional<QStringList> upses;
    QString upsWhy;
};

struct VmCheckFacts {
    bool xmlRead = false;
    QString xmlWhy;
    DomainXml xml;                                  // the live definition
    // guest-ping through the agent channel (running VMs that have one).
    std::optional<bool> agentAnswers;
    QString agentWhy;
};

// `qemu-img info --output=json -U PATH` (through sudo: images are root's).
struct ImageFacts {
    bool read = false;
    QString why;
    QString format;                                 // "raw", "qcow2"
    qint64 virtualBytes = -1;                       // the guest's disk size
    qint64 actualBytes = -1;                        // allocated on the host's disk
};

// `file -s /dev/DISK` (through sudo): whether the disk's boot sector holds GRUB's
// boot code ("GRand Unified Bootloader"), for the system mirror's members
// that have no EFI system partition.
struct BootSectorFacts {
    bool read = false;
    QString why;
    bool grub = false;
};

// The whole disks that hold a member of the system mirror (mounted at / or
// /boot) and have no EFI system partition: the ones whose boot sector is read.
QStringList bootSectorDisks(const HostSnapshot &s);

struct CheckFacts {
    bool read = false;         // false: nothing was read (a capture, or not asked)
    QString error;             // why, when read is false
    HostOsFacts os;
    QMap<QString, VmCheckFacts> vms;                // by VM name
    QMap<QString, ImageFacts> images;               // by image path
    QMap<QString, BootSectorFacts> bootSectors;     // by disk name
    // What was read, as a support bundle keeps it: "checks/STEP" (the output
    // of each host OS step that succeeded), "checks/dumpxml/VM",
    // "checks/agent/VM" ("answered" or why not), "checks/image/N" (qemu-img's
    // JSON, which names its file).
    QMap<QString, QByteArray> raw;
};

// The host OS reads as batch steps (ipmitool privileged).
QList<BatchStep> hostOsFactSteps();
// Pure: their results -> facts; a step that could not run leaves its fact
// unknown with the reason.
HostOsFacts hostOsFactsFrom(const QHash<QString, CommandResult> &results);
// `ipmitool sdr type "Power Supply"` output -> *present, *failures.
void parsePowerSupplies(const QByteArray &out, int *present, QStringList *failures);
// `qemu-img info --output=json` output -> image facts.
ImageFacts parseQemuImgInfo(const QByteArray &json);
// The file images of the VMs' disks (device "disk", type "file").
QStringList vmImagePaths(const QMap<QString, VmCheckFacts> &vms);

// Facts from a capture's "checks/..." files (see CheckFacts::raw): a step
// whose file is absent is unknown ("not captured"). read is false when the
// capture holds none of them.
CheckFacts checkFactsFromCapture(const QMap<QString, QByteArray> &files, const HostSnapshot &snapshot);
// The "checks/..." keys a bundle may hold beyond per-VM and per-image ones.
QStringList checkCaptureKeys();

// Reads everything: virsh dumpxml and guest-ping per VM through virsh, then
// one batch for the host OS and the images. Transport failure: read false.
CheckFacts readCheckFacts(Runner &runner, VirshSession &virsh, const HostSnapshot &snapshot,
                          const CancelFlag &cancel = CancelFlag());

} // namespace ftc
