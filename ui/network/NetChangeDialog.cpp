#include "NetChangeDialog.h"

#include "NetChangeRun.h"
#include "common/PlanView.h"
#include "session/HostSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ftc {

NetChangeDialog::NetChangeDialog(HostSession *session, const TeamEdit &edit, QWidget *parent)
    : QDialog(parent), m_session(session), m_edit(edit)
{
    setObjectName(QStringLiteral("netChangeDialog"));
    resize(720, 560);
    auto *l = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_view = new PlanView(this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setWordWrap(true);
    m_steps->hide();
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(false);
    l->addWidget(m_summary);
    l->addWidget(m_view, 1);
    l->addWidget(m_steps, 1);
    l->addWidget(m_progress);
    l->addWidget(m_result);
    l->addWidget(m_buttons);
    connect(m_apply, &QPushButton::clicked, this, &NetChangeDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NetChangeDialog::reject);

    setWindowTitle(tr("Change Team %1").arg(edit.team));
    if (!m_session) {
        m_summary->setText(tr("The host was closed."));
        return;
    }
    m_summary->setText(tr("Asking the host how its network is configured…"));
    connect(m_session, &HostSession::netFactsRead, this, [this](int id, const NetFacts &facts) {
        if (id != m_factsId)
            return;
        m_factsId = 0;
        plan(facts);
    });
    m_factsId = m_session->readNetFacts();
}

void NetChangeDialog::plan(const NetFacts &facts)
{
    const HostSnapshotPtr s = m_session ? m_session->latest() : HostSnapshotPtr();
    if (!s) {
        m_summary->setText(tr("The host has not been read yet."));
        return;
    }
    m_change = planTeamEdit(*s, facts, m_edit);
    setWindowTitle(m_change.title);
    m_summary->setText(m_change.summary.join(QLatin1Char('\n')));
    m_view->setPlan(m_change.plan, !s->user.isEmpty() && s->user != QLatin1String("root"));
    m_apply->setEnabled(m_change.ok());
}

void NetChangeDialog::run()
{
    if (m_running || !m_change.ok() || !m_session)
        return;
    m_running = true;
    m_apply->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    m_view->hide();
    m_steps->show();
    auto *follow = new NetChangeRun(m_steps, m_progress, m_result, this);
    follow->start(m_session, m_change, tr("Done."), tr("The change did not take effect."), [this](bool ok) {
        m_finished = true;
        m_ok = ok;
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    });
}

QString NetChangeDialog::summaryText() const { return m_summary->text(); }
QString NetChangeDialog::resultText() const { return m_result->text(); }

void NetChangeDialog::reject()
{
    // A change that runs is followed to its end: the host may be rolling back.
    if (m_running && !m_finished && m_session)
        return;
    QDialog::reject();
}

} // namespace ftc
