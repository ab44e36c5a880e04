#pragma once
// Host ▸ Module Placement: where each disk and adapter sits, modules 10 and 11
// as the guide lays them out. The console guesses from the PCI root a device
// hangs off; on hardware where that guess is wrong the admin says where each
// one is. Overrides are kept by moduleOverrideKey (a disk by its serial, so a
// renamed disk keeps its place).

#include "model/HostSnapshot.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QTreeWidget;

namespace ftc {

class ModuleOverridesDialog : public QDialog {
    Q_OBJECT
public:
    // current: the overrides in force (moduleOverrideKey -> module id).
    ModuleOverridesDialog(const QString &host, const HostSnapshot &snapshot, const QMap<QString, QString> &current,
                          QWidget *parent = nullptr);

    // The overrides as the admin left them; devices set to Automatic are not in it.
    QMap<QString, QString> overrides() const;
    // The choice box for a device (by name), for tests.
    QComboBox *choiceFor(const QString &device) const;

    // The module ids offered: the guide's two.
    static QStringList moduleIds();

private:
    void addRow(const QString &kind, const QString &name, const QString &identity, const QString &detail,
                const QString &now, const QString &key);

    QTreeWidget *m_table;
    QMap<QString, QString> m_current;
    // Overrides for devices this snapshot does not show (a disk pulled for
    // now): kept as they were.
    QMap<QString, QString> m_absent;
};

} // namespace ftc
