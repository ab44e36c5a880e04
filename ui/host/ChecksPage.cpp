#include "ChecksPage.h"

#include "CheckMarks.h"
#include "checks/CheckText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ftc {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;   // the finding's index in m_findings; -1 on area rows
const QStringList kAreas{QStringLiteral("storage"), QStringLiteral("network"), QStringLiteral("vm"), QStringLiteral("host")};
} // namespace

ChecksPage::ChecksPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_checkNow(new QPushButton(tr("Check Now"), this))
    , m_list(new QTreeWidget(this))
    , m_remedy(new QLabel(this))
    , m_fix(new QPushButton(tr("Fix…"), this))
    , m_show(new QPushButton(tr("Show in Tree"), this))
{
    setObjectName(QStringLiteral("checksPage"));
    // Findings carry host text (VM names, paths): never rich text.
    for (QLabel *l : {m_title, m_summary, m_facts, m_remedy})
        l->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setWordWrap(true);
    m_remedy->setWordWrap(true);
    m_remedy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remedy->setMinimumHeight(m_remedy->fontMetrics().height() * 3);
    m_remedy->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_checkNow->setObjectName(QStringLiteral("checkNow"));
    m_checkNow->setToolTip(tr("Read the host's facts again: watchdog, updates, power, guest agents, images"));
    m_fix->setObjectName(QStringLiteral("fixFinding"));
    m_show->setObjectName(QStringLiteral("showFinding"));
    m_list->setObjectName(QStringLiteral("findings"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Finding"), tr("Details")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 220);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    head->addLayout(titles, 1);
    head->addWidget(m_checkNow, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fix);
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_facts);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remedy);
    layout->addLayout(buttons);

    connect(m_checkNow, &QPushButton::clicked, this, &ChecksPage::checkNowRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChecksPage::updateDetail);
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const auto f = current())
            emit fixRequested(*f);
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const auto f = current())
            emit showRequested(*f);
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (const auto f = current(); f && !f->object.isEmpty())
            emit showRequested(*f);
    });
    updateDetail();
}

void ChecksPage::setFindings(const QString &hostName, const QList<Finding> &findings, const QString &factsNote,
                             const QSet<QString> &fixable)
{
    m_title->setText(tr("Checks of %1").arg(hostName));
    m_summary->setText(checksSummary(findings));
    m_facts->setText(factsNote);
    m_fixable = fixable;
    // Keep the selection across refreshes: the same id and object.
    const std::optional<Finding> was = current();
    const bool same = findings.size() == m_findings.size()
        && std::equal(findings.cbegin(), findings.cend(), m_findings.cbegin(), [](const Finding &a, const Finding &b) {
               return a.id == b.id && a.object == b.object && a.message == b.message && a.severity == b.severity;
           });
    m_findings = findings;
    if (same) {
        updateDetail();
        return;
    }
    m_list->clear();
    QTreeWidgetItem *select = nullptr;
    for (const QString &area : kAreas) {
        QList<int> here;
        for (int i = 0; i < findings.size(); ++i)
            if (findingArea(findings[i].id) == area)
                here << i;
        std::stable_sort(here.begin(), here.end(),
                         [&](int a, int b) { return findings[a].severity > findings[b].severity; });
        auto *top = new QTreeWidgetItem(m_list, {areaTitle(area), here.isEmpty() ? tr("Nothing found") : QString()});
        top->setData(0, kIndexRole, -1);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        QList<Finding> areaFindings;
        for (int i : here)
            areaFindings << findings[i];
        top->setIcon(0, toneIcon(here.isEmpty() ? BadgeTone::Good : severityTone(worstSeverity(areaFindings))));
        if (!here.isEmpty())
            top->setText(1, checksSummary(areaFindings));
        for (int i : here) {
            const Finding &f = findings[i];
            auto *item = new QTreeWidgetItem(top, {f.object.isEmpty() ? severityLabel(f.severity)
                                                                      : severityLabel(f.severity) + QStringLiteral("  ") + f.object,
                                                   f.message});
            item->setIcon(0, toneIcon(severityTone(f.severity)));
            item->setData(0, kIndexRole, i);
            item->setToolTip(1, f.message);
            if (was && was->id == f.id && was->object == f.object)
                select = item;
        }
    }
    m_list->expandAll();
    if (select)
        m_list->setCurrentItem(select);
    updateDetail();
}

void ChecksPage::setBusy(bool reading)
{
    m_checkNow->setEnabled(!reading);
    m_checkNow->setText(reading ? tr("Checking…") : tr("Check Now"));
}

std::optional<Finding> ChecksPage::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int i = item ? item->data(0, kIndexRole).toInt() : -1;
    if (i < 0 || i >= m_findings.size())
        return std::nullopt;
    return m_findings[i];
}

void ChecksPage::updateDetail()
{
    const std::optional<Finding> f = current();
    if (!f) {
        m_remedy->setText(tr("Select a finding to see what to do."));
        m_fix->setEnabled(false);
        m_show->setEnabled(false);
        m_fix->setToolTip(QString());
        return;
    }
    m_remedy->setText(f->message + QStringLiteral("\n") + tr("Remedy: %1").arg(f->remedy));
    const bool fixable = m_fixable.contains(f->id);
    m_fix->setEnabled(fixable);
    m_fix->setToolTip(fixable ? tr("Open the console's action for this, with its plan") 
                              : tr("The console has no action for this: follow the remedy"));
    m_show->setEnabled(!f->object.isEmpty());
}

} // namespace ftc
