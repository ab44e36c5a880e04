#include "StorageActions.h"

#include "AddDiskWizard.h"
#include "PlainText.h"
#include "common/StateStyle.h"
#include "storage/MirrorPlanner.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace ftc {

StorageActions::StorageActions(QWidget *window)
    : QObject(window), m_window(window)
{
    createActions();
}

void StorageActions::createActions()
{
    m_addToMirror = new QAction(StateStyle::icon(QStringLiteral("mirror")), tr("Add to &Virtual Disk…"), this);
    m_addToMirror->setObjectName(QStringLiteral("addToVirtualDisk"));
    m_addToMirror->setToolTip(tr("Make this disk the second half of a virtual disk, or start a new one"));
    connect(m_addToMirror, &QAction::triggered, this, [this] {
        if (m_selection.kind == NodeKind::Disk)
            openAddDiskWizard(m_selection);
    });

    // On a disk that came back with a running mirror's signature: its way home.
    m_reAddDisk = new QAction(StateStyle::icon(QStringLiteral("mirror")), tr("Re-&add to Virtual Disk…"), this);
    m_reAddDisk->setObjectName(QStringLiteral("reAddDisk"));
    m_reAddDisk->setIconText(tr("Re-add", "button"));
    connect(m_reAddDisk, &QAction::triggered, this, [this] {
        const Disk *d = m_selection.live() && m_selection.kind == NodeKind::Disk ? m_selection.snapshot->disk(m_selection.object) : nullptr;
        if (!d || d->returningMirror.isEmpty())
            return;
        emit planRequested(m_selection.host, planReAddMember(*m_selection.snapshot, d->returningMirror, d->returningDevice));
    });

    m_addDisk = new QAction(StateStyle::icon(QStringLiteral("disk")), tr("&Add Disk…"), this);
    m_addDisk->setObjectName(QStringLiteral("addDiskToMirror"));
    m_addDisk->setIconText(tr("Add Disk", "button"));
    m_addDisk->setToolTip(tr("Add a physical disk to this virtual disk"));
    connect(m_addDisk, &QAction::triggered, this, [this] {
        if (m_selection.mirror.isEmpty())
            return;
        Selection at = m_selection;
        at.kind = NodeKind::Mirror;
        at.object = at.mirror;
        openAddDiskWizard(at);
    });

    m_removeMember = new QAction(tr("&Remove Member…"), this);
    m_removeMember->setObjectName(QStringLiteral("removeMember"));
    connect(m_removeMember, &QAction::triggered, this, [this] {
        request([](const HostSnapshot &s, const Selection &t) { return planRemoveMember(s, t.mirror, t.member); });
    });

    auto *removeMenu = new QMenu(m_window);
    removeMenu->setObjectName(QStringLiteral("removeMemberMenu"));
    connect(removeMenu, &QMenu::aboutToShow, this, [this, removeMenu] { fillRemoveMenu(removeMenu); });
    m_removeMenu = new QAction(tr("&Remove Member"), this);
    m_removeMenu->setObjectName(QStringLiteral("removeMemberMenuAction"));
    m_removeMenu->setMenu(removeMenu);
    m_removeMenu->setIconText(tr("Remove", "button"));

    auto *reAddMenu = new QMenu(m_window);
    reAddMenu->setObjectName(QStringLiteral("reAddMenu"));
    connect(reAddMenu, &QMenu::aboutToShow, this, [this, reAddMenu] { fillReAddMenu(reAddMenu); });
    m_reAddMenu = new QAction(tr("Re-&add Member"), this);
    m_reAddMenu->setObjectName(QStringLiteral("reAddMenuAction"));
    m_reAddMenu->setMenu(reAddMenu);
    m_reAddMenu->setIconText(tr("Re-add", "button"));

    m_check = new QAction(tr("Start Consistency &Check…"), this);
    m_check->setObjectName(QStringLiteral("startCheck"));
    m_check->setIconText(tr("Check", "button"));
    connect(m_check, &QAction::triggered, this, [this] {
        request([](const HostSnapshot &s, const Selection &t) { return planStartCheck(s, t.mirror); });
    });
    m_cancelCheck = new QAction(tr("Ca&ncel Check…"), this);
    m_cancelCheck->setObjectName(QStringLiteral("cancelCheck"));
    m_cancelCheck->setIconText(tr("Cancel Check", "button"));
    connect(m_cancelCheck, &QAction::triggered, this, [this] {
        request([](const HostSnapshot &s, const Selection &t) { return planCancelCheck(s, t.mirror); });
    });

    auto *priorityMenu = new QMenu(m_window);
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
            request([p](const HostSnapshot &s, const Selection &t) { return planSetResyncPriority(s, t.mirror, p); });
        });
    }
    m_priorityMenu = new QAction(tr("Resync &Priority"), this);
    m_priorityMenu->setObjectName(QStringLiteral("resyncPriority"));
    m_priorityMenu->setMenu(priorityMenu);
    m_priorityMenu->setIconText(tr("Priority", "button"));

    m_menu = new QMenu(tr("&Storage"), m_window);
    m_menu->setObjectName(QStringLiteral("storageMenu"));
    m_menu->setToolTipsVisible(true);
    m_menu->addActions({m_addToMirror, m_reAddDisk, m_addDisk, m_removeMember, m_removeMenu, m_reAddMenu});
    m_menu->addSeparator();
    m_menu->addActions({m_check, m_cancelCheck, m_priorityMenu});
    select(Selection{});
}

