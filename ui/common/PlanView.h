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

    // viaSudo: the session is not root, so privileged steps show the `sudo -n`
    // they will run with. privilegeNotes: what the account may not run, each
    // with its remedy (privilegeRemedy); shown as blocking.
    void setPlan(const Plan &plan, bool viaSudo = false, const QStringList &privilegeNotes = {});
    const Plan &plan() const { return m_plan; }

    static QString toHtml(const Plan &plan, bool viaSudo = false, const QStringList &privilegeNotes = {});
    // The text shown, without the word joiners that keep arguments whole.
    QString toPlainText() const;
    // What is copied is the commands as they run: no word joiners.
    QMimeData *createMimeDataFromSelection() const override;

private:
    Plan m_plan;
};

} // namespace ftc
