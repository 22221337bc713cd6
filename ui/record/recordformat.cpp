#include "ui/record/recordformat.h"

#include <algorithm>

namespace montaj::ui {

QString RecordFormat::clock(qint64 us, bool roundUp, const QLocale &locale)
{
    const qint64 clamped = std::max<qint64>(0, us);
    const qint64 seconds = roundUp ? (clamped + 999'999) / 1'000'000 : clamped / 1'000'000;
    QString secondsText = locale.toString(seconds % 60);
    if (seconds % 60 < 10)
        secondsText.prepend(locale.zeroDigit());
    //: A recording clock: %1 minutes, %2 seconds (two digits), e.g. 1:05.
    return tr("%1:%2").arg(locale.toString(seconds / 60), secondsText);
}

QString RecordFormat::length(qint64 us, const QLocale &locale)
{
    const qint64 seconds = us / 1'000'000;
    if (seconds < 120)
        //: A recording length preset in seconds, e.g. "15 s".
        return tr("%1 s").arg(locale.toString(seconds));
    //: A recording length preset in minutes, e.g. "3 min".
    return tr("%1 min").arg(locale.toString(seconds / 60));
}

QString RecordFormat::stats(const CaptureStats &stats, const QLocale &locale)
{
    //: Frame counts of the take: captured from the source, written to the file, dropped.
    return tr("Frames: %1 captured · %2 encoded · %3 dropped")
        .arg(locale.toString(stats.framesCaptured), locale.toString(stats.framesEncoded),
             locale.toString(stats.framesDropped));
}

} // namespace montaj::ui
