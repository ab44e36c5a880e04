// The main window's storage actions (add disk wizard, plans on mirrors and their
// members), the sync speed history behind the live view, and the Demo menu's
// fault injection. Everything that touches a host goes through its HostSession.

#include "AddDiskWizard.h"
#include "EventLog.h"
#include "MainWindow.h"
#include "PlainText.h"
#include "PlanDialog.h"
#include "PropertiesPane.h"
#include "StateStyle.h"
#include "storage/MirrorPlanner.h"

#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTreeView>

namespace ftc {

namespace {

// About 10 minutes at one refresh a second; older samples fall off the left.
constexpr int kMaxSpeedSamples = 600;

bool deviceExists(const HostSnapshot &s, const QString &device)
{
    if (s.disk(device))
        return true;
    for (const Disk &d : s.disks)
        if (d.partitions.contains(device))
            return true;
    return false;
}

} // namespace

HostSession *MainWindow::session(const QString &host) const
{
    auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? nullptr : it->session;
}

QList<QPointF> MainWindow::syncSpeedHistory(const QString &host, const QString &mirror) const
{
    auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? QList<QPointF>{} : it->view.syncSpeed.value(mirror);
}

void MainWindow::recordHistory(const QString &label, const HostSnapshot &s)
{
    HostEntry &entry = m_hosts[label];
    QMap<QString, QList<QPointF>> &speed = entry.view.syncSpeed;
    const double x = double(s.takenAt.toMSecsSinceEpoch());
    QStringList present;
    for (const Mirror &m : s.mirrors) {
        present << m.name;
        QStringList &former = entry.formerMembers[m.name];
        for (const MirrorMember &mm : m.members)
            if (!mm.device.isEmpty() && !former.contains(mm.device))
                former << mm.device;
        if (!m.sync || m.sync->speedKiBs < 0)
            continue;
        QList<QPointF> &points = speed[m.name];
        // A new sync (the last sample is from a finished one, long ago or ahead
        // of this one in percent) starts a fresh line.
        if (!points.isEmpty() && !entry.syncing.contains(m.name))
            points.clear();
        points << QPointF(x, double(m.sync->speedKiBs));
        while (points.size() > kMaxSpeedSamples)
            points.removeFirst();
    }
    entry.syncing.clear();
    for (const Mirror &m : s.mirrors)
        if (m.sync)
            entry.syncing << m.name;
    for (auto it = speed.begin(); it != speed.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = speed.erase(it);
    }
    for (const Disk &d : s.disks)
        if (!entry.seenDisks.contains(d.name))
            entry.seenDisks << d.name;
    for (const Nic &n : s.nics)
        if (!entry.seenNics.contains(n.name))
            entry.seenNics << n.name;
}

// --- actions -------------------------------------------------------------------

void MainWindow::createStorageActions()
{
    m_addToMirrorAction = new QAction(StateStyle::icon(QStringLiteral("mirror")), tr("Add to &Virtual Disk…"), this);
    m_addToMirrorAction->setObjectName(QStringLiteral("addToVirtualDisk"));
    m_addToMirrorAction->setToolTip(tr("Make this disk the second half of a virtual disk, or start a new one"));
    connect(m_addToMirrorAction, &QAction::triggered, this, [this] {
        const Target t = currentTarget();
        if (t.kind == NodeKind::Disk)
            startAddDiskWizard(t.host, NodeKind::Disk, t.object);
    });

    m_addDiskAction = new QAction(StateStyle::icon(QStringLiteral("disk")), tr("&Add Disk…"), this);
    m_addDiskAction->setObjectName(QStringLiteral("addDiskToMirror"));
    m_addDiskAction->setIconText(tr("Add Disk", "button"));
    m_addDiskAction->setToolTip(tr("Add a physical disk to this virtual disk"));
    connect(m_addDiskAction, &QAction::triggered, this, [this] {
        const Target t = currentTarget();
        if (!t.mirror.isEmpty())
            startAddDiskWizard(t.host, NodeKind::Mirror, t.mirror);
    });

    m_removeMemberAction = new QAction(tr("&Remove Member…"), this);
    m_removeMemberAction->setObjectName(QStringLiteral("removeMember"));
    connect(m_removeMemberAction, &QAction::triggered, this, [this] {
        planMirrorAction([](const HostSnapshot &s, const Target &t) {
            return planRemoveMember(s, t.mirror, t.member);
        });
    });

    auto *removeMenu = new QMenu(this);
    removeMenu->setObjectName(QStringLiteral("removeMemberMenu"));
    connect(removeMenu, &QMenu::aboutToShow, this, [this, removeMenu] { fillRemoveMenu(removeMenu); });
    m_removeMemberMenuAction = new QAction(tr("&Remove Member"), this);
    m_removeMemberMenuAction->setObjectName(QStringLiteral("removeMemberMenuAction"));
    m_removeMemberMenuAction->setMenu(removeMenu);
    m_removeMemberMenuAction->setIconText(tr("Remove", "button"));

    auto *reAddMenu = new QMenu(this);
    reAddMenu->setObjectName(QStringLiteral("reAddMenu"));
    connect(reAddMenu, &QMenu::aboutToShow, this, [this, reAddMenu] { fillReAddMenu(reAddMenu); });
    m_reAddMenuAction = new QAction(tr("Re-&add Member"), this);
    m_reAddMenuAction->setObjectName(QStringLiteral("reAddMenuAction"));
    m_reAddMenuAction->setMenu(reAddMenu);
    m_reAddMenuAction->setIconText(tr("Re-add", "button"));

    m_checkAction = new QAction(tr("Start Consistency &Check…"), this);
    m_checkAction->setObjectName(QStringLiteral("startCheck"));
    m_checkAction->setIconText(tr("Check", "button"));
    connect(m_checkAction, &QAction::triggered, this, [this] {
        planMirrorAction([](const HostSnapshot &s, const Target &t) { return planStartCheck(s, t.mirror); });
    });
    m_cancelCheckAction = new QAction(tr("Ca&ncel Check…"), this);
    m_cancelCheckAction->setObjectName(QStringLiteral("cancelCheck"));
    m_cancelCheckAction->setIconText(tr("Cancel Check", "button"));
    connect(m_cancelCheckAction, &QAction::triggered, this, [this] {
        planMirrorAction([](const HostSnapshot &s, const Target &t) { return planCancelCheck(s, t.mirror); });
    });

    auto *priorityMenu = new QMenu(this);
    priorityMenu->setObjectName(QStringLiteral("priorityMenu"));
    const struct {
        const char *id;
        QString text;
        ResyncPriority p;
    } priorities[] = {{"priorityLow", tr("&Low (spare the virtual machines)"), ResyncPriority::Low},
                      {"priorityNormal", tr("&Normal (system default)"), ResyncPriority::Normal},
                      {"priorityHigh", tr("&High (finish sooner)"), ResyncPriority::High}};
    for (const auto &entry : priorities) {
        QAction *a = priorityMenu->addAction(entry.text);
        a->setObjectName(QString::fromLatin1(entry.id));
        const ResyncPriority p = entry.p;
        connect(a, &QAction::triggered, this, [this, p] {
            planMirrorAction([p](const HostSnapshot &s, const Target &t) {
                return planSetResyncPriority(s, t.mirror, p);
            });
        });
    }
    m_priorityMenuAction = new QAction(tr("Resync &Priority"), this);
    m_priorityMenuAction->setObjectName(QStringLiteral("resyncPriority"));
    m_priorityMenuAction->setMenu(priorityMenu);
    m_priorityMenuAction->setIconText(tr("Priority", "button"));

    QMenu *storage = menuBar()->addMenu(tr("&Storage"));
    storage->setToolTipsVisible(true);
    storage->setObjectName(QStringLiteral("storageMenu"));
    storage->addActions({m_addToMirrorAction, m_addDiskAction, m_removeMemberAction, m_removeMemberMenuAction,
                         m_reAddMenuAction});
    storage->addSeparator();
    storage->addActions({m_checkAction, m_cancelCheckAction, m_priorityMenuAction});
    updateObjectActions();
}

MainWindow::Target MainWindow::currentTarget() const
{
    Target t;
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
    return t;
}

void MainWindow::updateObjectActions()
{
    const Target t = currentTarget();
    auto it = m_hosts.constFind(t.host);
    const bool live = it != m_hosts.cend() && it->view.snapshot && it->session->spec().kind != HostSpec::Kind::Bundle;
    const bool disk = live && t.kind == NodeKind::Disk;
    const bool mirror = live && !t.mirror.isEmpty();
    const bool member = live && t.kind == NodeKind::MirrorMember;
    m_addToMirrorAction->setVisible(disk);
    m_addToMirrorAction->setEnabled(disk);
    for (QAction *a : {m_addDiskAction, m_removeMemberMenuAction, m_reAddMenuAction, m_checkAction,
                       m_cancelCheckAction, m_priorityMenuAction}) {
        a->setVisible(mirror);
        a->setEnabled(mirror);
    }
    m_removeMemberMenuAction->setVisible(mirror && !member);
    m_removeMemberAction->setVisible(member);
    m_removeMemberAction->setEnabled(member);
    if (member)
        m_removeMemberAction->setText(tr("&Remove %1 from %2…").arg(t.member, t.mirror));

    for (QAction *a : {m_checkAction, m_cancelCheckAction, m_priorityMenuAction})
        a->setToolTip(QString());
    if (mirror)
        applyPrivileges(t.host, t.mirror);

    QList<QAction *> buttons;
    if (disk)
        buttons = {m_addToMirrorAction};
    else if (member)
        buttons = {m_removeMemberAction, m_reAddMenuAction};
    else if (mirror)
        buttons = {m_addDiskAction, m_removeMemberMenuAction, m_reAddMenuAction, m_checkAction, m_cancelCheckAction,
                   m_priorityMenuAction};
    if (!m_properties->title().isEmpty())
        m_properties->setActions(buttons);

    const bool demo = it != m_hosts.cend() && it->session->spec().kind == HostSpec::Kind::Demo;
    if (m_demoMenu)
        m_demoMenu->setEnabled(demo && it->view.snapshot);
}

void MainWindow::applyPrivileges(const QString &host, const QString &mirror)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || !it->view.snapshot || !it->view.snapshot->viaSudo)
        return;
    // The sysfs writes behind these actions have fixed arguments, so sudo can
    // be asked before the click; mdadm's depend on the choice and are asked
    // when the plan is shown.
    const QByteArray dir = "/sys/block/" + mirror.toUtf8() + "/md/";
    const Argv action{"tee", dir + "sync_action"};
    const QList<QPair<QAction *, QList<Argv>>> needs = {
        {m_checkAction, {action}},
        {m_cancelCheckAction, {action}},
        {m_priorityMenuAction, {{"tee", dir + "sync_speed_min"}, {"tee", dir + "sync_speed_max"}}},
    };
    QList<Argv> ask;
    for (const auto &[a, argvs] : needs) {
        QStringList why;
        for (const Argv &argv : argvs) {
            const auto known = it->privileges.constFind(argv);
            if (known == it->privileges.cend()) {
                if (!it->privilegesAsked.contains(argv) && !ask.contains(argv))
                    ask << argv;
            } else if (!known->allowed()) {
                why << privilegeRemedy(it->view.snapshot->user, *known);
            }
        }
        if (!why.isEmpty()) {
            a->setEnabled(false);
            a->setToolTip(plainToolTip(why.join(QLatin1Char('\n'))));
        }
    }
    if (ask.isEmpty())
        return;
    for (const Argv &argv : std::as_const(ask))
        it->privilegesAsked.insert(argv);
    it->privilegeRequests.insert(it->session->checkPrivileges(ask));
}

