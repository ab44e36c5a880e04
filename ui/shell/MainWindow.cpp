#include "MainWindow.h"

#include "demo/DemoScreenPainter.h"

#include "ConnectDialog.h"
#include "EventLog.h"
#include "HelpDialogs.h"
#include "GuiPrompter.h"
#include "PlainText.h"
#include "PropertiesPane.h"
#include "common/PlanDialog.h"
#include "vms/VmEdit.h"
#include "common/StateStyle.h"
#include "demo/DemoMenu.h"
#include "host/CheckMarks.h"
#include "host/ChecksKeeper.h"
#include "host/ChecksPage.h"
#include "host/SetupPage.h"
#include "checks/HostFixes.h"
#include "host/HostActions.h"
#include "report/ReportFiles.h"
#include "host/HostSettings.h"
#include "storage/AddDiskWizard.h"
#include "network/NetworkActions.h"
#include "storage/StorageActions.h"
#include "vms/VmActions.h"
#include "vms/VmStatusPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

// The icons live in the static ftui library, whose resources are not registered
// unless something names them; Q_INIT_RESOURCE must be called outside a namespace.
static void initFtuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace ftc {

namespace {
constexpr int kMaxRecent = 10;
const char kRecentKey[] = "hosts/recent";
const char kOpenKey[] = "hosts/open";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(0, 2, this))
    , m_properties(new PropertiesPane(this))
    , m_vmStatus(new VmStatusPage(this))
    , m_checks(new ChecksPage(this))
    , m_setup(new SetupPage(this))
    , m_checkFacts(new ChecksKeeper(this))
    , m_right(new QStackedWidget(this))
    , m_log(new EventLog(this))
    , m_status(new QLabel(this))
    // No parent: workers hold it as a plain pointer, and a worker stuck on a slow
    // host may outlive this window. It is deleted once every stopped worker has
    // ended (HostSession::deleteWhenSessionsEnd); close() below keeps it from
    // touching the GUI after the window is gone.
    , m_prompter(new GuiPrompter(this))
{
    installDemoScreenPainter();
    initFtuiResources();
    qRegisterMetaType<HostSnapshotPtr>();
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<QList<HostEvent>>();

    setWindowTitle(tr("ftconsole"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ftconsole.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    m_model->setHorizontalHeaderLabels({tr("Name"), tr("State")});
    m_tree->setObjectName(QStringLiteral("hostTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(true);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 250);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_properties->setObjectName(QStringLiteral("properties"));
    m_properties->clear(tr("Open a host with File ▸ Open Host…"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    // The properties pane, or for a host's Virtual machines the Master Status page.
    m_right->addWidget(m_properties);
    m_right->addWidget(m_vmStatus);
    // For a host's Checks node, the Checks page.
    m_right->addWidget(m_checks);
    // For its Setup node, the guide's steps as a checklist.
    m_right->addWidget(m_setup);
    connect(m_setup, &SetupPage::doItRequested, this, [this](const Finding &f) { fixFinding(currentHost(), f); });
    connect(m_checkFacts, &ChecksKeeper::factsChanged, this, &MainWindow::updateChecks);
    connect(m_checks, &ChecksPage::checkNowRequested, this, [this] { m_checkFacts->checkNow(currentHost()); });
    connect(m_checks, &ChecksPage::fixRequested, this,
            [this](const Finding &f) { fixFinding(currentHost(), f); });
    connect(m_checks, &ChecksPage::showRequested, this, [this](const Finding &f) {
        const QString area = findingArea(f.id);
        const QString host = currentHost();
        if (area == QLatin1String("vm"))
            selectObject(host, NodeKind::Vm, f.object);
        else if (area == QLatin1String("storage"))
            selectObject(host, NodeKind::Mirror, f.object) || selectObject(host, NodeKind::Disk, f.object);
        else if (area == QLatin1String("network"))
            selectObject(host, NodeKind::Team, f.object) || selectObject(host, NodeKind::Nic, f.object)
                || selectObject(host, NodeKind::Bridge, f.object);
    });
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 680});
    setCentralWidget(splitter);

    auto *dock = new QDockWidget(tr("Event Log"), this);
    dock->setObjectName(QStringLiteral("eventLogDock"));
    dock->setWidget(m_log);
    connect(m_log, &EventLog::objectActivated, this, &MainWindow::showEventObject);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {180}, Qt::Vertical);

    statusBar()->addWidget(m_status, 1);
    createActions();
    if (QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addAction(dock->toggleViewAction());

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        // A VM's page reads its definition (disks, NICs) each time it opens.
        const Selection at = currentSelection();
        if (at.kind == NodeKind::Vm && at.session && at.snapshot && !at.snapshot->isCapture)
            at.session->readVmConfig(at.object);
        updateProperties();
        m_closeAction->setEnabled(!currentHost().isEmpty());
        m_refreshAction->setEnabled(!currentHost().isEmpty());
        m_exportAction->setEnabled(!currentHost().isEmpty());
        m_saveBundleAction->setEnabled(!currentHost().isEmpty());
        setWindowTitle(currentHost().isEmpty() ? tr("ftconsole") : tr("ftconsole — %1").arg(currentHost()));
    });
    resize(1100, 760);
    // Keyboard users start in the tree: arrows walk the host, the menus act on it.
    m_tree->setFocus();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Before the sessions stop: a worker reconnecting or asking for a password now
    // gets a refusal at once instead of waiting on an event loop that has ended.
    m_prompter->close();
    for (HostEntry &entry : m_hosts)
        entry.session->stop();
    GuiPrompter *prompter = m_prompter;
    HostSession::deleteWhenSessionsEnd([prompter] { delete prompter; });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(StateStyle::icon(QStringLiteral("open-host")), tr("&Open Host…"), this,
                                    &MainWindow::showConnectDialog);
    open->setShortcut(QKeySequence::Open);
    m_closeAction = file->addAction(StateStyle::icon(QStringLiteral("close-host")), tr("&Close Host"), this,
                                    &MainWindow::closeCurrentHost);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export Report…"), this, &MainWindow::exportReport);
    m_exportAction->setObjectName(QStringLiteral("exportReport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("The selected host's configuration, checks and last events as PDF, HTML, JSON or "
                                  "CSV"));
    m_exportAction->setEnabled(false);
    QAction *exportLog = file->addAction(tr("Export Event &Log…"), m_log, &EventLog::exportCsv);
    exportLog->setObjectName(QStringLiteral("exportEventLog"));
    exportLog->setToolTip(tr("The events the log shows (its filter and search apply) as CSV"));
    m_saveBundleAction = file->addAction(tr("Save Support &Bundle…"), this, &MainWindow::saveBundle);
    m_saveBundleAction->setObjectName(QStringLiteral("saveBundle"));
    m_saveBundleAction->setToolTip(tr("The selected host's raw outputs in a folder, to attach to a ticket and open "
                                      "anywhere as a read-only capture"));
    m_saveBundleAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = view->addAction(StateStyle::icon(QStringLiteral("refresh")), tr("&Refresh Now"), this,
                                      &MainWindow::refreshCurrentHost);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);
    view->addSeparator();

    m_storage = new StorageActions(this);
    menuBar()->addMenu(m_storage->menu());
    connect(m_storage, &StorageActions::planRequested, this,
            [this](const QString &host, const Plan &plan) { previewPlan(host, plan); });
    connect(m_storage, &StorageActions::mirrorApplied, this, [this](const QString &host, const QString &mirror) {
        // A new mirror appears with the refresh that follows the plan.
        if (!selectObject(host, NodeKind::Mirror, mirror))
            m_pendingSelect = {host, NodeKind::Mirror, mirror};
    });
    m_network = new NetworkActions(this);
    menuBar()->addMenu(m_network->menu());
    connect(m_network, &NetworkActions::teamBuilt, this, [this](const QString &host, const QString &bond) {
        if (!selectObject(host, NodeKind::Team, bond))
            m_pendingSelect = {host, NodeKind::Team, bond};
    });
    connect(m_network, &NetworkActions::identified, this,
            [this](const QString &host, const QString &adapter, const QString &problem) {
                m_log->append(HostEvent{QDateTime::currentDateTime(), host, adapter,
                                        problem.isEmpty() ? tr("%1: port LED blinked for 10 seconds").arg(adapter)
                                                          : problem,
                                        problem.isEmpty() ? HostEvent::Severity::Info : HostEvent::Severity::Warning});
            });
    m_vms = new VmActions(this, [this](const QString &host, const Plan &plan) { return runPlan(host, plan); });
    menuBar()->addMenu(m_vms->menu());
    connect(m_vms, &VmActions::planRequested, this,
            [this](const QString &host, const Plan &plan) { previewPlan(host, plan); });
    connect(m_vms, &VmActions::vmCreated, this, [this](const QString &host, const QString &vm) {
        // A new VM appears with the refresh that follows the plan.
        if (!selectObject(host, NodeKind::Vm, vm))
            m_pendingSelect = {host, NodeKind::Vm, vm};
    });
    connect(m_vms, &VmActions::busyChanged, this, [this](const QString &host) {
        if (currentHost() == host)
            m_vmStatus->setBusy(m_vms->busyOn(host));
    });
    connect(m_vmStatus, &VmStatusPage::currentVmChanged, this, [this](const QString &vm) {
        m_vms->setCurrentVm(vm);
        m_vmStatus->setActions(m_vms->buttons(), m_vms->contextActions());
    });
    connect(m_vmStatus, &VmStatusPage::vmActivated, this,
            [this](const QString &vm) { selectObject(currentHost(), NodeKind::Vm, vm); });
    m_hostActions = new HostActions(this);
    connect(m_hostActions, &HostActions::planRequested, this,
            [this](const QString &host, const Plan &plan) { previewPlan(host, plan); });
    menuBar()->addMenu(m_hostActions->menu());
    m_demo = new DemoMenu(this);
    menuBar()->addMenu(m_demo->menu());
    connect(m_demo, &DemoMenu::runRequested, this, [this](const QString &host, const Plan &plan) { runPlan(host, plan); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *manual = help->addAction(tr("ftconsole &Manual"), this, [this] {
        auto *dialog = new ManualDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    manual->setObjectName(QStringLiteral("helpManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(findChildren<QAction *>(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    keys->setObjectName(QStringLiteral("helpShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About ftconsole"), this, [this] {
        QMessageBox::about(this, tr("About ftconsole"),
                           tr("<b>ftconsole</b> %1<br>A console for fault-tolerant Linux virtualization hosts: "
                              "mirrored disks, adapter teams and virtual machines.")
                               .arg(QStringLiteral(FT_VERSION)));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(open);
    bar->addAction(m_closeAction);
    bar->addAction(m_refreshAction);

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->addActions({open, m_closeAction, m_refreshAction});
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
}

bool MainWindow::openHost(const QString &text, QString *error)
{
    HostSpec spec;
    QString why;
    if (!parseHostSpec(text, &spec, &why)) {
        if (error)
            *error = why;
        m_log->append(HostEvent{QDateTime::currentDateTime(), text, QString(), why, HostEvent::Severity::Error});
        return false;
    }
    openHost(spec);
    return true;
}

void MainWindow::openHost(const HostSpec &given)
{
    HostSpec spec = given;
    const QString label = spec.label();
    // --libvirt-uri holds for this run; the host's own setting (Host ▸
    // Libvirt Connection) otherwise.
    if (spec.libvirtUri.isEmpty())
        spec.libvirtUri = m_libvirtUri.isEmpty() ? loadLibvirtUri(label) : m_libvirtUri;
    if (m_hosts.contains(label)) {
        selectObject(label, NodeKind::Host, label);
        return;
    }
    auto *session = new HostSession(spec, m_prompter, this);
    auto *name = new QStandardItem;
    auto *state = new QStandardItem;
    name->setEditable(false);
    state->setEditable(false);
    m_model->appendRow({name, state});

    HostEntry &entry = m_hosts[label];
    m_checkFacts->watch(label, session);
    entry.spec = spec;
    entry.session = session;
    entry.item = name;
    entry.view.label = label;
    entry.view.state = ConnectionState::Connecting;
    updateHostItem(entry);

    connect(session, &HostSession::snapshotReady, this,
            [this, label](const HostSnapshotPtr &s) { onSnapshot(label, s); });
    connect(session, &HostSession::stateChanged, this,
            [this, label](ConnectionState st, const QString &message) { onStateChanged(label, st, message); });
    connect(session, &HostSession::vmConfigRead, this, [this, label](int, const VmConfigReading &reading) {
        auto it = m_hosts.find(label);
        if (it == m_hosts.end())
            return;
        it->view.vmConfigs.insert(reading.vm, reading);
        if (currentHost() == label)
            updateProperties();
    });
    connect(session, &HostSession::bundleSaved, this, [this, label](int, bool ok, const QString &message) {
        m_status->setText(message);
        m_log->append(HostEvent{QDateTime::currentDateTime(), label, QString(), message,
                                ok ? HostEvent::Severity::Info : HostEvent::Severity::Error});
        if (!ok)
            QMessageBox::warning(this, tr("Save Support Bundle"), message);
    });
    connect(session, &HostSession::eventsDetected, this, [this](const QList<HostEvent> &events) {
        m_log->append(events);
        for (const HostEvent &e : events)
            if (e.acknowledge)
                askAcknowledgement(e);
    });
    connect(session, &HostSession::planStepFinished, this,
            [this, label](int, int index, int count, const QString &title, bool ok, const QString &detail) {
                const QString text = ok ? tr("Step %1 of %2 done: %3").arg(index + 1).arg(count).arg(title)
                                        : tr("Step %1 of %2 failed: %3: %4")
                                              .arg(index + 1)
                                              .arg(count)
                                              .arg(title, detail.section(QLatin1Char('\n'), 0, 0));
                m_log->append(HostEvent{QDateTime::currentDateTime(), label, QString(), text,
                                        ok ? HostEvent::Severity::Info : HostEvent::Severity::Error});
            });
    connect(session, &HostSession::journalFailed, this, [this, label](const QString &why) {
        m_log->append(HostEvent{QDateTime::currentDateTime(), label, QString(),
                                tr("The operation was not recorded in the history: %1").arg(why),
                                HostEvent::Severity::Warning});
    });
    connect(session, &HostSession::planFinished, this, [this, label](int, bool ok, const QString &message) {
        // The session logs the plan's outcome itself (eventsDetected).
        Q_UNUSED(message);
        m_status->setText(ok ? tr("%1: plan applied").arg(label) : tr("%1: plan failed").arg(label));
        // What a plan changed may change what the checks' facts say.
        m_checkFacts->checkNow(label);
    });

    // Recent hosts holds addresses that answered (rememberRecent on the
    // first snapshot), not every typo.
    saveOpenHosts();
    if (!m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(name->index());
    m_log->append(HostEvent{QDateTime::currentDateTime(), label, QString(), tr("Opening %1").arg(label),
                            HostEvent::Severity::Info});
    // The admin's module placement, before the first read.
    session->setModuleOverrides(loadModuleOverrides(label));
    session->start(m_intervalMs);
}

bool MainWindow::confirmLeaving(const QStringList &hosts)
{
    QStringList busy;
    QStringList syncing;   // "md2 on demo (34.8 %)"
    for (const QString &h : hosts) {
        const auto it = m_hosts.constFind(h);
        if (it == m_hosts.cend())
            continue;
        if (!it->session->runningPlans().isEmpty())
            busy << h;
        if (const HostSnapshotPtr s = it->session->latest(); s && !s->isCapture)
            for (const Mirror &m : s->mirrors)
                if (m.sync && m.sync->percent >= 0)
                    syncing << tr("%1 on %2 (%3 %)").arg(m.name, h).arg(m.sync->percent, 0, 'f', 1);
    }
    // Both questions keep the host open unless the admin picks the first button.
    const auto ask = [this](QMessageBox::Icon icon, const QString &name, const QString &title, const QString &text,
                            const QString &info, const QString &go, QMessageBox::ButtonRole goRole, const QString &stay) {
        QMessageBox box(icon, title, text, QMessageBox::NoButton, this);
        box.setObjectName(name);
        box.setInformativeText(info);
        QPushButton *yes = box.addButton(go, goRole);
        box.setDefaultButton(box.addButton(stay, QMessageBox::RejectRole));
        box.exec();
        return box.clickedButton() == yes;
    };
    if (busy.isEmpty() && !syncing.isEmpty())
        // md goes on without the console; closing loses only the live view.
        return ask(QMessageBox::Question, QStringLiteral("confirmLeavingSync"), tr("A virtual disk is synchronizing"),
                   tr("Still synchronizing: %1.").arg(syncing.join(QStringLiteral(", "))),
                   tr("The synchronization goes on on the host without the console; you will not see when it ends "
                      "until you open the host again."),
                   tr("Close Anyway"), QMessageBox::AcceptRole, tr("Keep Open"));
    if (busy.isEmpty())
        return true;
    return ask(QMessageBox::Warning, QStringLiteral("confirmLeaving"), tr("An operation is running"),
               tr("An operation is running on %1.").arg(busy.join(QStringLiteral(", "))),
               tr("If you close now, the console stops after the step that is running: the host is left partway, as "
                  "the operation history will say. Wait for it to finish, or stop it here."),
               tr("Stop and Close"), QMessageBox::DestructiveRole, tr("Keep Running"));
}

void MainWindow::closeHost(const QString &label, bool ask)
{
    auto it = m_hosts.find(label);
    if (it == m_hosts.end())
        return;
    if (ask && !confirmLeaving({label}))
        return;
    it = m_hosts.find(label);   // the question ran an event loop
    if (it == m_hosts.end())
        return;
    HostSession *session = it->session;
    const int row = it->item->row();
    m_hosts.erase(it);
    m_checkFacts->forget(label);
    session->disconnect(this);
    session->stop();
    session->deleteLater();
    m_model->removeRow(row);
    m_log->append(HostEvent{QDateTime::currentDateTime(), label, QString(), tr("Closed %1").arg(label),
                            HostEvent::Severity::Info});
    saveOpenHosts();
    if (m_hosts.isEmpty())
        m_properties->clear(tr("Open a host with File ▸ Open Host…"));
    else
        updateProperties();
}

void MainWindow::openStartupHosts()
{
    const QStringList saved = QSettings().value(QLatin1String(kOpenKey)).toStringList();
    int opened = 0;
    for (const QString &text : saved)
        if (openHost(text))
            ++opened;
    if (opened == 0)
        openHost(QStringLiteral("demo"));
}

QStringList MainWindow::openHosts() const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out << m_model->item(r, 0)->data(HostRole).toString();
    return out;
}

QStringList MainWindow::recentHosts() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

int MainWindow::snapshotCount(const QString &host) const
{
    auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? 0 : it->snapshots;
}

bool MainWindow::selectObject(const QString &host, NodeKind kind, const QString &object)
{
    auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend())
        return false;
    // Depth-first: objects appear more than once (a disk under its module and under
    // Physical disks); the first is as good as any.
    QList<QStandardItem *> stack{it->item};
    while (!stack.isEmpty()) {
        QStandardItem *item = stack.takeFirst();
        if (item->data(KindRole).toInt() == int(kind) && item->data(ObjectRole).toString() == object) {
            m_tree->setCurrentIndex(item->index());
            m_tree->scrollTo(item->index());
            return true;
        }
        for (int r = item->rowCount() - 1; r >= 0; --r)
            stack.prepend(item->child(r, 0));
    }
    return false;
}

bool MainWindow::showEventObject(const QString &host, const QString &object)
{
    // An event names its object by name only; names do not clash across kinds
    // on one host (md1, sdf, bond0, eth0, DC1), so the first kind that has it wins.
    if (!object.isEmpty())
        for (NodeKind kind : {NodeKind::Mirror, NodeKind::Disk, NodeKind::Team, NodeKind::Bridge, NodeKind::Nic, NodeKind::Vm})
            if (selectObject(host, kind, object))
                return true;
    return selectObject(host, NodeKind::Host, host);
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(recentHosts(), this);
    if (dialog.exec() == QDialog::Accepted)
        openHost(dialog.spec());
}

QString MainWindow::currentHost() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(HostRole).toString() : QString();
}

void MainWindow::closeCurrentHost()
{
    const QString host = currentHost();
    if (!host.isEmpty())
        closeHost(host);
}

void MainWindow::refreshCurrentHost()
{
    auto it = m_hosts.find(currentHost());
    if (it == m_hosts.end())
        return;
    // A host that failed for good (refused, unknown key, gone) is opened
    // again from scratch: Refresh Now is its Retry.
    if (it->view.state == ConnectionState::Failed) {
        const HostSpec spec = it->spec;
        const QString label = it.key();
        m_log->append(HostEvent{QDateTime::currentDateTime(), label, QString(), tr("Retrying %1").arg(label),
                                HostEvent::Severity::Info});
        closeHost(label, false);
        openHost(spec);
        selectObject(label, NodeKind::Host, label);
        return;
    }
    // "Refresh now" reads everything again, sudoers included: an admin who just
    // added a rule expects the action to come alive.
    m_storage->forgetPrivileges(it.key());
    it->session->refreshNow();
}

void MainWindow::onSnapshot(const QString &label, const HostSnapshotPtr &snapshot)
{
    auto it = m_hosts.find(label);
    if (it == m_hosts.end() || !snapshot)
        return;
    HostEntry &entry = *it;
    entry.view.snapshot = snapshot;
    if (++entry.snapshots == 1)
        rememberRecent(label);
    // A snapshot means the host answers, whatever order the signals came in.
    if (entry.view.state != ConnectionState::Connected) {
        entry.view.state = ConnectionState::Connected;
        entry.view.message.clear();
    }
    updateHostItem(entry);
    m_checkFacts->snapshotArrived(label);
    updateChecks(label);   // the tree, with the findings marked
    if (!entry.expanded) {
        // First look: open the parts an administrator checks first.
        entry.expanded = true;
        m_tree->expand(entry.item->index());
        for (int r = 0; r < entry.item->rowCount(); ++r) {
            QStandardItem *child = entry.item->child(r, 0);
            const QString id = child->data(ObjectRole).toString();
            if (id == QLatin1String(groups::Storage) || id == QLatin1String(groups::Modules))
                m_tree->expand(child->index());
            if (id == QLatin1String(groups::Storage))
                for (int c = 0; c < child->rowCount(); ++c)
                    if (child->child(c, 0)->data(ObjectRole).toString() == QLatin1String(groups::VirtualDisks))
                        m_tree->expand(child->child(c, 0)->index());
        }
    }
    if (m_pendingSelect.host == label
        && selectObject(label, m_pendingSelect.kind, m_pendingSelect.object))
        m_pendingSelect = PendingSelection{};
    if (currentHost() == label)
        updateProperties();
    m_status->setText(snapshot->isCapture
                          ? tr("%1: read-only capture from %2")
                                .arg(label, QLocale().toString(snapshot->takenAt.toLocalTime(), QLocale::LongFormat))
                          : tr("%1: refreshed at %2")
                                .arg(label, QLocale().toString(snapshot->takenAt.toLocalTime().time(), QLocale::LongFormat)));
    if (!m_firstSnapshotShown) {
        m_firstSnapshotShown = true;
        emit firstSnapshotShown();
    }
}

void MainWindow::onStateChanged(const QString &label, ConnectionState state, const QString &message)
{
    auto it = m_hosts.find(label);
    if (it == m_hosts.end())
        return;
    it->view.state = state;
    it->view.message = message;
    updateHostItem(*it);
    if (currentHost() == label)
        updateProperties();

    // The session logs its own state changes as events (eventsDetected); logging
    // them here too would show each twice.
    if (state == ConnectionState::Failed)
        emit hostFailed(label, message);
}

void MainWindow::updateHostItem(HostEntry &entry)
{
    NodeSpec spec;
    spec.kind = NodeKind::Host;
    spec.object = entry.view.label;
    spec.key = QStringLiteral("host:") + entry.view.label;
    spec.iconId = QStringLiteral("host");
    const HostSnapshot *s = entry.view.snapshot.get();
    spec.text = s && !s->info.name.isEmpty() && s->info.name != entry.view.label
                    ? tr("%1 (%2)").arg(entry.view.label, s->info.name)
                    : entry.view.label;
    spec.hasTone = true;
    spec.tone = StateStyle::tone(entry.view.state);
    if (entry.view.state == ConnectionState::Connected)
        spec.tone = worseTone(spec.tone, entry.worstBelow);
    spec.state = StateStyle::text(entry.view.state);
    // A capture never "connects": it is what the host said when it was taken.
    if (s && s->isCapture && entry.view.state == ConnectionState::Connected) {
        spec.state = tr("Capture from %1").arg(QLocale().toString(s->takenAt.toLocalTime(), QLocale::ShortFormat));
        spec.tone = worseTone(BadgeTone::Neutral, entry.worstBelow);
    }
    spec.toolTip = entry.view.message.isEmpty() ? spec.text : spec.text + QLatin1Char('\n') + entry.view.message;
    QStandardItem *stateItem = m_model->item(entry.item->row(), 1);
    applyNode(entry.item, stateItem, spec, entry.view.label);
    stateItem->setToolTip(plainToolTip(spec.toolTip));
}

void MainWindow::updateProperties()
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (!index.isValid()) {
        m_properties->clear(m_hosts.isEmpty() ? tr("Open a host with File ▸ Open Host…")
                                              : tr("Select an item in the tree."));
        updateAreas();
        return;
    }
    auto it = m_hosts.constFind(index.data(HostRole).toString());
    if (it == m_hosts.cend())
        return;
    const NodeKind kind = NodeKind(index.data(KindRole).toInt());
    if (kind == NodeKind::Group && index.data(ObjectRole).toString() == QLatin1String(groups::Vms)) {
        m_right->setCurrentWidget(m_vmStatus);
        m_vmStatus->setSnapshot(it->view.snapshot);
        m_vmStatus->setCheckFacts(it->view.checkFacts);
        m_vmStatus->setBusy(m_vms->busyOn(it.key()));
        updateAreas();
        return;
    }
    if (kind == NodeKind::Group && index.data(ObjectRole).toString() == QLatin1String(groups::Setup)) {
        m_right->setCurrentWidget(m_setup);
        updateCheckPages(it.key());
        updateAreas();
        return;
    }
    if (kind == NodeKind::Group && index.data(ObjectRole).toString() == QLatin1String(groups::Checks)) {
        m_right->setCurrentWidget(m_checks);
        updateCheckPages(it.key());
        updateAreas();
        return;
    }
    m_right->setCurrentWidget(m_properties);
    const PaneContent content = NodeDetails::describe(it->view, kind, index.data(ObjectRole).toString());
    m_properties->setHeader(content.icon, content.title, content.subtitle);
    m_properties->setRows(content.rows);
    updateAreas();
}

void MainWindow::updateChecks(const QString &host)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || !it->view.snapshot)
        return;
    const HostSnapshot &s = *it->view.snapshot;
    const QList<Finding> findings = m_checkFacts->findings(host, s);
    it->view.findings = findings;
    it->view.checkFacts = m_checkFacts->facts(host);
    if (m_vmStatus->isVisible() && m_tree->currentIndex().data(HostRole).toString() == host)
        m_vmStatus->setCheckFacts(it->view.checkFacts);
    // The host's nodes, its findings marked, and the Checks node: the findings
    // follow the facts as well as the snapshot.
    QList<NodeSpec> children = buildHostChildren(s);
    markFindings(children, findings);
    // What the host's own objects say (mirrors, teams, adapters, their
    // findings) rolls up to the host; the Checks node only counts them.
    it->worstBelow = rollUpTones(children);
    children << setupNode(findings) << checksNode(findings);
    syncChildren(it->item, children, host);
    updateHostItem(*it);
    updateCheckPages(host);
}

void MainWindow::updateCheckPages(const QString &host)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || !it->view.snapshot || currentHost() != host
        || (m_right->currentWidget() != m_setup && m_right->currentWidget() != m_checks))
        return;
    const HostSnapshot &s = *it->view.snapshot;
    const QList<Finding> &findings = it->view.findings;
    const QSet<QString> fixable = fixableFindings(host);
    const QString name = s.info.name.isEmpty() ? host : s.info.name;
    if (m_right->currentWidget() == m_setup)
        m_setup->setSteps(name, setupSteps(findings), fixable);
    if (m_right->currentWidget() != m_checks)
        return;
    m_checks->setFindings(name, findings, m_checkFacts->factsNote(host), fixable);
    m_checks->setBusy(m_checkFacts->busy(host));
}

void MainWindow::askAcknowledgement(const HostEvent &e)
{
    // Not modal: the admin may need the console to look at the mirror, but the
    // box stays until it is acknowledged.
    auto *box = new QMessageBox(QMessageBox::Critical, tr("%1 on %2").arg(e.message, e.host),
                                tr("%1 on %2.").arg(e.message, e.host), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("acknowledge"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Its data may be lost. Do not write to its member disks: reseat or reconnect the disks "
                               "that failed, and see the Checks page for what to do next."));
    box->addButton(tr("Acknowledge"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    const QString host = e.host, object = e.object;
    connect(box, &QMessageBox::accepted, this, [this, host, object] {
        m_log->append(HostEvent{QDateTime::currentDateTime(), host, object, tr("%1: acknowledged").arg(object),
                                HostEvent::Severity::Info});
    });
    box->show();
}

void MainWindow::exportReport()
{
    const QString host = currentHost();
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || !it->view.snapshot) {
        QMessageBox::information(this, tr("Export Report"), tr("%1 has not been read yet: nothing to report.").arg(host));
        return;
    }
    const HostSnapshot &s = *it->view.snapshot;
    const QString base = (s.info.name.isEmpty() ? QStringLiteral("host") : s.info.name) + QStringLiteral("-report");
    QString filter;
    const QString pdf = tr("PDF document (*.pdf)"), html = tr("Web page, one file (*.html)"), json = tr("JSON (*.json)"),
                  csv = tr("CSV, one file per table, in a folder (*)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report of %1").arg(host),
                                                QDir::home().filePath(base + QStringLiteral(".pdf")),
                                                QStringList{pdf, html, json, csv}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString format = filter == html ? QStringLiteral("html")
        : filter == json                  ? QStringLiteral("json")
        : filter == csv                   ? QStringLiteral("csv")
                                          : QStringLiteral("pdf");
    if (format != QLatin1String("csv") && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    const ReportInput input{it->view.snapshot, it->view.findings, m_log->events(host, 50), QDateTime::currentDateTime()};
    QString error;
    if (!writeReportFile(input, format, path, &error)) {
        QMessageBox::warning(this, tr("Export Report"), error);
        return;
    }
    m_status->setText(tr("%1: report written to %2").arg(host, path));
}

void MainWindow::saveBundle()
{
    const QString host = currentHost();
    auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return;
    const QString dir = QFileDialog::getSaveFileName(
        this, tr("Save Support Bundle of %1").arg(host),
        QDir::home().filePath(QStringLiteral("ftconsole-bundle-%1")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))),
        QString(), nullptr, QFileDialog::ShowDirsOnly);
    if (dir.isEmpty())
        return;
    m_status->setText(tr("%1: saving a support bundle to %2…").arg(host, dir));
    it->session->saveBundle(dir);
}

QSet<QString> MainWindow::fixableFindings(const QString &host) const
{
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend() || !it->view.snapshot || it->view.snapshot->isCapture)
        return {};
    QSet<QString> fixable{QStringLiteral("storage.mirror-simplex"), QStringLiteral("storage.mirror-degraded"),
                          QStringLiteral("storage.mirror-one-module"), QStringLiteral("storage.unmirrored-disk"),
                          QStringLiteral("network.unteamed-adapter"), QStringLiteral("network.no-team"),
                          QStringLiteral("network.team-single-module"), QStringLiteral("vm.autostart-off"),
                          QStringLiteral("vm.cpu-reservations")};
    if (it->view.snapshot->libvirtGuests.known)
        fixable << QStringLiteral("vm.save-on-stop");
    if (!teamBridge(*it->view.snapshot).isEmpty())
        fixable << QStringLiteral("network.vms-not-on-team") << QStringLiteral("vm.nic-not-on-team");
    // The host OS fixes need the facts they are planned from.
    const CheckFacts facts = m_checkFacts->facts(host);
    if (planWatchdogOn(*it->view.snapshot, facts).errors.isEmpty())
        fixable << QStringLiteral("host.watchdog");
    if (planAutoUpdatesOff(*it->view.snapshot, facts).errors.isEmpty())
        fixable << QStringLiteral("host.auto-updates");
    return fixable;
}

