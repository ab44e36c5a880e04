#include "VmEditDialog.h"

#include "BadgeTone.h"
#include "DisplayFormat.h"
#include "common/StateStyle.h"
#include "session/HostSession.h"
#include "vms/VmCreate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ftc {

namespace {

constexpr qint64 kHostReserveBytes = qint64(512) << 20;

// Two plans for one change (memory and vCPUs together): one preview.
Plan joined(const QString &title, const Plan &a, const Plan &b)
{
    Plan p;
    p.title = title;
    for (const Plan *x : {&a, &b}) {
        p.steps << x->steps;
        for (const QString &w : x->warnings)
            if (!p.warnings.contains(w))
                p.warnings << w;
        p.errors << x->errors;
    }
    return p;
}

} // namespace

VmEditDialog::VmEditDialog(HostSession *session, const QString &vm, QWidget *parent)
    : QDialog(parent), m_session(session), m_vm(vm)
{
    setObjectName(QStringLiteral("vmEditDialog"));
    setWindowTitle(tr("Edit Configuration of %1").arg(vm));
    auto *layout = new QVBoxLayout(this);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pending"));
    m_pending->setWordWrap(true);
    m_pending->setTextFormat(Qt::PlainText);
    m_pending->setStyleSheet(QStringLiteral("color:%1").arg(toneColor(BadgeTone::Warning).name()));
    layout->addWidget(m_pending);

    auto *res = new QGroupBox(tr("Memory and virtual CPUs"), this);
    auto *resLayout = new QHBoxLayout(res);
    m_memory = new QSpinBox(res);
    m_memory->setObjectName(QStringLiteral("memory"));
    m_memory->setRange(64, 4 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_vcpus = new QSpinBox(res);
    m_vcpus->setObjectName(QStringLiteral("vcpus"));
    m_vcpus->setRange(1, 4096);
    m_resources = new QPushButton(tr("&Change…"), res);
    m_resources->setObjectName(QStringLiteral("changeResources"));
    resLayout->addWidget(new QLabel(tr("Memory:"), res));
    resLayout->addWidget(m_memory);
    resLayout->addWidget(new QLabel(tr("Virtual CPUs:"), res));
    resLayout->addWidget(m_vcpus);
    resLayout->addStretch(1);
    resLayout->addWidget(m_resources);
    layout->addWidget(res);

    auto *cd = new QGroupBox(tr("CD/DVD drive"), this);
    auto *cdLayout = new QFormLayout(cd);
    m_media = new QLabel(cd);
    m_media->setObjectName(QStringLiteral("media"));
    m_media->setTextFormat(Qt::PlainText);
    m_iso = new QLineEdit(cd);
    m_iso->setObjectName(QStringLiteral("iso"));
    m_iso->setPlaceholderText(tr("/var/lib/libvirt/boot/installer.iso"));
    m_insert = new QPushButton(tr("&Insert…"), cd);
    m_insert->setObjectName(QStringLiteral("insert"));
    m_eject = new QPushButton(tr("E&ject…"), cd);
    m_eject->setObjectName(QStringLiteral("eject"));
    auto *cdButtons = new QHBoxLayout;
    cdButtons->addWidget(m_iso, 1);
    cdButtons->addWidget(m_insert);
    cdButtons->addWidget(m_eject);
    cdLayout->addRow(tr("In the drive:"), m_media);
    cdLayout->addRow(tr("ISO on the host:"), cdButtons);
    layout->addWidget(cd);

    auto *net = new QGroupBox(tr("Network adapters"), this);
    auto *netLayout = new QVBoxLayout(net);
    m_nics = new QTreeWidget(net);
    m_nics->setObjectName(QStringLiteral("nics"));
    m_nics->setRootIsDecorated(false);
    m_nics->setHeaderLabels({tr("MAC address"), tr("Model"), tr("Connected to")});
    m_nics->setMaximumHeight(90);
    m_connectTo = new QComboBox(net);
    m_connectTo->setObjectName(QStringLiteral("connectTo"));
    m_connect = new QPushButton(tr("C&onnect…"), net);
    m_connect->setObjectName(QStringLiteral("connect"));
    auto *netRow = new QHBoxLayout;
    netRow->addWidget(new QLabel(tr("Connect the selected adapter to:"), net));
    netRow->addWidget(m_connectTo, 1);
    netRow->addWidget(m_connect);
    netLayout->addWidget(m_nics);
    netLayout->addLayout(netRow);
    layout->addWidget(net);

    auto *disk = new QGroupBox(tr("Add a fixed-size disk"), this);
    auto *diskLayout = new QHBoxLayout(disk);
    m_diskDir = new QComboBox(disk);
    m_diskDir->setObjectName(QStringLiteral("diskDir"));
    m_diskSize = new QSpinBox(disk);
    m_diskSize->setObjectName(QStringLiteral("diskSize"));
    m_diskSize->setRange(1, 64 * 1024);
    m_diskSize->setValue(20);
    m_diskSize->setSuffix(tr(" GiB"));
    m_addDisk = new QPushButton(tr("&Add…"), disk);
    m_addDisk->setObjectName(QStringLiteral("addDisk"));
    diskLayout->addWidget(m_diskDir, 1);
    diskLayout->addWidget(m_diskSize);
    diskLayout->addWidget(m_addDisk);
    layout->addWidget(disk);

    auto *name = new QGroupBox(tr("Name and removal"), this);
    auto *nameLayout = new QHBoxLayout(name);
    m_rename = new QLineEdit(name);
    m_rename->setObjectName(QStringLiteral("newName"));
    m_renameButton = new QPushButton(tr("&Rename…"), name);
    m_renameButton->setObjectName(QStringLiteral("rename"));
    m_deleteImages = new QCheckBox(tr("Also delete its disk &images"), name);
    m_deleteImages->setObjectName(QStringLiteral("deleteImages"));
    m_delete = new QPushButton(tr("&Delete VM…"), name);
    m_delete->setObjectName(QStringLiteral("delete"));
    nameLayout->addWidget(m_rename, 1);
    nameLayout->addWidget(m_renameButton);
    nameLayout->addSpacing(16);
    nameLayout->addWidget(m_deleteImages);
    nameLayout->addWidget(m_delete);
    layout->addWidget(name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);

    const auto snapshot = [this] { return m_session ? m_session->latest() : HostSnapshotPtr(); };
    const auto uri = [snapshot] { return snapshot() ? snapshot()->libvirtUri.toUtf8() : QByteArray(); };
    connect(m_resources, &QPushButton::clicked, this, [this, snapshot, uri] {
        const HostSnapshotPtr s = snapshot();
        if (!s)
            return;
        const DomainXml &x = m_config.inactiveXml.name.isEmpty() ? m_config.xml : m_config.inactiveXml;
        const bool memory = m_memory->value() != x.memoryKiB / 1024;
        const bool vcpus = m_vcpus->value() != x.vcpus;
        if (memory && vcpus)
            emit planRequested(joined(tr("Give %1 %2 MiB and %3 virtual CPUs").arg(m_vm).arg(m_memory->value()).arg(m_vcpus->value()),
                                      planVmMemory(*s, m_config, m_memory->value(), kHostReserveBytes, uri()),
                                      planVmVcpus(*s, m_config, m_vcpus->value(), uri())));
        else if (vcpus)
            emit planRequested(planVmVcpus(*s, m_config, m_vcpus->value(), uri()));
        else
            emit planRequested(planVmMemory(*s, m_config, m_memory->value(), kHostReserveBytes, uri()));
    });
    connect(m_insert, &QPushButton::clicked, this, [this, snapshot, uri] {
        const QString iso = m_iso->text().trimmed();
        planWithFacts({iso}, [this, snapshot, uri, iso](const VmHostFacts &f) {
            return planVmMedia(*snapshot(), m_config, iso, f, uri());
        });
    });
    connect(m_eject, &QPushButton::clicked, this, [this, snapshot, uri] {
        if (snapshot())
            emit planRequested(planVmMedia(*snapshot(), m_config, QString(), m_places, uri()));
    });
    connect(m_connect, &QPushButton::clicked, this, [this, snapshot, uri] {
        QTreeWidgetItem *item = m_nics->currentItem() ? m_nics->currentItem() : m_nics->topLevelItem(0);
        if (!item || !snapshot())
            return;
        const QStringList target = m_connectTo->currentData().toStringList();   // {"bridge"|"network", name}
        emit planRequested(planVmNicSource(*snapshot(), m_config, item->text(0), target.value(0) == QLatin1String("bridge"),
                                           target.value(1), m_places, uri()));
    });
    connect(m_addDisk, &QPushButton::clicked, this, [this, snapshot, uri] {
        const QString dir = m_diskDir->currentData().toString();
        const QString target = nextDiskTarget(m_config.inactiveXml.name.isEmpty() ? m_config.xml : m_config.inactiveXml);
        const QString image = dir + QLatin1Char('/') + m_vm + QLatin1Char('-') + target + QStringLiteral(".img");
        const qint64 size = m_diskSize->value();
        planWithFacts({image}, [this, snapshot, uri, dir, size](const VmHostFacts &f) {
            VmHostFacts all = f;
            all.places = m_places.places;
            return planVmAddDisk(*snapshot(), m_config, dir, size, all, uri());
        });
    });
    connect(m_renameButton, &QPushButton::clicked, this, [this, snapshot, uri] {
        if (!snapshot())
            return;
        // The dialog is for the VM under its old name: it closes.
        emit planRequested(planVmRename(*snapshot(), m_vm, m_rename->text(), uri()));
        accept();
    });
    connect(m_delete, &QPushButton::clicked, this, [this, snapshot, uri] {
        if (!snapshot())
            return;
        emit planRequested(planVmDelete(*snapshot(), m_config, m_deleteImages->isChecked(), uri()));
        accept();
    });
    if (m_session) {
        connect(m_session, &HostSession::vmConfigRead, this, &VmEditDialog::takeConfig);
        connect(m_session, &HostSession::vmHostFactsRead, this, &VmEditDialog::takeFacts);
        // What a plan changed is read again once it ends.
        connect(m_session, &HostSession::planFinished, this, [this] { reload(); });
    }
    reload();
}

void VmEditDialog::reload()
{
    if (!m_session || !m_session->latest())
        return;
    m_read = false;
    m_configId = m_session->readVmConfig(m_vm);
    VmHostQuery q;
    q.dirs = vmStorageDirs(*m_session->latest());
    m_placesId = m_session->readVmHostFacts(q);
}

void VmEditDialog::planWithFacts(const QStringList &paths, std::function<Plan(const VmHostFacts &)> make)
{
    if (!m_session || !m_session->latest())
        return;
    VmHostQuery q;
    q.dirs = vmStorageDirs(*m_session->latest());
    q.paths = paths;
    m_pendingPlan = std::move(make);
    m_factsId = m_session->readVmHostFacts(q);
}

void VmEditDialog::takeConfig(int requestId, const VmConfigReading &reading)
{
    if (requestId != m_configId)
        return;
    m_configId = 0;
    m_config = reading;
    fill();
}

void VmEditDialog::takeFacts(int requestId, const VmHostFacts &facts)
{
    if (requestId == m_factsId) {
        m_factsId = 0;
        if (m_pendingPlan && m_session && m_session->latest())
            emit planRequested(m_pendingPlan(facts));
        m_pendingPlan = nullptr;
        return;
    }
    if (requestId != m_placesId)
        return;
    m_placesId = 0;
    m_places = facts;
    fill();
}

void VmEditDialog::fill()
{
    if (m_configId != 0 || m_placesId != 0)
        return;
    m_read = true;
    const HostSnapshotPtr s = m_session ? m_session->latest() : nullptr;
    const bool ok = m_config.error.isEmpty() && s && s->vm(m_vm);
    for (QWidget *w : findChildren<QGroupBox *>())
        w->setEnabled(ok);
    if (!ok) {
        m_pending->setText(m_config.error.isEmpty() ? tr("%1 is no longer on the host.").arg(m_vm)
                                                    : tr("The definition of %1 could not be read: %2").arg(m_vm, m_config.error));
        return;
    }
    const Vm *vm = s->vm(m_vm);
    const DomainXml &live = m_config.xml;
    const DomainXml &next = m_config.inactiveXml.name.isEmpty() ? live : m_config.inactiveXml;
    QStringList pending;
    if (vm->active() && next.memoryKiB != live.memoryKiB)
        pending << tr("memory %1 MiB (runs with %2 MiB)").arg(next.memoryKiB / 1024).arg(live.memoryKiB / 1024);
    if (vm->active() && next.vcpus != live.vcpus)
        pending << tr("%1 virtual CPUs (runs with %2)").arg(next.vcpus).arg(live.vcpus);
    m_pending->setText(pending.isEmpty() ? QString()
                                         : tr("Pending until %1 is shut down and started again: %2.")
                                               .arg(m_vm, pending.join(QStringLiteral("; "))));
    m_pending->setVisible(!pending.isEmpty());
    m_memory->setValue(int(next.memoryKiB / 1024));
    m_vcpus->setMaximum(qMax(1, s->info.cpus));
    m_vcpus->setValue(next.vcpus);

    const DomainDisk *drive = nullptr;
    for (const DomainDisk &d : live.disks)
        if (d.device == QLatin1String("cdrom") && !drive)
            drive = &d;
    m_media->setText(!drive ? tr("%1 has no CD/DVD drive").arg(m_vm)
                     : drive->source.isEmpty() ? tr("Empty (%1)").arg(drive->targetDev)
                                               : tr("%1 (%2)").arg(drive->source, drive->targetDev));
    m_insert->setEnabled(drive != nullptr);
    m_eject->setEnabled(drive && !drive->source.isEmpty());

    m_nics->clear();
    for (const DomainInterface &i : next.interfaces) {
        auto *item = new QTreeWidgetItem(m_nics);
        item->setText(0, i.mac);
        item->setText(1, i.model);
        item->setText(2, i.type == QLatin1String("bridge") ? tr("bridge %1").arg(i.sourceBridge)
                         : i.type == QLatin1String("network") ? tr("network %1").arg(i.sourceNetwork)
                                                              : i.type);
    }
    if (m_nics->topLevelItemCount() > 0)
        m_nics->setCurrentItem(m_nics->topLevelItem(0));
    m_nics->header()->resizeSections(QHeaderView::ResizeToContents);
    m_connectTo->clear();
    for (const Bridge &b : s->bridges) {
        QString team;
        for (const Team &t : s->teams)
            if (b.ports.contains(t.name))
                team = t.name;
        m_connectTo->addItem(team.isEmpty() ? tr("bridge %1").arg(b.name) : tr("bridge %1 (team %2)").arg(b.name, team),
                             QStringList{QStringLiteral("bridge"), b.name});
    }
    for (const QString &n : m_places.networks.value_or(QStringList()))
        m_connectTo->addItem(tr("network %1").arg(n), QStringList{QStringLiteral("network"), n});
    m_connect->setEnabled(m_nics->topLevelItemCount() > 0 && m_connectTo->count() > 0);

    m_diskDir->clear();
    for (const VmStoragePlace &p : m_places.places) {
        const QString on = p.state ? tr("%1, %2").arg(p.mirror, opStateName(*p.state)) : tr("not mirrored");
        m_diskDir->addItem(toneIcon(p.onDuplexMirror() ? BadgeTone::Good : BadgeTone::Warning),
                           tr("%1 (%2; %3 free)").arg(p.dir, on, displayBytes(p.freeBytes)), p.dir);
    }
    m_rename->setText(m_vm);
    m_renameButton->setEnabled(!vm->active());
    m_renameButton->setToolTip(vm->active() ? tr("libvirt renames only a shut-off VM") : QString());
    m_delete->setEnabled(!vm->active());
    m_delete->setToolTip(vm->active() ? tr("Shut the VM down first") : QString());
}

} // namespace ftc
