#include "TeamDiagram.h"

#include <QPainter>
#include <QPainterPath>

namespace ftc {

namespace {
constexpr int kPicture = 150;  // height of the drawing above the outcome lines
}

TeamDiagram::TeamDiagram(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TeamDiagram::setTopology(int adapters, int switches, bool allActive)
{
    m_adapters = qBound(2, adapters, 4);
    m_switches = qBound(1, switches, 2);
    m_allActive = allActive;
    update();
}

void TeamDiagram::setOutcomes(const QList<QPair<QString, BadgeTone>> &outcomes)
{
    m_outcomes = outcomes;
    updateGeometry();
    update();
}

QSize TeamDiagram::sizeHint() const
{
    return {320, kPicture + int(m_outcomes.size()) * (fontMetrics().height() + 4) + 8};
}

QSize TeamDiagram::minimumSizeHint() const { return {240, sizeHint().height()}; }

void TeamDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor box = pal.color(QPalette::Base);
    const int w = qMin(width(), 420);
    const int left = (width() - w) / 2;

    // Network on top, switches in the middle, the server with its ports below.
    const QRectF net(left + w * 0.2, 4, w * 0.6, 24);
    p.setPen(QPen(ink, 1));
    p.setBrush(box);
    p.drawRoundedRect(net, 12, 12);
    p.drawText(net, Qt::AlignCenter, tr("Network"));

    QList<QRectF> sw;
    for (int i = 0; i < m_switches; ++i) {
        const double cx = m_switches == 1 ? left + w / 2.0 : left + w * (i == 0 ? 0.3 : 0.7);
        sw << QRectF(cx - 45, 52, 90, 24);
    }
    for (const QRectF &s : sw) {
        p.setPen(QPen(ink, 1.5));
        p.drawLine(QPointF(s.center().x(), s.top()), QPointF(s.center().x(), net.bottom()));
        p.setPen(QPen(ink, 1));
        p.setBrush(box);
        p.drawRect(s);
        p.drawText(s, Qt::AlignCenter, tr("Switch"));
    }

    const QRectF server(left + w * 0.1, kPicture - 40, w * 0.8, 34);
    p.setBrush(box);
    p.drawRect(server);
    p.drawText(server.adjusted(0, 14, 0, 0), Qt::AlignCenter, tr("Server"));
    const QColor active = toneColor(BadgeTone::Good);
    const QColor standby = toneColor(BadgeTone::Neutral);
    for (int i = 0; i < m_adapters; ++i) {
        const double x = server.left() + server.width() * (i + 1) / (m_adapters + 1);
        const QRectF port(x - 9, server.top() - 5, 18, 10);
        const QRectF &s = sw[m_switches == 1 ? 0 : (i < (m_adapters + 1) / 2 ? 0 : 1)];
        const bool carries = m_allActive || i == 0;
        QPen link(carries ? active : standby, carries ? 2.5 : 1.5);
        if (!carries)
            link.setStyle(Qt::DashLine);
        p.setPen(link);
        p.drawLine(QPointF(x, port.top()), QPointF(s.center().x() + (x - server.center().x()) * 0.15, s.bottom()));
        p.setPen(QPen(ink, 1));
        p.setBrush(carries ? active : standby);
        p.drawRect(port);
    }

    // What the team survives.
    int y = kPicture + 6;
    const int lh = fontMetrics().height() + 4;
    for (const auto &[text, tone] : m_outcomes) {
        p.setPen(Qt::NoPen);
        p.setBrush(toneColor(tone));
        p.drawEllipse(QRectF(left + 4, y + lh / 2.0 - 5, 10, 10));
        p.setPen(ink);
        p.drawText(QRect(left + 20, y, w - 20, lh), Qt::AlignVCenter | Qt::AlignLeft, text);
        y += lh;
    }
}

} // namespace ftc