void MainWindow::takePrivileges(const QString &host, int requestId, const QList<PrivilegeCheck> &checks)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || !it->privilegeRequests.remove(requestId))
        return;
    for (const PrivilegeCheck &c : checks)
        if (c.verdict != PrivilegeCheck::Verdict::Unknown)
            it->privileges.insert(c.argv, c);
        else
            it->privilegesAsked.remove(c.argv);
    updateObjectActions();
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    bool any = false;
    for (QAction *a : {m_addToMirrorAction, m_addDiskAction, m_removeMemberAction, m_removeMemberMenuAction,
                       m_reAddMenuAction, m_checkAction, m_cancelCheckAction, m_priorityMenuAction}) {
        if (a->isVisible()) {
            menu.addAction(a);
            any = true;
        }
    }
    if (any)
        menu.addSeparator();
    menu.addActions(m_tree->actions());
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::fillRemoveMenu(QMenu *menu)
{
    menu->clear();
    const Target t = currentTarget();
    auto it = m_hosts.constFind(t.host);
    const Mirror *m = it != m_hosts.cend() && it->view.snapshot ? it->view.snapshot->mirror(t.mirror) : nullptr;
    if (m) {
        for (const MirrorMember &mm : m->members) {
            if (mm.device.isEmpty())
                continue;
            QAction *a = menu->addAction(toneIcon(StateStyle::tone(mm.state)),
                                         tr("%1 (%2)…").arg(mm.device, StateStyle::text(mm.state)));
            a->setData(mm.device);
            const QString device = mm.device;
            connect(a, &QAction::triggered, this, [this, device] {
                planMirrorAction([device](const HostSnapshot &s, const Target &t) {
                    return planRemoveMember(s, t.mirror, device);
                });
            });
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No members"))->setEnabled(false);
}

void MainWindow::fillReAddMenu(QMenu *menu)
{
    menu->clear();
    const Target t = currentTarget();
    auto it = m_hosts.constFind(t.host);
    const HostSnapshot *s = it != m_hosts.cend() ? it->view.snapshot.get() : nullptr;
    const Mirror *m = s ? s->mirror(t.mirror) : nullptr;
    if (m) {
        // Devices this window saw in the mirror that are back on the host but not
        // in it, and disks that carry a RAID signature of no running array.
        QStringList candidates;
        for (const QString &device : it->formerMembers.value(m->name))
            if (deviceExists(*s, device))
                candidates << device;
        for (const Disk &d : s->disks)
            if (d.mirror.isEmpty() && d.fstype == QLatin1String("linux_raid_member") && !candidates.contains(d.name))
                candidates << d.name;
        for (const MirrorMember &mm : m->members)
            candidates.removeAll(mm.device);
        for (const QString &device : std::as_const(candidates)) {
            QAction *a = menu->addAction(tr("%1…").arg(device));
            a->setData(device);
            connect(a, &QAction::triggered, this, [this, device] {
                planMirrorAction([device](const HostSnapshot &snap, const Target &target) {
                    return planReAddMember(snap, target.mirror, device);
                });
            });
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No former member to re-add"))->setEnabled(false);
}

void MainWindow::planMirrorAction(const std::function<Plan(const HostSnapshot &, const Target &)> &make)
{
    const Target t = currentTarget();
    auto it = m_hosts.constFind(t.host);
    if (it == m_hosts.cend() || !it->view.snapshot || t.mirror.isEmpty())
        return;
    previewPlan(t.host, make(*it->view.snapshot, t));
}

AddDiskWizard *MainWindow::startAddDiskWizard(const QString &host, NodeKind kind, const QString &object)
{
    HostSession *s = session(host);
    if (!s || !s->latest() || (kind != NodeKind::Disk && kind != NodeKind::Mirror))
        return nullptr;
    auto *wizard = new AddDiskWizard(s, kind == NodeKind::Disk ? AddDiskWizard::Start::FromDisk
                                                                : AddDiskWizard::Start::FromMirror,
                                     object, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &AddDiskWizard::applied, this, [this, host](const QString &mirror) {
        // A new mirror appears with the refresh that follows the plan.
        if (!selectObject(host, NodeKind::Mirror, mirror))
            m_pendingSelect = Target{host, NodeKind::Mirror, mirror, mirror, QString()};
    });
    wizard->show();
    return wizard;
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

void MainWindow::runPlan(const QString &host, const Plan &plan, const QString &confirmation)
{
    HostSession *s = session(host);
    if (!s)
        return;
    m_log->append(HostEvent{QDateTime::currentDateTime(), host, QString(), tr("Applying: %1").arg(plan.title),
                            HostEvent::Severity::Info});
    s->applyPlan(plan, confirmation);
}

// --- demo ----------------------------------------------------------------------

void MainWindow::createDemoMenu()
{
    m_demoMenu = menuBar()->addMenu(tr("&Demo"));
    m_demoMenu->setObjectName(QStringLiteral("demoMenu"));
    m_demoMenu->setToolTipsVisible(true);
    const struct {
        const char *verb;
        QString text;
        const char *id;
    } entries[] = {{"pull-disk", tr("&Pull Disk"), "demoPullDisk"},
                   {"insert-disk", tr("&Insert Disk"), "demoInsertDisk"},
                   {"unplug", tr("&Unplug Cable"), "demoUnplug"},
                   {"plug", tr("P&lug Cable"), "demoPlug"}};
    for (const auto &e : entries) {
        QMenu *sub = m_demoMenu->addMenu(e.text);
        sub->setObjectName(QString::fromLatin1(e.id));
        const QByteArray verb(e.verb);
        connect(sub, &QMenu::aboutToShow, this, [this, sub, verb] { fillDemoMenu(sub, verb); });
    }
    m_demoMenu->setEnabled(false);
}

void MainWindow::fillDemoMenu(QMenu *menu, const QByteArray &verb)
{
    menu->clear();
    auto it = m_hosts.constFind(currentHost());
    const HostSnapshot *s = it != m_hosts.cend() ? it->view.snapshot.get() : nullptr;
    if (s) {
        auto add = [&](const QString &text, const QString &name, bool blank) {
            QAction *a = menu->addAction(text);
            a->setData(name);
            connect(a, &QAction::triggered, this, [this, verb, name, blank] { runSimulation(verb, name, blank); });
        };
        if (verb == "pull-disk") {
            for (const Disk &d : s->disks)
                add(d.module.isEmpty() ? d.name : tr("%1 (module %2, slot %3)").arg(d.name, d.module).arg(d.slot),
                    d.name, false);
        } else if (verb == "insert-disk") {
            for (const QString &name : it->seenDisks) {
                if (s->disk(name))
                    continue;
                add(tr("%1 (the same disk again)").arg(name), name, false);
                add(tr("%1 (a new blank disk)").arg(name), name, true);
            }
        } else {
            const bool plug = verb == "plug";
            for (const Nic &n : s->nics)
                if (n.carrier != plug)
                    add(n.name, n.name, false);
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("Nothing to choose"))->setEnabled(false);
}

void MainWindow::runSimulation(const QByteArray &verb, const QString &name, bool blank)
{
    const QString host = currentHost();
    HostSession *s = session(host);
    if (!s || s->spec().kind != HostSpec::Kind::Demo)
        return;
    Plan plan;
    if (verb == "pull-disk")
        plan.title = tr("Simulate: pull disk %1").arg(name);
    else if (verb == "insert-disk")
        plan.title = blank ? tr("Simulate: insert a new blank disk as %1").arg(name)
                           : tr("Simulate: insert disk %1 again").arg(name);
    else if (verb == "unplug")
        plan.title = tr("Simulate: unplug the cable of %1").arg(name);
    else
        plan.title = tr("Simulate: plug the cable of %1 back in").arg(name);
    Command c;
    c.argv = {"ftsim", verb};
    if (blank)
        c.argv << "--blank";
    c.argv << name.toUtf8();
    plan.steps << PlanStep{plan.title, c};
    runPlan(host, plan);
}

} // namespace ftc
