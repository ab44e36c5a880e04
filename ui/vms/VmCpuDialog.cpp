#include "VmCpuDialog.h"

#include "CpuSliders.h"
#include "host/HostSettings.h"
#include "vms/VmPlanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ftc {

VmCpuDialog::VmCpuDialog(const HostSnapshotPtr &snapshot, const QString &vm, QWidget *parent)
    : QDialog(parent), m_snapshot(snapshot), m_vm(vm), m_sliders(new CpuSliders(this)),
      m_hostReserve(new QSpinBox(this)), m_errors(new QLabel(this)), m_table(new QTableWidget(this)),
      m_preview(new QPushButton(tr("&Preview…"), this))
{
    setObjectName(QStringLiteral("vmCpuDialog"));
    setWindowTitle(tr("CPU Resources of %1").arg(vm));
    const int cpus = qMax(1, snapshot ? snapshot->info.cpus : 1);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Weight decides how spare CPU time is shared; a reservation is guaranteed even when "
                                "every VM is busy; the maximum is a cap for each virtual CPU. All in % of one CPU; "
                                "this host has %1.")
                                 .arg(cpus),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_sliders->setHostCpus(cpus);
    layout->addWidget(m_sliders);

    auto *form = new QFormLayout;
    m_hostReserve->setObjectName(QStringLiteral("hostReserveSpin"));
    m_hostReserve->setRange(0, 100 * cpus);
    m_hostReserve->setSuffix(tr(" % of one CPU"));
    m_hostReserve->setToolTip(tr("Kept for the host itself (qemu's own threads, services) when reservations "
                                 "are admitted; saved for this host."));
    const QString host = snapshot ? snapshot->label : QString();
    m_hostReserve->setValue(loadHostReservePct(host));
    form->addRow(tr("Host &reserve"), m_hostReserve);
    layout->addLayout(form);

    m_errors->setObjectName(QStringLiteral("cpuErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_errors);

    auto *under = new QLabel(tr("Under full contention, with these values:"), this);
    layout->addWidget(under);
    m_table->setObjectName(QStringLiteral("contentionTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Virtual machine"), tr("Reserved"), tr("Weight"),
                                        tr("Gets (of one CPU)"), tr("cpu_shares")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_preview->setObjectName(QStringLiteral("previewCpuPlan"));
    m_preview->setDefault(true);
    buttons->addButton(m_preview, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this, host] {
        saveHostReservePct(host, m_hostReserve->value());
        emit planRequested(m_plan);
        accept();
    });

    if (const Vm *v = snapshot ? snapshot->vm(vm) : nullptr) {
        m_sliders->setVcpus(v->vcpus);
        m_sliders->setValues(v->cpu.weight > 0 ? v->cpu.weight : 100, qMax(0, v->cpu.reservePct),
                             v->cpu.maxPct > 0 ? v->cpu.maxPct : 100);
    }
    connect(m_sliders, &CpuSliders::changed, this, &VmCpuDialog::replan);
    connect(m_hostReserve, &QSpinBox::valueChanged, this, &VmCpuDialog::replan);
    replan();
    resize(720, 520);
}

void VmCpuDialog::replan()
{
    if (!m_snapshot)
        return;
    CpuSchedule schedule;
    m_plan = planVmCpu(*m_snapshot,
                       VmCpuRequest{m_vm, m_sliders->weight(), m_sliders->reservePct(), m_sliders->maxPct()},
                       m_hostReserve->value(), m_snapshot->libvirtUri.toUtf8(), &schedule);
    m_errors->setText(m_plan.errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!m_plan.errors.isEmpty());
    m_preview->setEnabled(m_plan.ok());

    const QLocale locale;
    m_table->setRowCount(int(schedule.vms.size()));
    for (int i = 0; i < schedule.vms.size(); ++i) {
        const CpuEntitlement &e = schedule.vms[i];
        const Vm *vm = m_snapshot->vm(e.vm);
        const bool self = e.vm == m_vm;
        const int reserve = self ? m_sliders->reservePct() : (vm ? qMax(0, vm->cpu.reservePct) : 0);
        const int weight = self ? m_sliders->weight() : (vm ? vm->cpu.weight : -1);
        const QStringList cells{e.vm, tr("%1 %").arg(reserve), QString::number(weight),
                                vm && vm->running()
                                    ? tr("%1 %").arg(locale.toString(e.underContentionPct, 'f', 0))
                                    : tr("%1 % (when running)").arg(locale.toString(e.entitledPct, 'f', 0)),
                                QString::number(e.cpuShares)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (self) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace ftc
