#include "DemoMenu.h"

#include "demo/DemoFaults.h"

#include <QMenu>
#include <QWidget>

namespace ftc {

namespace {
enum Verb { Pull, Insert, Unplug, Plug };
} // namespace

DemoMenu::DemoMenu(QWidget *window)
    : QObject(window), m_menu(new QMenu(tr("&Demo"), window))
{
    m_menu->setObjectName(QStringLiteral("demoMenu"));
    m_menu->setToolTipsVisible(true);
    const struct {
        Verb verb;
        QString text;
        const char *id;
    } entries[] = {{Pull, tr("&Pull Disk"), "demoPullDisk"},
                   {Insert, tr("&Insert Disk"), "demoInsertDisk"},
                   {Unplug, tr("&Unplug Cable"), "demoUnplug"},
                   {Plug, tr("P&lug Cable"), "demoPlug"}};
    for (const auto &e : entries) {
        QMenu *sub = m_menu->addMenu(e.text);
        sub->setObjectName(QString::fromLatin1(e.id));
        const int verb = e.verb;
        connect(sub, &QMenu::aboutToShow, this, [this, sub, verb] { fill(sub, verb); });
    }
    m_menu->addSeparator();
    // The rollback path of a network change: the host must restore itself.
    QAction *lose = m_menu->addAction(tr("Lose &Connection on Next Network Change"));
    lose->setObjectName(QStringLiteral("demoLoseConnection"));
    lose->setToolTip(tr("The next team built on the demo host cuts the console off: it cannot confirm the change, "
                        "and the host's own rollback timer restores the previous network configuration."));
    connect(lose, &QAction::triggered, this,
            [this] { inject(DemoFault::LoseConnectionOnNextNetworkChange, QString()); });
    m_menu->setEnabled(false);
}

void DemoMenu::select(const Selection &selection)
{
    m_selection = selection;
    m_menu->setEnabled(selection.session && selection.snapshot
                       && selection.session->spec().kind == HostSpec::Kind::Demo);
}

void DemoMenu::fill(QMenu *menu, int verb)
{
    menu->clear();
    const HostSnapshot *s = m_selection.snapshot.get();
    if (s) {
        auto add = [&](const QString &text, const QString &name, DemoFault fault) {
            QAction *a = menu->addAction(text);
            a->setData(name);
            connect(a, &QAction::triggered, this, [this, fault, name] { inject(fault, name); });
        };
        if (verb == Pull) {
            for (const Disk &d : s->disks)
                add(d.module.isEmpty() ? d.name : tr("%1 (module %2, slot %3)").arg(d.name, d.module).arg(d.slot),
                    d.name, DemoFault::PullDisk);
        } else if (verb == Insert && s->history) {
            // The bays of disks the host has shown and no longer has.
            for (const QString &name : s->history->seenDisks) {
                if (s->disk(name))
                    continue;
                add(tr("%1 (the same disk again)").arg(name), name, DemoFault::InsertDisk);
                add(tr("%1 (a new blank disk)").arg(name), name, DemoFault::InsertBlankDisk);
            }
        } else if (verb == Unplug || verb == Plug) {
            const bool plug = verb == Plug;
            for (const Nic &n : s->nics)
                if (n.carrier != plug)
                    add(n.name, n.name, plug ? DemoFault::PlugCable : DemoFault::UnplugCable);
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("Nothing to choose"))->setEnabled(false);
}

void DemoMenu::inject(DemoFault fault, const QString &device)
{
    if (!m_selection.session || m_selection.session->spec().kind != HostSpec::Kind::Demo)
        return;
    Plan plan;
    switch (fault) {
    case DemoFault::PullDisk:
        plan.title = tr("Simulate: pull disk %1").arg(device);
        break;
    case DemoFault::InsertDisk:
        plan.title = tr("Simulate: insert disk %1 again").arg(device);
        break;
    case DemoFault::InsertBlankDisk:
        plan.title = tr("Simulate: insert a new blank disk as %1").arg(device);
        break;
    case DemoFault::UnplugCable:
        plan.title = tr("Simulate: unplug the cable of %1").arg(device);
        break;
    case DemoFault::PlugCable:
        plan.title = tr("Simulate: plug the cable of %1 back in").arg(device);
        break;
    case DemoFault::LoseConnectionOnNextNetworkChange:
        plan.title = tr("Simulate: the next network change cuts the console off");
        break;
    }
    plan.steps << PlanStep{plan.title, demoFaultCommand(fault, device)};
    emit runRequested(m_selection.host, plan);
}

} // namespace ftc
