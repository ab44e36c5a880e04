#pragma once
// The virtual machines area's actions: New Virtual Machine (the create
// wizard, for the selected host), Resource Planner, Remote Control, Start (or Restore a saved state), Shut
// Down, Turn Off, Save State, Reset, Pause, Resume, Start with Host, Save State
// When the Host Stops, CPU Resources and Edit Configuration. They follow the tree's selection or,
// on the Master Status page, the row chosen there; each has a shortcut.
// Turn Off and Reset ask first (the guest loses what it has not written); the
// lifecycle actions then run at once and the VM shows as busy until its plan
// ends; CPU Resources opens its dialog, whose plan is previewed.

#include "plan/Plan.h"
#include "shell/Selection.h"
#include "vms/VmPlanner.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace ftc {

class CreateVmWizard;
class VmCpuDialog;
class VmEditDialog;
class ResourcePlannerDialog;
class VmConsoleWindow;

class VmActions : public QObject {
    Q_OBJECT
public:
    // window: parent of the dialogs. run: starts a plan on a host and returns
    // its id (HostSession::applyPlan), so the VM can show as busy meanwhile.
    VmActions(QWidget *window, std::function<int(const QString &host, const Plan &plan)> run);

    QMenu *menu() const { return m_menu; }
    void select(const Selection &selection);
    // The Master Status page's current row while the Virtual machines group is selected.
    void setCurrentVm(const QString &vm);
    QString currentVm() const { return m_vm; }
    QList<QAction *> buttons() const;
    QList<QAction *> contextActions() const;
    QAction *action(VmAction a) const { return m_lifecycle.value(int(a)); }
    QAction *cpuAction() const { return m_cpu; }
    QAction *autostartAction() const { return m_autostart; }
    QAction *saveOnStopAction() const { return m_saveOnStop; }

    // "Starting…" while a plan of this console runs for the VM; empty otherwise.
    QString busyText(const QString &host, const QString &vm) const;
    // VM -> busy text, for one host.
    QHash<QString, QString> busyOn(const QString &host) const;

    // Asks first for Turn Off and Reset; ask (tests) replaces the question box.
    void trigger(VmAction a);
    void setAsk(std::function<bool(const QString &title, const QString &text)> ask) { m_ask = std::move(ask); }
    VmCpuDialog *openCpuDialog();
    // Virtual Machine ▸ New Virtual Machine on the selected host; null when it is not live.
    CreateVmWizard *openCreateWizard();
    // Virtual Machine ▸ Edit Configuration for the current VM.
    VmEditDialog *openEditDialog();
    QAction *editAction() const { return m_edit; }
    // Virtual Machine ▸ Resource Planner for the selected host (its plan kept in the user's data directory).
    ResourcePlannerDialog *openPlanner();
    QAction *plannerAction() const { return m_planner; }
    // Virtual Machine ▸ Remote Control: the current VM's screen in a window of its own.
    VmConsoleWindow *openConsole();
    QAction *consoleAction() const { return m_console; }
    QAction *createAction() const { return m_create; }

signals:
    void planRequested(const QString &host, const ftc::Plan &plan);
    void busyChanged(const QString &host);
    // The create wizard made vm on host.
    void vmCreated(const QString &host, const QString &vm);

private:
    void createActions();
    void update();
    void track(HostSession *session, int planId, const QString &vm, const QString &text);
    const Vm *vm() const;

    QWidget *m_window;
    std::function<int(const QString &, const Plan &)> m_run;
    std::function<bool(const QString &, const QString &)> m_ask;
    Selection m_selection;
    QString m_vm;
    QMenu *m_menu = nullptr;
    QHash<int, QAction *> m_lifecycle;
    QAction *m_autostart = nullptr;
    QAction *m_saveOnStop = nullptr;
    QAction *m_cpu = nullptr;
    QAction *m_create = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_planner = nullptr;
    QAction *m_console = nullptr;
    struct Busy {
        QString host, vm, text;
    };
    QHash<QPair<HostSession *, int>, Busy> m_busy;
    QSet<HostSession *> m_watched;     // sessions whose planFinished is connected
};

} // namespace ftc
