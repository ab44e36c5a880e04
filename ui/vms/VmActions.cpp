#include "VmActions.h"

#include "CreateVmWizard.h"
#include "VmCpuDialog.h"
#include "VmEditDialog.h"
#include "ResourcePlannerDialog.h"
#include "VmConsoleWindow.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace ftc {

namespace {

QString busyWord(VmAction a)
{
    switch (a) {
    case VmAction::Start: return VmActions::tr("Starting…");
    case VmAction::Shutdown: return VmActions::tr("Shutting down…");
    case VmAction::TurnOff: return VmActions::tr("Turning off…");
    case VmAction::Save: return VmActions::tr("Saving state…");
    case VmAction::Reset: return VmActions::tr("Resetting…");
    case VmAction::Pause: return VmActions::tr("Pausing…");
    case VmAction::Resume: return VmActions::tr("Resuming…");
    }
    return {};
}

} // namespace

VmActions::VmActions(QWidget *window, std::function<int(const QString &, const Plan &)> run)
    : QObject(window), m_window(window), m_run(std::move(run))
{
    m_ask = [this](const QString &title, const QString &text) {
        return QMessageBox::question(m_window, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    createActions();
}

void VmActions::createActions()
{
    const struct {
        VmAction action;
        QString text;
        const char *id;
        QKeySequence key;
        QString tip;
    } lifecycle[] = {
        {VmAction::Start, tr("&Start"), "vmStart", QKeySequence(tr("Ctrl+Shift+S")),
         tr("Start the VM, or restore its saved state")},
        {VmAction::Shutdown, tr("Shut &Down"), "vmShutdown", QKeySequence(tr("Ctrl+Shift+D")),
         tr("Ask the guest operating system to shut down")},
        {VmAction::TurnOff, tr("Turn &Off…"), "vmTurnOff", QKeySequence(tr("Ctrl+Shift+O")),
         tr("Stop the VM at once, as pulling its plug would")},
        {VmAction::Save, tr("Sa&ve State"), "vmSave", QKeySequence(tr("Ctrl+Shift+V")),
         tr("Save the VM's memory to disk and stop it; Start restores it")},
        {VmAction::Reset, tr("R&eset…"), "vmReset", QKeySequence(tr("Ctrl+Shift+E")),
         tr("Restart the VM at once, as its reset button would")},
        {VmAction::Pause, tr("&Pause"), "vmPause", QKeySequence(tr("Ctrl+Shift+P")), tr("Stop running the VM's CPUs")},
        {VmAction::Resume, tr("Res&ume"), "vmResume", QKeySequence(tr("Ctrl+Shift+U")), tr("Run the paused VM again")},
    };
    m_menu = new QMenu(tr("&Virtual Machine"), m_window);
    m_menu->setObjectName(QStringLiteral("vmMenu"));
    m_menu->setToolTipsVisible(true);
    m_create = new QAction(tr("&New Virtual Machine…"), this);
    m_create->setObjectName(QStringLiteral("vmCreate"));
    m_create->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_create->setShortcutContext(Qt::WindowShortcut);
    m_create->setToolTip(tr("Create a VM on the selected host: memory, a fixed-size disk on a mirror, a NIC on a team"));
    connect(m_create, &QAction::triggered, this, [this] { openCreateWizard(); });
    m_menu->addAction(m_create);
    m_window->addAction(m_create);
    m_planner = new QAction(tr("Resource &Planner…"), this);
    m_planner->setObjectName(QStringLiteral("vmPlanner"));
    m_planner->setToolTip(tr("Size the VMs from the servers they replace, against the host (kept with the host)"));
    connect(m_planner, &QAction::triggered, this, [this] { openPlanner(); });
    m_menu->addAction(m_planner);
    m_menu->addSeparator();
    for (const auto &l : lifecycle) {
        auto *a = new QAction(l.text, this);
        a->setObjectName(QString::fromLatin1(l.id));
        a->setShortcut(l.key);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setToolTip(l.tip);
        const VmAction which = l.action;
        connect(a, &QAction::triggered, this, [this, which] { trigger(which); });
        m_lifecycle.insert(int(l.action), a);
        m_menu->addAction(a);
        m_window->addAction(a);
        if (l.action == VmAction::Reset)
            m_menu->addSeparator();
    }
    m_menu->addSeparator();
    m_autostart = new QAction(tr("Start with &Host"), this);
    m_autostart->setObjectName(QStringLiteral("vmAutostart"));
    m_autostart->setCheckable(true);
    m_autostart->setToolTip(tr("Turn the VM on when the host starts (virsh autostart)"));
    connect(m_autostart, &QAction::triggered, this, [this](bool on) {
        if (const Vm *v = vm())
            emit planRequested(m_selection.host, planVmAutostart(*m_selection.snapshot, v->name, on,
                                                                 m_selection.snapshot->libvirtUri.toUtf8()));
        update();
    });
    m_saveOnStop = new QAction(tr("Save State When the Host S&tops"), this);
    m_saveOnStop->setObjectName(QStringLiteral("vmSaveOnStop"));
    m_saveOnStop->setCheckable(true);
    m_saveOnStop->setToolTip(tr("Recorded with the VM; the host's libvirt-guests setting carries it out"));
    connect(m_saveOnStop, &QAction::triggered, this, [this](bool on) {
        if (const Vm *v = vm())
            emit planRequested(m_selection.host, planVmSaveOnStop(*m_selection.snapshot, v->name, on,
                                                                  m_selection.snapshot->libvirtUri.toUtf8()));
        update();
    });
    m_cpu = new QAction(tr("&CPU Resources…"), this);
    m_cpu->setObjectName(QStringLiteral("vmCpu"));
    m_cpu->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_cpu->setToolTip(tr("Relative weight, reserved and maximum capacity"));
    connect(m_cpu, &QAction::triggered, this, [this] { openCpuDialog(); });
    m_window->addAction(m_cpu);
    m_console = new QAction(tr("&Remote Control…"), this);
    m_console->setObjectName(QStringLiteral("vmConsole"));
    m_console->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_console->setShortcutContext(Qt::WindowShortcut);
    m_console->setToolTip(tr("The VM's screen, keyboard and mouse, through the console's connection to the host"));
    connect(m_console, &QAction::triggered, this, [this] { openConsole(); });
    m_window->addAction(m_console);
    m_edit = new QAction(tr("Edit Con&figuration…"), this);
    m_edit->setObjectName(QStringLiteral("vmEdit"));
    m_edit->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_edit->setShortcutContext(Qt::WindowShortcut);
    m_edit->setToolTip(tr("Memory, virtual CPUs, CD/DVD, network connection, another disk, rename, delete"));
    connect(m_edit, &QAction::triggered, this, [this] { openEditDialog(); });
    m_window->addAction(m_edit);
    m_menu->addActions({m_autostart, m_saveOnStop, m_cpu, m_edit});
    m_menu->insertAction(m_lifecycle.value(int(VmAction::Start)), m_console);
    m_menu->insertSeparator(m_lifecycle.value(int(VmAction::Start)));
    update();
}

const Vm *VmActions::vm() const
{
    if (!m_selection.live() || m_vm.isEmpty())
        return nullptr;
    return m_selection.snapshot->vm(m_vm);
}

void VmActions::select(const Selection &selection)
{
    const bool sameHost = selection.host == m_selection.host;
    m_selection = selection;
    if (selection.kind == NodeKind::Vm)
        m_vm = selection.object;
    else if (!(selection.kind == NodeKind::Group && selection.object == QLatin1String(groups::Vms) && sameHost))
        m_vm.clear();
    update();
}

void VmActions::setCurrentVm(const QString &vm)
{
    m_vm = vm;
    update();
}

void VmActions::update()
{
    const Vm *v = vm();
    const bool busy = v && !busyText(m_selection.host, v->name).isEmpty();
    for (auto it = m_lifecycle.cbegin(); it != m_lifecycle.cend(); ++it) {
        const bool applies = v && vmActionApplies(*v, VmAction(it.key()));
        it.value()->setVisible(v != nullptr);
        it.value()->setEnabled(applies && !busy);
    }
    if (v && v->managedSave)
        action(VmAction::Start)->setText(tr("Re&store"));
    else
        action(VmAction::Start)->setText(tr("&Start"));
    m_console->setVisible(v != nullptr);
    m_console->setEnabled(v && v->active() && m_selection.live());
    m_console->setToolTip(!v || v->active() ? tr("The VM's screen, keyboard and mouse, through the console's connection to the host")
                                            : tr("%1 is %2: start it to see its screen").arg(v->name, v->state));
    for (QAction *a : {m_autostart, m_saveOnStop, m_cpu, m_edit}) {
        a->setVisible(v != nullptr);
        a->setEnabled(v != nullptr && !busy);
    }
    m_autostart->setChecked(v && v->autostart.value_or(false));
    m_saveOnStop->setChecked(v && v->saveOnStop.value_or(false));
    // Session-mode libvirt has no CPU tuning: nothing to set.
    if (v && v->cpu.cpuShares < 0) {
        m_cpu->setEnabled(false);
        m_cpu->setToolTip(tr("libvirt did not report CPU tuning for %1 (session connections have none)").arg(v->name));
    } else {
        m_cpu->setToolTip(tr("Relative weight, reserved and maximum capacity"));
    }
    m_create->setEnabled(m_selection.live());
    m_create->setToolTip(m_selection.live() ? tr("Create a VM on %1: memory, a fixed-size disk on a mirror, a NIC on a team")
                                                  .arg(m_selection.host)
                         : m_selection.snapshot && m_selection.snapshot->isCapture
                             ? tr("%1 is a read-only capture: VMs are created on a live host").arg(m_selection.host)
                             : tr("Select a host that answers first"));
    m_planner->setEnabled(m_selection.session && m_selection.snapshot);
    m_menu->setEnabled(v != nullptr || m_selection.live() || m_planner->isEnabled());
}

QList<QAction *> VmActions::buttons() const
{
    if (!vm())
        return {};
    QList<QAction *> out;
    for (VmAction a : {VmAction::Start, VmAction::Shutdown, VmAction::TurnOff, VmAction::Save, VmAction::Reset,
                       VmAction::Pause, VmAction::Resume})
        out << action(a);
    out << m_console << m_cpu << m_edit;
    return out;
}

QList<QAction *> VmActions::contextActions() const
{
    if (!vm())
        return {};
    return buttons() + QList<QAction *>{m_autostart, m_saveOnStop};
}

QString VmActions::busyText(const QString &host, const QString &vm) const
{
    for (const Busy &b : m_busy)
        if (b.host == host && b.vm == vm)
            return b.text;
    return {};
}

QHash<QString, QString> VmActions::busyOn(const QString &host) const
{
    QHash<QString, QString> out;
    for (const Busy &b : m_busy)
        if (b.host == host)
            out.insert(b.vm, b.text);
    return out;
}

void VmActions::trigger(VmAction a)
{
    const Vm *v = vm();
    if (!v || !vmActionApplies(*v, a))
        return;
    const QString name = v->name;
    if (vmActionLosesData(a)) {
        const QString text = a == VmAction::TurnOff
            ? tr("Turn off %1 now? Like pulling the plug: what the guest has not written to its disks is lost.")
                  .arg(name)
            : tr("Reset %1 now? The guest restarts without shutting down: what it has not written to its disks "
                 "is lost.")
                  .arg(name);
        if (!m_ask(vmActionName(a), text))
            return;
    }
    // The snapshot may be a second old: the planner refuses a VM that is gone
    // or whose state no longer fits, naming it.
    const Selection at = m_selection;
    const Plan plan = planVmAction(*at.snapshot, name, a, at.snapshot->libvirtUri.toUtf8());
    if (!plan.ok()) {
        emit planRequested(at.host, plan);   // the preview says why it cannot be done
        return;
    }
    const int id = m_run(at.host, plan);
    if (id > 0 && at.session)
        track(at.session, id, name, busyWord(a));
}

void VmActions::track(HostSession *session, int planId, const QString &vm, const QString &text)
{
    const QString host = m_selection.host;
    m_busy.insert({session, planId}, Busy{host, vm, text});
    if (!m_watched.contains(session)) {
        m_watched.insert(session);
        connect(session, &HostSession::planFinished, this, [this, session, host](int id, bool, const QString &) {
            if (m_busy.remove({session, id}) > 0) {
                update();
                emit busyChanged(host);
            }
        });
        connect(session, &QObject::destroyed, this, [this, session] {
            m_watched.remove(session);
            for (auto it = m_busy.begin(); it != m_busy.end();)
                it = it.key().first == session ? m_busy.erase(it) : std::next(it);
        });
    }
    update();
    emit busyChanged(host);
}

CreateVmWizard *VmActions::openCreateWizard()
{
    if (!m_selection.live())
        return nullptr;
    auto *wizard = new CreateVmWizard(m_selection.session, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    const QString host = m_selection.host;
    connect(wizard, &CreateVmWizard::created, this, [this, host](const QString &vm) { emit vmCreated(host, vm); });
    wizard->show();
    return wizard;
}

VmConsoleWindow *VmActions::openConsole()
{
    const Vm *v = vm();
    if (!v || !m_selection.live())
        return nullptr;
    // One window per VM: opening it again brings it forward.
    for (VmConsoleWindow *w : m_window->findChildren<VmConsoleWindow *>())
        if (w->vm() == v->name && w->property("host").toString() == m_selection.host) {
            w->showNormal();
            w->raise();
            w->activateWindow();
            return w;
        }
    auto *w = new VmConsoleWindow(m_selection.session, v->name, m_window);
    w->setWindowFlag(Qt::Window);
    w->setProperty("host", m_selection.host);
    w->show();
    return w;
}

ResourcePlannerDialog *VmActions::openPlanner()
{
    if (!m_selection.session || !m_selection.snapshot)
        return nullptr;
    auto *dialog = new ResourcePlannerDialog(m_selection.session, resourcePlanPath(m_selection.host), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

VmEditDialog *VmActions::openEditDialog()
{
    const Vm *v = vm();
    if (!v || !m_selection.session)
        return nullptr;
    auto *dialog = new VmEditDialog(m_selection.session, v->name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString host = m_selection.host;
    connect(dialog, &VmEditDialog::planRequested, this, [this, host](const Plan &plan) { emit planRequested(host, plan); });
    dialog->show();
    return dialog;
}

VmCpuDialog *VmActions::openCpuDialog()
{
    const Vm *v = vm();
    if (!v)
        return nullptr;
    auto *dialog = new VmCpuDialog(m_selection.snapshot, v->name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QString host = m_selection.host;
    connect(dialog, &VmCpuDialog::planRequested, this, [this, host](const Plan &plan) { emit planRequested(host, plan); });
    dialog->show();
    return dialog;
}

} // namespace ftc
