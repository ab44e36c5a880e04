#pragma once
// "New Virtual Machine", as the admin site's Create page: name and memory
// (with what the host can still give), vCPUs; the virtual hard disk (fixed
// size by default, dynamically expanding with the guide's warning, or an
// existing image) and the place it goes, each place with its mirror and
// OpState; the network (a team's bridge or a libvirt network) and an install
// CD; CPU sliders and starting with the host. The review page asks the host
// (readVmHostFacts) and shows the plan (planCreateVm); Create runs it here,
// step by step. All validation is the planner's.

#include "vms/VmCreate.h"

#include <QPointer>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace ftc {

class CpuSliders;
class HostSession;
class PlanRun;
class PlanView;

class CreateVmWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { NamePage, DiskPage, NetworkPage, CpuPage, ReviewPage, ApplyPage };

    explicit CreateVmWizard(HostSession *session, QWidget *parent = nullptr);

    // Fills every page from request (the resource planner's row).
    void setRequest(const VmCreateRequest &request);
    // What the pages say now.
    VmCreateRequest request() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *nameProblem() const { return m_nameProblem; }
    QSpinBox *memorySpin() const { return m_memory; }
    QLabel *memoryText() const { return m_memoryText; }
    QSpinBox *vcpuSpin() const { return m_vcpus; }
    QRadioButton *fixedRadio() const { return m_fixed; }
    QRadioButton *expandingRadio() const { return m_expanding; }
    QRadioButton *existingRadio() const { return m_existing; }
    QSpinBox *sizeSpin() const { return m_size; }
    QLineEdit *existingEdit() const { return m_existingPath; }
    QTreeWidget *places() const { return m_places; }
    QLineEdit *dirEdit() const { return m_dir; }
    QRadioButton *bridgeRadio() const { return m_bridge; }
    QRadioButton *networkRadio() const { return m_network; }
    QRadioButton *noNicRadio() const { return m_noNic; }
    QComboBox *bridgeCombo() const { return m_bridges; }
    QComboBox *networkCombo() const { return m_networks; }
    QLineEdit *isoEdit() const { return m_iso; }
    CpuSliders *sliders() const { return m_sliders; }
    QCheckBox *autostartBox() const { return m_autostart; }
    QCheckBox *startBox() const { return m_start; }

    // Whether the places (free space, mirror) have been read.
    bool placesRead() const { return m_placesRead; }
    const Plan &plan() const { return m_plan; }
    // The review page's plan is made from facts read for it, not pending.
    bool planReady() const { return m_factsId == 0 && m_planned; }
    PlanView *planView() const { return m_planView; }
    QListWidget *stepList() const { return m_steps; }
    QString resultText() const;
    // Refused while the plan runs: the window stays to show how it ends.
    void reject() override;

signals:
    // The VM was created; the wizard closes next.
    void created(const QString &vm);

private:
    friend class CreateVmPage;

    void readPlaces();
    void takeFacts(int requestId, const VmHostFacts &facts);
    void updateName();
    void updateMemory();
    void updateDisk();
    void makePlan();
    void runPlan();

    QPointer<HostSession> m_session;
    HostSnapshotPtr m_snapshot;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QSpinBox *m_memory;
    QLabel *m_memoryText;
    QSpinBox *m_vcpus;
    QRadioButton *m_fixed, *m_expanding, *m_existing;
    QLabel *m_diskNote;
    QSpinBox *m_size;
    QLineEdit *m_existingPath;
    QTreeWidget *m_places;
    QLineEdit *m_dir;
    QRadioButton *m_bridge, *m_network, *m_noNic;
    QComboBox *m_bridges, *m_networks;
    QLineEdit *m_iso;
    CpuSliders *m_sliders;
    QCheckBox *m_autostart, *m_start;
    PlanView *m_planView;
    QListWidget *m_steps;
    QLabel *m_result;

    int m_placesId = 0;        // the places' read, 0 when answered
    int m_factsId = 0;         // the review's read, 0 when answered
    bool m_placesRead = false;
    bool m_planned = false;
    VmHostFacts m_placeFacts;
    Plan m_plan;
    PlanRun *m_run = nullptr;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace ftc
