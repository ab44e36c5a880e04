#pragma once
// CPU Resources of one VM, as Virtual Server's page had them: the three
// sliders, the host reserve the planner keeps back, and live, for every VM on
// the host, what it would get under full contention with these values (its
// entitlement and cpu_shares). Refusals (reservations beyond the host, maximum
// below reservation) show at once and keep Preview off. Preview hands the
// plan on; nothing is changed here.

#include "model/HostSnapshot.h"
#include "plan/Plan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ftc {

class CpuSliders;

class VmCpuDialog : public QDialog {
    Q_OBJECT
public:
    VmCpuDialog(const HostSnapshotPtr &snapshot, const QString &vm, QWidget *parent = nullptr);

    CpuSliders *sliders() const { return m_sliders; }
    QSpinBox *hostReserve() const { return m_hostReserve; }
    QTableWidget *contention() const { return m_table; }
    QPushButton *previewButton() const { return m_preview; }
    // The plan for the values shown now.
    const Plan &plan() const { return m_plan; }

signals:
    // Preview was clicked: show this plan before it runs.
    void planRequested(const ftc::Plan &plan);

private:
    void replan();

    HostSnapshotPtr m_snapshot;
    QString m_vm;
    CpuSliders *m_sliders;
    QSpinBox *m_hostReserve;
    QLabel *m_errors;
    QTableWidget *m_table;
    QPushButton *m_preview;
    Plan m_plan;
};

} // namespace ftc