void MainWindow::fixFinding(const QString &host, const Finding &f)
{
    // Each opens the action an admin would pick by hand, on the object: its
    // own preview and plan follow.
    const QString id = f.id;
    if (id == QLatin1String("storage.unmirrored-disk")) {
        if (selectObject(host, NodeKind::Disk, f.object))
            m_storage->addToMirrorAction()->trigger();
    } else if (id.startsWith(QLatin1String("storage.mirror-"))) {
        if (selectObject(host, NodeKind::Mirror, f.object))
            m_storage->addDiskAction()->trigger();
    } else if (id == QLatin1String("network.vms-not-on-team")) {
        moveVmsToTeamBridge(host, f.object);
    } else if (id == QLatin1String("vm.nic-not-on-team")) {
        moveVmsToTeamBridge(host, QString());
    } else if (id.startsWith(QLatin1String("network."))) {
        if (!selectObject(host, NodeKind::Nic, f.object))
            selectObject(host, NodeKind::Host, host);
        m_network->newTeamAction()->trigger();
    } else if (id == QLatin1String("vm.autostart-off")) {
        if (selectObject(host, NodeKind::Vm, f.object) && !m_vms->autostartAction()->isChecked())
            m_vms->autostartAction()->trigger();
    } else if (id == QLatin1String("vm.cpu-reservations")) {
        selectObject(host, NodeKind::Group, QLatin1String(groups::Vms));
    } else if (id == QLatin1String("host.watchdog") || id == QLatin1String("host.auto-updates")) {
        auto it = m_hosts.find(host);
        if (it == m_hosts.end() || !it->view.snapshot)
            return;
        const CheckFacts facts = m_checkFacts->facts(host);
        previewPlan(host, id == QLatin1String("host.watchdog") ? planWatchdogOn(*it->view.snapshot, facts)
                                                               : planAutoUpdatesOff(*it->view.snapshot, facts));
    } else if (id == QLatin1String("vm.save-on-stop")) {
        if (selectObject(host, NodeKind::Host, host) && !m_hostActions->saveVmStatesAction()->isChecked())
            m_hostActions->saveVmStatesAction()->trigger();
    }
}

