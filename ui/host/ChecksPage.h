#pragma once
// The Checks page: the host's findings grouped by area (worst first), each
// with its severity, object and message; the selected one's remedy below, with
// Fix… when the console has the action that fixes it and Show in Tree. Shown in
// place of the properties pane when a host's Checks node is selected.

#include "checks/Findings.h"

#include <QDateTime>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ftc {

class ChecksPage : public QWidget {
    Q_OBJECT
public:
    explicit ChecksPage(QWidget *parent = nullptr);

    // hostName: the title's host. factsNote: when the one-off facts were read,
    // or why not. fixable: the finding ids the console can fix (live hosts).
    void setFindings(const QString &hostName, const QList<Finding> &findings, const QString &factsNote,
                     const QSet<QString> &fixable);
    void setBusy(bool reading);
    QTreeWidget *list() const { return m_list; }
    // The finding selected, if any.
    std::optional<Finding> current() const;
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *checkNowButton() const { return m_checkNow; }

signals:
    void checkNowRequested();
    void fixRequested(const ftc::Finding &finding);
    void showRequested(const ftc::Finding &finding);

private:
    void updateDetail();

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_facts;
    QPushButton *m_checkNow;
    QTreeWidget *m_list;
    QLabel *m_remedy;
    QPushButton *m_fix;
    QPushButton *m_show;
    QList<Finding> m_findings;
    QSet<QString> m_fixable;
};

} // namespace ftc
