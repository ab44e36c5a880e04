#include "AddDiskWizard.h"

#include "BadgeTone.h"
#include "DisplayFormat.h"
#include "PlainText.h"
#include "common/PlanRun.h"
#include "common/PlanView.h"
#include "common/StateStyle.h"
#include "session/HostSession.h"
#include "storage/DiskProbe.h"
#include "storage/MirrorPlanner.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ftc {

// --- pages ------------------------------------------------------------------

class AddDiskChoosePage : public QWizardPage {
public:
    explicit AddDiskChoosePage(AddDiskWizard *w) : QWizardPage(w), m_w(w) {}
    bool isComplete() const override
    {
        return m_w->createNew() || !m_w->chosen().isEmpty();
    }

private:
    AddDiskWizard *m_w;
};

class AddDiskReviewPage : public QWizardPage {
public:
    explicit AddDiskReviewPage(AddDiskWizard *w) : QWizardPage(w), m_w(w) {}
    void initializePage() override { m_w->computePlan(); }
    bool isComplete() const override
    {
        return m_w->planReady() && m_w->m_plan.ok() && m_w->m_privilegeNotes.isEmpty();
    }

private:
    AddDiskWizard *m_w;
};

class AddDiskConfirmPage : public QWizardPage {
public:
    explicit AddDiskConfirmPage(AddDiskWizard *w) : QWizardPage(w), m_w(w) {}
    void initializePage() override
    {
        const Plan &p = m_w->m_plan;
        m_w->m_confirm->clear();
        // The page names what Apply does: the plan's own title.
        setTitle(AddDiskWizard::tr("Confirm: %1").arg(p.title));
        if (p.confirmation.isEmpty()) {
            m_w->m_confirmPrompt->setText(AddDiskWizard::tr("No confirmation is needed for this plan."));
            m_w->m_confirm->hide();
        } else {
            // The answer is not shown here: reading it off the disk's label (or
            // its properties) is what proves the right disk was chosen.
            m_w->m_confirmPrompt->setText(m_w->confirmationPrompt());
            m_w->m_confirm->setPlaceholderText(p.confirmation.startsWith(QLatin1String("/dev/"))
                                                    ? AddDiskWizard::tr("Device path")
                                                    : AddDiskWizard::tr("Serial number from the disk's label"));
            m_w->m_confirm->show();
            m_w->m_confirm->setFocus();
        }
        m_w->updateConfirmationHint();
    }
    bool isComplete() const override
    {
        const Plan &p = m_w->m_plan;
        return p.ok() && (p.confirmation.isEmpty() || m_w->confirmationMatches(m_w->m_confirm->text()));
    }

private:
    AddDiskWizard *m_w;
};

class AddDiskApplyPage : public QWizardPage {
public:
    explicit AddDiskApplyPage(AddDiskWizard *w) : QWizardPage(w), m_w(w) {}
    void initializePage() override { m_w->runPlan(); }
    bool isComplete() const override { return m_w->m_finished; }

private:
    AddDiskWizard *m_w;
};

// --- the wizard ---------------------------------------------------------------

