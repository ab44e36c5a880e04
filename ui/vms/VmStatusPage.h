#pragma once
// The Master Status page: every VM of a host in a sortable, filterable table
// that is updated in place (VmStatusModel), with the VM actions as buttons and
// in the rows' context menu. Shown in place of the properties pane when the
// host's Virtual machines group is selected.

#include "checks/CheckFacts.h"
#include "model/HostSnapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class QAction;

namespace ftc {

class VmStatusModel;

class VmStatusPage : public QWidget {
    Q_OBJECT
public:
    explicit VmStatusPage(QWidget *parent = nullptr);

    void setSnapshot(const HostSnapshotPtr &snapshot);
    // Buttons above the table and the rows' context menu.
    void setActions(const QList<QAction *> &buttons, const QList<QAction *> &context);
    // "Starting…" in place of the state while a plan runs for the VM.
    void setBusy(const QHash<QString, QString> &busy);
    void setCheckFacts(const CheckFacts &facts);

    QString currentVm() const;
    bool selectVm(const QString &vm);
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    VmStatusModel *model() const { return m_model; }

signals:
    void currentVmChanged(const QString &vm);
    // Double click or Enter on a row: open the VM's own page.
    void vmActivated(const QString &vm);

private:
    VmStatusModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QToolBar *m_bar;
    QTableView *m_table;
    QList<QAction *> m_context;
};

} // namespace ftc
