#include "NetworkActions.h"

#include "NetChangeDialog.h"
#include "TeamWizard.h"
#include "common/StateStyle.h"
#include "session/HostSession.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace ftc {

NetworkActions::NetworkActions(QWidget *window) : QObject(window), m_window(window)
{
    m_menu = new QMenu(tr("&Network"), window);
    m_menu->setObjectName(QStringLiteral("networkMenu"));
    m_menu->setToolTipsVisible(true);
    m_newTeam = m_menu->addAction(tr("New &Team…"), this, [this] { openTeamWizard(); });
    m_newTeam->setObjectName(QStringLiteral("newTeam"));
    m_newTeam->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_identify = m_menu->addAction(tr("&Identify Adapter"), this, [this] {
        HostSession *s = m_selection.session;
        if (!s || m_selection.kind != NodeKind::Nic)
            return;
        const QString host = m_selection.host;
        const QString adapter = m_selection.object;
        const int id = s->identifyAdapter(adapter, 10);
        auto *conn = new QMetaObject::Connection;
        *conn = connect(s, &HostSession::adapterIdentified, this,
                        [this, id, host, conn](int got, const QString &a, const QString &problem) {
                            if (got != id)
                                return;
                            disconnect(*conn);
                            delete conn;
                            emit identified(host, a, problem);
                        });
    });
    m_identify->setObjectName(QStringLiteral("identifyAdapter"));
    m_menu->addSeparator();
    m_addMember = m_menu->addMenu(tr("&Add Adapter to Team"));
    m_addMember->setObjectName(QStringLiteral("addTeamMember"));
    m_removeMember = m_menu->addAction(tr("&Remove from Team"), this, [this] {
        TeamEdit e;
        e.kind = TeamEdit::Kind::RemoveMember;
        e.team = selectedTeam();
        e.adapter = selectedMember();
        openTeamEdit(e);
    });
    m_removeMember->setObjectName(QStringLiteral("removeTeamMember"));
    m_makePrimary = m_menu->addAction(tr("Make &Primary"), this, [this] {
        TeamEdit e;
        e.kind = TeamEdit::Kind::SetPrimary;
        e.team = selectedTeam();
        e.adapter = selectedMember();
        openTeamEdit(e);
    });
    m_makePrimary->setObjectName(QStringLiteral("makePrimary"));
    m_deleteTeam = m_menu->addAction(tr("&Delete Team…"), this, [this] {
        TeamEdit e;
        e.kind = TeamEdit::Kind::Delete;
        e.team = selectedTeam();
        openTeamEdit(e);
    });
    m_deleteTeam->setObjectName(QStringLiteral("deleteTeam"));
    select({});
}

void NetworkActions::select(const Selection &selection)
{
    m_selection = selection;
    const bool live = selection.live();
    m_newTeam->setEnabled(live && selection.snapshot->nics.size() >= 2);
    m_newTeam->setToolTip(!selection.session ? tr("Select a host first")
                          : !selection.snapshot ? tr("The host has not been read yet")
                          : selection.snapshot->isCapture ? tr("A capture is read-only")
                          : selection.snapshot->nics.size() < 2 ? tr("A team needs two adapters; the host has fewer")
                                                                : tr("Build a team of adapters (Teaming Wizard)"));
    const bool onNic = live && selection.kind == NodeKind::Nic;
    m_identify->setEnabled(onNic);
    m_identify->setVisible(selection.kind == NodeKind::Nic);
    m_identify->setToolTip(tr("Blinks the adapter's port LED for 10 seconds (ethtool --identify)"));

    const QString team = selectedTeam();
    const Team *t = live && !team.isEmpty() ? selection.snapshot->team(team) : nullptr;
    m_addMember->menuAction()->setVisible(selection.kind == NodeKind::Team);
    m_deleteTeam->setVisible(selection.kind == NodeKind::Team);
    m_removeMember->setVisible(selection.kind == NodeKind::TeamMember);
    m_makePrimary->setVisible(selection.kind == NodeKind::TeamMember);
    m_deleteTeam->setEnabled(t);
    m_removeMember->setEnabled(t && t->members.size() > 2);
    m_removeMember->setToolTip(t && t->members.size() <= 2 ? tr("A team keeps at least two adapters: delete the team instead")
                                                           : tr("Take the adapter out of the team"));
    m_makePrimary->setEnabled(t && t->mode == QLatin1String("active-backup") && t->primary != selectedMember());
    m_addMember->clear();
    if (t)
        for (const Nic &n : selection.snapshot->nics)
            if (n.master.isEmpty())
                m_addMember->addAction(n.module.isEmpty() ? n.name : tr("%1 (module %2)").arg(n.name, n.module),
                                       this, [this, name = n.name] {
                                           TeamEdit e;
                                           e.kind = TeamEdit::Kind::AddMember;
                                           e.team = selectedTeam();
                                           e.adapter = name;
                                           openTeamEdit(e);
                                       });
    m_addMember->setEnabled(t && !m_addMember->isEmpty());
}

QString NetworkActions::selectedTeam() const
{
    if (m_selection.kind == NodeKind::Team)
        return m_selection.object;
    if (m_selection.kind == NodeKind::TeamMember)
        return m_selection.object.section(QLatin1Char('/'), 0, 0);
    return {};
}

QString NetworkActions::selectedMember() const
{
    return m_selection.kind == NodeKind::TeamMember ? m_selection.object.section(QLatin1Char('/'), 1) : QString();
}

NetChangeDialog *NetworkActions::openTeamEdit(const TeamEdit &edit)
{
    if (!m_selection.live())
        return nullptr;
    auto *d = new NetChangeDialog(m_selection.session, edit, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowModality(Qt::WindowModal);
    d->show();
    return d;
}

QList<QAction *> NetworkActions::buttons() const
{
    switch (m_selection.kind) {
    case NodeKind::Nic: return {m_newTeam, m_identify};
    case NodeKind::Team: return {m_newTeam, m_addMember->menuAction(), m_deleteTeam};
    case NodeKind::TeamMember: return {m_makePrimary, m_removeMember};
    case NodeKind::Group:
        return m_selection.object == QLatin1String("network") || m_selection.object == QLatin1String("teams")
            ? QList<QAction *>{m_newTeam}
            : QList<QAction *>{};
    default: return {};
    }
}

QList<QAction *> NetworkActions::contextActions() const { return buttons(); }

TeamWizard *NetworkActions::openTeamWizard()
{
    if (!m_selection.live())
        return nullptr;
    QStringList pre;
    if (m_selection.kind == NodeKind::Nic)
        pre << m_selection.object;
    auto *w = new TeamWizard(m_selection.session, pre, m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowModality(Qt::WindowModal);
    const QString host = m_selection.host;
    connect(w, &TeamWizard::teamBuilt, this, [this, host](const QString &bond) { emit teamBuilt(host, bond); });
    w->show();
    return w;
}

} // namespace ftc
