#include "TeamWizard.h"

#include "BadgeTone.h"
#include "DisplayFormat.h"
#include "PlainText.h"
#include "NetChangeRun.h"
#include "TeamDiagram.h"
#include "common/PlanView.h"
#include "session/HostSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ftc {

namespace {
enum AdapterColumn { ColName, ColModule, ColSlot, ColMac, ColSpeed, ColLink, ColTeam };

QString htmlLines(const QStringList &lines, BadgeTone tone)
{
    QString s;
    for (const QString &l : lines)
        s += QStringLiteral("<div style='color:%1'>%2</div>").arg(toneColor(tone).name(), l.toHtmlEscaped());
    return s;
}
} // namespace

// --- pages ------------------------------------------------------------------

class TeamTypePage : public QWizardPage {
public:
    explicit TeamTypePage(TeamWizard *w) : QWizardPage(w) {}
};

class TeamMembersPage : public QWizardPage {
public:
    explicit TeamMembersPage(TeamWizard *w) : QWizardPage(w), m_w(w) {}
    bool isComplete() const override
    {
        TeamRequest r = m_w->request();
        r.name = QStringLiteral("bond-check"); // the name is chosen on the next page
        if (m_w->m_snapshot)
            for (int i = 0; m_w->m_snapshot->team(r.name) || m_w->m_snapshot->nic(r.name); ++i)
                r.name = QStringLiteral("bond-check%1").arg(i);
        return m_w->m_snapshot && checkTeamRequest(*m_w->m_snapshot, r).ok();
    }

private:
    TeamWizard *m_w;
};

class TeamSettingsPage : public QWizardPage {
public:
    explicit TeamSettingsPage(TeamWizard *w) : QWizardPage(w), m_w(w) {}
    void initializePage() override { m_w->readFacts(); }
    bool isComplete() const override
    {
        return m_w->factsReady() && interfaceNameProblem(m_w->m_name->text().trimmed()).isEmpty();
    }

private:
    TeamWizard *m_w;
};

class TeamReviewPage : public QWizardPage {
public:
    explicit TeamReviewPage(TeamWizard *w) : QWizardPage(w), m_w(w) {}
    void initializePage() override { m_w->computePlan(); }
    bool isComplete() const override { return m_w->m_change.ok(); }

private:
    TeamWizard *m_w;
};

class TeamApplyPage : public QWizardPage {
public:
    explicit TeamApplyPage(TeamWizard *w) : QWizardPage(w), m_w(w) {}
    void initializePage() override { m_w->runChange(); }
    bool isComplete() const override { return m_w->m_finished; }

private:
    TeamWizard *m_w;
};

// --- the wizard -------------------------------------------------------------

