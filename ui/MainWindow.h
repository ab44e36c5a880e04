#pragma once
// The console's main window: hosts tree on the left, properties on the right, the
// event log docked below. Each open host is a HostSession; the window only ever
// reacts to its queued signals, so a slow or dead host never freezes the others.

#include "HostProperties.h"
#include "HostTree.h"
#include "session/HostSession.h"

#include <QMainWindow>
#include <QMap>
#include <QSet>
#include <QPointF>
#include <functional>

class QAction;
class QLabel;
class QMenu;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace ftc {

class AddDiskWizard;
class EventLog;
class GuiPrompter;
class PlanDialog;
class PropertiesPane;
struct Plan;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Parses text and opens the host (or selects it when already open). On a parse
    // error returns false, fills *error and logs it.
    bool openHost(const QString &text, QString *error = nullptr);
    void openHost(const HostSpec &spec);
    void closeHost(const QString &label);
    // Hosts saved as open at the last exit, else the demo host.
    void openStartupHosts();

    QStringList openHosts() const;
    QStringList recentHosts() const;
    bool selectObject(const QString &host, NodeKind kind, const QString &object);

    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *treeModel() const { return m_model; }
    PropertiesPane *properties() const { return m_properties; }
    EventLog *eventLog() const { return m_log; }
    // Refresh interval for hosts opened from now on.
    void setRefreshInterval(int ms) { m_intervalMs = ms; }
    int snapshotCount(const QString &host) const;
    HostSession *session(const QString &host) const;
    // The sync speed samples kept for a mirror (x: ms since epoch, y: KiB/s).
    QList<QPointF> syncSpeedHistory(const QString &host, const QString &mirror) const;

    // The wizard the tree's "Add to Virtual Disk…" (kind Disk) and "Add Disk…"
    // (kind Mirror) open; shown window-modal, deleted when closed. On success the
    // tree selects the mirror.
    AddDiskWizard *startAddDiskWizard(const QString &host, NodeKind kind, const QString &object);
    // Shows the plan; on Apply runs it through the host's session. Window-modal,
    // deleted when closed.
    PlanDialog *previewPlan(const QString &host, const Plan &plan);
    // Runs a plan at once; each step's result goes to the event log.
    void runPlan(const QString &host, const Plan &plan, const QString &confirmation = {});
    QMenu *demoMenu() const { return m_demoMenu; }

signals:
    void firstSnapshotShown();
    void hostFailed(const QString &host, const QString &message);

public slots:
    void showConnectDialog();
    void closeCurrentHost();
    void refreshCurrentHost();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct HostEntry {
        HostSession *session = nullptr;
        QStandardItem *item = nullptr;
        HostView view;
        int snapshots = 0;
        bool expanded = false;
        QMap<QString, QStringList> formerMembers;   // mirror -> devices seen in it
        QStringList seenDisks;                       // every disk this host has shown
        QStringList seenNics;
        QStringList syncing;                         // mirrors with a sync in the last snapshot
        // What sudo on the host said the account may run (non-root sessions),
        // for disabling actions before the click; asked once per command.
        QMap<QByteArrayList, PrivilegeCheck> privileges;
        QSet<QByteArrayList> privilegesAsked;
        QSet<int> privilegeRequests;
    };

    struct Target {
        QString host;
        NodeKind kind = NodeKind::Host;
        QString object;
        QString mirror;    // for Mirror and MirrorMember nodes
        QString member;    // for MirrorMember nodes
    };

    void createActions();
    void createStorageActions();
    void createDemoMenu();
    Target currentTarget() const;
    void updateObjectActions();
    // Disables the selected mirror's actions that sudo would refuse, with why;
    // asks the host about commands it has not been asked about yet.
    void applyPrivileges(const QString &host, const QString &mirror);
    void takePrivileges(const QString &host, int requestId, const QList<PrivilegeCheck> &checks);
    void showTreeMenu(const QPoint &pos);
    void fillRemoveMenu(QMenu *menu);
    void fillReAddMenu(QMenu *menu);
    void fillDemoMenu(QMenu *menu, const QByteArray &verb);
    void runSimulation(const QByteArray &verb, const QString &name, bool blank = false);
    void recordHistory(const QString &label, const HostSnapshot &snapshot);
    void planMirrorAction(const std::function<Plan(const HostSnapshot &, const Target &)> &make);
    void onSnapshot(const QString &label, const HostSnapshotPtr &snapshot);
    void onStateChanged(const QString &label, ConnectionState state, const QString &message);
    void updateHostItem(HostEntry &entry);
    void updateProperties();
    void rememberRecent(const QString &label);
    void saveOpenHosts() const;
    QString currentHost() const;

    QTreeView *m_tree;
    QStandardItemModel *m_model;
    PropertiesPane *m_properties;
    EventLog *m_log;
    QLabel *m_status;
    GuiPrompter *m_prompter;
    QMap<QString, HostEntry> m_hosts;
    QAction *m_closeAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_addToMirrorAction = nullptr;
    QAction *m_addDiskAction = nullptr;
    QAction *m_removeMemberAction = nullptr;
    QAction *m_removeMemberMenuAction = nullptr;
    QAction *m_reAddMenuAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_cancelCheckAction = nullptr;
    QAction *m_priorityMenuAction = nullptr;
    QMenu *m_demoMenu = nullptr;
    // Select this object when the host's next snapshot shows it (a new mirror).
    Target m_pendingSelect;
    int m_intervalMs = 1000;
    bool m_firstSnapshotShown = false;
};

} // namespace ftc
