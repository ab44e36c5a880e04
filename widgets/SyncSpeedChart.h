#pragma once
// Sync speed over time as a line (virt-manager's performance graphs, for a
// resync): fed plain (time, KiB/s) samples, drawn in MiB/s against clock time
// over a fixed window (the last five minutes, a tick each minute), the speed
// axis scaled to what the window shows, and the latest value written above.

#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QLabel;
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

    static constexpr qint64 kWindowMs = 5 * 60 * 1000;

    int pointCount() const;
    // The latest value as written above the chart ("Now: 195.3 MiB/s").
    QString currentText() const;
    // The time axis' range, ms since the epoch.
    qint64 windowStartMs() const;
    qint64 windowEndMs() const;
    const QList<QPointF> &samples() const { return m_samples; }
    // Highest value on the speed axis, in MiB/s.
    double axisMaxMiBs() const;

private:
    QLabel *m_current;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_speed;
    QList<QPointF> m_samples;
    double m_divisor = 1024;
};

} // namespace ftc