void StorageActions::select(const Selection &selection)
{
    m_selection = selection;
    const bool live = selection.live();
    m_onDisk = live && selection.kind == NodeKind::Disk;
    m_onMirror = live && !selection.mirror.isEmpty();
    m_onMember = live && selection.kind == NodeKind::MirrorMember;
    // Every action stays in the Storage menu; the ones that do not apply here
    // are disabled and say why, so the menu always opens and explains itself.
    const QString why = !selection.session   ? tr("Select a host first")
                        : !selection.snapshot ? tr("The host has not been read yet")
                        : selection.snapshot->isCapture ? tr("A capture is read-only")
                                                        : QString();
    const auto set = [](QAction *a, bool on, const QString &tip) {
        a->setVisible(true);
        a->setEnabled(on);
        a->setToolTip(on ? QString() : tip);
    };
    const Disk *disk = m_onDisk ? selection.snapshot->disk(selection.object) : nullptr;
    const bool returning = disk && !disk->returningMirror.isEmpty();
    set(m_addToMirror, m_onDisk && disk && disk->role != DiskRole::MirrorMember && !returning,
        !why.isEmpty()                 ? why
        : !m_onDisk                    ? tr("Select a physical disk that is in no virtual disk")
        : disk && !disk->mirror.isEmpty() ? tr("%1 is already a member of %2: choose a free disk").arg(disk->name, disk->mirror)
        : returning ? tr("%1 holds a former member of %2: re-add it there").arg(disk->name, disk->returningMirror)
                    : tr("%1 is in use").arg(selection.object));
    set(m_reAddDisk, returning,
        !why.isEmpty() ? why
        : !m_onDisk    ? tr("Select a physical disk that holds a former member of a virtual disk")
                       : tr("%1 holds no former member of a running virtual disk").arg(selection.object));
    if (returning)
        m_reAddDisk->setText(tr("Re-&add %1 to %2…").arg(disk->returningDevice, disk->returningMirror));
    else
        m_reAddDisk->setText(tr("Re-&add to Virtual Disk…"));
    const QString noMirror = !why.isEmpty() ? why : tr("Select a virtual disk (or one of its members) first");
    for (QAction *a : {m_addDisk, m_removeMenu, m_reAddMenu, m_check, m_cancelCheck, m_priorityMenu})
        set(a, m_onMirror, noMirror);
    m_removeMenu->setVisible(!m_onMember);
    m_removeMember->setVisible(m_onMember);
    m_removeMember->setEnabled(m_onMember);
    if (m_onMember)
        m_removeMember->setText(tr("&Remove %1 from %2…").arg(selection.member, selection.mirror));
    if (const Mirror *m = m_onMirror ? selection.snapshot->mirror(selection.mirror) : nullptr) {
        // A check can start on a mirror at rest, and be cancelled while it runs.
        const QString action = m->sync ? m->sync->action : QString();
        const bool checking = action == QLatin1String("check") || action == QLatin1String("repair");
        if (checking)
            set(m_check, false, tr("%1 is being checked already").arg(m->name));
        else if (m->sync)
            set(m_check, false, tr("%1 is syncing (%2): check it once it is Duplex").arg(m->name, action));
        set(m_cancelCheck, checking, tr("%1 runs no check").arg(m->name));
        // A member slot whose disk is gone has nothing to remove or re-add there.
        if (m_onMember && selection.member.isEmpty()) {
            m_removeMember->setEnabled(false);
            m_removeMember->setText(tr("&Remove Member…"));
            m_removeMember->setToolTip(tr("This slot's disk is missing: there is nothing to remove; add a disk instead"));
        }
    }
    if (m_onMirror)
        applyPrivileges();
}

