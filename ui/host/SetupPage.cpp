#include "SetupPage.h"

#include "CheckMarks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ftc {

namespace {
constexpr int kStepRole = Qt::UserRole + 1;   // the step's index
constexpr int kItemRole = Qt::UserRole + 2;   // the item's index in its step; -1 on step rows

BadgeTone statusTone(SetupItem::Status s)
{
    return s == SetupItem::Status::Done ? BadgeTone::Good : s == SetupItem::Status::ToDo ? BadgeTone::Warning
                                                                                          : BadgeTone::Neutral;
}
} // namespace

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_doIt(new QPushButton(tr("Do It…"), this))
{
    setObjectName(QStringLiteral("setupPage"));
    m_title->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);   // findings carry host text
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_progress->setTextVisible(true);
    m_list->setObjectName(QStringLiteral("setupItems"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Step"), tr("Now")});
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 330);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 3);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_doIt->setObjectName(QStringLiteral("setupDoIt"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_doIt);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &SetupPage::updateDetail);
    connect(m_doIt, &QPushButton::clicked, this, [this] {
        if (const SetupItem *i = current(); i && !i->findings.isEmpty())
            emit doItRequested(i->findings.first());
    });
    updateDetail();
}

void SetupPage::setSteps(const QString &hostName, const QList<SetupStep> &steps, const QSet<QString> &fixable)
{
    m_title->setText(tr("Setup of %1, as the guide has it").arg(hostName));
    m_progress->setRange(0, setupTotal(steps));
    m_progress->setValue(setupDone(steps));
    m_progress->setFormat(tr("%1 of %2 done").arg(setupDone(steps)).arg(setupTotal(steps)));
    const QTreeWidgetItem *was = m_list->currentItem();
    const int wasStep = was ? was->data(0, kStepRole).toInt() : -1;
    const int wasItem = was ? was->data(0, kItemRole).toInt() : -1;
    m_steps = steps;
    m_fixable = fixable;
    // Rows are rebuilt only when the shape changes; otherwise updated in place.
    const bool sameShape = m_list->topLevelItemCount() == steps.size();
    if (!sameShape)
        m_list->clear();
    for (int s = 0; s < steps.size(); ++s) {
        QTreeWidgetItem *top = sameShape ? m_list->topLevelItem(s) : new QTreeWidgetItem(m_list);
        top->setText(0, steps[s].title);
        top->setData(0, kStepRole, s);
        top->setData(0, kItemRole, -1);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        int done = 0;
        for (int i = 0; i < steps[s].items.size(); ++i) {
            const SetupItem &it = steps[s].items[i];
            done += it.status == SetupItem::Status::Done;
            QTreeWidgetItem *row = i < top->childCount() ? top->child(i) : new QTreeWidgetItem(top);
            row->setData(0, kStepRole, s);
            row->setData(0, kItemRole, i);
            row->setData(0, Qt::UserRole + 3, it.id);
            row->setText(0, it.title);
            row->setIcon(0, toneIcon(statusTone(it.status)));
            row->setText(1, it.status == SetupItem::Status::Done ? tr("Done")
                            : it.findings.isEmpty()                 ? QString()
                                                                    : it.findings.first().message);
        }
        top->setIcon(0, toneIcon(done == steps[s].items.size() ? BadgeTone::Good : BadgeTone::Warning));
        top->setText(1, tr("%1 of %2 done").arg(done).arg(steps[s].items.size()));
    }
    if (!sameShape) {
        m_list->expandAll();
        if (wasStep >= 0 && wasStep < m_list->topLevelItemCount()) {
            QTreeWidgetItem *top = m_list->topLevelItem(wasStep);
            m_list->setCurrentItem(wasItem >= 0 && wasItem < top->childCount() ? top->child(wasItem) : top);
        }
    }
    updateDetail();
}

bool SetupPage::selectItem(const QString &id)
{
    for (int s = 0; s < m_list->topLevelItemCount(); ++s)
        for (int i = 0; i < m_list->topLevelItem(s)->childCount(); ++i)
            if (m_list->topLevelItem(s)->child(i)->data(0, Qt::UserRole + 3).toString() == id) {
                m_list->setCurrentItem(m_list->topLevelItem(s)->child(i));
                return true;
            }
    return false;
}

const SetupItem *SetupPage::current() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row)
        return nullptr;
    const int s = row->data(0, kStepRole).toInt(), i = row->data(0, kItemRole).toInt();
    if (s < 0 || s >= m_steps.size() || i < 0 || i >= m_steps[s].items.size())
        return nullptr;
    return &m_steps[s].items[i];
}

void SetupPage::updateDetail()
{
    const SetupItem *i = current();
    if (!i) {
        m_detail->setText(tr("Select an item to see what it takes."));
        m_doIt->setEnabled(false);
        return;
    }
    QString text;
    if (i->status == SetupItem::Status::Done)
        text = tr("Done: the host meets this now.");
    for (const Finding &f : i->findings)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + f.message + QStringLiteral(" ")
            + tr("Remedy: %1").arg(f.remedy);
    m_detail->setText(text);
    const bool can = i->status == SetupItem::Status::ToDo && !i->findings.isEmpty()
        && m_fixable.contains(i->findings.first().id);
    m_doIt->setEnabled(can);
    m_doIt->setToolTip(can ? tr("Open the console's action for the next step")
                           : i->status == SetupItem::Status::ToDo ? tr("The console has no action for this: follow the remedy")
                                                                  : QString());
}

} // namespace ftc
