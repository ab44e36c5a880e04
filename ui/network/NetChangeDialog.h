#pragma once
// One change to a team (add or remove an adapter, the primary, delete),
// from the host's facts to its outcome in one window: it asks the host how
// its network is configured, shows the plan (what changes, the rollback, every
// command), and once applied follows the change until it is confirmed or the
// host has rolled it back, saying what the host is left with.

#include "network/TeamEditPlanner.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ftc {

class HostSession;
class PlanView;

class NetChangeDialog : public QDialog {
    Q_OBJECT
public:
    NetChangeDialog(HostSession *session, const TeamEdit &edit, QWidget *parent = nullptr);

    const NetChange &change() const { return m_change; }
    bool planReady() const { return m_factsId == 0; }
    bool finished() const { return m_finished; }
    bool succeeded() const { return m_ok; }
    QPushButton *applyButton() const { return m_apply; }
    PlanView *planView() const { return m_view; }
    QString summaryText() const;
    QString resultText() const;
    void reject() override;

private:
    void plan(const NetFacts &facts);
    void run();

    QPointer<HostSession> m_session;
    TeamEdit m_edit;
    NetChange m_change;
    int m_factsId = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_ok = false;
    QLabel *m_summary;
    PlanView *m_view;
    QListWidget *m_steps;
    QLabel *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};

} // namespace ftc
