#include "PlanDialog.h"

#include "PlanView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ftc {

PlanDialog::PlanDialog(const Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_view(new PlanView(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(plan.title);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(plan.ok() ? tr("Review what will change. Nothing runs until you press Apply.")
                                       : tr("This cannot be done as things are. Nothing will run."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setPlan(plan);
    layout->addWidget(m_view, 1);

    if (plan.ok() && !plan.confirmation.isEmpty()) {
        auto *prompt = new QLabel(tr("To confirm, type %1: <b>%2</b>")
                                      .arg(plan.confirmationWhat.toHtmlEscaped(), plan.confirmation.toHtmlEscaped()),
                                  this);
        prompt->setWordWrap(true);
        prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(prompt);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("confirmation"));
        m_edit->setPlaceholderText(plan.confirmation);
        prompt->setBuddy(m_edit);
        layout->addWidget(m_edit);
        connect(m_edit, &QLineEdit::textChanged, this, &PlanDialog::updateApply);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
    updateApply();
}

QString PlanDialog::confirmation() const { return m_edit ? m_edit->text().trimmed() : QString(); }

void PlanDialog::updateApply()
{
    const bool confirmed = m_plan.confirmation.isEmpty() || confirmation() == m_plan.confirmation;
    m_apply->setEnabled(m_plan.ok() && confirmed);
    m_apply->setDefault(m_apply->isEnabled());
}

} // namespace ftc