void MainWindow::moveVmsToTeamBridge(const QString &host, const QString &fromBridge)
{
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend() || !it->session || !it->view.snapshot)
        return;
    const HostSnapshotPtr snapshot = it->view.snapshot;
    const QString to = teamBridge(*snapshot);
    // fromBridge empty: every VM, wherever its NICs are.
    QStringList vms;
    for (const Bridge &b : snapshot->bridges)
        if (b.name == fromBridge)
            vms = b.vms;
    if (fromBridge.isEmpty())
        for (const Vm &v : snapshot->vms)
            vms << v.name;
    if (to.isEmpty() || vms.isEmpty())
        return;
    // Each VM's definition (its NICs' MACs) is read first; one plan for all.
    struct Pending {
        QSet<int> ids;
        QList<VmConfigReading> configs;
        QMetaObject::Connection connection;
    };
    auto pending = std::make_shared<Pending>();
    HostSession *session = it->session;
    pending->connection = connect(session, &HostSession::vmConfigRead, this,
                                  [this, host, fromBridge, to, snapshot, pending](int id, const VmConfigReading &r) {
                                      if (!pending->ids.remove(id))
                                          return;
                                      pending->configs << r;
                                      if (!pending->ids.isEmpty())
                                          return;
                                      disconnect(pending->connection);
                                      previewPlan(host, planVmsToBridge(*snapshot, pending->configs, fromBridge, to,
                                                                        snapshot->libvirtUri.toUtf8()));
                                  });
    for (const QString &vm : std::as_const(vms))
        pending->ids << session->readVmConfig(vm);
}

