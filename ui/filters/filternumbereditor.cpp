#include "ui/filters/filternumbereditor.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace montaj::ui {
namespace {

constexpr int kMaxSteps = 1'000'000;

int decimalsFor(double step)
{
    if (step <= 0)
        return 2;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
}

} // namespace

FilterNumberEditor::FilterNumberEditor(const FilterParam &param, QWidget *parent)
    : QWidget(parent)
    , m_param(param)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QDoubleSpinBox(this))
    , m_settle(new QTimer(this))
{
    const double span = std::max(0.0, param.maximum - param.minimum);
    m_steps = param.step > 0 ? std::clamp(int(std::lround(span / param.step)), 1, kMaxSteps) : 100;
    m_slider->setObjectName(QStringLiteral("filters.param.%1.slider").arg(param.name));
    m_spin->setObjectName(QStringLiteral("filters.param.%1.spin").arg(param.name));
    m_slider->setRange(0, m_steps);
    m_slider->setPageStep(std::max(1, m_steps / 10));
    m_spin->setRange(param.minimum, param.maximum);
    m_spin->setDecimals(decimalsFor(param.step));
    m_spin->setSingleStep(param.step > 0 ? param.step : span / 100);
    m_spin->setKeyboardTracking(false);
    m_spin->setAccelerated(true);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (m_updating)
            return;
        const double v = valueAt(position);
        show(v);
        moved(v);
        if (!m_slider->isSliderDown())
            m_settle->start(); // a key or wheel step: steps in a row are one change
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { commit(); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_updating)
            return;
        show(v);
        moved(v);
        m_settle->start(); // arrow steps in a row are one change
    });
    connect(m_spin, &QDoubleSpinBox::editingFinished, this, [this] { commit(); });
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (!m_slider->isSliderDown())
            commit();
    });
    setParam(param);
    setValue(param.defaultValue.toDouble());
}

void FilterNumberEditor::setParam(const FilterParam &param)
{
    m_param = param;
    m_slider->setAccessibleName(param.label);
    m_spin->setAccessibleName(param.label);
    //: A tooltip of a filter's number parameter: its name, then the lowest and highest value.
    const QString range = tr("%1: from %2 to %3")
                              .arg(param.label, locale().toString(param.minimum, 'f', m_spin->decimals()),
                                   locale().toString(param.maximum, 'f', m_spin->decimals()));
    m_slider->setToolTip(range);
    m_spin->setToolTip(range);
}

int FilterNumberEditor::positionOf(double value) const
{
    const double span = m_param.maximum - m_param.minimum;
    if (span <= 0)
        return 0;
    return std::clamp(int(std::lround((value - m_param.minimum) / span * m_steps)), 0, m_steps);
}

double FilterNumberEditor::valueAt(int position) const
{
    const double span = m_param.maximum - m_param.minimum;
    const double v = m_param.minimum + span * position / m_steps;
    // On the parameter's step grid, without binary noise (0.1 + 0.2).
    const double scale = std::pow(10.0, m_spin->decimals());
    return std::clamp(std::round(v * scale) / scale, m_param.minimum, m_param.maximum);
}

void FilterNumberEditor::setValue(double value)
{
    m_settle->stop();
    m_committed = value;
    show(value);
}

double FilterNumberEditor::value() const
{
    return m_spin->value();
}

void FilterNumberEditor::show(double value)
{
    const bool was = std::exchange(m_updating, true);
    m_spin->setValue(value);
    m_slider->setValue(positionOf(value));
    m_updating = was;
}

void FilterNumberEditor::moved(double value)
{
    Q_EMIT valueDragged(value);
}

void FilterNumberEditor::commit()
{
    m_settle->stop();
    const double v = m_spin->value();
    if (v != m_committed) {
        m_committed = v;
        Q_EMIT valueEdited(v);
    }
    Q_EMIT gestureEnded();
}

void FilterNumberEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange)
        setParam(m_param);
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