TeamWizard::TeamWizard(HostSession *session, const QStringList &preselected, QWidget *parent)
    : QWizard(parent), m_session(session), m_snapshot(session ? session->latest() : HostSnapshotPtr())
{
    setObjectName(QStringLiteral("teamWizard"));
    setWindowTitle(tr("New Adapter Team"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 560);

    setPage(TypePage, buildTypePage());

    // (b) members
    auto *members = new TeamMembersPage(this);
    members->setTitle(tr("Which adapters form the team?"));
    members->setSubTitle(tr("Team adapters of different modules, so a failed module leaves the team working "
                            "(the guide teams adapters 1+3 and 2+4)."));
    auto *ml = new QVBoxLayout(members);
    m_adapters = new QTreeWidget(members);
    m_adapters->setObjectName(QStringLiteral("adapters"));
    m_adapters->setRootIsDecorated(false);
    m_adapters->setUniformRowHeights(true);
    m_adapters->setAllColumnsShowFocus(true);
    m_adapters->setHeaderLabels({tr("Adapter"), tr("Module"), tr("Slot"), tr("MAC address"), tr("Speed"), tr("Link"),
                                 tr("Team")});
    m_adapters->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ml->addWidget(m_adapters, 1);
    auto *idRow = new QHBoxLayout;
    m_identify = new QPushButton(tr("&Identify Adapter"), members);
    m_identify->setObjectName(QStringLiteral("identify"));
    m_identify->setToolTip(tr("Blinks the selected adapter's port LED for 10 seconds (ethtool --identify)"));
    m_identifyText = new QLabel(members);
    m_identifyText->setObjectName(QStringLiteral("identifyText"));
    m_identifyText->setWordWrap(true);
    m_identifyText->setTextFormat(Qt::PlainText);
    idRow->addWidget(m_identify);
    idRow->addWidget(m_identifyText, 1);
    ml->addLayout(idRow);
    auto *primaryRow = new QFormLayout;
    m_primary = new QComboBox(members);
    m_primary->setObjectName(QStringLiteral("primary"));
    primaryRow->addRow(tr("&Primary adapter:"), m_primary);
    ml->addLayout(primaryRow);
    m_rules = new QLabel(members);
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->setWordWrap(true);
    m_rules->setTextFormat(Qt::RichText);
    ml->addWidget(m_rules);
    connect(m_adapters, &QTreeWidget::itemChanged, this, [this, members] {
        updatePrimary();
        updateRules();
        updateDiagram();
        emit members->completeChanged();
    });
    connect(m_primary, &QComboBox::currentIndexChanged, this, [this] { updateRules(); });
    connect(m_identify, &QPushButton::clicked, this, &TeamWizard::identify);
    setPage(MembersPage, members);

    // (c) name and address
    auto *settings = new TeamSettingsPage(this);
    settings->setTitle(tr("Name and address"));
    settings->setSubTitle(tr("The team is one interface to the host; the address it answers on moves to it."));
    auto *sl = new QVBoxLayout(settings);
    auto *nameForm = new QFormLayout;
    m_name = new QLineEdit(settings);
    m_name->setObjectName(QStringLiteral("teamName"));
    m_name->setMaxLength(15);
    nameForm->addRow(tr("Team &name:"), m_name);
    sl->addLayout(nameForm);
    auto *ipBox = new QGroupBox(tr("Address"), settings);
    auto *il = new QVBoxLayout(ipBox);
    m_takeOver = new QRadioButton(ipBox);
    m_takeOver->setObjectName(QStringLiteral("ipTakeOver"));
    m_dhcp = new QRadioButton(tr("Get an address by &DHCP"), ipBox);
    m_dhcp->setObjectName(QStringLiteral("ipDhcp"));
    m_static = new QRadioButton(tr("Use this &address:"), ipBox);
    m_static->setObjectName(QStringLiteral("ipStatic"));
    m_none = new QRadioButton(tr("N&o address (the team carries only virtual machines' traffic)"), ipBox);
    m_none->setObjectName(QStringLiteral("ipNone"));
    m_takeOver->setChecked(true);
    auto *staticForm = new QFormLayout;
    m_address = new QLineEdit(ipBox);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(QStringLiteral("192.0.2.10/24"));
    m_gateway = new QLineEdit(ipBox);
    m_gateway->setObjectName(QStringLiteral("gateway"));
    m_gateway->setPlaceholderText(QStringLiteral("192.0.2.1"));
    staticForm->addRow(tr("Address/prefix:"), m_address);
    staticForm->addRow(tr("Gateway:"), m_gateway);
    staticForm->setContentsMargins(24, 0, 0, 0);
    il->addWidget(m_takeOver);
    il->addWidget(m_dhcp);
    il->addWidget(m_static);
    il->addLayout(staticForm);
    il->addWidget(m_none);
    sl->addWidget(ipBox);
    const auto staticOn = [this] {
        m_address->setEnabled(m_static->isChecked());
        m_gateway->setEnabled(m_static->isChecked());
    };
    connect(m_static, &QRadioButton::toggled, this, staticOn);
    staticOn();
    auto *vmRow = new QHBoxLayout;
    m_vmBridge = new QCheckBox(tr("&Virtual machines use this team, through bridge"), settings);
    m_vmBridge->setObjectName(QStringLiteral("vmBridge"));
    m_vmBridge->setToolTip(tr("A bridge over the team carries the address; virtual machines' network adapters "
                              "attach to the bridge"));
    m_bridgeName = new QLineEdit(QStringLiteral("br0"), settings);
    m_bridgeName->setObjectName(QStringLiteral("bridgeName"));
    m_bridgeName->setMaxLength(15);
    m_bridgeName->setEnabled(false);
    connect(m_vmBridge, &QCheckBox::toggled, m_bridgeName, &QWidget::setEnabled);
    vmRow->addWidget(m_vmBridge);
    vmRow->addWidget(m_bridgeName);
    vmRow->addStretch(1);
    sl->addLayout(vmRow);
    auto *rbForm = new QFormLayout;
    m_rollback = new QSpinBox(settings);
    m_rollback->setObjectName(QStringLiteral("rollbackSeconds"));
    m_rollback->setRange(30, 600);
    m_rollback->setValue(90);
    m_rollback->setSuffix(tr(" s"));
    m_rollback->setToolTip(tr("If the console cannot reconnect and confirm the change within this time, the host "
                              "restores its previous network configuration by itself"));
    rbForm->addRow(tr("Undo unless confirmed within:"), m_rollback);
    sl->addLayout(rbForm);
    m_factsText = new QLabel(settings);
    m_factsText->setObjectName(QStringLiteral("factsText"));
    m_factsText->setWordWrap(true);
    m_factsText->setTextFormat(Qt::PlainText);
    sl->addWidget(m_factsText);
    sl->addStretch(1);
    connect(m_name, &QLineEdit::textChanged, settings, &QWizardPage::completeChanged);
    setPage(SettingsPage, settings);

    // (d) review
    auto *review = new TeamReviewPage(this);
    review->setTitle(tr("Review the plan"));
    review->setCommitPage(true);
    review->setButtonText(QWizard::CommitButton, tr("&Build Team"));
    auto *rl = new QVBoxLayout(review);
    m_summary = new QLabel(review);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_planView = new PlanView(review);
    rl->addWidget(m_summary);
    rl->addWidget(m_planView, 1);
    setPage(ReviewPage, review);

    // (e) apply
    auto *apply = new TeamApplyPage(this);
    apply->setTitle(tr("Building the team"));
    apply->setSubTitle(tr("The host's own rollback is armed first; the console then reconnects, checks the team "
                          "and confirms."));
    auto *al = new QVBoxLayout(apply);
    m_steps = new QListWidget(apply);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setWordWrap(true);
    m_progress = new QLabel(apply);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    m_result = new QLabel(apply);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    al->addWidget(m_steps, 1);
    al->addWidget(m_progress);
    al->addWidget(m_result);
    setPage(ApplyPage, apply);

    setStartId(TypePage);
    fillAdapters(preselected);
    // The first free bondN.
    for (int i = 0; i < 100; ++i) {
        const QString n = QStringLiteral("bond%1").arg(i);
        if (!m_snapshot || (!m_snapshot->team(n) && !m_snapshot->nic(n))) {
            m_name->setText(n);
            break;
        }
    }
    if (m_session) {
        connect(m_session, &HostSession::netFactsRead, this, [this](int id, const NetFacts &facts) {
            if (id != m_factsId)
                return;
            m_factsId = 0;
            m_facts = facts;
            if (!facts.read) {
                m_factsText->setText(tr("The host's network configuration could not be read: %1").arg(facts.error));
            } else {
                const StackChoice stack = chooseNetStack(facts, this->members());
                m_factsText->setText(stack.problem.isEmpty()
                                         ? tr("Network stack: %1 (%2).").arg(netStackName(stack.stack), stack.reason)
                                         : stack.problem);
                updateAddressChoice();
            }
            if (currentId() == SettingsPage)
                emit currentPage()->completeChanged();
        });
        connect(m_session, &HostSession::adapterIdentified, this,
                [this](int id, const QString &adapter, const QString &problem) {
                    if (id != m_identifyId)
                        return;
                    m_identifyId = 0;
                    m_identify->setEnabled(true);
                    m_identifyText->setText(problem.isEmpty() ? tr("%1 blinked.").arg(adapter) : problem);
                });
    }
    updatePrimary();
    updateRules();
    updateDiagram();
}

QWizardPage *TeamWizard::buildTypePage()
{
    auto *page = new TeamTypePage(this);
    page->setTitle(tr("What kind of team?"));
    page->setSubTitle(tr("Every virtual machine on the host shares its network: team the adapters before anything "
                         "else."));
    auto *l = new QHBoxLayout(page);
    auto *choices = new QVBoxLayout;
    m_types = new QButtonGroup(page);
    const struct {
        TeamType type;
        QString text;
        const char *id;
    } types[] = {
        {TeamType::Aft, tr("&Adapter Fault Tolerance (AFT)"), "typeAft"},
        {TeamType::Sft, tr("&Switch Fault Tolerance (SFT)"), "typeSft"},
        {TeamType::Alb, tr("Adaptive &Load Balancing (ALB)"), "typeAlb"},
        {TeamType::Lacp, tr("IEEE 802.3ad &link aggregation (LACP)"), "typeLacp"},
    };
    for (const auto &t : types) {
        auto *b = new QRadioButton(t.text, page);
        b->setObjectName(QLatin1String(t.id));
        m_types->addButton(b, int(t.type));
        choices->addWidget(b);
    }
    m_types->button(int(TeamType::Aft))->setChecked(true);
    m_typeText = new QLabel(page);
    m_typeText->setObjectName(QStringLiteral("typeText"));
    m_typeText->setWordWrap(true);
    m_typeText->setTextFormat(Qt::PlainText);
    choices->addSpacing(8);
    choices->addWidget(m_typeText);
    choices->addStretch(1);
    m_diagram = new TeamDiagram(page);
    m_diagram->setObjectName(QStringLiteral("diagram"));
    l->addLayout(choices, 1);
    l->addWidget(m_diagram, 1, Qt::AlignTop);
    connect(m_types, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        updatePrimary();
        updateRules();
        updateDiagram();
    });
    return page;
}

