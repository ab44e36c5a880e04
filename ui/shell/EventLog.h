#pragma once
// The event log dock's contents: time, host, object, message; newest at the bottom,
// bounded so a host flapping for days cannot eat the memory.

#include "model/HostEvent.h"

#include <QWidget>

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
    // host's last `last` events, oldest first (for reports).
    QList<HostEvent> events(const QString &host, int last) const;
    // "host|object|message" of each row, for tests and copy.
    QStringList messages() const;
    QTableView *view() const { return m_view; }

private:
    QStandardItemModel *m_model;
    QTableView *m_view;
    int m_maxRows;
    QList<HostEvent> m_events;   // as appended, bounded like the rows
};

} // namespace ftc
