#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace montaj::ui {

// How the Captions tab writes and reads cue times: minutes, seconds and milliseconds
// ("1:02.500", hours when needed), the way subtitle editors show them — captions are timed to the
// millisecond, not to frames. Reads the user's locale digits or ASCII ones, with a dot or a comma
// before the milliseconds. Not for machine text (caption files have their own writers).
class CaptionTimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(CaptionTimeFormat)

public:
    static QString format(qint64 us);
    static std::optional<qint64> parse(const QString &text); // microseconds; nullopt if not a time
};

} // namespace montaj::ui
