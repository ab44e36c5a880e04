#pragma once
// A configuration report as tables of text, the shape the HTML, PDF and CSV
// reports share: host identity and capacity, modules, disks, virtual disks
// (mirrors) with their state and activity, adapters, teams with the active
// member, VMs with their resources and CPU settings, the findings and the
// last events. Values are what people read (sizes in GiB, states as the
// console shows them); the JSON report is the machine's form.

#include "checks/Findings.h"
#include "model/HostEvent.h"
#include "model/HostSnapshot.h"

namespace ftc {

struct ReportInput {
    HostSnapshotPtr snapshot;
    QList<Finding> findings;
    QList<HostEvent> events;   // the last ones, oldest first; the CLI has none
    QDateTime generatedAt;     // when the report was made (local time shown)
};

struct ReportTable {
    QString id;                // "mirrors": stable, names the CSV file
    QString title;             // "Virtual disks" (translated)
    QStringList columns;       // translated headers
    QList<QStringList> rows;   // each as long as columns
};

// Every table, in the report's order; a table with no rows is still listed
// (a host without teams says so).
QList<ReportTable> reportTables(const ReportInput &input);
// "8.0 GiB" (1 decimal), "—" when unknown (< 0).
QString reportBytes(qint64 bytes);
// The report's title: "Configuration report: HOST".
QString reportTitle(const HostSnapshot &snapshot);

} // namespace ftc
