#pragma once
// A small picture of a team, as PROSet's wizard drew it next to each team
// type: the server's adapters, the switch or switches they plug into, and the
// network behind; links that carry traffic solid, standby links dashed. Below
// it, lines that say what the team survives, each with a tone dot. The widget
// draws; the caller says what to draw (it knows no bonding words).

#include "BadgeTone.h"

#include <QList>
#include <QPair>
#include <QWidget>

namespace ftc {

class TeamDiagram : public QWidget {
    Q_OBJECT
public:
    explicit TeamDiagram(QWidget *parent = nullptr);

    // adapters: ports drawn (2..4); switches: 1, or 2 (the adapters split
    // between them); allActive: every link carries traffic, else only the first.
    void setTopology(int adapters, int switches, bool allActive);
    // "Adapter fails: the team carries on" with its tone, one line each.
    void setOutcomes(const QList<QPair<QString, BadgeTone>> &outcomes);

    int adapters() const { return m_adapters; }
    int switches() const { return m_switches; }
    bool allActive() const { return m_allActive; }
    QList<QPair<QString, BadgeTone>> outcomes() const { return m_outcomes; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_adapters = 2;
    int m_switches = 1;
    bool m_allActive = false;
    QList<QPair<QString, BadgeTone>> m_outcomes;
};

} // namespace ftc
