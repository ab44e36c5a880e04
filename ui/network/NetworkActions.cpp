#include "NetworkActions.h"

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
}

QList<QAction *> NetworkActions::buttons() const
{
    switch (m_selection.kind) {
    case NodeKind::Nic: return {m_newTeam, m_identify};
    case NodeKind::Team:
    case NodeKind::TeamMember: return {m_newTeam};
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
