#include "PlanDialog.h"

#include "PlanView.h"
#include "session/HostSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ftc {

PlanDialog::PlanDialog(const Plan &plan, HostSession *session, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_session(session)
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
    const HostSnapshotPtr snap = session ? session->latest() : HostSnapshotPtr();
    m_viaSudo = snap && snap->viaSudo;
    m_user = snap ? snap->user : QString();
    m_view->setPlan(plan, m_viaSudo);
    layout->addWidget(m_view, 1);
    if (m_viaSudo && plan.ok() && !plan.privilegedArgvs().isEmpty()) {
        connect(session, &HostSession::privilegesChecked, this, &PlanDialog::takePrivileges);
        m_privilegeRequest = session->checkPrivileges(plan.privilegedArgvs());
        m_privilegesOk = false;
    }

    if (plan.ok() && !plan.confirmation.isEmpty()) {
        auto *prompt = new QLabel(tr("To confirm, type %1: <b>%2</b>")
                                      .arg(plan.confirmationWhat.toHtmlEscaped(), plan.confirmation.toHtmlEscaped()),
                                  this);
        prompt->setWordWrap(true);
        prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(prompt);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("confirmation"));
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

void PlanDialog::takePrivileges(int requestId, const QList<PrivilegeCheck> &checks)
{
    if (requestId != m_privilegeRequest)
        return;
    m_privilegeRequest = 0;
    QStringList notes;
    for (const PrivilegeCheck &c : checks)
        if (!c.allowed())
            notes << privilegeRemedy(m_user, c);
    if (checks.isEmpty())
        notes << tr("The host could not be asked what this account may run.");
    m_privilegesOk = notes.isEmpty();
    m_view->setPlan(m_plan, m_viaSudo, notes);
    updateApply();
}

void PlanDialog::updateApply()
{
    const bool confirmed = m_plan.confirmation.isEmpty() || confirmation() == m_plan.confirmation;
    m_apply->setEnabled(m_plan.ok() && confirmed && m_privilegesOk);
    m_apply->setToolTip(m_privilegeRequest ? tr("Asking sudo on the host what this account may run…")
                        : !m_privilegesOk  ? tr("sudo on the host would refuse a step: see above")
                                           : QString());
    m_apply->setDefault(m_apply->isEnabled());
}

} // namespace ftc