void TeamWizard::setType(TeamType type)
{
    if (QAbstractButton *b = m_types->button(int(type)))
        b->setChecked(true);
}

TeamType TeamWizard::type() const { return TeamType(m_types->checkedId()); }

void TeamWizard::fillAdapters(const QStringList &preselected)
{
    QSignalBlocker block(m_adapters);
    m_adapters->clear();
    if (!m_snapshot)
        return;
    for (const Nic &n : m_snapshot->nics) {
        auto *item = new QTreeWidgetItem(m_adapters);
        item->setText(ColName, n.name);
        item->setData(ColName, Qt::UserRole, n.name);
        item->setText(ColModule, n.module.isEmpty() ? tr("unknown") : n.module);
        item->setText(ColSlot, n.slot < 0 ? QString() : QString::number(n.slot));
        item->setText(ColMac, n.mac);
        item->setText(ColSpeed, n.speedMbps > 0 ? tr("%1 Mb/s").arg(n.speedMbps) : tr("unknown"));
        item->setText(ColLink, !n.adminUp ? tr("not configured") : n.carrier ? tr("up") : tr("no link"));
        item->setIcon(ColLink, toneIcon(!n.adminUp ? BadgeTone::Neutral : n.carrier ? BadgeTone::Good : BadgeTone::Bad));
        item->setText(ColTeam, n.master);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (n.master.isEmpty())
            flags |= Qt::ItemIsUserCheckable;
        else
            item->setToolTip(ColName, plainToolTip(tr("%1 is already in %2").arg(n.name, n.master)));
        item->setFlags(flags);
        if (n.master.isEmpty())
            item->setCheckState(ColName, preselected.contains(n.name) ? Qt::Checked : Qt::Unchecked);
    }
}

