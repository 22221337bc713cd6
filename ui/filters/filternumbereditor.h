#pragma once

#include "core/filters/filterparam.h"

#include <QWidget>

class QDoubleSpinBox;
class QSlider;
class QTimer;

namespace montaj::ui {

// A number parameter of a filter: a slider and a spin box over the parameter's range and step.
// One gesture is one reported value, so one undo step: a slider drag reports when it is released
// (valueDragged says where it is meanwhile, for the live preview); key, wheel and spin-arrow steps
// that follow each other within kSettleMs merge into one report; a typed value reports when typing
// is finished. Not for other parameter types (FilterParamsEditor builds those).
class FilterNumberEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSettleMs = 400;

    explicit FilterNumberEditor(const FilterParam &param, QWidget *parent = nullptr);

    // Shows `value` without reporting it (a pending step report is dropped).
    void setValue(double value);
    double value() const;
    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }
    // The labels and tooltips of the parameter, translated again.
    void setParam(const FilterParam &param);

Q_SIGNALS:
    void valueEdited(double value);  // committed
    void valueDragged(double value); // in the middle of a gesture, not committed
    void gestureEnded();             // after the gesture's valueEdited, or with no change at all

protected:
    void changeEvent(QEvent *event) override;

private:
    int positionOf(double value) const;
    double valueAt(int position) const;
    void show(double value);
    void moved(double value);
    void commit();

    FilterParam m_param;
    int m_steps = 100;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
    QTimer *m_settle;
    double m_committed = 0;
    bool m_updating = false;
};

} // namespace montaj::ui
