#pragma once
// The host area's actions: Operation History (what the console did to the
// host, from its journal), Module Placement (which module each disk and
// adapter sits in, saved with the host's settings and handed to its session),
// the libvirt connection, and Save VM States When the Host Stops (the host's
// libvirt-guests ON_SHUTDOWN, whose plan is previewed).

#include "plan/Plan.h"
#include "shell/Selection.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ftc {

class HistoryDialog;
class ModuleOverridesDialog;

class HostActions : public QObject {
    Q_OBJECT
public:
    // window: parent of the dialogs this opens.
    explicit HostActions(QWidget *window);

    // The Host menu, for the menu bar.
    QMenu *menu() const { return m_menu; }
    QList<QAction *> contextActions() const;
    // For the properties pane of a host.
    QList<QAction *> buttons() const;
    void select(const Selection &selection);

    // Window-modal, deleted when closed; null without a host selected (or, for
    // module placement, before the host's first snapshot).
    HistoryDialog *openHistory(const Selection &at);
    ModuleOverridesDialog *openModulePlacement(const Selection &at);
    // Asks for the host's libvirt URI, saves it with the host's settings and
    // hands it to the session; false when cancelled or refused.
    bool askLibvirtUri(const Selection &at);
    // Checked when the host's libvirt-guests saves the VMs (ON_SHUTDOWN is
    // not "shutdown"); toggling it asks for the plan that changes it.
    QAction *saveVmStatesAction() const { return m_saveVmStates; }

signals:
    // A plan to preview before it runs on host.
    void planRequested(const QString &host, const ftc::Plan &plan);

private:
    void updateSaveVmStates();

    QWidget *m_window;
    Selection m_selection;
    QMenu *m_menu;
    QAction *m_history;
    QAction *m_placement;
    QAction *m_libvirt = nullptr;
    QAction *m_saveVmStates = nullptr;
};

} // namespace ftc
