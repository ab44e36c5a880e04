#include "SyncSpeedChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace ftc {

namespace {

// A "nice" axis top above v: 1, 2 or 5 times a power of ten.
double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= v)
            return m * p;
    return 10 * p;
}

} // namespace

SyncSpeedChart::SyncSpeedChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QLineSeries(m_chart))
    , m_time(new QDateTimeAxis(m_chart))
    , m_speed(new QValueAxis(m_chart))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->addSeries(m_series);
    QPen pen(QColor(0x1f, 0x77, 0xb4));
    pen.setWidthF(2);
    m_series->setPen(pen);

    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(5);
    m_speed->setTitleText(tr("MiB/s"));
    m_speed->setLabelFormat(QStringLiteral("%.0f"));
    m_speed->setMin(0);
    m_speed->setMax(1);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_speed)}) {
        QFont f = axis->labelsFont();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
    }
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_speed, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_speed);
    const QDateTime now = QDateTime::currentDateTime();
    m_time->setRange(now.addSecs(-60), now);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);
    setMinimumWidth(240);
}

void SyncSpeedChart::setSamples(const QList<QPointF> &samples)
{
    if (samples == m_samples)
        return;
    m_samples = samples;
    QList<QPointF> points;
    points.reserve(samples.size());
    double top = 0;
    for (const QPointF &p : samples) {
        const double mib = p.y() / m_divisor;
        points << QPointF(p.x(), mib);
        top = std::max(top, mib);
    }
    m_series->replace(points);
    m_speed->setMax(niceCeiling(top * 1.1));
    if (samples.isEmpty())
        return;
    QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(samples.first().x()));
    QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(samples.last().x()));
    // The line spans the width from the sync's first sample; a few seconds at
    // least, so a single sample is a point at the left, not a divide by zero.
    if (first.msecsTo(last) < 5000)
        last = first.addMSecs(5000);
    m_time->setRange(first, last);
}

void SyncSpeedChart::setAxis(const QString &title, double divisor)
{
    m_speed->setTitleText(title);
    m_divisor = divisor > 0 ? divisor : 1;
    const QList<QPointF> samples = std::exchange(m_samples, {});
    setSamples(samples);
}

int SyncSpeedChart::pointCount() const { return int(m_series->count()); }

double SyncSpeedChart::axisMaxMiBs() const { return m_speed->max(); }

} // namespace ftc
