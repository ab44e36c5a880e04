#include "EventLog.h"
#include "PlainText.h"

#include "BadgeTone.h"
#include "common/StateStyle.h"

#include "report/CsvReport.h"
#include "report/ReportFiles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSortFilterProxyModel>
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

constexpr int SeverityRole = Qt::UserRole + 1;

QString severityText(HostEvent::Severity s)
{
    switch (s) {
    case HostEvent::Severity::Info: return EventLog::tr("Information");
    case HostEvent::Severity::Warning: return EventLog::tr("Warning");
    case HostEvent::Severity::Error: return EventLog::tr("Error");
    }
    return {};
}

// Rows of the chosen host, at least the chosen severity, and holding the search
// text in their object or message (case-insensitive).
class EventFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &host, int minSeverity, const QString &text)
    {
        m_host = host;
        m_minSeverity = minSeverity;
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!m_host.isEmpty() && m->index(row, 1, parent).data().toString() != m_host)
            return false;
        if (m->index(row, 0, parent).data(SeverityRole).toInt() < m_minSeverity)
            return false;
        if (m_text.isEmpty())
            return true;
        return m->index(row, 2, parent).data().toString().contains(m_text, Qt::CaseInsensitive)
            || m->index(row, 3, parent).data().toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_host;
    int m_minSeverity = 0;
    QString m_text;
};
} // namespace

EventLog::EventLog(QWidget *parent, int maxRows)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, 4, this))
    , m_proxy(new EventFilter(this))
    , m_view(new QTableView(this))
    , m_host(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_maxRows(maxRows)
{
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Host"), tr("Object"), tr("Message")});
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
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
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &EventLog::showMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        emit objectActivated(m_model->item(source.row(), 1)->text(), m_model->item(source.row(), 2)->text());
    });
    auto *copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &EventLog::copySelection);
    m_view->addAction(copy);

    m_host->setObjectName(QStringLiteral("eventHostFilter"));
    m_host->addItem(tr("All hosts"), QString());
    m_severity->setObjectName(QStringLiteral("eventSeverityFilter"));
    m_severity->addItem(tr("All events"), int(HostEvent::Severity::Info));
    m_severity->addItem(tr("Warnings and errors"), int(HostEvent::Severity::Warning));
    m_severity->addItem(tr("Errors only"), int(HostEvent::Severity::Error));
    m_search->setObjectName(QStringLiteral("eventSearch"));
    m_search->setPlaceholderText(tr("Search objects and messages"));
    m_search->setClearButtonEnabled(true);
    const auto refilter = [this] {
        static_cast<EventFilter *>(m_proxy)->set(m_host->currentData().toString(), m_severity->currentData().toInt(),
                                                 m_search->text().trimmed());
    };
    connect(m_host, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_search, &QLineEdit::textChanged, this, refilter);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(2, 2, 2, 0);
    bar->addWidget(m_host);
    bar->addWidget(m_severity);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

void EventLog::addHostChoice(const QString &host)
{
    if (host.isEmpty() || m_host->findData(host) >= 0)
        return;
    m_host->addItem(host, host);
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
        time->setIcon(toneIcon(e.reachedOpState       ? StateStyle::tone(*e.reachedOpState)
                               : e.reachedMemberState ? StateStyle::tone(*e.reachedMemberState)
                                                      : toneOf(e.severity)));
        time->setData(int(e.severity), SeverityRole);
        time->setToolTip(severityText(e.severity));
        addHostChoice(e.host);
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

int EventLog::shownRowCount() const { return m_proxy->rowCount(); }

QList<int> EventLog::chosenSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_proxy->mapToSource(i).row();
    if (rows.isEmpty())
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString EventLog::selectedText() const
{
    QStringList lines;
    for (int r : chosenSourceRows())
        lines << QStringList{m_model->item(r, 0)->text(), m_model->item(r, 1)->text(), m_model->item(r, 2)->text(),
                             m_model->item(r, 0)->toolTip(), m_model->item(r, 3)->text()}
                     .join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n'));
}

void EventLog::copySelection() const
{
    QApplication::clipboard()->setText(selectedText());
}

QByteArray EventLog::shownCsv() const
{
    ReportTable t;
    t.columns = {tr("Time"), tr("Host"), tr("Object"), tr("Severity"), tr("Message")};
    for (int p = 0; p < m_proxy->rowCount(); ++p) {
        const int r = m_proxy->mapToSource(m_proxy->index(p, 0)).row();
        // ISO time in the file, whatever the locale shows: a spreadsheet reads it.
        t.rows << QStringList{m_events.value(r).time.toLocalTime().toString(Qt::ISODate), m_model->item(r, 1)->text(),
                              m_model->item(r, 2)->text(), m_model->item(r, 0)->toolTip(), m_model->item(r, 3)->text()};
    }
    return csvTable(t);
}

void EventLog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Event Log"), QStringLiteral("events.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeFileAtomically(path, shownCsv(), &error))
        QMessageBox::warning(this, tr("Export Event Log"), tr("The event log was not saved: %1").arg(error));
}

void EventLog::showMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy"), this, &EventLog::copySelection);
    menu.addAction(tr("&Export Shown Events as CSV…"), this, &EventLog::exportCsv);
    const QModelIndex at = m_view->indexAt(pos);
    if (at.isValid()) {
        const QModelIndex source = m_proxy->mapToSource(at);
        const QString host = m_model->item(source.row(), 1)->text();
        const QString object = m_model->item(source.row(), 2)->text();
        menu.addSeparator();
        menu.addAction(object.isEmpty() ? tr("Show %1").arg(host) : tr("Show %1").arg(object), this,
                       [this, host, object] { emit objectActivated(host, object); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

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
