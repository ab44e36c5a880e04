#include "SyncSpeedChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLocale>
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
    , m_current(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_series(new QLineSeries(m_chart))
    , m_time(new QDateTimeAxis(m_chart))
    , m_speed(new QValueAxis(m_chart))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_current->setObjectName(QStringLiteral("currentValue"));
    m_current->setTextFormat(Qt::PlainText);
    layout->addWidget(m_current);
    layout->addWidget(m_view);

    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->addSeries(m_series);
    QPen pen(QColor(0x1f, 0x77, 0xb4));
    pen.setWidthF(2);
    m_series->setPen(pen);

    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(int(kWindowMs / 60000) + 1); // one tick a minute
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
    setSamples({});

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);
    setMinimumWidth(240);
}

void SyncSpeedChart::setSamples(const QList<QPointF> &samples)
{
    if (samples == m_samples && !m_current->text().isEmpty())
        return;
    m_samples = samples;
    // The window ends at the next whole minute after the latest sample, so the
    // ticks fall on whole minutes and the line does not slide under them.
    const qint64 lastMs = samples.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : qint64(samples.last().x());
    const qint64 endMs = (lastMs / 60000 + 1) * 60000;
    const qint64 startMs = endMs - kWindowMs;
    QList<QPointF> points;
    points.reserve(samples.size());
    double top = 0;
    for (const QPointF &p : samples) {
        const double value = p.y() / m_divisor;
        points << QPointF(p.x(), value);
        if (p.x() >= startMs)
            top = std::max(top, value);
    }
    m_series->replace(points);
    m_speed->setMax(niceCeiling(top * 1.1));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(startMs), QDateTime::fromMSecsSinceEpoch(endMs));
    m_current->setText(samples.isEmpty() ? tr("No samples yet")
                                         : tr("Now: %1 %2").arg(QLocale().toString(samples.last().y() / m_divisor, 'f', 1),
                                                                m_speed->titleText()));
}

void SyncSpeedChart::setAxis(const QString &title, double divisor)
{
    m_speed->setTitleText(title);
    m_divisor = divisor > 0 ? divisor : 1;
    const QList<QPointF> samples = std::exchange(m_samples, {});
    setSamples(samples);
}

int SyncSpeedChart::pointCount() const { return int(m_series->count()); }

QString SyncSpeedChart::currentText() const { return m_current->text(); }

qint64 SyncSpeedChart::windowStartMs() const { return m_time->min().toMSecsSinceEpoch(); }

qint64 SyncSpeedChart::windowEndMs() const { return m_time->max().toMSecsSinceEpoch(); }

double SyncSpeedChart::axisMaxMiBs() const { return m_speed->max(); }

} // namespace ftc
