#include "ui/captions/captionlimitsdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace montaj::ui {

CaptionLimitsDialog::CaptionLimitsDialog(const CaptionThresholds &t, QWidget *parent)
    : QDialog(parent)
    , m_cps(new QDoubleSpinBox(this))
    , m_chars(new QSpinBox(this))
    , m_min(new QDoubleSpinBox(this))
    , m_max(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Caption limits"));
    m_cps->setRange(5, 40);
    m_cps->setDecimals(1);
    m_cps->setValue(t.maxCharsPerSecond);
    m_chars->setRange(10, 100);
    m_chars->setValue(t.maxCharsPerLine);
    m_min->setRange(0.1, 10);
    m_min->setDecimals(1);
    m_min->setSingleStep(0.1);
    m_min->setValue(double(t.minDurationUs) / 1e6);
    m_max->setRange(1, 60);
    m_max->setDecimals(1);
    m_max->setValue(double(t.maxDurationUs) / 1e6);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Most characters per second:"), m_cps);
    form->addRow(tr("Most characters per line:"), m_chars);
    form->addRow(tr("Shortest caption (s):"), m_min);
    form->addRow(tr("Longest caption (s):"), m_max);
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QAbstractButton::clicked, this, [this] {
        const CaptionThresholds d;
        m_cps->setValue(d.maxCharsPerSecond);
        m_chars->setValue(d.maxCharsPerLine);
        m_min->setValue(double(d.minDurationUs) / 1e6);
        m_max->setValue(double(d.maxDurationUs) / 1e6);
    });
    form->addRow(buttons);
}

CaptionThresholds CaptionLimitsDialog::thresholds() const
{
    CaptionThresholds t;
    t.maxCharsPerSecond = m_cps->value();
    t.maxCharsPerLine = m_chars->value();
    t.minDurationUs = qint64(m_min->value() * 1e6 + 0.5);
    t.maxDurationUs = std::max(t.minDurationUs, qint64(m_max->value() * 1e6 + 0.5));
    return t;
}

CaptionStyle CaptionLimitsDialog::presetStyle(CaptionPreset preset, const CaptionStyle &base)
{
    CaptionStyle s = base;
    s.preset = preset;
    const CaptionStyle d;
    switch (preset) {
    case CaptionPreset::BoldOutline:
        s.bold = true;
        s.box = false;
        s.color = d.color;
        s.outlineColor = d.outlineColor;
        s.outlineWidth = d.outlineWidth;
        break;
    case CaptionPreset::Boxed:
        s.bold = true;
        s.box = true;
        s.color = Qt::white;
        s.boxColor = d.boxColor;
        s.outlineWidth = 0;
        break;
    case CaptionPreset::WordHighlight:
        s.bold = true;
        s.box = false;
        s.color = d.color;
        s.outlineColor = d.outlineColor;
        s.outlineWidth = d.outlineWidth;
        s.highlightColor = d.highlightColor;
        break;
    }
    return s;
}

} // namespace montaj::ui
