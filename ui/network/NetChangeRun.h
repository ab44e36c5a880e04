#pragma once
// A network change followed on screen: each plan step's result in a list,
// the phases after them (reconnecting, verifying, confirming, rolling back)
// in one line, and the outcome in another. Shared by the Teaming Wizard and
// the team change dialog.

#include "network/NetChange.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QLabel;
class QListWidget;

namespace ftc {

class HostSession;

class NetChangeRun : public QObject {
    Q_OBJECT
public:
    NetChangeRun(QListWidget *steps, QLabel *progress, QLabel *result, QObject *parent);

    // Applies change on session (HostSession::applyNetChange) and follows it;
    // done(ok) is called once it ends. okText/failText head the outcome.
    void start(HostSession *session, const NetChange &change, const QString &okText, const QString &failText,
               std::function<void(bool ok)> done);
    bool running() const { return m_planId != 0 && !m_finished; }

private:
    QListWidget *m_steps;
    QLabel *m_progress;
    QLabel *m_result;
    QPointer<HostSession> m_session;
    int m_planId = 0;
    bool m_finished = false;
};

} // namespace ftc
