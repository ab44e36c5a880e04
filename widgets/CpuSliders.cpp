#include "CpuSliders.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

namespace ftc {

CpuSliders::CpuSliders(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_weight = addRow(tr("Relative &weight"), 1, 10000, QString(), false, 0);
    m_reserve = addRow(tr("&Reserved capacity"), 0, 100, tr(" % of one CPU"), true, 1);
    m_max = addRow(tr("&Maximum capacity"), 1, 100, tr(" % of one CPU per vCPU"), true, 2);
    m_weight.slider->setObjectName(QStringLiteral("weightSlider"));
    m_weight.spin->setObjectName(QStringLiteral("weightSpin"));
    m_reserve.slider->setObjectName(QStringLiteral("reserveSlider"));
    m_reserve.spin->setObjectName(QStringLiteral("reserveSpin"));
    m_max.slider->setObjectName(QStringLiteral("maxSlider"));
    m_max.spin->setObjectName(QStringLiteral("maxSpin"));
    // 1..10000 is too fine for a slider's steps: page through by hundreds.
    m_weight.slider->setPageStep(100);
    setValues(100, 0, 100);
}

CpuSliders::Row CpuSliders::addRow(const QString &label, int min, int max, const QString &suffix, bool systemFigure,
                                   int row)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    Row r;
    auto *name = new QLabel(label, this);
    r.slider = new QSlider(Qt::Horizontal, this);
    r.slider->setRange(min, max);
    r.slider->setMinimumWidth(220);
    r.spin = new QSpinBox(this);
    r.spin->setRange(min, max);
    r.spin->setSuffix(suffix);
    name->setBuddy(r.spin);
    grid->addWidget(name, row, 0);
    grid->addWidget(r.slider, row, 1);
    grid->addWidget(r.spin, row, 2);
    if (systemFigure) {
        r.ofSystem = new QLabel(this);
        r.ofSystem->setMinimumWidth(120);
        grid->addWidget(r.ofSystem, row, 3);
    }
    connect(r.slider, &QSlider::valueChanged, r.spin, &QSpinBox::setValue);
    connect(r.spin, &QSpinBox::valueChanged, r.slider, &QSlider::setValue);
    connect(r.spin, &QSpinBox::valueChanged, this, [this] {
        updateSystemFigures();
        emit changed();
    });
    return r;
}

void CpuSliders::setHostCpus(int cpus)
{
    m_cpus = qMax(1, cpus);
    updateSystemFigures();
}

void CpuSliders::setVcpus(int vcpus)
{
    m_vcpus = qMax(1, vcpus);
    updateSystemFigures();
}

void CpuSliders::setValues(int weight, int reservePct, int maxPct)
{
    {
        const QSignalBlocker a(m_weight.spin), b(m_reserve.spin), c(m_max.spin);
        m_weight.spin->setValue(weight);
        m_reserve.spin->setValue(reservePct);
        m_max.spin->setValue(maxPct);
        m_weight.slider->setValue(weight);
        m_reserve.slider->setValue(reservePct);
        m_max.slider->setValue(maxPct);
    }
    updateSystemFigures();
    emit changed();
}

int CpuSliders::weight() const { return m_weight.spin->value(); }
int CpuSliders::reservePct() const { return m_reserve.spin->value(); }
int CpuSliders::maxPct() const { return m_max.spin->value(); }

void CpuSliders::updateSystemFigures()
{
    const QLocale locale;
    const auto ofSystem = [&](double pct) {
        return tr("= %1 % of the host").arg(locale.toString(qMin(100.0, pct / m_cpus), 'f', 1));
    };
    m_reserve.ofSystem->setText(ofSystem(m_reserve.spin->value()));
    m_max.ofSystem->setText(ofSystem(double(m_max.spin->value()) * m_vcpus));
}

} // namespace ftc
