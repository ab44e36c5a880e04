#pragma once
// Sync speed over time as a line (virt-manager's performance graphs, for a
// resync): fed plain (time, KiB/s) samples, drawn in MiB/s against clock time.

#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ftc {

class SyncSpeedChart : public QWidget {
    Q_OBJECT
public:
    explicit SyncSpeedChart(QWidget *parent = nullptr);

    // x: milliseconds since the epoch (UTC), y: KiB/s. Replaces what is shown;
    // unchanged samples cost nothing.
    void setSamples(const QList<QPointF> &samples);
    // Draws y / divisor against an axis titled title (default "MiB/s", 1024:
    // KiB/s in, MiB/s drawn); e.g. ("%", 1) for a CPU figure.
    void setAxis(const QString &title, double divisor);

    int pointCount() const;
    const QList<QPointF> &samples() const { return m_samples; }
    // Highest value on the speed axis, in MiB/s.
    double axisMaxMiBs() const;

private:
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_speed;
    QList<QPointF> m_samples;
    double m_divisor = 1024;
};

} // namespace ftc
