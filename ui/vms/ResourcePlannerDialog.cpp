#include "ResourcePlannerDialog.h"

#include "BadgeTone.h"
#include "CreateVmWizard.h"
#include "common/StateStyle.h"
#include "session/HostSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ftc {

namespace {

constexpr qint64 kHostReserveBytes = qint64(512) << 20;

QString num(double v, int decimals = 1)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

ResourcePlannerDialog::ResourcePlannerDialog(HostSession *session, const QString &path, QWidget *parent)
    : QDialog(parent), m_session(session), m_path(path)
{
    setObjectName(QStringLiteral("resourcePlanner"));
    setWindowTitle(tr("Resource Planner for %1").arg(session ? session->label() : QString()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("For each server to virtualize, enter its memory and processor and how much of each it "
                                "uses (measure it over a busy week). The VM needs at least that; the guide allocates "
                                "about 50 % more. Type an allocation to replace the computed one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("servers"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Memory (MiB)"), tr("Memory use (%)"),
                                        tr("CPU (GHz)"), tr("CPU use (%)"), tr("Disk (GiB)"), tr("Minimum memory"),
                                        tr("Memory allocation"), tr("Minimum CPU"), tr("CPU allocation")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color:%1").arg(toneColor(BadgeTone::Bad).name()));
    layout->addWidget(m_problem);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    layout->addWidget(m_totals);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Server"), this);
    add->setObjectName(QStringLiteral("addServer"));
    auto *remove = new QPushButton(tr("&Remove Server"), this);
    remove->setObjectName(QStringLiteral("removeServer"));
    m_create = new QPushButton(tr("&Create VM…"), this);
    m_create->setObjectName(QStringLiteral("createVm"));
    m_create->setToolTip(tr("The create wizard, filled in from the chosen row"));
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(m_create);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1180, 480);

    connect(add, &QPushButton::clicked, this, [this] {
        PlannedServer p;
        p.name = tr("VM%1").arg(m_plan.servers.size() + 1);
        addServer(p);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0 || r >= m_plan.servers.size())
            return;
        m_plan.servers.removeAt(r);
        save();
        fill();
    });
    connect(m_create, &QPushButton::clicked, this, [this] { createVm(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellChanged, this, &ResourcePlannerDialog::cellEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const bool live = m_session && m_session->latest() && !m_session->latest()->isCapture;
        m_create->setEnabled(live && m_table->currentRow() >= 0);
    });

    QString error;
    if (!loadResourcePlan(m_path, &m_plan, &error))
        m_problem->setText(error);
    fill();
    m_create->setEnabled(false);
}

void ResourcePlannerDialog::addServer(const PlannedServer &server)
{
    m_plan.servers << server;
    save();
    fill();
    m_table->setCurrentCell(int(m_plan.servers.size()) - 1, Name);
}

void ResourcePlannerDialog::setCell(int row, Column column, const QString &text)
{
    if (QTableWidgetItem *item = m_table->item(row, column))
        item->setText(text);
}

void ResourcePlannerDialog::fill()
{
    m_filling = true;
    m_table->setRowCount(int(m_plan.servers.size()));
    for (int r = 0; r < m_plan.servers.size(); ++r) {
        const PlannedServer &p = m_plan.servers[r];
        const QString cells[Columns] = {
            p.name, p.role, QString::number(p.installedMiB), num(p.memoryUsePct, 0), num(p.cpuGHz, 2), num(p.cpuUsePct, 0),
            QString::number(p.diskGiB), tr("%1 MiB").arg(p.minimumMiB()), tr("%1 MiB").arg(p.allocationMiB()),
            tr("%1 GHz").arg(num(p.minimumGHz(), 2)), tr("%1 GHz").arg(num(p.allocationGHz(), 2))};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == MinimumMemory || c == MinimumCpu)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (c >= Installed)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if ((c == Memory && p.memoryOverrideMiB > 0) || (c == Cpu && p.cpuOverrideGHz > 0)) {
                // Bold: the admin's figure, not the computed one.
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setToolTip(tr("Typed in: replaces the computed allocation. Clear it to compute again."));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_filling = false;
    updateTotals();
}

void ResourcePlannerDialog::cellEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_plan.servers.size())
        return;
    PlannedServer &p = m_plan.servers[row];
    QString text = m_table->item(row, column)->text().trimmed();
    // The computed columns show units; what is typed may carry them too.
    for (const QString &unit : {tr("MiB"), tr("GHz"), QStringLiteral("%")})
        if (text.endsWith(unit))
            text = text.chopped(unit.size()).trimmed();
    bool ok = true;
    const double v = text.isEmpty() ? -1 : QLocale().toDouble(text, &ok);
    const auto bad = [&](double min, double max) {
        return !ok || v < min || v > max;
    };
    const QString header = m_table->horizontalHeaderItem(column)->text();
    QString problem;
    switch (column) {
    case Name: p.name = text; break;
    case Role: p.role = text; break;
    case Installed:
        if (bad(64, 1e9)) problem = tr("a whole number of MiB, at least 64"); else p.installedMiB = qint64(v);
        break;
    case MemoryUse:
        if (bad(0, 100)) problem = tr("a number from 0 to 100"); else p.memoryUsePct = v;
        break;
    case Clock:
        if (bad(0.01, 1000)) problem = tr("a number of GHz, e.g. 2.4"); else p.cpuGHz = v;
        break;
    case CpuUse:
        if (bad(0, 100)) problem = tr("a number from 0 to 100"); else p.cpuUsePct = v;
        break;
    case Disk:
        if (bad(1, 1e7)) problem = tr("a whole number of GiB, at least 1"); else p.diskGiB = qint64(v);
        break;
    case Memory:
        if (text.isEmpty()) p.memoryOverrideMiB = -1;
        else if (bad(64, 1e9)) problem = tr("a whole number of MiB, at least 64, or empty to compute it");
        else p.memoryOverrideMiB = qint64(v);
        break;
    case Cpu:
        if (text.isEmpty()) p.cpuOverrideGHz = -1;
        else if (bad(0.01, 1000)) problem = tr("a number of GHz, or empty to compute it");
        else p.cpuOverrideGHz = v;
        break;
    default: break;
    }
    m_problem->setText(problem.isEmpty() ? QString()
                                         : tr("Row %1, %2: \"%3\" is not %4. The previous value is kept.")
                                               .arg(row + 1).arg(header, m_table->item(row, column)->text(), problem));
    save();
    // Recomputed columns (and a refused value put back) without losing the cell.
    const int current = m_table->currentColumn();
    fill();
    m_table->setCurrentCell(row, current < 0 ? column : current);
}

void ResourcePlannerDialog::save()
{
    QString error;
    if (!saveResourcePlan(m_path, m_plan, &error))
        m_problem->setText(error);
}

void ResourcePlannerDialog::updateTotals()
{
    const HostSnapshotPtr s = m_session ? m_session->latest() : nullptr;
    if (!s) {
        m_totals->setText(tr("The host is not read yet: no totals.").toHtmlEscaped());
        return;
    }
    const PlanTotals t = planTotals(m_plan, *s, kHostReserveBytes);
    QString html = tr("<b>Together:</b> %1 MiB of memory, %2 GiB of disk, %3 GHz of CPU. <b>%4 has:</b> %5 MiB "
                      "(%6 MiB kept for itself), %7 GiB of mirrored disks, %8 × %9 GHz.")
                       .arg(t.memoryMiB)
                       .arg(t.diskGiB)
                       .arg(num(t.cpuGHz))
                       .arg(s->label.toHtmlEscaped())
                       .arg(t.hostMemoryMiB)
                       .arg(t.hostReserveMiB)
                       .arg(t.mirroredGiB)
                       .arg(t.hostCpus)
                       .arg(num(t.hostCpuGHz));
    if (t.shortfalls.isEmpty())
        html += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(toneColor(BadgeTone::Good).name(), tr("The host has room for all of them.").toHtmlEscaped());
    for (const QString &f : t.shortfalls)
        html += QStringLiteral("<br><span style='color:%1'>%2</span>").arg(toneColor(BadgeTone::Bad).name(), f.toHtmlEscaped());
    m_totals->setText(html);
}

CreateVmWizard *ResourcePlannerDialog::createVm(int row)
{
    if (row < 0 || row >= m_plan.servers.size() || !m_session || !m_session->latest() || m_session->latest()->isCapture)
        return nullptr;
    auto *wizard = new CreateVmWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setRequest(createRequestFor(m_plan.servers[row], *m_session->latest(), QStringLiteral("/var/lib/libvirt/images")));
    wizard->show();
    return wizard;
}

} // namespace ftc