AddDiskWizard::AddDiskWizard(HostSession *session, Start start, const QString &object, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_start(start)
    , m_object(object)
{
    setObjectName(QStringLiteral("addDiskWizard"));
    setWindowTitle(tr("Add Physical Disk to Virtual Disk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(720, 520);

    // (a) choose
    auto *choose = new AddDiskChoosePage(this);
    auto *chooseLayout = new QVBoxLayout(choose);
    m_choices = new QTreeWidget(choose);
    m_choices->setObjectName(QStringLiteral("choices"));
    m_choices->setRootIsDecorated(false);
    m_choices->setUniformRowHeights(true);
    m_choices->setAllColumnsShowFocus(true);
    if (start == Start::FromDisk) {
        choose->setTitle(tr("What should %1 become?").arg(object));
        choose->setSubTitle(tr("Complete a virtual disk that runs on one disk, or start a new one."));
        m_existing = new QRadioButton(tr("&Add %1 to this virtual disk:").arg(object), choose);
        m_new = new QRadioButton(tr("Create a &new virtual disk on %1; add its second disk later").arg(object),
                                 choose);
        m_existing->setObjectName(QStringLiteral("addToExisting"));
        m_new->setObjectName(QStringLiteral("createNew"));
        m_existing->setChecked(true);
        m_choices->setHeaderLabels({tr("Virtual disk"), tr("State"), tr("Members"), tr("Size"), tr("Note")});
        chooseLayout->addWidget(m_existing);
        chooseLayout->addWidget(m_choices, 1);
        chooseLayout->addWidget(m_new);
        connect(m_existing, &QRadioButton::toggled, this, [this, choose](bool on) {
            m_choices->setEnabled(on);
            emit choose->completeChanged();
        });
    } else {
        choose->setTitle(tr("Which physical disk should join %1?").arg(object));
        choose->setSubTitle(tr("Pick an unconfigured disk in the other module, in the slot that corresponds to "
                               "the working disk, at least as large as the virtual disk."));
        m_choices->setHeaderLabels({tr("Disk"), tr("State"), tr("Module"), tr("Slot"), tr("Size"), tr("Model"), tr("Note")});
        chooseLayout->addWidget(m_choices, 1);
    }
    connect(m_choices, &QTreeWidget::currentItemChanged, choose, &QWizardPage::completeChanged);
    connect(m_choices, &QTreeWidget::itemDoubleClicked, this, [this] { next(); });
    setPage(ChoosePage, choose);

    // (b) review
    auto *review = new AddDiskReviewPage(this);
    review->setTitle(tr("Review the plan"));
    auto *reviewLayout = new QVBoxLayout(review);
    review->setSubTitle(QStringLiteral(" "));
    m_planView = new PlanView(review);
    m_estimate = new QLabel(review);
    m_estimate->setObjectName(QStringLiteral("syncEstimate"));
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::PlainText);
    reviewLayout->addWidget(m_planView, 1);
    reviewLayout->addWidget(m_estimate);
    setPage(ReviewPage, review);

    // (c) confirm
    auto *confirm = new AddDiskConfirmPage(this);
    confirm->setTitle(tr("Confirm"));
    confirm->setSubTitle(tr("The commands you reviewed run as soon as you press Apply."));
    confirm->setCommitPage(true);
    confirm->setButtonText(QWizard::CommitButton, tr("&Apply"));
    auto *confirmLayout = new QVBoxLayout(confirm);
    m_confirmPrompt = new QLabel(confirm);
    m_confirmPrompt->setWordWrap(true);
    m_confirmPrompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm = new QLineEdit(confirm);
    m_confirm->setObjectName(QStringLiteral("confirmation"));
    m_confirmPrompt->setBuddy(m_confirm);
    m_confirmHint = new QLabel(confirm);
    m_confirmHint->setObjectName(QStringLiteral("confirmationHint"));
    m_confirmHint->setTextFormat(Qt::PlainText);
    m_confirmHint->setWordWrap(true);
    confirmLayout->addWidget(m_confirmPrompt);
    confirmLayout->addWidget(m_confirm);
    confirmLayout->addWidget(m_confirmHint);
    confirmLayout->addStretch(1);
    connect(m_confirm, &QLineEdit::textChanged, confirm, &QWizardPage::completeChanged);
    connect(m_confirm, &QLineEdit::textChanged, this, &AddDiskWizard::updateConfirmationHint);
    setPage(ConfirmPage, confirm);

    // (d) apply
    auto *apply = new AddDiskApplyPage(this);
    apply->setTitle(tr("Applying"));
    apply->setSubTitle(tr("Each step's result appears as it finishes; a failed step stops the plan."));
    auto *applyLayout = new QVBoxLayout(apply);
    m_steps = new QListWidget(apply);
    m_run = new PlanRun(m_steps, this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_result = new QLabel(apply);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop = new QPushButton(tr("&Stop After This Step"), apply);
    m_stop->setObjectName(QStringLiteral("stopPlan"));
    m_stop->setToolTip(tr("The step that is running finishes; no further step starts"));
    m_stop->setVisible(false);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (!m_session || m_planId == 0 || m_finished)
            return;
        m_session->cancelPlan(m_planId);
        m_stop->setEnabled(false);
        m_result->setText(tr("Stopping after the step that is running…"));
    });
    applyLayout->addWidget(m_steps, 1);
    applyLayout->addWidget(m_result);
    applyLayout->addWidget(m_stop, 0, Qt::AlignLeft);
    setPage(ApplyPage, apply);

    setStartId(ChoosePage);
    fillChoices();
    if (m_session) {
        connect(m_session, &HostSession::diskProbed, this, &AddDiskWizard::takeProbe);
        connect(m_session, &HostSession::privilegesChecked, this, &AddDiskWizard::takePrivileges);
    }
}

void AddDiskWizard::reject()
{
    // Escape or the window's close button while a plan runs: the plan goes on
    // on the host whatever the window does, so the window stays to say how it
    // ends. Stop After This Step is the way to halt it.
    if (m_running && !m_finished && m_session)
        return;
    QWizard::reject();
}

QString AddDiskWizard::confirmationPrompt() const
{
    const QString disk = diskToWrite();
    const HostSnapshotPtr snap = m_session ? m_session->latest() : HostSnapshotPtr();
    const Disk *d = snap ? snap->disk(disk) : nullptr;
    QString where;
    if (d && !d->module.isEmpty())
        where = d->slot >= 0 ? tr("It sits in module %1, slot %2.").arg(d->module).arg(d->slot)
                             : tr("It sits in module %1.").arg(d->module);
    if (m_plan.confirmation.startsWith(QLatin1String("/dev/")))
        return tr("%1 reports no serial number. To confirm that %1 is the disk to overwrite, type its device "
                  "path, /dev/%1.").arg(disk);
    return tr("Everything on %1 will be overwritten. Read the serial number on the label of the physical disk "
              "(it is also in the disk's properties) and type it to confirm. %2").arg(disk, where).trimmed();
}

void AddDiskWizard::fillChoices()
{
    m_choices->clear();
    const HostSnapshotPtr snap = m_session ? m_session->latest() : HostSnapshotPtr();
    if (!snap)
        return;
    const HostSnapshot &s = *snap;
    // A row that cannot be chosen stays listed, greyed, with its reason beside it:
    // the admin sees why a disk is not offered instead of wondering where it went.
    const auto markUnselectable = [](QTreeWidgetItem *item, const QString &why) {
        const int note = item->columnCount() - 1;
        item->setText(note, why);
        item->setToolTip(note, plainToolTip(why));
        if (!why.isEmpty())
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
    };
    if (m_start == Start::FromDisk) {
        const Disk *disk = s.disk(m_object);
        for (const Mirror &m : s.mirrors) {
            QStringList members;
            for (const MirrorMember &mm : m.members) {
                if (mm.device.isEmpty()) {
                    members << tr("(missing)");
                    continue;
                }
                const Disk *d = diskHolding(s, mm.device);
                members << (d && !d->module.isEmpty()
                                ? tr("%1 (module %2, slot %3)").arg(mm.device, d->module).arg(d->slot)
                                : mm.device);
            }
            auto *item = new QTreeWidgetItem(m_choices, {m.name, StateStyle::text(m.state),
                                                         members.join(QStringLiteral(", ")),
                                                         displayBytes(m.sizeBytes), QString()});
            item->setIcon(0, StateStyle::icon(QStringLiteral("mirror")));
            item->setIcon(1, toneIcon(StateStyle::tone(m.state)));
            item->setData(0, Qt::UserRole, m.name);
            QString why;
            if (disk && disk->sizeBytes > 0 && m.sizeBytes > disk->sizeBytes)
                why = tr("Needs %1; %2 holds %3").arg(displayBytes(m.sizeBytes), m_object, displayBytes(disk->sizeBytes));
            else if (m.state == OpState::Broken || m.state == OpState::Inactive)
                why = tr("%1 is %2: its data must come back before a copy can be made").arg(m.name, StateStyle::text(m.state));
            markUnselectable(item, why);
            // The one that needs a disk first: a Simplex mirror is what this is for.
            if (why.isEmpty() && m.state == OpState::Simplex && !m_choices->currentItem())
                m_choices->setCurrentItem(item);
        }
        if (s.mirrors.isEmpty())
            m_new->setChecked(true);
    } else {
        const Mirror *mirror = s.mirror(m_object);
        for (const Disk &d : s.disks) {
            auto *item = new QTreeWidgetItem(
                m_choices, {d.name, StateStyle::diskText(d, s), d.module.isEmpty() ? QStringLiteral("—") : d.module,
                            d.slot >= 0 ? QString::number(d.slot) : QStringLiteral("—"), displayBytes(d.sizeBytes),
                            d.model, QString()});
            item->setIcon(0, StateStyle::icon(QStringLiteral("disk")));
            item->setIcon(1, toneIcon(StateStyle::diskTone(d, s)));
            item->setData(0, Qt::UserRole, d.name);
            QString why;
            if (!d.mirror.isEmpty())
                why = d.mirror == m_object ? tr("Already a member of %1").arg(d.mirror)
                                           : tr("A member of %1").arg(d.mirror);
            else if (!d.returningMirror.isEmpty())
                why = tr("A former member of %1: re-add it there").arg(d.returningMirror);
            else if (d.role == DiskRole::InUse)
                why = d.inUseReason.isEmpty() ? tr("In use") : tr("In use: %1").arg(d.inUseReason);
            else if (mirror && d.sizeBytes > 0 && mirror->sizeBytes > d.sizeBytes)
                why = tr("Too small: %1 needs %2").arg(m_object, displayBytes(mirror->sizeBytes));
            markUnselectable(item, why);
            // The serial is on the label; the tooltip shows it, the column does not,
            // so it is read off the disk when the wizard asks for it.
            item->setToolTip(0, plainToolTip(d.serial));
            if (why.isEmpty() && !m_choices->currentItem())
                m_choices->setCurrentItem(item);
        }
    }
    for (int c = 0; c < m_choices->columnCount(); ++c)
        m_choices->resizeColumnToContents(c);
}

QString AddDiskWizard::whyNotSelectable(const QString &name) const
{
    for (int i = 0; i < m_choices->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_choices->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == name)
            return item->text(item->columnCount() - 1);
    }
    return {};
}

