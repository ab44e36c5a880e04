#include "CreateVmWizard.h"

#include "BadgeTone.h"
#include "CpuSliders.h"
#include "DisplayFormat.h"
#include "common/PlanRun.h"
#include "common/PlanView.h"
#include "common/StateStyle.h"
#include "session/HostSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace ftc {

namespace {

// The host keeps this much for itself (the checks' host reserve).
constexpr qint64 kHostReserveBytes = qint64(512) << 20;

QLabel *note(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

// A page whose Next follows a rule of the wizard's; its initializePage too.
class CreateVmPage : public QWizardPage {
public:
    CreateVmPage(CreateVmWizard *w, std::function<bool()> complete, std::function<void()> init = {})
        : QWizardPage(w), m_complete(std::move(complete)), m_init(std::move(init))
    {
    }
    bool isComplete() const override { return m_complete(); }
    void initializePage() override
    {
        if (m_init)
            m_init();
    }
    void changed() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
    std::function<void()> m_init;
};

CreateVmWizard::CreateVmWizard(HostSession *session, QWidget *parent)
    : QWizard(parent), m_session(session), m_snapshot(session ? session->latest() : nullptr)
{
    setObjectName(QStringLiteral("createVmWizard"));
    setWindowTitle(tr("New Virtual Machine on %1").arg(session ? session->label() : QString()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 560);
    const int hostCpus = m_snapshot ? qMax(1, m_snapshot->info.cpus) : 1;

    // (1) name, memory, vCPUs
    auto *namePage = new CreateVmPage(this, [this] {
        return m_nameProblem->text().isEmpty() && m_snapshot
            && m_memory->value() <= memoryAdmission(*m_snapshot, kHostReserveBytes).availableMiB;
    });
    namePage->setTitle(tr("Name and memory"));
    namePage->setSubTitle(tr("Size the VM from what the server it replaces really uses, plus headroom (Resource "
                             "Assignment in the guide)."));
    auto *nameForm = new QFormLayout(namePage);
    m_name = new QLineEdit(namePage);
    m_name->setObjectName(QStringLiteral("vmName"));
    m_name->setPlaceholderText(tr("e.g. SQL1"));
    m_nameProblem = note(namePage, QStringLiteral("nameProblem"));
    m_memory = new QSpinBox(namePage);
    m_memory->setObjectName(QStringLiteral("vmMemory"));
    m_memory->setRange(64, 4 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setValue(1024);
    m_memoryText = note(namePage, QStringLiteral("memoryText"));
    m_vcpus = new QSpinBox(namePage);
    m_vcpus->setObjectName(QStringLiteral("vmVcpus"));
    m_vcpus->setRange(1, hostCpus);
    nameForm->addRow(tr("&Name:"), m_name);
    nameForm->addRow(QString(), m_nameProblem);
    nameForm->addRow(tr("&Memory:"), m_memory);
    nameForm->addRow(QString(), m_memoryText);
    nameForm->addRow(tr("Virtual &CPUs:"), m_vcpus);
    connect(m_name, &QLineEdit::textChanged, this, [this, namePage] {
        updateName();
        updateDisk();
        namePage->changed();
    });
    connect(m_memory, &QSpinBox::valueChanged, this, [this, namePage] {
        updateMemory();
        namePage->changed();
    });
    setPage(NamePage, namePage);

    // (2) the virtual hard disk
    auto *diskPage = new CreateVmPage(this, [this] {
        if (m_existing->isChecked() && !m_existingPath->text().startsWith(QLatin1Char('/')))
            return false;
        return m_dir->text().startsWith(QLatin1Char('/'));
    }, [this] { readPlaces(); });
    diskPage->setTitle(tr("Virtual hard disk"));
    diskPage->setSubTitle(tr("The guide runs VMs from fixed-size disks on Duplex mirrors."));
    auto *diskLayout = new QVBoxLayout(diskPage);
    m_fixed = new QRadioButton(tr("&Fixed size (fully allocated now; for production)"), diskPage);
    m_expanding = new QRadioButton(tr("&Dynamically expanding (grows as the guest writes; not for production)"), diskPage);
    m_existing = new QRadioButton(tr("&Existing image built elsewhere (converted to a fixed-size image if needed):"), diskPage);
    m_fixed->setObjectName(QStringLiteral("diskFixed"));
    m_expanding->setObjectName(QStringLiteral("diskExpanding"));
    m_existing->setObjectName(QStringLiteral("diskExisting"));
    m_fixed->setChecked(true);
    auto *kinds = new QButtonGroup(diskPage);
    kinds->addButton(m_fixed);
    kinds->addButton(m_expanding);
    kinds->addButton(m_existing);
    m_size = new QSpinBox(diskPage);
    m_size->setObjectName(QStringLiteral("diskSize"));
    m_size->setRange(1, 64 * 1024);
    m_size->setValue(40);
    m_size->setSuffix(tr(" GiB"));
    m_existingPath = new QLineEdit(diskPage);
    m_existingPath->setObjectName(QStringLiteral("existingImage"));
    m_existingPath->setPlaceholderText(tr("/path/on/the/host/image.qcow2"));
    m_diskNote = note(diskPage, QStringLiteral("diskNote"));
    m_places = new QTreeWidget(diskPage);
    m_places->setObjectName(QStringLiteral("places"));
    m_places->setRootIsDecorated(false);
    m_places->setAllColumnsShowFocus(true);
    m_places->setHeaderLabels({tr("Directory"), tr("On"), tr("State"), tr("Free")});
    m_dir = new QLineEdit(diskPage);
    m_dir->setObjectName(QStringLiteral("imageDir"));
    m_dir->setText(QStringLiteral("/var/lib/libvirt/images"));
    auto *sizeRow = new QFormLayout;
    sizeRow->addRow(tr("&Size:"), m_size);
    diskLayout->addWidget(m_fixed);
    diskLayout->addWidget(m_expanding);
    diskLayout->addLayout(sizeRow);
    diskLayout->addWidget(m_existing);
    diskLayout->addWidget(m_existingPath);
    diskLayout->addWidget(new QLabel(tr("Place for the image (the mirror under each, and its state):"), diskPage));
    diskLayout->addWidget(m_places, 1);
    auto *dirRow = new QFormLayout;
    dirRow->addRow(tr("&Directory:"), m_dir);
    diskLayout->addLayout(dirRow);
    diskLayout->addWidget(m_diskNote);
    for (QRadioButton *b : {m_fixed, m_expanding, m_existing})
        connect(b, &QRadioButton::toggled, this, [this, diskPage] {
            updateDisk();
            diskPage->changed();
        });
    connect(m_existingPath, &QLineEdit::textChanged, diskPage, &CreateVmPage::changed);
    connect(m_dir, &QLineEdit::textChanged, this, [this, diskPage] {
        updateDisk();
        diskPage->changed();
    });
    connect(m_size, &QSpinBox::valueChanged, this, [this] { updateDisk(); });
    connect(m_places, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_dir->setText(item->text(0));
    });
    setPage(DiskPage, diskPage);

    // (3) network and install CD
    auto *netPage = new CreateVmPage(this, [this] {
        return m_noNic->isChecked() || (m_bridge->isChecked() && !m_bridges->currentText().isEmpty())
            || (m_network->isChecked() && !m_networks->currentText().isEmpty());
    });
    netPage->setTitle(tr("Network and install CD"));
    netPage->setSubTitle(tr("Connect the VM to a team, so a failed adapter or module does not cut it off."));
    auto *netLayout = new QFormLayout(netPage);
    m_bridge = new QRadioButton(tr("A team's &bridge:"), netPage);
    m_network = new QRadioButton(tr("A libvirt &network:"), netPage);
    m_noNic = new QRadioButton(tr("N&o network adapter"), netPage);
    m_bridge->setObjectName(QStringLiteral("nicBridge"));
    m_network->setObjectName(QStringLiteral("nicNetwork"));
    m_noNic->setObjectName(QStringLiteral("nicNone"));
    m_bridges = new QComboBox(netPage);
    m_bridges->setObjectName(QStringLiteral("bridges"));
    m_networks = new QComboBox(netPage);
    m_networks->setObjectName(QStringLiteral("networks"));
    m_networks->setEditable(true);
    auto *nics = new QButtonGroup(netPage);
    nics->addButton(m_bridge);
    nics->addButton(m_network);
    nics->addButton(m_noNic);
    if (m_snapshot)
        for (const Bridge &b : m_snapshot->bridges) {
            QString team;
            for (const Team &t : m_snapshot->teams)
                if (b.ports.contains(t.name))
                    team = t.name;
            m_bridges->addItem(team.isEmpty() ? b.name : tr("%1 (team %2)").arg(b.name, team), b.name);
        }
    (m_bridges->count() > 0 ? m_bridge : m_network)->setChecked(true);
    m_bridge->setEnabled(m_bridges->count() > 0);
    m_iso = new QLineEdit(netPage);
    m_iso->setObjectName(QStringLiteral("isoPath"));
    m_iso->setPlaceholderText(tr("/var/lib/libvirt/boot/installer.iso (optional)"));
    netLayout->addRow(m_bridge, m_bridges);
    netLayout->addRow(m_network, m_networks);
    netLayout->addRow(m_noNic);
    netLayout->addRow(tr("Install &CD (ISO on the host):"), m_iso);
    for (QRadioButton *b : {m_bridge, m_network, m_noNic})
        connect(b, &QRadioButton::toggled, netPage, &CreateVmPage::changed);
    connect(m_networks, &QComboBox::currentTextChanged, netPage, &CreateVmPage::changed);
    setPage(NetworkPage, netPage);

    // (4) CPU and start
    auto *cpuPage = new CreateVmPage(this, [] { return true; }, [this] { m_sliders->setVcpus(m_vcpus->value()); });
    cpuPage->setTitle(tr("CPU and start"));
    cpuPage->setSubTitle(tr("Relative weight, reserved and maximum capacity, as for every VM (Virtual Machine ▸ CPU "
                            "Resources)."));
    auto *cpuLayout = new QVBoxLayout(cpuPage);
    m_sliders = new CpuSliders(cpuPage);
    m_sliders->setObjectName(QStringLiteral("cpuSliders"));
    m_sliders->setHostCpus(hostCpus);
    m_sliders->setValues(100, 0, 100);
    m_autostart = new QCheckBox(tr("Start with the &host"), cpuPage);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_autostart->setChecked(true);
    m_start = new QCheckBox(tr("Start the VM &now (to install its operating system)"), cpuPage);
    m_start->setObjectName(QStringLiteral("startNow"));
    cpuLayout->addWidget(m_sliders);
    cpuLayout->addWidget(m_autostart);
    cpuLayout->addWidget(m_start);
    cpuLayout->addStretch(1);
    setPage(CpuPage, cpuPage);

    // (5) review
    auto *review = new CreateVmPage(this, [this] { return planReady() && m_plan.ok(); }, [this] { makePlan(); });
    review->setTitle(tr("Review the plan"));
    review->setSubTitle(tr("Asked of the host just now. Nothing runs before you press Create."));
    review->setCommitPage(true);
    review->setButtonText(QWizard::CommitButton, tr("&Create"));
    auto *reviewLayout = new QVBoxLayout(review);
    m_planView = new PlanView(review);
    reviewLayout->addWidget(m_planView);
    setPage(ReviewPage, review);

    // (6) apply
    auto *apply = new CreateVmPage(this, [this] { return m_finished; }, [this] { runPlan(); });
    apply->setTitle(tr("Creating the VM"));
    auto *applyLayout = new QVBoxLayout(apply);
    m_steps = new QListWidget(apply);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_run = new PlanRun(m_steps, this);
    m_result = new QLabel(apply);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    applyLayout->addWidget(m_steps, 1);
    applyLayout->addWidget(m_result);
    setPage(ApplyPage, apply);

    if (m_session)
        connect(m_session, &HostSession::vmHostFactsRead, this, &CreateVmWizard::takeFacts);
    updateName();
    updateMemory();
    updateDisk();
    readPlaces();
}

void CreateVmWizard::setRequest(const VmCreateRequest &r)
{
    m_name->setText(r.name);
    m_memory->setValue(int(r.memoryMiB));
    m_vcpus->setValue(r.vcpus);
    m_fixed->setChecked(r.diskKind == VmCreateRequest::DiskKind::Fixed);
    m_expanding->setChecked(r.diskKind == VmCreateRequest::DiskKind::Expanding);
    m_existing->setChecked(r.diskKind == VmCreateRequest::DiskKind::Existing);
    m_size->setValue(int(r.diskGiB));
    m_existingPath->setText(r.existingImage);
    if (!r.imageDir.isEmpty())
        m_dir->setText(r.imageDir);
    if (r.netKind == VmCreateRequest::NetKind::Bridge && !r.netSource.isEmpty()) {
        m_bridge->setChecked(true);
        m_bridges->setCurrentIndex(qMax(0, m_bridges->findData(r.netSource)));
    } else if (r.netKind == VmCreateRequest::NetKind::Network && !r.netSource.isEmpty()) {
        m_network->setChecked(true);
        m_networks->setCurrentText(r.netSource);
    } else if (r.netKind == VmCreateRequest::NetKind::None) {
        m_noNic->setChecked(true);
    }
    m_iso->setText(r.isoPath);
    m_sliders->setValues(r.weight, r.reservePct, r.maxPct);
    m_autostart->setChecked(r.autostart);
    m_start->setChecked(r.start);
}

VmCreateRequest CreateVmWizard::request() const
{
    VmCreateRequest r;
    r.name = m_name->text();
    r.memoryMiB = m_memory->value();
    r.vcpus = m_vcpus->value();
    r.diskKind = m_existing->isChecked()    ? VmCreateRequest::DiskKind::Existing
                 : m_expanding->isChecked() ? VmCreateRequest::DiskKind::Expanding
                                            : VmCreateRequest::DiskKind::Fixed;
    r.imageDir = m_dir->text().trimmed();
    r.diskGiB = m_size->value();
    r.existingImage = m_existingPath->text().trimmed();
    r.netKind = m_noNic->isChecked() ? VmCreateRequest::NetKind::None
                : m_bridge->isChecked() ? VmCreateRequest::NetKind::Bridge
                                        : VmCreateRequest::NetKind::Network;
    r.netSource = r.netKind == VmCreateRequest::NetKind::Bridge ? m_bridges->currentData().toString()
                                                                : m_networks->currentText().trimmed();
    r.isoPath = m_iso->text().trimmed();
    r.weight = m_sliders->weight();
    r.reservePct = m_sliders->reservePct();
    r.maxPct = m_sliders->maxPct();
    r.autostart = m_autostart->isChecked();
    r.start = m_start->isChecked();
    return r;
}

void CreateVmWizard::updateName()
{
    m_nameProblem->setText(m_snapshot ? vmNameProblem(*m_snapshot, m_name->text()) : tr("The host is not read yet."));
    // An empty field is not yet a mistake: no red until something is typed.
    m_nameProblem->setStyleSheet(m_name->text().isEmpty() ? QString()
                                                          : QStringLiteral("color:%1").arg(toneColor(BadgeTone::Bad).name()));
}

void CreateVmWizard::updateMemory()
{
    if (!m_snapshot)
        return;
    const MemoryAdmission a = memoryAdmission(*m_snapshot, kHostReserveBytes);
    const QString taken = a.takenBy.isEmpty() ? tr("no VM") : a.takenBy.join(QStringLiteral(", "));
    QString text = tr("The host has %1 MiB: %2 MiB kept for itself, %3 MiB given to the running and autostart VMs "
                      "(%4). %5 MiB can still be given.")
                       .arg(a.hostMiB)
                       .arg(a.reserveMiB)
                       .arg(a.takenMiB)
                       .arg(taken)
                       .arg(a.availableMiB);
    const bool over = m_memory->value() > a.availableMiB;
    if (over)
        text += QLatin1Char(' ') + tr("%1 MiB is more: a VM given more memory than the host has will not start.")
                                       .arg(m_memory->value());
    m_memoryText->setText(text);
    m_memoryText->setStyleSheet(over ? QStringLiteral("color:%1").arg(toneColor(BadgeTone::Bad).name()) : QString());
}

void CreateVmWizard::updateDisk()
{
    m_size->setEnabled(!m_existing->isChecked());
    m_existingPath->setEnabled(m_existing->isChecked());
    QString text;
    const VmStoragePlace *place = m_placeFacts.place(m_dir->text().trimmed());
    if (m_expanding->isChecked())
        text = tr("A dynamically expanding image is slower and can fill the disk under a running VM: the guide keeps "
                  "it out of production.");
    if (place && place->read() && !place->onDuplexMirror())
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
              + tr("%1 is not on a Duplex mirror: a disk failure there stops the VM.").arg(place->dir);
    if (!m_name->text().isEmpty() && !m_existing->isChecked())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + tr("The image will be %1.").arg(newImagePath(request()));
    m_diskNote->setText(text);
}

void CreateVmWizard::readPlaces()
{
    if (!m_session || !m_snapshot || m_placesId != 0)
        return;
    VmHostQuery q;
    q.dirs = vmStorageDirs(*m_snapshot);
    m_placesId = m_session->readVmHostFacts(q);
}

void CreateVmWizard::takeFacts(int requestId, const VmHostFacts &facts)
{
    if (requestId == m_placesId) {
        m_placesId = 0;
        m_placesRead = true;
        m_placeFacts = facts;
        m_places->clear();
        for (const VmStoragePlace &p : facts.places) {
            auto *item = new QTreeWidgetItem(m_places);
            item->setText(0, p.dir);
            item->setText(1, !p.mirror.isEmpty() ? p.mirror : !p.disk.isEmpty() ? p.disk : tr("unknown"));
            item->setText(2, p.state ? opStateName(*p.state) : p.read() ? tr("not mirrored") : p.why);
            item->setText(3, p.read() ? displayBytes(p.freeBytes) : QString());
            const BadgeTone tone = p.onDuplexMirror() ? BadgeTone::Good : p.read() ? BadgeTone::Warning : BadgeTone::Bad;
            item->setIcon(2, toneIcon(tone));
            if (p.dir == m_dir->text())
                m_places->setCurrentItem(item);
        }
        if (facts.networks) {
            const QString current = m_networks->currentText();
            m_networks->clear();
            m_networks->addItems(*facts.networks);
            if (!current.isEmpty())
                m_networks->setCurrentText(current);
        }
        m_places->header()->resizeSections(QHeaderView::ResizeToContents);
        updateDisk();
        return;
    }
    if (requestId != m_factsId)
        return;
    m_factsId = 0;
    if (!m_snapshot)
        return;
    m_plan = planCreateVm(*m_snapshot, facts, request(), m_snapshot->libvirtUri.toUtf8());
    m_planned = true;
    m_planView->setPlan(m_plan, m_snapshot->viaSudo);
    if (auto *page = dynamic_cast<CreateVmPage *>(this->page(ReviewPage)))
        page->changed();
}

void CreateVmWizard::makePlan()
{
    m_planned = false;
    m_plan = Plan();
    m_planView->setPlainText(tr("Asking %1 about free space and paths…").arg(m_session ? m_session->label() : QString()));
    if (!m_session) {
        m_planView->setPlainText(tr("The host was closed."));
        return;
    }
    m_snapshot = m_session->latest();
    const VmCreateRequest r = request();
    VmHostQuery q;
    q.dirs = vmStorageDirs(*m_snapshot);
    if (!q.dirs.contains(r.imageDir))
        q.dirs << r.imageDir;
    q.paths << newImagePath(r);
    if (!r.isoPath.isEmpty())
        q.paths << r.isoPath;
    if (r.diskKind == VmCreateRequest::DiskKind::Existing && !r.existingImage.isEmpty()) {
        q.paths << r.existingImage;
        q.images << r.existingImage;
    }
    m_factsId = m_session->readVmHostFacts(q);
}

void CreateVmWizard::runPlan()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_session) {
        m_finished = true;
        m_result->setText(tr("The host was closed: nothing was changed.").toHtmlEscaped());
        return;
    }
    m_result->setText(tr("Creating…").toHtmlEscaped());
    button(QWizard::CancelButton)->setEnabled(false);
    m_run->start(m_session, m_plan, QString(), [this](bool ok, const QString &message) {
        m_finished = true;
        button(QWizard::CancelButton)->setEnabled(true);
        if (ok) {
            m_result->setText(tr("Done.").toHtmlEscaped());
            emit created(request().name);
            accept();
            return;
        }
        m_result->setText(QStringLiteral("<span style='color:%1'><b>%2</b></span><br>%3<br>%4")
                              .arg(toneColor(BadgeTone::Bad).name(), tr("The VM was not created.").toHtmlEscaped(),
                                   message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                                   tr("Every step's command and output are in Host ▸ Operation History.").toHtmlEscaped()));
        if (auto *page = dynamic_cast<CreateVmPage *>(this->page(ApplyPage)))
            page->changed();
    });
}

QString CreateVmWizard::resultText() const
{
    return m_result->text();
}

void CreateVmWizard::reject()
{
    if (m_running && !m_finished && m_session)
        return;
    QWizard::reject();
}

} // namespace ftc
