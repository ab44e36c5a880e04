#pragma once
// A plan followed on screen while it runs: each step's result in a list (its
// output in the tooltip), how far a long step is ("Copy ...: 42 %"), and the
// outcome handed back once it ends. Shared
// by the wizards that apply their own plan (add disk, create VM).

#include "plan/Plan.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QListWidget;

namespace ftc {

class HostSession;

class PlanRun : public QObject {
    Q_OBJECT
public:
    PlanRun(QListWidget *steps, QObject *parent);

    // Applies plan on session (HostSession::applyPlan with confirmation) and
    // lists its steps; done(ok, message) is called once it ends, message
    // saying what failed and the state the host is in.
    void start(HostSession *session, const Plan &plan, const QString &confirmation,
               std::function<void(bool ok, const QString &message)> done);
    int planId() const { return m_planId; }
    bool running() const { return m_planId != 0 && !m_finished; }
    // A step failed (as opposed to the plan being stopped between steps).
    bool stepFailed() const { return m_stepFailed; }

private:
    QListWidget *m_steps;
    QPointer<HostSession> m_session;
    int m_planId = 0;
    bool m_finished = false;
    bool m_stepFailed = false;
};

} // namespace ftc
