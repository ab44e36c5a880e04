#pragma once
// A Plan as the user reviews it before anything runs: what blocks it (each with
// its reason and what to do), what to be careful of, and every step with the exact
// command line. Shared by the wizards and the plan dialog.

#include "plan/Plan.h"

#include <QTextBrowser>

namespace ftc {

class PlanView : public QTextBrowser {
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);

    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }

    static QString toHtml(const Plan &plan);

private:
    Plan m_plan;
};

} // namespace ftc
