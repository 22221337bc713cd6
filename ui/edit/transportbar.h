#pragma once

#include "core/preview/playbackstats.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace montaj::ui {

// The player's controls under the preview: buttons for the PreviewPanel's actions (go to start,
// previous frame, J, play/pause, L, next frame, go to end, mark in/out, safe areas), the timecode
// "current / total" in the locale's digits, the J/K/L shuttle state and the dropped-frame counter.
// Always left to right like the picture above it. Shows state; the panel decides what the
// actions do.
class TransportBar : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *goToStart = nullptr;
        QAction *stepBack = nullptr;
        QAction *shuttleBack = nullptr;
        QAction *playPause = nullptr;
        QAction *shuttleForward = nullptr;
        QAction *stepForward = nullptr;
        QAction *goToEnd = nullptr;
        QAction *markIn = nullptr;
        QAction *markOut = nullptr;
        QAction *safeArea = nullptr;
    };

    explicit TransportBar(const Actions &actions, QWidget *parent = nullptr);

    void setTime(qint64 positionUs, qint64 durationUs, int fpsNum, int fpsDen);
    void setRate(int rate);
    void setStats(const montaj::PlaybackStats &stats);

    QString timecodeText() const;
    QString rateText() const;
    QString droppedText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *buttonFor(QAction *action);
    void retranslate();
    void refreshTime();
    void refreshRate();
    void refreshStats();

    QLabel *m_timecode;
    QLabel *m_rate;
    QLabel *m_dropped;
    qint64 m_positionUs = 0;
    qint64 m_durationUs = 0;
    int m_fpsNum = 30;
    int m_fpsDen = 1;
    int m_rateValue = 0;
    PlaybackStats m_stats;
};

} // namespace montaj::ui
