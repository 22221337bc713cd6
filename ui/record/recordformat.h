#pragma once

#include "core/capture/capturetypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace montaj::ui {

// The Record page's numbers as people read them, in the interface's digits (QLocale): clock times
// (m:ss), the length presets and the frame counts. Not for machine text (file names, logs).
class RecordFormat
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormat)

public:
    // Minutes and seconds ("1:05"); roundUp for time left, so it reads 0:00 only at the end.
    static QString clock(qint64 us, bool roundUp = false, const QLocale &locale = QLocale());
    // A length preset's name: "15 s", "3 min".
    static QString length(qint64 us, const QLocale &locale = QLocale());
    // Captured / encoded / dropped frames, one short line.
    static QString stats(const CaptureStats &stats, const QLocale &locale = QLocale());
};

} // namespace montaj::ui
