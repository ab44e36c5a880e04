#include "EventLog.h"
#include "PlainText.h"

#include "BadgeTone.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ftc {

namespace {
BadgeTone toneOf(HostEvent::Severity s)
{
    switch (s) {
    case HostEvent::Severity::Info: return BadgeTone::Good;
    case HostEvent::Severity::Warning: return BadgeTone::Warning;
    case HostEvent::Severity::Error: return BadgeTone::Bad;
    }
    return BadgeTone::Neutral;
}
} // namespace

EventLog::EventLog(QWidget *parent, int maxRows)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, 4, this))
    , m_view(new QTableView(this))
    , m_maxRows(maxRows)
{
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Host"), tr("Object"), tr("Message")});
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("eventLogView"));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths from the font: ResizeToContents does not follow rows appended
    // while the view is shown, and would cost a pass over all rows each time.
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("8888-88-88 88:88:88")) + 40);
    m_view->setColumnWidth(1, 160);
    m_view->setColumnWidth(2, 90);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void EventLog::append(const HostEvent &event)
{
    append(QList<HostEvent>{event});
}

void EventLog::append(const QList<HostEvent> &events)
{
    if (events.isEmpty())
        return;
    // Follow the newest rows only when the user is already looking at the bottom.
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    for (const HostEvent &e : events) {
        const QDateTime t = e.time.isValid() ? e.time : QDateTime::currentDateTime();
        auto *time = new QStandardItem(QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        time->setIcon(toneIcon(toneOf(e.severity)));
        auto *message = new QStandardItem(e.message);
        message->setToolTip(plainToolTip(e.message));
        m_model->appendRow({time, new QStandardItem(e.host), new QStandardItem(e.object), message});
        HostEvent kept = e;
        kept.time = t;
        m_events << kept;
    }
    const int excess = m_model->rowCount() - m_maxRows;
    if (excess > 0)
        m_model->removeRows(0, excess);
    if (m_events.size() > m_maxRows)
        m_events.remove(0, m_events.size() - m_maxRows);
    if (atBottom)
        m_view->scrollToBottom();
}

int EventLog::rowCount() const { return m_model->rowCount(); }

QList<HostEvent> EventLog::events(const QString &host, int last) const
{
    QList<HostEvent> out;
    for (auto it = m_events.crbegin(); it != m_events.crend() && out.size() < last; ++it)
        if (it->host == host)
            out.prepend(*it);
    return out;
}

QStringList EventLog::messages() const
{
    QStringList out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out << m_model->item(r, 1)->text() + QLatin1Char('|') + m_model->item(r, 2)->text() + QLatin1Char('|')
                   + m_model->item(r, 3)->text();
    return out;
}

} // namespace ftc
