#pragma once
// Virtual Machine ▸ Resource Planner, the guide's Resource Assignment: one
// row per server to virtualize with its measured memory and CPU use and its
// disk, the minimum and the allocation with 50 % headroom beside them (an
// allocation typed in replaces the computed one), the totals against the
// host with what falls short, and Create VM for the chosen row through the
// create wizard. Every change is saved with the host (ResourcePlan).

#include "vms/ResourcePlan.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ftc {

class CreateVmWizard;
class HostSession;

class ResourcePlannerDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Name, Role, Installed, MemoryUse, Clock, CpuUse, Disk, MinimumMemory, Memory, MinimumCpu, Cpu, Columns };

    // path: where the plan is kept (resourcePlanPath of the host).
    ResourcePlannerDialog(HostSession *session, const QString &path, QWidget *parent = nullptr);

    const ResourcePlan &plan() const { return m_plan; }
    QTableWidget *table() const { return m_table; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const { return m_create; }
    void addServer(const PlannedServer &server);
    // Types text into a cell as the admin would (validated, saved).
    void setCell(int row, Column column, const QString &text);
    // Opens the create wizard for the row's server.
    CreateVmWizard *createVm(int row);

private:
    void fill();
    void cellEdited(int row, int column);
    void save();
    void updateTotals();

    QPointer<HostSession> m_session;
    QString m_path;
    ResourcePlan m_plan;
    QTableWidget *m_table;
    QLabel *m_totals;
    QLabel *m_problem;
    QPushButton *m_create;
    bool m_filling = false;
};

} // namespace ftc