Selection MainWindow::currentSelection() const
{
    Selection t;
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (!index.isValid())
        return t;
    t.host = index.data(HostRole).toString();
    t.kind = NodeKind(index.data(KindRole).toInt());
    t.object = index.data(ObjectRole).toString();
    if (t.kind == NodeKind::Mirror) {
        t.mirror = t.object;
    } else if (t.kind == NodeKind::MirrorMember) {
        t.mirror = t.object.section(QLatin1Char('/'), 0, 0);
        t.member = t.object.section(QLatin1Char('/'), 1);
    }
    auto it = m_hosts.constFind(t.host);
    if (it != m_hosts.cend()) {
        t.session = it->session;
        t.snapshot = it->view.snapshot;
    }
    return t;
}

void MainWindow::updateAreas()
{
    const Selection selection = currentSelection();
    m_storage->select(selection);
    m_hostActions->select(selection);
    m_vms->select(selection);
    m_network->select(selection);
    m_demo->select(selection);
    if (m_right->currentWidget() == m_vmStatus) {
        m_vms->setCurrentVm(m_vmStatus->currentVm());
        m_vmStatus->setActions(m_vms->buttons(), m_vms->contextActions());
    } else if (!m_properties->title().isEmpty()) {
        m_properties->setActions(m_storage->buttons() + m_network->buttons() + m_hostActions->buttons()
                                 + m_vms->buttons());
    }
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    const QList<QAction *> area = m_storage->contextActions() + m_network->contextActions() + m_vms->contextActions()
        + m_hostActions->contextActions();
    menu.addActions(area);
    if (!area.isEmpty())
        menu.addSeparator();
    menu.addActions(m_tree->actions());
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

HostSession *MainWindow::session(const QString &host) const
{
    auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? nullptr : it->session;
}

QList<QPointF> MainWindow::syncSpeedHistory(const QString &host, const QString &mirror) const
{
    auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend() || !it->view.snapshot || !it->view.snapshot->history)
        return {};
    return it->view.snapshot->history->syncSpeed.value(mirror);
}

