#pragma once
// Master Status: one row per VM with state, CPU % (of one CPU and of the
// system), memory, vCPUs, uptime, autostart and save-on-stop. Updated in
// place from each snapshot (rows inserted, removed or changed, never reset),
// so the view's selection, sort and scroll survive every refresh.

#include "checks/CheckFacts.h"
#include "model/HostSnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace ftc {

class VmStatusModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, State, CpuPct, SystemPct, Memory, Vcpus, Uptime, Autostart, SaveOnStop, GuestAgent, ColumnCount };
    // Qt::UserRole: the value to sort by (numbers as numbers, unknown lowest).
    static constexpr int SortRole = Qt::UserRole;
    // The VM's name, whatever the column.
    static constexpr int NameRole = Qt::UserRole + 1;

    explicit VmStatusModel(QObject *parent = nullptr);

    // The host's VMs now; rows keep their order of arrival.
    void update(const HostSnapshotPtr &snapshot);
    const Vm *vmAt(int row) const;
    int rowOf(const QString &vm) const;
    // "Starting…" in place of the state while a plan of this console runs for the VM.
    void setBusy(const QHash<QString, QString> &busy);
    // The check facts the guest agent column reads (definition and guest-ping).
    void setCheckFacts(const CheckFacts &facts);
    // Full resets so far (0 unless the host changed): tests use it.
    int resets() const { return m_resets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HostSnapshotPtr m_snapshot;
    QString m_host;
    QList<Vm> m_rows;
    // When the console first saw each VM running (libvirt does not report a
    // boot time): uptime counts from there, and is marked as "at least".
    QHash<QString, QDateTime> m_runningSince;
    QHash<QString, bool> m_sinceExact;
    QHash<QString, QString> m_busy;
    CheckFacts m_facts;
    int m_cpus = 1;
    int m_resets = 0;
    bool m_seenFirst = false;  // a VM seen running after the first snapshot started while watched
};

} // namespace ftc