QList<QAction *> StorageActions::buttons() const
{
    if (m_onDisk) {
        const Disk *d = m_selection.snapshot->disk(m_selection.object);
        if (d && !d->returningMirror.isEmpty())
            return {m_reAddDisk};
        return {m_addToMirror};
    }
    if (m_onMember)
        return {m_removeMember, m_reAddMenu};
    if (m_onMirror)
        return {m_addDisk, m_removeMenu, m_reAddMenu, m_check, m_cancelCheck, m_priorityMenu};
    return {};
}

QList<QAction *> StorageActions::contextActions() const
{
    return buttons();
}

void StorageActions::forgetPrivileges(const QString &host)
{
    m_privileges.remove(host);
}

void StorageActions::applyPrivileges()
{
    const Selection &t = m_selection;
    if (!t.snapshot || !t.snapshot->viaSudo || !t.session)
        return;
    Privileges &p = m_privileges[t.host];
    // The sysfs writes behind these actions have fixed arguments, so sudo can
    // be asked before the click; mdadm's depend on the choice and are asked
    // when the plan is shown.
    const QByteArray dir = "/sys/block/" + t.mirror.toUtf8() + "/md/";
    const Argv action{"tee", dir + "sync_action"};
    const QList<QPair<QAction *, QList<Argv>>> needs = {
        {m_check, {action}},
        {m_cancelCheck, {action}},
        {m_priorityMenu, {{"tee", dir + "sync_speed_min"}, {"tee", dir + "sync_speed_max"}}},
    };
    QList<Argv> ask;
    for (const auto &[a, argvs] : needs) {
        QStringList why;
        for (const Argv &argv : argvs) {
            const auto known = p.known.constFind(argv);
            if (known == p.known.cend()) {
                if (!p.asked.contains(argv) && !ask.contains(argv))
                    ask << argv;
            } else if (!known->allowed()) {
                why << privilegeRemedy(t.snapshot->user, *known);
            }
        }
        if (!why.isEmpty()) {
            a->setEnabled(false);
            a->setToolTip(plainToolTip(why.join(QLatin1Char('\n'))));
        }
    }
    if (ask.isEmpty())
        return;
    HostSession *session = t.session;
    if (!m_listening.contains(session)) {
        m_listening.insert(session);
        const QString host = t.host;
        connect(session, &HostSession::privilegesChecked, this,
                [this, host](int id, const QList<PrivilegeCheck> &checks) { takePrivileges(host, id, checks); });
        connect(session, &QObject::destroyed, this, [this, session] { m_listening.remove(session); });
    }
    for (const Argv &argv : std::as_const(ask))
        p.asked.insert(argv);
    p.requests.insert(session->checkPrivileges(ask));
}