QMenu *MainWindow::demoMenu() const
{
    return m_demo->menu();
}

AddDiskWizard *MainWindow::startAddDiskWizard(const QString &host, NodeKind kind, const QString &object)
{
    auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend())
        return nullptr;
    Selection at;
    at.host = host;
    at.kind = kind;
    at.object = object;
    at.session = it->session;
    at.snapshot = it->view.snapshot;
    return m_storage->openAddDiskWizard(at);
}

PlanDialog *MainWindow::previewPlan(const QString &host, const Plan &plan)
{
    auto *dialog = new PlanDialog(plan, session(host), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, host, dialog] {
        runPlan(host, dialog->plan(), dialog->confirmation());
    });
    dialog->show();
    return dialog;
}

int MainWindow::runPlan(const QString &host, const Plan &plan, const QString &confirmation)
{
    HostSession *s = session(host);
    if (!s)
        return 0;
    m_log->append(HostEvent{QDateTime::currentDateTime(), host, QString(), tr("Applying: %1").arg(plan.title),
                            HostEvent::Severity::Info});
    return s->applyPlan(plan, confirmation);
}

void MainWindow::rememberRecent(const QString &label)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(label);
    recent.prepend(label);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
}

void MainWindow::saveOpenHosts() const
{
    QSettings().setValue(QLatin1String(kOpenKey), openHosts());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeaving(m_hosts.keys())) {
        event->ignore();
        return;
    }
    saveOpenHosts();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
    // Closing the main window ends the program; a host key or password dialog
    // popping up while it shuts down would only be answered by quitting anyway.
    if (event->isAccepted())
        m_prompter->close();
}

} // namespace ftc
