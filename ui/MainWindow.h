#pragma once
// The console's main window: hosts tree on the left, properties on the right, the
// event log docked below. Each open host is a HostSession; the window only ever
// reacts to its queued signals, so a slow or dead host never freezes the others.

#include "HostProperties.h"
#include "HostTree.h"
#include "model/HostSession.h"

#include <QMainWindow>
#include <QMap>

class QAction;
class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace ftc {

class EventLog;
class GuiPrompter;
class PropertiesPane;

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
    };

    void createActions();
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
    int m_intervalMs = 1000;
    bool m_firstSnapshotShown = false;
};

} // namespace ftc
