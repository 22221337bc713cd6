#pragma once

#include "core/edit/projecttypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QSize>
#include <QString>

#include <optional>

namespace montaj::ui {

// How the Edit page's side panels and dialogs write times, frame rates, sizes and volumes for
// people (the user's QLocale digits) and read a typed timecode back, frame-exact at the canvas rate.
// Timecodes are non-drop-frame: FF counts up to the rate rounded up (30 for 29.97). Not for machine
// text (project files, JSON) nor for the timeline ruler.
// Also the one alert colour the panels use for inline errors.
class PanelFormat
{
    Q_DECLARE_TR_FUNCTIONS(PanelFormat)

public:
    // The FF field's base: frames per second rounded up.
    static int timecodeBase(const Canvas &canvas);
    // The frame whose start is nearest to `us` (frames count from 0 at time 0).
    static qint64 frameAt(qint64 us, const Canvas &canvas);
    static qint64 frameStartUs(qint64 frame, const Canvas &canvas);
    // HH:MM:SS:FF of the frame nearest to `us`.
    static QString timecode(qint64 us, const Canvas &canvas);
    static QString timecodeOfFrame(qint64 frame, const Canvas &canvas);
    // Reads "HH:MM:SS:FF", "MM:SS:FF", "SS:FF" or "FF" (the locale's digits or ASCII ones; any
    // non-digit separates fields) into a frame number; nullopt when it is not a timecode.
    static std::optional<qint64> parseTimecode(const QString &text, const Canvas &canvas);

    // "0:02", "1:05:09": a length for people, to the nearest whole second (at least 0:01).
    static QString duration(qint64 us);
    static QString seconds(qint64 us);          // "2.5 s"
    static QString frameRate(int num, int den); // "30 fps", "29.97 fps"
    static QString resolution(QSize size);      // "1080 × 1920"
    static QString percent(double fraction, int decimals = 0);
    static QString decibels(double gain); // "−6.0 dB", "−∞ dB"

    // The colour for an inline error or warning text that reads well on this palette.
    static QColor alertColor(const QPalette &palette);
    // Paints `label` in alertColor(); call again on QEvent::PaletteChange.
    static void markAlert(QWidget *label);
};

} // namespace montaj::ui
