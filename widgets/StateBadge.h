#pragma once
// A rounded pill with a dot and a word ("● Duplex"), coloured by tone. A Busy
// badge pulses so that a resync in progress catches the eye without a popup.

#include "BadgeTone.h"

#include <QWidget>

class QTimer;

namespace ftc {

class StateBadge : public QWidget {
    Q_OBJECT
public:
    explicit StateBadge(QWidget *parent = nullptr);

    void setState(BadgeTone tone, const QString &text);
    BadgeTone tone() const { return m_tone; }
    QString text() const { return m_text; }
    bool isAnimating() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateAnimation();

    BadgeTone m_tone = BadgeTone::Neutral;
    QString m_text;
    QTimer *m_timer = nullptr;
    int m_phase = 0;
};

} // namespace ftc
