#include "VmStatusPage.h"

#include "VmStatusModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ftc {

VmStatusPage::VmStatusPage(QWidget *parent)
    : QWidget(parent), m_model(new VmStatusModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel(this)), m_summary(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_bar(new QToolBar(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("vmStatusPage"));
    auto *layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setText(tr("Master Status"));
    layout->addWidget(m_title);
    m_summary->setTextFormat(Qt::PlainText);
    // Long in German: it wraps rather than squeezing the filter box.
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    m_filter->setObjectName(QStringLiteral("vmFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or state"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(180);
    m_filter->setMaximumWidth(240);
    top->addWidget(m_filter);
    layout->addLayout(top);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VmStatusModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Sorting and filtering follow every in-place update.
    m_proxy->setDynamicSortFilter(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("vmStatusTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VmStatusModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(VmStatusModel::Name, 180);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Thousands of rows: fixed heights keep scrolling cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentVmChanged(currentVm()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit vmActivated(index.data(VmStatusModel::NameRole).toString());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->setCurrentIndex(index);
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        for (QAction *a : std::as_const(m_context))
            if (a->isVisible())
                menu.addAction(a);
        if (!menu.isEmpty())
            menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

void VmStatusPage::setSnapshot(const HostSnapshotPtr &snapshot)
{
    m_model->update(snapshot);
    if (!snapshot) {
        m_summary->clear();
        return;
    }
    int running = 0;
    double cpu = 0;
    bool cpuKnown = false;
    for (const Vm &vm : snapshot->vms) {
        running += vm.running() ? 1 : 0;
        cpu += qMax(0.0, vm.cpuPct);
        cpuKnown = cpuKnown || vm.cpuPct >= 0;
    }
    const int cpus = qMax(1, snapshot->info.cpus);
    const QString counts = tr("%1 — virtual machines: %2, running: %3")
                               .arg(snapshot->label, QString::number(snapshot->vms.size()), QString::number(running));
    // libvirt's test driver and a first refresh have no CPU times to compare.
    m_summary->setText(cpuKnown ? tr("%1, using %2 % of the system's CPU together.")
                                      .arg(counts, QLocale().toString(cpu / cpus, 'f', 1))
                                : counts + QLatin1Char('.'));
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        // The first look: columns as wide as what they hold.
        m_table->resizeColumnsToContents();
        // A 200-character name must not push every other column away.
        if (m_table->columnWidth(VmStatusModel::Name) > 260)
            m_table->setColumnWidth(VmStatusModel::Name, 260);
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
}

void VmStatusPage::setActions(const QList<QAction *> &buttons, const QList<QAction *> &context)
{
    if (m_bar->actions() != buttons) {
        m_bar->clear();
        m_bar->addActions(buttons);
    }
    m_context = context;
}

void VmStatusPage::setBusy(const QHash<QString, QString> &busy)
{
    m_model->setBusy(busy);
}

void VmStatusPage::setCheckFacts(const CheckFacts &facts)
{
    m_model->setCheckFacts(facts);
}

QString VmStatusPage::currentVm() const
{
    return m_table->currentIndex().data(VmStatusModel::NameRole).toString();
}

bool VmStatusPage::selectVm(const QString &vm)
{
    const int row = m_model->rowOf(vm);
    if (row < 0)
        return false;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid())
        return false;
    m_table->setCurrentIndex(at);
    return true;
}

} // namespace ftc
