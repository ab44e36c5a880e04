#pragma once
// The checks' results as `ftconsole check` prints them: text grouped by area,
// or JSON (the report's "findings" entries plus counts and the worst severity).

#include "checks/Findings.h"

#include <QJsonObject>

namespace ftc {

// The area's name for people: "Storage", "Network", "Virtual machines", "Host".
QString areaTitle(const QString &area);
// "ERROR", "WARNING", "UNKNOWN", "INFO" (translated), for text output.
QString severityLabel(Severity s);
// Text: a header naming the host and time, then per area each finding with
// its object, message and remedy, then a line of counts. Host text is left as
// it is: the caller makes it safe for its terminal.
QString checkText(const HostSnapshot &snapshot, const QList<Finding> &findings);
// {"host": {name, label}, "taken_at", "status": "clean"|"warnings"|"errors",
//  "counts": {"error": n, "warning": n, "unknown": n, "info": n}, "findings": [...]}
QJsonObject checkJson(const HostSnapshot &snapshot, const QList<Finding> &findings);
// One finding as the JSON report and check --format json write it.
QJsonObject findingJson(const Finding &f);

} // namespace ftc
