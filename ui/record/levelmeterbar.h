#pragma once

#include <QWidget>

namespace montaj::ui {

// The microphone level on the Record page: a horizontal bar filled to the RMS level with a tick
// at the peak, on a -60…0 dBFS scale (green, yellow from -18 dB, red from -6 dB), and the peak in
// dB beside it. It fills from the leading edge, so it mirrors in a right-to-left interface like
// the panel it sits in. Shows "No sound" when there is no audio source. Not a meter itself: the
// readings come from Recorder::levelChanged (core LevelMeter).
class LevelMeterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kScaleDb = -60.0; // the left (leading) end of the bar

    explicit LevelMeterBar(QWidget *parent = nullptr);

    void setLevel(double peakDb, double rmsDb);
    // false: no audio source (the bar is empty and says so).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    double peakDb() const { return m_peakDb; }
    double rmsDb() const { return m_rmsDb; }
    // The readout drawn beside the bar ("-6 dB", "No sound").
    QString readout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static double fraction(double db);
    void refreshAccessible();

    double m_peakDb = -100.0;
    double m_rmsDb = -100.0;
    bool m_active = true;
};

} // namespace montaj::ui
