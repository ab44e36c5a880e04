#include "PlanRun.h"

#include "BadgeTone.h"
#include "PlainText.h"
#include "session/HostSession.h"

#include <QListWidget>

namespace ftc {

PlanRun::PlanRun(QListWidget *steps, QObject *parent) : QObject(parent), m_steps(steps)
{
}

void PlanRun::start(HostSession *session, const Plan &plan, const QString &confirmation,
                    std::function<void(bool, const QString &)> done)
{
    m_session = session;
    m_finished = false;
    m_stepFailed = false;
    m_steps->clear();
    for (const PlanStep &step : plan.steps) {
        auto *item = new QListWidgetItem(toneIcon(BadgeTone::Neutral), step.title, m_steps);
        item->setToolTip(plainToolTip(QString::fromUtf8(step.command.argv.join(' '))));
    }
    connect(session, &HostSession::planStepFinished, this,
            [this](int planId, int index, int, const QString &title, bool ok, const QString &detail) {
                if (planId != m_planId)
                    return;
                m_stepFailed = m_stepFailed || !ok;
                if (QListWidgetItem *item = m_steps->item(index)) {
                    item->setIcon(toneIcon(ok ? BadgeTone::Good : BadgeTone::Bad));
                    item->setText(ok ? tr("%1: done").arg(title)
                                     : tr("%1: failed: %2").arg(title, detail.section(QLatin1Char('\n'), 0, 0)));
                    if (!detail.isEmpty())
                        item->setToolTip(plainToolTip(detail));
                }
            });
    connect(session, &HostSession::planStepProgress, this, [this, plan](int planId, int index, const QString &progress) {
        if (planId != m_planId)
            return;
        if (QListWidgetItem *item = m_steps->item(index))
            item->setText(tr("%1: %2").arg(plan.steps.value(index).title, progress));
    });
    connect(session, &HostSession::planFinished, this, [this, done](int planId, bool ok, const QString &message) {
        if (m_finished || planId != m_planId)
            return;
        m_finished = true;
        disconnect(m_session, nullptr, this, nullptr);
        done(ok, message);
    });
    m_planId = session->applyPlan(plan, confirmation);
}

} // namespace ftc
