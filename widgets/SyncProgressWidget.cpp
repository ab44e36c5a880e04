#include "SyncProgressWidget.h"

#include "DisplayFormat.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ftc {

namespace {
// The bar counts in tenths of a percent so slow rebuilds still visibly move.
constexpr int kScale = 10;
} // namespace

SyncProgressWidget::SyncProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_bar->setRange(0, 100 * kScale);
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(180);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
}

void SyncProgressWidget::setProgress(const QString &action, double percent, qint64 speedKiBs, qint64 secondsLeft)
{
    m_percent = qBound(0.0, percent, 100.0);
    m_bar->setValue(int(m_percent * kScale + 0.5));
    m_bar->setFormat(tr("%1 %").arg(QLocale().toString(m_percent, 'f', 1)));

    QStringList parts;
    if (!action.isEmpty())
        parts << action;
    const QString speed = displaySpeedKiBs(speedKiBs);
    if (!speed.isEmpty())
        parts << speed;
    const QString left = displayDuration(secondsLeft);
    if (!left.isEmpty())
        parts << tr("%1 left").arg(left);
    m_detail->setText(parts.join(QStringLiteral(" · ")));
}

QString SyncProgressWidget::detailText() const { return m_detail->text(); }

} // namespace ftc
