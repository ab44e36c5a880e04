#pragma once
// The stable JSON report (DESIGN.md "JSON report, the stable part"): scripts and
// change records depend on these keys, so they only ever grow.

#include "checks/Findings.h"

#include <QJsonObject>

namespace ftc {

QJsonObject jsonReport(const HostSnapshot &snapshot, const QList<Finding> &findings);

} // namespace ftc
