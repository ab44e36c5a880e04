#pragma once
// Preview of one plan before it runs: title, blocking errors, warnings, every
// command, and - when the plan asks for it - a field where the user types the
// confirmation. Apply stays disabled while the plan is blocked or the text does
// not match. The dialog itself runs nothing: the caller applies on accept.

#include "plan/Plan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ftc {

class PlanView;

class PlanDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlanDialog(const Plan &plan, QWidget *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    QString confirmation() const;
    QLineEdit *confirmationEdit() const { return m_edit; }
    QPushButton *applyButton() const { return m_apply; }
    PlanView *planView() const { return m_view; }

private:
    void updateApply();

    Plan m_plan;
    PlanView *m_view;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_apply;
};

} // namespace ftc