bool TeamWizard::setMemberChecked(const QString &adapter, bool on)
{
    for (int i = 0; i < m_adapters->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_adapters->topLevelItem(i);
        if (item->data(ColName, Qt::UserRole).toString() == adapter) {
            if (!(item->flags() & Qt::ItemIsUserCheckable))
                return false;
            item->setCheckState(ColName, on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList TeamWizard::members() const
{
    QStringList out;
    for (int i = 0; i < m_adapters->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_adapters->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(ColName) == Qt::Checked)
            out << item->data(ColName, Qt::UserRole).toString();
    }
    return out;
}

void TeamWizard::updatePrimary()
{
    const QString was = m_primary->currentData().toString();
    QSignalBlocker block(m_primary);
    m_primary->clear();
    const bool hasPrimary = type() == TeamType::Aft || type() == TeamType::Sft;
    m_primary->setEnabled(hasPrimary);
    m_primary->addItem(tr("None: whichever has link"), QString());
    if (!hasPrimary)
        return;
    for (const QString &m : members())
        m_primary->addItem(m, m);
    const int at = m_primary->findData(was);
    m_primary->setCurrentIndex(at < 0 ? 0 : at);
}

TeamRequest TeamWizard::request() const
{
    TeamRequest r;
    r.name = m_name ? m_name->text().trimmed() : QString();
    r.type = type();
    r.members = members();
    r.primary = m_primary->currentData().toString();
    return r;
}

TeamBuild TeamWizard::build() const
{
    TeamBuild b;
    b.request = request();
    if (m_takeOver->isChecked())
        b.ip.mode = TeamIpSettings::Mode::TakeOver;
    else if (m_dhcp->isChecked())
        b.ip.mode = TeamIpSettings::Mode::Dhcp;
    else if (m_static->isChecked())
        b.ip.mode = TeamIpSettings::Mode::Static;
    else
        b.ip.mode = TeamIpSettings::Mode::None;
    b.ip.address = m_address->text().trimmed();
    b.ip.gateway = m_gateway->text().trimmed();
    b.vmBridge = m_vmBridge->isChecked();
    b.bridgeName = m_bridgeName->text().trimmed();
    b.rollbackSec = m_rollback->value();
    return b;
}

void TeamWizard::updateRules()
{
    if (!m_snapshot) {
        m_rules->setText(htmlLines({tr("The host has not been read yet.")}, BadgeTone::Bad));
        return;
    }
    TeamRequest r = request();
    r.name = QStringLiteral("bond-check");
    const TeamCheck c = checkTeamRequest(*m_snapshot, r);
    m_rules->setText(htmlLines(c.errors, BadgeTone::Bad) + htmlLines(c.warnings, BadgeTone::Warning));
}

void TeamWizard::updateDiagram()
{
    const int n = qBound(2, int(members().size()), 4);
    QList<QPair<QString, BadgeTone>> outcomes;
    switch (type()) {
    case TeamType::Aft:
        m_typeText->setText(tr("One adapter carries the traffic; the others stand by and take over when it, its "
                               "cable or its switch port fails. All adapters connect to the same switch."));
        m_diagram->setTopology(n, 1, false);
        outcomes = {{tr("An adapter fails: the team carries on"), BadgeTone::Good},
                    {tr("The switch fails: the network is lost"), BadgeTone::Bad}};
        break;
    case TeamType::Sft:
        m_typeText->setText(tr("Exactly two adapters, each on its own switch; one carries the traffic, the other "
                               "takes over when the first adapter, its cable or its whole switch fails."));
        m_diagram->setTopology(2, 2, false);
        outcomes = {{tr("An adapter fails: the team carries on"), BadgeTone::Good},
                    {tr("A switch fails: the team carries on"), BadgeTone::Good}};
        break;
    case TeamType::Alb:
        m_typeText->setText(tr("Every adapter transmits and the primary one receives, so the host sends faster; an "
                               "adapter that fails leaves the others working. Same switch, nothing to configure "
                               "on it."));
        m_diagram->setTopology(n, 1, true);
        outcomes = {{tr("An adapter fails: the team carries on, with less bandwidth"), BadgeTone::Good},
                    {tr("The switch fails: the network is lost"), BadgeTone::Bad}};
        break;
    case TeamType::Lacp:
        m_typeText->setText(tr("Every adapter sends and receives as one link (IEEE 802.3ad). The switch ports must "
                               "be configured as one LACP group first."));
        m_diagram->setTopology(n, 1, true);
        outcomes = {{tr("An adapter fails: the team carries on, with less bandwidth"), BadgeTone::Good},
                    {tr("The switch fails: the network is lost (unless the switches are stacked as one)"),
                     BadgeTone::Bad}};
        break;
    }
    m_diagram->setOutcomes(outcomes);
}

void TeamWizard::identify()
{
    const QTreeWidgetItem *item = m_adapters->currentItem();
    if (!item) {
        m_identifyText->setText(tr("Select an adapter in the list first."));
        return;
    }
    const QString adapter = item->data(ColName, Qt::UserRole).toString();
    if (!m_session) {
        m_identifyText->setText(tr("The host was closed."));
        return;
    }
    m_identify->setEnabled(false);
    m_identifyText->setText(tr("%1's port LED blinks for 10 seconds…").arg(adapter));
    m_identifyId = m_session->identifyAdapter(adapter, 10);
}

void TeamWizard::readFacts()
{
    m_facts = NetFacts();
    emit currentPage()->completeChanged();
    if (!m_session) {
        m_factsText->setText(tr("The host was closed."));
        return;
    }
    m_factsText->setText(tr("Asking the host how its network is configured…"));
    m_takeOver->setText(tr("Keep the host's address: it moves to the team"));
    m_factsId = m_session->readNetFacts();
}

void TeamWizard::updateAddressChoice()
{
    const AddressCarrier c = addressCarrier(m_facts, members());
    if (c.member.isEmpty()) {
        m_takeOver->setText(tr("No address: none of the adapters carries one"));
    } else {
        m_takeOver->setText(tr("&Keep the host's address: %1 moves from %2 to the team (%3)")
                                .arg(c.addresses.join(QStringLiteral(", ")), c.member,
                                     c.dynamic ? tr("DHCP, with %1's MAC address").arg(c.member) : tr("static")));
        m_takeOver->setChecked(true);
    }
}

void TeamWizard::computePlan()
{
    if (!m_snapshot) {
        m_change = NetChange();
        m_summary->setText(tr("The host has not been read yet."));
        return;
    }
    m_change = planTeamCreate(*m_snapshot, m_facts, build());
    QStringList lines = m_change.summary;
    lines << tr("Adding adapters to a team later briefly interrupts the host's network.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_planView->setPlan(m_change.plan, m_session && m_session->latest() && m_session->latest()->user != QLatin1String("root")
                                           && !m_session->latest()->user.isEmpty());
    page(ReviewPage)->setSubTitle(m_change.ok() ? tr("Nothing has changed yet. Build Team runs these steps.")
                                                : tr("The plan is refused: nothing can run."));
    emit page(ReviewPage)->completeChanged();
}

void TeamWizard::runChange()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_session) {
        m_finished = true;
        m_result->setText(tr("The host was closed: nothing was changed."));
        return;
    }
    auto *run = new NetChangeRun(m_steps, m_progress, m_result, this);
    run->start(m_session, m_change, tr("The team is built."), tr("The team was not built."), [this](bool ok) {
        m_finished = true;
        if (ok)
            emit teamBuilt(m_change.verify.bond);
        emit currentPage()->completeChanged();
    });
}

QString TeamWizard::resultText() const { return m_result->text(); }

void TeamWizard::reject()
{
    if (m_running && !m_finished && m_session)
        return;
    QWizard::reject();
}

} // namespace ftc