bool AddDiskWizard::confirmationMatches(const QString &text) const
{
    const QString want = m_plan.confirmation;
    if (want.isEmpty())
        return true;
    // Labels print serials in capitals and people type them as they like; a
    // device path is typed as it is.
    return text.trimmed().compare(want, want.startsWith(QLatin1String("/dev/")) ? Qt::CaseSensitive
                                                                                 : Qt::CaseInsensitive) == 0;
}

QString AddDiskWizard::confirmationHint() const { return m_confirmHint->text(); }

void AddDiskWizard::updateConfirmationHint()
{
    const QString typed = m_confirm->text().trimmed();
    if (m_plan.confirmation.isEmpty() || typed.isEmpty())
        m_confirmHint->setText(m_plan.confirmation.startsWith(QLatin1String("/dev/")) || m_plan.confirmation.isEmpty()
                                   ? QString()
                                   : tr("Capital or small letters, as you like."));
    else if (confirmationMatches(typed))
        m_confirmHint->setText(tr("Matches %1: Apply runs the plan.").arg(diskToWrite()));
    else
        m_confirmHint->setText(tr("Does not match %1 yet.").arg(diskToWrite()));
}

QString AddDiskWizard::syncEstimate() const { return m_estimate->text(); }

void AddDiskWizard::updateSyncEstimate()
{
    m_estimate->clear();
    const HostSnapshotPtr snap = m_session ? m_session->latest() : HostSnapshotPtr();
    const Mirror *m = snap && m_plan.ok() && !createNew() ? snap->mirror(m_target) : nullptr;
    if (!m || m->membersWorking >= m->membersExpected || m->sizeBytes <= 0)
        return;
    // md copies the whole member (no bitmap helps a new disk) at most at its
    // sync_speed_max; on an idle host that is the speed it runs at.
    if (m->syncSpeedMaxKiB <= 0) {
        m_estimate->setText(tr("%1 then copies %2 to %3.").arg(m->name, displayBytes(m->sizeBytes), diskToWrite()));
        return;
    }
    const qint64 seconds = m->sizeBytes / 1024 / m->syncSpeedMaxKiB;
    const QString time = seconds < 3600 ? tr("%1 min").arg(qMax<qint64>(1, (seconds + 59) / 60))
                                        : tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    m_estimate->setText(tr("%1 then copies %2 to %3: about %4 at md's limit of %5 KiB/s, longer while the virtual "
                           "machines keep the disks busy. Resync Priority High lifts the limit.")
                            .arg(m->name, displayBytes(m->sizeBytes), diskToWrite(), time,
                                 QLocale().toString(m->syncSpeedMaxKiB)));
}

