#pragma once
// The Setup page: the guide's five steps as a checklist ticked from the
// host's live state (checks/SetupSteps), with the button that does the next
// step where the console has one (the add-disk wizard, the Teaming Wizard, a
// plan). Shown in place of the properties pane for a host's Setup node.

#include "checks/SetupSteps.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ftc {

class SetupPage : public QWidget {
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);

    // fixable: finding ids the console has an action for on this host.
    void setSteps(const QString &hostName, const QList<SetupStep> &steps, const QSet<QString> &fixable);
    QTreeWidget *list() const { return m_list; }
    QPushButton *doItButton() const { return m_doIt; }
    // Selects the item with this id; false when there is none.
    bool selectItem(const QString &id);

signals:
    // The first (worst) finding of the selected item: what the action fixes.
    void doItRequested(const ftc::Finding &finding);

private:
    void updateDetail();
    const SetupItem *current() const;

    QLabel *m_title;
    QProgressBar *m_progress;
    QTreeWidget *m_list;
    QLabel *m_detail;
    QPushButton *m_doIt;
    QList<SetupStep> m_steps;
    QSet<QString> m_fixable;
};

} // namespace ftc
