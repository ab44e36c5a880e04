#include "HostActions.h"

#include "HistoryDialog.h"
#include "HostSettings.h"
#include "ModuleOverridesDialog.h"
#include "session/HostSession.h"
#include "vms/LibvirtGuestsPlanner.h"
#include "vms/VirshSession.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

namespace ftc {

HostActions::HostActions(QWidget *window)
    : QObject(window), m_window(window)
{
    m_menu = new QMenu(tr("H&ost"), window);
    m_menu->setObjectName(QStringLiteral("hostMenu"));
    m_history = m_menu->addAction(tr("Operation &History…"), this, [this] { openHistory(m_selection); });
    m_history->setObjectName(QStringLiteral("operationHistory"));
    m_history->setIconText(tr("History", "button"));
    m_history->setToolTip(tr("Every plan applied to this host, step by step, for a change record"));
    m_placement = m_menu->addAction(tr("&Module Placement…"), this, [this] { openModulePlacement(m_selection); });
    m_placement->setObjectName(QStringLiteral("modulePlacement"));
    m_placement->setIconText(tr("Module Placement", "button"));
    m_placement->setToolTip(tr("Say which module each disk and adapter sits in when the console's guess is wrong"));
    m_libvirt = m_menu->addAction(tr("&Libvirt Connection…"), this, [this] { askLibvirtUri(m_selection); });
    m_libvirt->setObjectName(QStringLiteral("libvirtConnection"));
    m_libvirt->setToolTip(tr("Which libvirt the console reads and drives on this host (virsh -c URI)"));
    m_menu->addSeparator();
    m_saveVmStates = m_menu->addAction(tr("&Save VM States When the Host Stops"));
    m_saveVmStates->setObjectName(QStringLiteral("saveVmStates"));
    m_saveVmStates->setCheckable(true);
    m_saveVmStates->setToolTip(tr("The host's libvirt-guests: save every running VM when the host stops and restore "
                                  "it at boot, or shut each one down (ON_SHUTDOWN)"));
    connect(m_saveVmStates, &QAction::triggered, this, [this](bool on) {
        if (m_selection.live())
            emit planRequested(m_selection.host, planLibvirtGuestsOnShutdown(*m_selection.snapshot, on));
        // The host's setting stays as it is until the plan has run.
        updateSaveVmStates();
    });
    select(Selection());
}

void HostActions::updateSaveVmStates()
{
    const bool known = m_selection.live() && m_selection.snapshot->libvirtGuests.known;
    m_saveVmStates->setEnabled(known);
    m_saveVmStates->setChecked(known && m_selection.snapshot->libvirtGuests.suspends());
}

bool HostActions::askLibvirtUri(const Selection &at)
{
    if (!at.session || (at.snapshot && at.snapshot->isCapture))
        return false;
    const QString current = loadLibvirtUri(at.host);
    bool ok = false;
    const QString uri = QInputDialog::getText(m_window, tr("Libvirt Connection"),
                                              tr("The libvirt URI virsh uses on %1 (qemu:///system, qemu:///session, "
                                                 "test:///path/node.xml…):").arg(at.host),
                                              QLineEdit::Normal,
                                              current.isEmpty() ? QString::fromLatin1(kDefaultLibvirtUri) : current, &ok)
                              .trimmed();
    if (!ok)
        return false;
    QString error;
    if (!checkLibvirtUri(uri, &error)) {
        QMessageBox::warning(m_window, tr("Libvirt Connection"), error);
        return false;
    }
    saveLibvirtUri(at.host, uri == QLatin1String(kDefaultLibvirtUri) ? QString() : uri);
    at.session->setLibvirtUri(uri);
    return true;
}

QList<QAction *> HostActions::contextActions() const
{
    if (m_selection.kind == NodeKind::Host)
        return {m_history, m_placement, m_saveVmStates};
    return m_selection.kind == NodeKind::Module ? QList<QAction *>{m_history, m_placement} : QList<QAction *>{};
}

QList<QAction *> HostActions::buttons() const
{
    return m_selection.kind == NodeKind::Host ? QList<QAction *>{m_history, m_placement} : QList<QAction *>{};
}

void HostActions::select(const Selection &selection)
{
    m_selection = selection;
    m_history->setEnabled(!selection.host.isEmpty());
    // A capture can be placed too: its snapshot is rebuilt with the overrides.
    m_placement->setEnabled(selection.session && selection.snapshot);
    m_libvirt->setEnabled(selection.session && !(selection.snapshot && selection.snapshot->isCapture));
    updateSaveVmStates();
}

HistoryDialog *HostActions::openHistory(const Selection &at)
{
    if (at.host.isEmpty())
        return nullptr;
    auto *dialog = new HistoryDialog(at.host, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (at.session) {
        // A plan that finishes while the history is open shows up in it.
        connect(at.session, &HostSession::planFinished, dialog, [dialog] { dialog->reload(); });
    }
    dialog->show();
    return dialog;
}

ModuleOverridesDialog *HostActions::openModulePlacement(const Selection &at)
{
    if (!at.session || !at.snapshot)
        return nullptr;
    auto *dialog = new ModuleOverridesDialog(at.host, *at.snapshot, loadModuleOverrides(at.host), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QPointer<HostSession> session = at.session;
    const QString host = at.host;
    connect(dialog, &QDialog::accepted, this, [dialog, session, host] {
        const QMap<QString, QString> overrides = dialog->overrides();
        saveModuleOverrides(host, overrides);
        if (session)
            session->setModuleOverrides(overrides);
    });
    dialog->show();
    return dialog;
}

} // namespace ftc
