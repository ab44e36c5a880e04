#pragma once
// What one refresh reads and with which command: the source keys double as the
// support bundle's file names, so a live host and a captured one share a map.

#include "transport/Batch.h"

#include <QStringList>

namespace ftc {

struct PollTargets {
    QStringList arrays;        // "md0" ...: per-array detail and sysfs
    QStringList bonds;         // "bond0" ...: /proc/net/bonding
    QStringList vms;           // "DC1" ...: virsh schedinfo
};

// The batch for one refresh; step ids are source keys.
QList<BatchStep> pollSteps(const PollTargets &targets);

// Inverse of pollSteps for one argv (without any sudo prefix): the source key it
// reads, or an empty string when the argv is not a poll command.
QString sourceKeyForArgv(const Argv &argv);

// Sources whose absence says nothing is wrong (md or bonding not loaded, no
// libvirt): their failures are not reported as problems.
bool isOptionalSource(const QString &key);

// The tool a source needs, for "host lacks TOOL" messages, and the package to install.
QString toolForSource(const QString &key);
QString packageForTool(const QString &tool);

} // namespace ftc
