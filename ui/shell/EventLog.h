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
    // "host|object|message" of each row, for tests and copy.
    QStringList messages() const;
    QTableView *view() const { return m_view; }

private:
    QStandardItemModel *m_model;
    QTableView *m_view;
    int m_maxRows;
};

} // namespace ftc
