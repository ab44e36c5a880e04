#include "ModuleOverridesDialog.h"

#include "DisplayFormat.h"
#include "model/Modules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ftc {

namespace {
enum Column { DeviceCol, KindCol, IdentityCol, DetailCol, NowCol, ChoiceCol };
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

QStringList ModuleOverridesDialog::moduleIds()
{
    return {QStringLiteral("10"), QStringLiteral("11")};
}

ModuleOverridesDialog::ModuleOverridesDialog(const QString &host, const HostSnapshot &snapshot,
                                             const QMap<QString, QString> &current, QWidget *parent)
    : QDialog(parent), m_current(current), m_absent(current)
{
    setObjectName(QStringLiteral("moduleOverridesDialog"));
    setWindowTitle(tr("Module Placement on %1").arg(host));
    setMinimumSize(760, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each disk and adapter belongs to module 10 or 11, the two CPU-I/O enclosures. "
                                "The console guesses from the PCI root a device sits on; where that guess is "
                                "wrong, choose the module here. Disks are remembered by serial number, so a disk "
                                "that gets a new name keeps its place."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("placements"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Device"), tr("Kind"), tr("Serial / MAC"), tr("Model / PCI path"), tr("Now in"),
                              tr("Module")});
    for (const Disk &d : snapshot.disks)
        addRow(tr("Disk"), d.name, d.serial, d.model, d.module, moduleOverrideKey(d));
    for (const Nic &n : snapshot.nics)
        addRow(tr("Adapter"), n.name, n.mac, n.pciPath, n.module, moduleOverrideKey(n));
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset,
                                         this);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("All &Automatic"));
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_table->topLevelItemCount(); ++i)
            if (auto *box = qobject_cast<QComboBox *>(m_table->itemWidget(m_table->topLevelItem(i), ChoiceCol)))
                box->setCurrentIndex(0);
        m_absent.clear();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ModuleOverridesDialog::addRow(const QString &kind, const QString &name, const QString &identity,
                                   const QString &detail, const QString &now, const QString &key)
{
    // Host text (serials, models) goes in as item text: Qt shows it as is.
    auto *item = new QTreeWidgetItem(m_table, {name, kind, orDash(identity), orDash(detail),
                                               now.isEmpty() ? tr("no module") : tr("Module %1").arg(now)});
    item->setData(DeviceCol, KeyRole, key);
    auto *box = new QComboBox(m_table);
    box->setObjectName(QStringLiteral("module-") + name);
    box->addItem(tr("Automatic (PCI root)"), QString());
    for (const QString &id : moduleIds())
        box->addItem(tr("Module %1").arg(id), id);
    const QString set = m_current.value(key, m_current.value(name));
    const int index = box->findData(set);
    box->setCurrentIndex(set.isEmpty() || index < 0 ? 0 : index);
    m_table->setItemWidget(item, ChoiceCol, box);
    m_absent.remove(key);
    m_absent.remove(name);
}

QComboBox *ModuleOverridesDialog::choiceFor(const QString &device) const
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->text(DeviceCol) == device)
            return qobject_cast<QComboBox *>(m_table->itemWidget(item, ChoiceCol));
    }
    return nullptr;
}

QMap<QString, QString> ModuleOverridesDialog::overrides() const
{
    QMap<QString, QString> out = m_absent;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        const auto *box = qobject_cast<QComboBox *>(m_table->itemWidget(item, ChoiceCol));
        const QString module = box ? box->currentData().toString() : QString();
        if (!module.isEmpty())
            out.insert(item->data(DeviceCol, KeyRole).toString(), module);
    }
    return out;
}

} // namespace ftc
