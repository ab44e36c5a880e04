#include "VmStatusModel.h"

#include "checks/Findings.h"

#include "DisplayFormat.h"
#include "VmDetails.h"
#include "common/StateStyle.h"

#include <QLocale>
#include <QSet>

namespace ftc {

namespace {

bool sameRow(const Vm &a, const Vm &b)
{
    return a.state == b.state && a.cpuPct == b.cpuPct && a.memoryBytes == b.memoryBytes && a.vcpus == b.vcpus
        && a.autostart == b.autostart && a.saveOnStop == b.saveOnStop && a.managedSave == b.managedSave;
}

QString yesNo(const std::optional<bool> &b)
{
    if (!b)
        return orDash(QString());
    return *b ? VmStatusModel::tr("Yes") : VmStatusModel::tr("No");
}

} // namespace

VmStatusModel::VmStatusModel(QObject *parent) : QAbstractTableModel(parent) {}

void VmStatusModel::update(const HostSnapshotPtr &snapshot)
{
    const QString host = snapshot ? snapshot->label : QString();
    if (host != m_host) {
        beginResetModel();
        m_host = host;
        m_rows.clear();
        m_runningSince.clear();
        m_sinceExact.clear();
        ++m_resets;
        m_seenFirst = false;
        endResetModel();
    }
    m_snapshot = snapshot;
    if (!snapshot)
        return;
    m_cpus = qMax(1, snapshot->info.cpus);
    const QDateTime now = snapshot->takenAt.isValid() ? snapshot->takenAt : QDateTime::currentDateTimeUtc();

    QSet<QString> present;
    for (const Vm &vm : snapshot->vms)
        present.insert(vm.name);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (present.contains(m_rows[row].name))
            continue;
        beginRemoveRows({}, row, row);
        m_runningSince.remove(m_rows[row].name);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (const Vm &vm : snapshot->vms) {
        if (vm.running()) {
            if (!m_runningSince.contains(vm.name)) {
                // Seen starting while watched: exact; already running when the
                // host was opened: at least this long.
                m_sinceExact.insert(vm.name, m_seenFirst);
                m_runningSince.insert(vm.name, now);
            }
        } else if (!vm.active()) {
            m_runningSince.remove(vm.name);
        }
        const int row = rowOf(vm.name);
        if (row < 0) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(vm);
            endInsertRows();
            continue;
        }
        const bool changed = !sameRow(m_rows[row], vm);
        m_rows[row] = vm;
        // Uptime moves every second even when nothing else does.
        emit dataChanged(index(row, changed ? 0 : int(Uptime)), index(row, changed ? ColumnCount - 1 : int(Uptime)));
    }
    m_seenFirst = true;
}

void VmStatusModel::setBusy(const QHash<QString, QString> &busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, State), index(int(m_rows.size()) - 1, State));
}

void VmStatusModel::setCheckFacts(const CheckFacts &facts)
{
    m_facts = facts;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, GuestAgent), index(int(m_rows.size()) - 1, GuestAgent));
}

const Vm *VmStatusModel::vmAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int VmStatusModel::rowOf(const QString &vm) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].name == vm)
            return i;
    return -1;
}

int VmStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VmStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VmStatusModel::data(const QModelIndex &index, int role) const
{
    const Vm *vm = vmAt(index.row());
    if (!vm)
        return {};
    if (role == NameRole)
        return vm->name;
    const QDateTime now = m_snapshot && m_snapshot->takenAt.isValid() ? m_snapshot->takenAt
                                                                      : QDateTime::currentDateTimeUtc();
    const auto since = m_runningSince.constFind(vm->name);
    const qint64 upSeconds = since == m_runningSince.cend() ? -1 : since->secsTo(now);
    if (role == SortRole) {
        switch (Column(index.column())) {
        case Name: return vm->name;
        case State: return StateStyle::vmText(*vm);
        case CpuPct:
        case SystemPct: return vm->cpuPct;
        case Memory: return vm->memoryBytes;
        case Vcpus: return vm->vcpus;
        case Uptime: return upSeconds;
        case Autostart: return vm->autostart ? int(*vm->autostart) : -1;
        case SaveOnStop: return vm->saveOnStop ? int(*vm->saveOnStop) : -1;
        case GuestAgent: return int(guestAgentStatus(*vm, m_facts).state);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        if (c == CpuPct || c == SystemPct || c == Memory || c == Vcpus || c == Uptime)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == State)
        return toneIcon(StateStyle::vmTone(*vm));
    if (role == Qt::DecorationRole && index.column() == GuestAgent)
        return toneIcon(StateStyle::guestAgentTone(guestAgentStatus(*vm, m_facts).state));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Name: return vm->name;
    case State: return m_busy.contains(vm->name) ? m_busy.value(vm->name) : StateStyle::vmText(*vm);
    case CpuPct: return vm->cpuPct < 0 ? orDash(QString()) : tr("%1 %").arg(locale.toString(vm->cpuPct, 'f', 1));
    case SystemPct:
        return vm->cpuPct < 0 ? orDash(QString()) : tr("%1 %").arg(locale.toString(vm->cpuPct / m_cpus, 'f', 1));
    case Memory: return vm->memoryBytes < 0 ? orDash(QString()) : displayBytes(vm->memoryBytes);
    case Vcpus: return orDash(vm->vcpus);
    case Uptime:
        if (upSeconds < 0)
            return orDash(QString());
        return m_sinceExact.value(vm->name) ? displayDuration(upSeconds)
                                             : tr("≥ %1", "uptime counted since the console opened the host")
                                                   .arg(displayDuration(upSeconds));
    case Autostart: return yesNo(vm->autostart);
    case SaveOnStop: return m_snapshot ? VmDetails::saveOnStopText(*m_snapshot, *vm) : yesNo(vm->saveOnStop);
    case GuestAgent: return guestAgentText(guestAgentStatus(*vm, m_facts));
    case ColumnCount: break;
    }
    return {};
}

QVariant VmStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == CpuPct)
            return tr("CPU use since the last refresh, in % of one of the host's CPUs");
        if (section == SystemPct)
            return tr("CPU use since the last refresh, in % of all the host's CPUs");
        if (section == GuestAgent)
            return tr("The QEMU guest agent in the VM (the guide's Virtual Machine Additions): its channel and "
                      "whether it answers guest-ping, as last read by the checks");
        if (section == Uptime)
            return tr("Since the console saw the VM start; \"≥\" when it was running already");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Virtual machine");
    case State: return tr("State");
    case CpuPct: return tr("CPU");
    case SystemPct: return tr("Of system");
    case Memory: return tr("Memory");
    case Vcpus: return tr("vCPUs");
    case Uptime: return tr("Uptime");
    case Autostart: return tr("Starts with host");
    case SaveOnStop: return tr("Saves state");
    case GuestAgent: return tr("Guest agent");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ftc
