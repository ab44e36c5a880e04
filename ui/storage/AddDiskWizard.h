#pragma once
// "Add Physical Disk To RDR Virtual Disk", as in ftSMC: start from a disk (add it
// to a virtual disk, or make a new one from it) or from a virtual disk (pick the
// disk to add). Pages: choose, review the plan (blocking errors, warnings, every
// command), confirm by typing the disk's serial, apply with each step's result.
// The plan is computed from the session's latest snapshot and what the disk
// itself says (a probe the review page waits for); all validation is the
// planner's.

#include "plan/Plan.h"
#include "plan/Privileges.h"

#include <QPointer>
#include <QWizard>

class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTreeWidget;

namespace ftc {

class HostSession;
class PlanRun;
class PlanView;
struct DiskProbe;

class AddDiskWizard : public QWizard {
    Q_OBJECT
public:
    enum class Start { FromDisk, FromMirror };
    enum PageId { ChoosePage, ReviewPage, ConfirmPage, ApplyPage };

    AddDiskWizard(HostSession *session, Start start, const QString &object, QWidget *parent = nullptr);

    Start start() const { return m_start; }
    QString startObject() const { return m_object; }
    // The list on the first page: mirrors (from a disk) or disks (from a mirror).
    QTreeWidget *choices() const { return m_choices; }
    // Selects the row for name on the first page; false when it is not listed.
    bool choose(const QString &name);
    // From a disk: make a new virtual disk instead of adding to one.
    void setCreateNew(bool createNew);
    bool createNew() const;

    const Plan &plan() const { return m_plan; }
    // Whether the review page's plan is final: the disk probe it waits for
    // (and any privilege check) has answered.
    bool planReady() const { return m_probeId == 0 && m_privilegeId == 0; }
    PlanView *planView() const { return m_planView; }
    QLineEdit *confirmationEdit() const { return m_confirm; }
    // Under the confirmation: whether what was typed matches yet.
    QString confirmationHint() const;
    // On the review page: how long the sync the plan starts should take.
    QString syncEstimate() const;
    // Why a row of the first page cannot be chosen; empty when it can (or is not listed).
    QString whyNotSelectable(const QString &name) const;
    QListWidget *stepList() const { return m_steps; }
    QString resultText() const;
    // The virtual disk the plan creates or completes.
    QString targetMirror() const { return m_target; }
    // Refused while a plan runs on a host still open: the window stays to
    // show how the plan ends.
    void reject() override;

signals:
    // The plan ran to the end; the wizard closes next.
    void applied(const QString &mirror);

private:
    friend class AddDiskChoosePage;
    friend class AddDiskReviewPage;
    friend class AddDiskConfirmPage;
    friend class AddDiskApplyPage;

    void fillChoices();
    QString chosen() const;
    // The disk the plan would write: the one the wizard started from, or the
    // one chosen for the virtual disk.
    QString diskToWrite() const;
    void computePlan();
    void takeProbe(int requestId, const DiskProbe &probe);
    void takePrivileges(int requestId, const QList<PrivilegeCheck> &checks);
    void showPlan();
    QString confirmationPrompt() const;
    // Whether text is the plan's confirmation; a serial number in any case.
    bool confirmationMatches(const QString &text) const;
    void updateConfirmationHint();
    void updateSyncEstimate();
    void runPlan();

    QPointer<HostSession> m_session;   // the host may be closed while the wizard is open
    Start m_start;
    QString m_object;
    Plan m_plan;
    QString m_target;
    bool m_running = false;
    bool m_finished = false;
    int m_planId = 0;          // the session's id of the plan this wizard applied
    int m_probeId = 0;         // the disk probe the review page waits for; 0: none
    int m_privilegeId = 0;     // the sudo check it waits for (non-root sessions); 0: none
    bool m_privilegesChecked = false;
    QStringList m_privilegeNotes;  // steps sudo would refuse, with their remedy
    bool m_ok = false;

    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QTreeWidget *m_choices = nullptr;
    PlanView *m_planView = nullptr;
    QLabel *m_confirmPrompt = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_confirmHint = nullptr;
    QLabel *m_estimate = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_stop = nullptr;     // stops the plan after the running step
    PlanRun *m_run = nullptr;          // the plan applied, step by step
};

} // namespace ftc