void StorageActions::takePrivileges(const QString &host, int requestId, const QList<PrivilegeCheck> &checks)
{
    auto it = m_privileges.find(host);
    if (it == m_privileges.end() || !it->requests.remove(requestId))
        return;
    for (const PrivilegeCheck &c : checks)
        if (c.verdict != PrivilegeCheck::Verdict::Unknown)
            it->known.insert(c.argv, c);
        else
            it->asked.remove(c.argv);
    if (m_selection.host == host)
        select(m_selection);
}

void StorageActions::fillRemoveMenu(QMenu *menu)
{
    menu->clear();
    const Mirror *m = m_selection.snapshot ? m_selection.snapshot->mirror(m_selection.mirror) : nullptr;
    if (m) {
        for (const MirrorMember &mm : m->members) {
            if (mm.device.isEmpty())
                continue;
            QAction *a = menu->addAction(toneIcon(StateStyle::tone(mm.state)),
                                         tr("%1 (%2)…").arg(mm.device, StateStyle::text(mm.state)));
            a->setData(mm.device);
            const QString device = mm.device;
            connect(a, &QAction::triggered, this, [this, device] {
                request([device](const HostSnapshot &s, const Selection &t) { return planRemoveMember(s, t.mirror, device); });
            });
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No members"))->setEnabled(false);
}

void StorageActions::fillReAddMenu(QMenu *menu)
{
    menu->clear();
    const HostSnapshot *s = m_selection.snapshot.get();
    const Mirror *m = s ? s->mirror(m_selection.mirror) : nullptr;
    if (m) {
        // Devices the host's history saw in the mirror that are back on the host
        // but not in it, and disks that carry a RAID signature of no running array.
        QStringList candidates;
        if (s->history)
            for (const QString &device : s->history->formerMembers.value(m->name))
                if (diskHolding(*s, device))
                    candidates << device;
        for (const Disk &d : s->disks) {
            if (d.returningMirror == m->name && !candidates.contains(d.returningDevice))
                candidates << d.returningDevice;
            else if (d.mirror.isEmpty() && d.returningMirror.isEmpty() && d.fstype == QLatin1String("linux_raid_member")
                     && !candidates.contains(d.name))
                candidates << d.name;
        }
        for (const MirrorMember &mm : m->members)
            candidates.removeAll(mm.device);
        for (const QString &device : std::as_const(candidates)) {
            QAction *a = menu->addAction(tr("%1…").arg(device));
            a->setData(device);
            connect(a, &QAction::triggered, this, [this, device] {
                request([device](const HostSnapshot &snap, const Selection &t) {
                    return planReAddMember(snap, t.mirror, device);
                });
            });
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No former member to re-add"))->setEnabled(false);
}

void StorageActions::request(const std::function<Plan(const HostSnapshot &, const Selection &)> &make)
{
    if (!m_selection.snapshot || m_selection.mirror.isEmpty())
        return;
    emit planRequested(m_selection.host, make(*m_selection.snapshot, m_selection));
}

AddDiskWizard *StorageActions::openAddDiskWizard(const Selection &at)
{
    if (!at.session || !at.session->latest() || (at.kind != NodeKind::Disk && at.kind != NodeKind::Mirror))
        return nullptr;
    auto *wizard = new AddDiskWizard(at.session, at.kind == NodeKind::Disk ? AddDiskWizard::Start::FromDisk
                                                                           : AddDiskWizard::Start::FromMirror,
                                     at.object, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    const QString host = at.host;
    connect(wizard, &AddDiskWizard::applied, this, [this, host](const QString &mirror) { emit mirrorApplied(host, mirror); });
    wizard->show();
    return wizard;
}

} // namespace ftc
