#include "NetChangeRun.h"

#include "BadgeTone.h"
#include "session/HostSession.h"

#include <QLabel>
#include <QListWidget>

namespace ftc {

NetChangeRun::NetChangeRun(QListWidget *steps, QLabel *progress, QLabel *result, QObject *parent)
    : QObject(parent), m_steps(steps), m_progress(progress), m_result(result)
{
}

void NetChangeRun::start(HostSession *session, const NetChange &change, const QString &okText,
                         const QString &failText, std::function<void(bool)> done)
{
    m_session = session;
    m_steps->clear();
    for (const PlanStep &step : change.plan.steps)
        new QListWidgetItem(toneIcon(BadgeTone::Neutral), step.title, m_steps);
    m_result->setText(tr("Applying…"));
    connect(session, &HostSession::planStepFinished, this,
            [this](int planId, int index, int, const QString &title, bool ok, const QString &detail) {
                if (planId != m_planId)
                    return;
                if (QListWidgetItem *item = m_steps->item(index)) {
                    item->setIcon(toneIcon(ok ? BadgeTone::Good : BadgeTone::Bad));
                    item->setText(ok ? tr("%1: done").arg(title)
                                     : tr("%1: failed: %2").arg(title, detail.section(QLatin1Char('\n'), 0, 0)));
                }
            });
    connect(session, &HostSession::netChangeProgress, this, [this](int planId, const QString &text) {
        if (planId == m_planId)
            m_progress->setText(text);
    });
    connect(session, &HostSession::planFinished, this,
            [this, okText, failText, done](int planId, bool ok, const QString &message) {
                if (m_finished || planId != m_planId)
                    return;
                m_finished = true;
                disconnect(m_session, nullptr, this, nullptr);
                m_progress->clear();
                m_result->setText(QStringLiteral("<span style='color:%1'><b>%2</b></span><br>%3")
                                      .arg(toneColor(ok ? BadgeTone::Good : BadgeTone::Bad).name(),
                                           (ok ? okText : failText).toHtmlEscaped(),
                                           message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
                done(ok);
            });
    m_planId = session->applyNetChange(change);
}

} // namespace ftc
