#include "ui/edit/timelineruler.h"

#include "core/edit/timelineedits.h"
#include "ui/edit/timelinelayout.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace montaj::ui {
namespace {

QString digits(qint64 value, int width)
{
    const QLocale locale;
    QString text = locale.toString(value);
    text.remove(locale.groupSeparator());
    while (text.size() < width)
        text.prepend(locale.zeroDigit());
    return text;
}

int roundFps(const Canvas &canvas)
{
    return std::max(1, int(std::lround(double(canvas.fpsNum) / std::max(1, canvas.fpsDen))));
}

} // namespace

TimelineRuler::Ticks TimelineRuler::ticksFor(double pxPerSecond, const Canvas &canvas, int labelPx)
{
    const double pxPerUs = pxPerSecond / 1e6;
    // Frame steps first (only while a few frames are wide enough for a label), then seconds.
    struct Step
    {
        qint64 size;
        int minor;
    };
    const Step frameSteps[] = {{1, 1}, {2, 2}, {5, 5}, {10, 5}};
    for (const Step &step : frameSteps) {
        const qint64 us = TimelineEdits::framesToUs(canvas, step.size);
        if (us < 1'000'000 && double(us) * pxPerUs >= labelPx)
            return {true, step.size, step.minor};
    }
    const Step secondSteps[] = {{1, 5},   {2, 2},   {5, 5},   {10, 5},  {15, 3},   {30, 3},   {60, 4},
                                {120, 2}, {300, 5}, {600, 5}, {900, 3}, {1800, 3}, {3600, 4}, {7200, 4}};
    for (const Step &step : secondSteps) {
        if (double(step.size) * pxPerSecond >= labelPx)
            return {false, step.size * 1'000'000, step.minor};
    }
    return {false, qint64(7200) * 1'000'000, 4};
}

QString TimelineRuler::timecode(qint64 us, const Canvas &canvas, bool withFrames)
{
    const QString sign = us < 0 ? QLocale().negativeSign() : QString();
    us = std::abs(us);
    qint64 totalSeconds = us / 1'000'000;
    qint64 frame = 0;
    if (withFrames) {
        // Frame numbers as a non-drop timecode: 29.97 fps counts 0…29 each second.
        const qint64 fps = roundFps(canvas);
        const qint64 frames = std::llround(double(us) * canvas.fpsNum / (1e6 * std::max(1, canvas.fpsDen)));
        totalSeconds = frames / fps;
        frame = frames % fps;
    }
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    const QChar colon(QLatin1Char(':'));
    QString text = hours > 0 ? QString(digits(hours, 1) + colon + digits(minutes, 2)) : digits(minutes, 1);
    text += colon + digits(seconds, 2);
    if (withFrames)
        text += colon + digits(frame, 2);
    return sign + text;
}

void TimelineRuler::paint(QPainter &painter, const TimelineLayout &layout, const QPalette &palette)
{
    const QRect rect = layout.rulerRect();
    painter.fillRect(rect, palette.window());
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());

    const Canvas &canvas = layout.state().canvas;
    const QFontMetrics fm = painter.fontMetrics();
    const int labelPx = fm.horizontalAdvance(timecode(3'599'000'000, canvas, true)) + fm.height();
    const Ticks ticks = ticksFor(layout.pxPerSecond(), canvas, labelPx);
    const qint64 minorStep = std::max<qint64>(1, ticks.majorStep / ticks.minorPerMajor);
    const auto timeOf = [&](qint64 k) {
        return ticks.frames ? TimelineEdits::framesToUs(canvas, k * minorStep) : k * minorStep;
    };
    // The first and last minor tick in view, in units of minorStep.
    const double unitsPerUs = ticks.frames ? double(canvas.fpsNum) / (1e6 * std::max(1, canvas.fpsDen)) : 1.0;
    const qint64 first =
        std::max<qint64>(0, qint64(double(layout.visibleStartUs()) * unitsPerUs) / minorStep - 1);
    const qint64 last = qint64(double(layout.visibleEndUs()) * unitsPerUs) / minorStep + 1;

    painter.save();
    painter.setClipRect(QRect(layout.timeAreaLeft(), rect.top(), layout.timeAreaWidth(), rect.height()));
    const QColor text = palette.color(QPalette::WindowText);
    QColor minor = text;
    minor.setAlphaF(0.45f);
    for (qint64 k = first; k <= last; ++k) {
        const qint64 t = timeOf(k);
        const double x = std::floor(layout.xForTime(t)) + 0.5;
        const bool major = k % ticks.minorPerMajor == 0;
        painter.setPen(major ? text : minor);
        const double h = major ? rect.height() * 0.45 : rect.height() * 0.2;
        painter.drawLine(QPointF(x, rect.bottom() - h), QPointF(x, rect.bottom()));
        if (major)
            painter.drawText(QRectF(x + 3, rect.top(), labelPx, rect.height() * 0.6),
                             Qt::AlignLeft | Qt::AlignVCenter, timecode(t, canvas, ticks.frames));
    }
    painter.restore();
}

} // namespace montaj::ui
