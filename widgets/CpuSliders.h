#pragma once
// Virtual Server's three CPU sliders for one VM: relative weight (1..10000),
// reserved capacity and maximum capacity (0..100 % of one CPU), each with a
// spin box, and beside the two capacities the same figure as % of the system
// (value / host CPUs: 100 % of one CPU is 50 % of a two-CPU system). Fed and
// read as plain numbers; what they mean for a host is the caller's business.

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;

namespace ftc {

class CpuSliders : public QWidget {
    Q_OBJECT
public:
    explicit CpuSliders(QWidget *parent = nullptr);

    // hostCpus: how many CPUs "the system" has, for the % of system figures.
    void setHostCpus(int cpus);
    // The VM's virtual CPUs: the maximum is per vCPU, so its share of the
    // system is maximum * vCPUs / host CPUs.
    void setVcpus(int vcpus);
    void setValues(int weight, int reservePct, int maxPct);
    int weight() const;
    int reservePct() const;
    int maxPct() const;

signals:
    // Any of the three moved (by the admin or by setValues).
    void changed();

private:
    struct Row {
        QSlider *slider = nullptr;
        QSpinBox *spin = nullptr;
        QLabel *ofSystem = nullptr;
    };
    Row addRow(const QString &label, int min, int max, const QString &suffix, bool systemFigure, int row);
    void updateSystemFigures();

    Row m_weight, m_reserve, m_max;
    int m_cpus = 1;
    int m_vcpus = 1;
};

} // namespace ftc
