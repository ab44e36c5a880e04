#pragma once
// Preview of one plan before it runs: title, blocking errors, warnings, every
// command, and - when the plan asks for it - a field where the user types the
// confirmation. Apply stays disabled while the plan is blocked or the text does
// not match. The dialog itself runs nothing: the caller applies on accept.

#include "plan/Plan.h"
#include "plan/Privileges.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ftc {

class HostSession;
class PlanView;

class PlanDialog : public QDialog {
    Q_OBJECT
public:
    // session (optional): the host the plan is for. When the console is not
    // root there, the dialog asks sudo which steps the account may run and
    // keeps Apply disabled for a plan that sudo would refuse.
    explicit PlanDialog(const Plan &plan, HostSession *session = nullptr, QWidget *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    QString confirmation() const;
    QLineEdit *confirmationEdit() const { return m_edit; }
    QPushButton *applyButton() const { return m_apply; }
    PlanView *planView() const { return m_view; }

    // Whether the privilege check is still out.
    bool checkingPrivileges() const { return m_privilegeRequest != 0; }

private:
    void updateApply();
    void takePrivileges(int requestId, const QList<PrivilegeCheck> &checks);

    Plan m_plan;
    QPointer<HostSession> m_session;
    bool m_viaSudo = false;
    QString m_user;
    int m_privilegeRequest = 0;
    bool m_privilegesOk = true;
    PlanView *m_view;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_apply;
};

} // namespace ftc
