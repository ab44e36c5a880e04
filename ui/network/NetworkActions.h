#pragma once
// The network area's actions: New Team (the Teaming Wizard) and Identify
// Adapter. They follow the tree's selection: on an adapter, New Team starts
// with it ticked and Identify blinks it; on a capture or a host not yet read
// they are disabled, saying why.

#include "network/TeamEditPlanner.h"
#include "shell/Selection.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ftc {

class NetChangeDialog;
class TeamWizard;

class NetworkActions : public QObject {
    Q_OBJECT
public:
    explicit NetworkActions(QWidget *window);

    QMenu *menu() const { return m_menu; }
    void select(const Selection &selection);
    QList<QAction *> buttons() const;
    QList<QAction *> contextActions() const;
    QAction *newTeamAction() const { return m_newTeam; }
    QAction *identifyAction() const { return m_identify; }
    QAction *deleteTeamAction() const { return m_deleteTeam; }
    QAction *removeMemberAction() const { return m_removeMember; }
    QAction *makePrimaryAction() const { return m_makePrimary; }
    QMenu *addMemberMenu() const { return m_addMember; }
    // The dialog for one change to the selected team, window-modal, deleted
    // when closed; null when the host cannot be changed.
    NetChangeDialog *openTeamEdit(const TeamEdit &edit);

    // The wizard for the selected host, window-modal, deleted when closed;
    // null when the host cannot be changed.
    TeamWizard *openTeamWizard();

signals:
    // The wizard built this team: select it when it shows.
    void teamBuilt(const QString &host, const QString &bond);
    // Identify Adapter's outcome, for the event log ("" problem: it blinked).
    void identified(const QString &host, const QString &adapter, const QString &problem);

private:
    QWidget *m_window;
    Selection m_selection;
    QMenu *m_menu = nullptr;
    QAction *m_newTeam = nullptr;
    QAction *m_identify = nullptr;
    QMenu *m_addMember = nullptr;
    QAction *m_removeMember = nullptr;
    QAction *m_makePrimary = nullptr;
    QAction *m_deleteTeam = nullptr;

    QString selectedTeam() const;
    QString selectedMember() const;
};

} // namespace ftc
