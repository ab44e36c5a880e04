#pragma once
// The event log dock: what changed on every open host, newest last, with a
// filter by host and severity, a search over object and message, copy of the
// selected rows, export of what is shown as CSV, and a double-click that asks
// the window to show the event's object.

#include "model/HostEvent.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace ftc {

class EventLog : public QWidget {
    Q_OBJECT
public:
    explicit EventLog(QWidget *parent = nullptr, int maxRows = 5000);

    void append(const HostEvent &event);
    void append(const QList<HostEvent> &events);
    int rowCount() const;
    // Rows the filter and search let through.
    int shownRowCount() const;
    // host's last `last` events, oldest first (for reports).
    QList<HostEvent> events(const QString &host, int last) const;
    // "host|object|message" of each row, for tests and copy.
    QStringList messages() const;
    QTableView *view() const { return m_view; }
    QComboBox *hostFilter() const { return m_host; }
    QComboBox *severityFilter() const { return m_severity; }
    QLineEdit *searchEdit() const { return m_search; }

    // The selected rows (all shown ones when none is selected) as tab-separated
    // lines "time, host, object, severity, message", as copied to the clipboard.
    QString selectedText() const;
    void copySelection() const;
    // The rows shown, as CSV (RFC 4180, UTF-8, a header row).
    QByteArray shownCsv() const;
    // Asks for a file and writes shownCsv() there atomically.
    void exportCsv();

signals:
    // A row was double-clicked: show the host's object ("" for the host itself).
    void objectActivated(const QString &host, const QString &object);

private:
    void addHostChoice(const QString &host);
    QList<int> chosenSourceRows() const;
    void showMenu(const QPoint &pos);

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_host;
    QComboBox *m_severity;
    QLineEdit *m_search;
    int m_maxRows;
    QList<HostEvent> m_events;   // as appended, bounded like the rows
};

} // namespace ftc
