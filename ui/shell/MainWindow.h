#pragma once
// The console's main window, a shell: the host registry (one HostSession per
// open host), the tree on the left, the properties pane on the right, the event
// log docked below, and the menus. What a node is and what can be done with it
// belongs to the areas (storage/, network/, vms/, host/, demo/): they are told
// the selection and the latest snapshot, and hand back plans, which the window
// previews and applies. The window keeps no memory of a host beyond its latest
// snapshot: what happened before travels with the snapshot (HostHistory).

#include "HostTree.h"
#include "NodeDetails.h"
#include "Selection.h"
#include "session/HostSession.h"

#include <QMainWindow>
#include <QMap>
#include <QPointF>

class QAction;
class QLabel;
class QMenu;
class QStandardItem;
class QStackedWidget;
class QStandardItemModel;
class QTreeView;

namespace ftc {

class ChecksKeeper;
class ChecksPage;
class SetupPage;
struct Finding;

class AddDiskWizard;
class DemoMenu;
class EventLog;
class GuiPrompter;
class HostActions;
class PlanDialog;
class PropertiesPane;
class NetworkActions;
class StorageActions;
class VmActions;
class VmStatusPage;
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
    // ask: while one of its operations runs, ask first (confirmLeaving).
    void closeHost(const QString &label, bool ask = true);
    // Hosts saved as open at the last exit, else the demo host.
    void openStartupHosts();

    QStringList openHosts() const;
    QStringList recentHosts() const;
    bool selectObject(const QString &host, NodeKind kind, const QString &object);
    // Selects an event's object by its name (any kind), else the host itself.
    bool showEventObject(const QString &host, const QString &object);

    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *treeModel() const { return m_model; }
    PropertiesPane *properties() const { return m_properties; }
    EventLog *eventLog() const { return m_log; }
    // The libvirt URI for hosts opened from now on (--libvirt-uri), for this
    // run only; empty: each host's own setting.
    void setLibvirtUriOverride(const QString &uri) { m_libvirtUri = uri; }
    // Refresh interval for hosts opened from now on.
    void setRefreshInterval(int ms) { m_intervalMs = ms; }
    int snapshotCount(const QString &host) const;
    HostSession *session(const QString &host) const;
    // The sync speed samples the host's history holds for a mirror (x: ms since
    // epoch, y: KiB/s).
    QList<QPointF> syncSpeedHistory(const QString &host, const QString &mirror) const;

    // The storage area's add-disk wizard from a disk (kind Disk) or a mirror
    // (kind Mirror); window-modal, deleted when closed. On success the tree
    // selects the mirror.
    AddDiskWizard *startAddDiskWizard(const QString &host, NodeKind kind, const QString &object);
    // Shows the plan; on Apply runs it through the host's session. Window-modal,
    // deleted when closed.
    PlanDialog *previewPlan(const QString &host, const Plan &plan);
    // Runs a plan at once; each step's result goes to the event log. Returns
    // the session's plan id (0 when the host is not open).
    int runPlan(const QString &host, const Plan &plan, const QString &confirmation = {});
    QMenu *demoMenu() const;
    HostActions *hostActions() const { return m_hostActions; }
    VmActions *vmActions() const { return m_vms; }
    NetworkActions *networkActions() const { return m_network; }
    VmStatusPage *vmStatusPage() const { return m_vmStatus; }
    ChecksPage *checksPage() const { return m_checks; }
    SetupPage *setupPage() const { return m_setup; }

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
        HostSpec spec;             // as opened: a failed host is opened again from it
        HostSession *session = nullptr;
        QStandardItem *item = nullptr;
        HostView view;
        int snapshots = 0;
        bool expanded = false;
        BadgeTone worstBelow = BadgeTone::Good;   // rolled up from the host's nodes
    };

    void createActions();
    Selection currentSelection() const;
    void updateAreas();
    void showTreeMenu(const QPoint &pos);
    void onSnapshot(const QString &label, const HostSnapshotPtr &snapshot);
    void onStateChanged(const QString &label, ConnectionState state, const QString &message);
    void updateHostItem(HostEntry &entry);
    void updateProperties();
    // The host's findings into the tree and, when shown, the Checks page.
    void updateChecks(const QString &host);
    // The Checks or Setup page, when shown, from the findings updateChecks kept.
    void updateCheckPages(const QString &host);
    // True when no operation runs on hosts, or the admin chose to stop them.
    bool confirmLeaving(const QStringList &hosts);
    // A box the admin must acknowledge for an event that asks for it (a mirror gone Broken).
    void askAcknowledgement(const HostEvent &event);
    // File ▸ Export Report: the selected host's report, in the format chosen.
    void exportReport();
    // File ▸ Save Support Bundle: the selected host's raw outputs into a folder.
    void saveBundle();
    // The finding ids the console can fix on host now.
    QSet<QString> fixableFindings(const QString &host) const;
    // Opens the console's action that fixes the finding on host.
    void fixFinding(const QString &host, const Finding &finding);
    // The VMs on fromBridge (empty: every VM) moved to the team's bridge:
    // their definitions read, then one plan previewed (planVmsToBridge).
    void moveVmsToTeamBridge(const QString &host, const QString &fromBridge);
    void rememberRecent(const QString &label);
    void saveOpenHosts() const;
    QString currentHost() const;

    QTreeView *m_tree;
    QStandardItemModel *m_model;
    PropertiesPane *m_properties;
    VmStatusPage *m_vmStatus;
    ChecksPage *m_checks;
    SetupPage *m_setup;
    ChecksKeeper *m_checkFacts;
    QStackedWidget *m_right;
    EventLog *m_log;
    QLabel *m_status;
    GuiPrompter *m_prompter;
    StorageActions *m_storage = nullptr;
    HostActions *m_hostActions = nullptr;
    VmActions *m_vms = nullptr;
    NetworkActions *m_network = nullptr;
    DemoMenu *m_demo = nullptr;
    QMap<QString, HostEntry> m_hosts;
    QAction *m_closeAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_saveBundleAction = nullptr;
    // Select this object when the host's next snapshot shows it (a new mirror).
    struct PendingSelection {
        QString host;
        NodeKind kind = NodeKind::Host;
        QString object;
    } m_pendingSelect;
    int m_intervalMs = 1000;
    QString m_libvirtUri;
    bool m_firstSnapshotShown = false;
};

} // namespace ftc
