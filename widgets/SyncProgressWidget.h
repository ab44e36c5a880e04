#pragma once
// A resync at a glance: bar, percent, speed and time left ("recovery 8.5 % ·
// 253.7 MiB/s · 17 min left"). Unknown speed or time are simply left out.

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ftc {

class SyncProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncProgressWidget(QWidget *parent = nullptr);

    // percent 0..100, speed in KiB/s and seconds left: -1 when unknown.
    void setProgress(const QString &action, double percent, qint64 speedKiBs, qint64 secondsLeft);

    double percent() const { return m_percent; }
    QString detailText() const;

private:
    QProgressBar *m_bar;
    QLabel *m_detail;
    double m_percent = 0;
};

} // namespace ftc
