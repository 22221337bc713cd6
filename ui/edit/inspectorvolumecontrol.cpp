#include "ui/edit/inspectorvolumecontrol.h"

#include "core/edit/projectvalidator.h"
#include "ui/edit/panelformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>

#include <cmath>
#include <utility>

namespace montaj::ui {

InspectorVolumeControl::InspectorVolumeControl(QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QSpinBox(this))
    , m_db(new QLabel(this))
{
    const int maxPercent = int(std::lround(ProjectValidator::kMaxVolume * 100));
    m_slider->setObjectName(QStringLiteral("volumeSlider"));
    m_spin->setObjectName(QStringLiteral("volumeSpin"));
    m_db->setObjectName(QStringLiteral("volumeDecibels"));
    m_slider->setRange(0, maxPercent);
    m_slider->setPageStep(10);
    m_spin->setRange(0, maxPercent);
    m_spin->setKeyboardTracking(false);
    m_db->setMinimumWidth(m_db->fontMetrics().horizontalAdvance(QStringLiteral("+12.0 dB__")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);
    layout->addWidget(m_db);

    connect(m_slider, &QSlider::valueChanged, this, [this](int percent) {
        show(percent);
        if (!m_updating && !m_slider->isSliderDown())
            commit(percent); // a key or wheel step is a gesture of its own
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { commit(m_slider->value()); });
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int percent) {
        if (!m_updating)
            show(percent);
    });
    connect(m_spin, &QSpinBox::editingFinished, this, [this] { commit(m_spin->value()); });
    retranslate();
    setVolume(1.0);
}

void InspectorVolumeControl::setVolume(double gain)
{
    const int percent = int(std::lround(gain * 100.0));
    m_committed = percent;
    m_updating = true;
    m_slider->setValue(percent);
    m_spin->setValue(percent);
    m_updating = false;
    show(percent);
}

double InspectorVolumeControl::volume() const
{
    return m_spin->value() / 100.0;
}

QString InspectorVolumeControl::decibelText() const
{
    return m_db->text();
}

void InspectorVolumeControl::show(int percent)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    m_slider->setValue(percent);
    m_spin->setValue(percent);
    m_updating = wasUpdating;
    m_db->setText(PanelFormat::decibels(percent / 100.0));
}

void InspectorVolumeControl::commit(int percent)
{
    if (percent == m_committed)
        return;
    m_committed = percent;
    Q_EMIT volumeEdited(percent / 100.0);
}

void InspectorVolumeControl::retranslate()
{
    m_spin->setSuffix(QLocale().percent());
    m_slider->setToolTip(tr("Volume: %1 plays the clip as recorded").arg(PanelFormat::percent(1.0)));
    m_slider->setAccessibleName(tr("Volume"));
    m_spin->setToolTip(tr("Volume in percent"));
    m_spin->setAccessibleName(tr("Volume in percent"));
    m_db->setToolTip(tr("Gain in decibels"));
    m_db->setText(PanelFormat::decibels(m_spin->value() / 100.0));
}

void InspectorVolumeControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
