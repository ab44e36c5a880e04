#pragma once
// The storage area's actions: Add to Virtual Disk, Add Disk, Remove, Re-add,
// Check, Cancel Check, Resync Priority. It follows the tree's selection, turns a
// click into a Plan (MirrorPlanner) and hands it on; the add-disk wizard it
// opens applies its own. For a session that is not root it asks sudo which of
// the actions' commands the account may run and disables the others, saying
// why.

#include "plan/Plan.h"
#include "plan/Privileges.h"
#include "shell/Selection.h"

#include <QMap>
#include <QObject>
#include <QSet>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace ftc {

class AddDiskWizard;

class StorageActions : public QObject {
    Q_OBJECT
public:
    // window: parent of the dialogs and wizards this opens.
    explicit StorageActions(QWidget *window);

    // The Storage menu, for the menu bar (holds every storage action).
    QMenu *menu() const { return m_menu; }
    // Shows, enables and labels the actions for what is selected now.
    void select(const Selection &selection);
    // For the properties pane's buttons, and the tree's context menu.
    QList<QAction *> buttons() const;
    QList<QAction *> contextActions() const;
    QAction *addDiskAction() const { return m_addDisk; }           // on a mirror
    QAction *addToMirrorAction() const { return m_addToMirror; }   // on a disk
    // What sudo said on a host is asked again (Refresh Now: sudoers may have changed).
    void forgetPrivileges(const QString &host);

    // The add-disk wizard from a disk (kind Disk) or a mirror (kind Mirror);
    // window-modal, deleted when closed. Null when the host has no snapshot yet.
    AddDiskWizard *openAddDiskWizard(const Selection &at);

signals:
    // A plan to show the admin before it runs (the window previews and applies).
    void planRequested(const QString &host, const ftc::Plan &plan);
    // The wizard created or completed this mirror: select it when it shows.
    void mirrorApplied(const QString &host, const QString &mirror);

private:
    struct Privileges {
        QMap<QByteArrayList, PrivilegeCheck> known;
        QSet<QByteArrayList> asked;
        QSet<int> requests;
    };

    void createActions();
    void fillRemoveMenu(QMenu *menu);
    void fillReAddMenu(QMenu *menu);
    void request(const std::function<Plan(const HostSnapshot &, const Selection &)> &make);
    void applyPrivileges();
    void takePrivileges(const QString &host, int requestId, const QList<PrivilegeCheck> &checks);

    QWidget *m_window;
    Selection m_selection;
    QMenu *m_menu = nullptr;
    bool m_onDisk = false;     // the selection is a physical disk of a live host
    bool m_onMirror = false;   // a virtual disk or one of its members
    bool m_onMember = false;   // a member
    QAction *m_addToMirror = nullptr;
    QAction *m_addDisk = nullptr;
    QAction *m_removeMember = nullptr;
    QAction *m_removeMenu = nullptr;
    QAction *m_reAddMenu = nullptr;
    QAction *m_reAddDisk = nullptr;
    QAction *m_check = nullptr;
    QAction *m_cancelCheck = nullptr;
    QAction *m_priorityMenu = nullptr;
    QMap<QString, Privileges> m_privileges;        // by host
    QSet<HostSession *> m_listening;
};

} // namespace ftc
