#include "StateBadge.h"

#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <cmath>

namespace ftc {

namespace {
constexpr int kPhases = 40;       // one pulse = kPhases ticks
constexpr int kTickMs = 50;
} // namespace

StateBadge::StateBadge(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_phase = (m_phase + 1) % kPhases;
        update();
    });
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StateBadge::setState(BadgeTone tone, const QString &text)
{
    if (tone == m_tone && text == m_text)
        return;
    const bool resize = text != m_text;
    m_tone = tone;
    m_text = text;
    setAccessibleName(text);
    if (resize)
        updateGeometry();
    updateAnimation();
    update();
}

bool StateBadge::isAnimating() const { return m_timer->isActive(); }

QSize StateBadge::sizeHint() const
{
    QFont f = font();
    f.setBold(true);
    const QFontMetrics fm(f);
    const int h = fm.height() + 6;
    return QSize(fm.horizontalAdvance(m_text) + h + 10, h);
}

void StateBadge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = toneColor(m_tone);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2;

    QColor fill = c;
    fill.setAlphaF(0.14);
    p.setPen(QPen(c, 1));
    p.setBrush(fill);
    p.drawRoundedRect(r, radius, radius);

    // The dot breathes between full and faint when Busy.
    QColor dot = c;
    if (m_tone == BadgeTone::Busy) {
        const double t = double(m_phase) / kPhases;
        dot.setAlphaF(0.35 + 0.65 * (0.5 + 0.5 * std::cos(2 * M_PI * t)));
    }
    const qreal d = r.height() * 0.45;
    const QRectF dotRect(r.left() + radius - d / 2, r.center().y() - d / 2, d, d);
    p.setPen(Qt::NoPen);
    p.setBrush(dot);
    p.drawEllipse(dotRect);

    QColor textColor = palette().color(QPalette::WindowText);
    p.setPen(textColor);
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    const QRectF textRect = r.adjusted(radius + d / 2 + 4, 0, -6, 0);
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

void StateBadge::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateAnimation();
}

void StateBadge::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateAnimation();
}

void StateBadge::updateAnimation()
{
    // Only a visible Busy badge costs timer wakeups.
    const bool want = m_tone == BadgeTone::Busy && isVisible();
    if (want && !m_timer->isActive())
        m_timer->start();
    else if (!want && m_timer->isActive())
        m_timer->stop();
}

} // namespace ftc
