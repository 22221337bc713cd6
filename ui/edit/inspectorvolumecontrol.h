#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QSpinBox;

namespace montaj::ui {

// A clip volume editor: a slider and a spin box in percent (0–400 %) with the gain in decibels
// beside them. Reports one value per gesture: when a slider drag is released, on a key or wheel
// step of the slider, or when typing in the spin box is finished. Not for the music's fades.
class InspectorVolumeControl : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorVolumeControl(QWidget *parent = nullptr);

    // Shows `gain` (linear, 1.0 = 100 %) without reporting it.
    void setVolume(double gain);
    double volume() const;
    QSlider *slider() const { return m_slider; }
    QSpinBox *spinBox() const { return m_spin; }
    QString decibelText() const;

Q_SIGNALS:
    void volumeEdited(double gain);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(int percent);
    void commit(int percent);
    void retranslate();

    QSlider *m_slider;
    QSpinBox *m_spin;
    QLabel *m_db;
    int m_committed = 100;
    bool m_updating = false;
};

} // namespace montaj::ui
