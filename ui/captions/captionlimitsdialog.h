#pragma once

#include "core/captions/captionchecks.h"
#include "core/captions/captiontypes.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace montaj::ui {

// The limits the caption checks use (reading speed, line length, shortest and longest cue), as a
// small dialog; and the style each caption preset stands for. Not for the cue list.
class CaptionLimitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CaptionLimitsDialog(const CaptionThresholds &thresholds, QWidget *parent = nullptr);
    CaptionThresholds thresholds() const;

    // `base` with the look of `preset` (font, size, position and line limit kept).
    static CaptionStyle presetStyle(CaptionPreset preset, const CaptionStyle &base);

private:
    QDoubleSpinBox *m_cps;
    QSpinBox *m_chars;
    QDoubleSpinBox *m_min;
    QDoubleSpinBox *m_max;
};

} // namespace montaj::ui