bool AddDiskWizard::choose(const QString &name)
{
    for (int i = 0; i < m_choices->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_choices->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == name) {
            if (!(item->flags() & Qt::ItemIsEnabled))
                return false;
            if (m_existing)
                m_existing->setChecked(true);
            m_choices->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void AddDiskWizard::setCreateNew(bool createNew)
{
    if (m_new)
        (createNew ? m_new : m_existing)->setChecked(true);
}

bool AddDiskWizard::createNew() const { return m_new && m_new->isChecked(); }

QString AddDiskWizard::chosen() const
{
    QTreeWidgetItem *item = m_choices->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString AddDiskWizard::resultText() const { return m_result->text(); }

QString AddDiskWizard::diskToWrite() const
{
    return m_start == Start::FromDisk ? m_object : chosen();
}

void AddDiskWizard::computePlan()
{
    const HostSnapshotPtr snap = m_session ? m_session->latest() : HostSnapshotPtr();
    m_plan = Plan{};
    m_probeId = 0;
    if (!snap) {
        m_plan.title = tr("No information from the host yet");
        m_plan.errors << tr("The host has not answered yet: wait for the first refresh, then try again.");
        showPlan();
        return;
    }
    // The snapshot's view of a disk repeats udev's cache; before a plan that
    // writes it is shown, the disk itself is asked.
    const QString disk = diskToWrite();
    m_plan.title = tr("Checking %1 on the host…").arg(disk);
    m_planView->setPlan(m_plan);
    page(ReviewPage)->setSubTitle(tr("Asking %1 itself what it holds: signatures, partitions, holders, mounts, "
                                     "and the disks of every virtual machine.").arg(disk));
    m_probeId = m_session->probeDisk(disk);
}

void AddDiskWizard::takePrivileges(int requestId, const QList<PrivilegeCheck> &checks)
{
    if (requestId != m_privilegeId)
        return;
    m_privilegeId = 0;
    m_privilegesChecked = true;
    const HostSnapshotPtr snap = m_session ? m_session->latest() : HostSnapshotPtr();
    m_privilegeNotes.clear();
    for (const PrivilegeCheck &c : checks)
        if (!c.allowed())
            m_privilegeNotes << privilegeRemedy(snap ? snap->user : QString(), c);
    if (checks.isEmpty())
        m_privilegeNotes << tr("The host could not be asked what this account may run.");
    showPlan();
}

void AddDiskWizard::takeProbe(int requestId, const DiskProbe &probe)
{
    if (requestId != m_probeId || currentId() != ReviewPage)
        return;
    m_probeId = 0;
    m_privilegeId = 0;
    m_privilegesChecked = false;
    m_privilegeNotes.clear();
    const HostSnapshotPtr snap = m_session ? m_session->latest() : HostSnapshotPtr();
    if (!snap)
        return;
    if (m_start == Start::FromDisk && createNew()) {
        m_target = nextFreeMirrorName(*snap);
        m_plan = planNewMirror(*snap, m_object, m_target, &probe);
    } else if (m_start == Start::FromDisk) {
        m_target = chosen();
        m_plan = planAddToMirror(*snap, m_target, m_object, &probe);
    } else {
        m_target = m_object;
        m_plan = planAddToMirror(*snap, m_target, chosen(), &probe);
    }
    showPlan();
}

void AddDiskWizard::showPlan()
{
    const HostSnapshotPtr snap = m_session ? m_session->latest() : HostSnapshotPtr();
    const bool viaSudo = snap && snap->viaSudo;
    if (viaSudo && m_plan.ok() && m_privilegeNotes.isEmpty() && m_privilegeId == 0 && !m_privilegesChecked) {
        // Not root on the host: ask sudo now whether it would run these steps,
        // rather than let mdadm's step fail after the serial was typed.
        m_privilegeId = m_session->checkPrivileges(m_plan.privilegedArgvs());
    }
    m_planView->setPlan(m_plan, viaSudo, m_privilegeNotes);
    updateSyncEstimate();
    page(ReviewPage)->setSubTitle(m_plan.ok()
                                      ? tr("Nothing has been changed yet. Check the commands below, then continue.")
                                      : tr("This cannot be done as things are: fix what is listed below, or go Back "
                                           "and choose differently."));
    emit page(ReviewPage)->completeChanged();
}

void AddDiskWizard::runPlan()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_session) {
        m_finished = true;
        m_result->setText(tr("The host was closed: nothing was changed."));
        return;
    }
    m_result->setText(tr("Applying…"));
    button(QWizard::CancelButton)->setEnabled(false);
    m_stop->setVisible(true);
    m_stop->setEnabled(true);
    // What was typed matched (in any case); the plan is given its own spelling.
    m_run->start(m_session, m_plan, m_plan.confirmation, [this](bool ok, const QString &message) {
        m_finished = true;
        m_ok = ok;
        button(QWizard::CancelButton)->setEnabled(true);
        // Stopped by the admin, unless a step failed first (then that is the news).
        const bool stopped = !m_stop->isEnabled() && !m_run->stepFailed();
        m_stop->setVisible(false);
        if (ok) {
            m_result->setText(tr("Done."));
            emit applied(m_target);
            accept();
            return;
        }
        m_result->setText(QStringLiteral("<span style='color:%1'><b>%2</b></span><br>%3<br>%4")
                              .arg(toneColor(BadgeTone::Bad).name(), (stopped ? tr("The plan was stopped.") : tr("The plan failed.")).toHtmlEscaped(),
                                   message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                                   tr("Every step's command and output are in Host ▸ Operation History.")
                                       .toHtmlEscaped()));
        emit currentPage()->completeChanged();
    });
    m_planId = m_run->planId();
}

} // namespace ftc
