#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace montaj {

// Turns the time a user picked (local wall-clock time + IANA zone) into the UTC instant publishers
// use, correctly across daylight-saving changes, and says when the pick is ambiguous: a time that
// does not exist that day (spring forward: moved to the first valid time after the gap, with a
// warning) or that exists twice (fall back: the first occurrence, with a warning naming both).
// Not a calendar.
class ScheduleTime
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTime)

public:
    enum class Ambiguity { None, Skipped, Repeated };

    struct Resolved
    {
        QDateTime utc;
        Ambiguity ambiguity = Ambiguity::None;
        QString warning; // translated, empty when None
    };

    // localDateTime "yyyy-MM-ddTHH:mm[:ss]"; errors "publish.bad_time" / "publish.bad_zone".
    static Result<Resolved> resolve(const QString &localDateTime, const QString &timeZone);
    static Result<Resolved> resolve(const ScheduledTime &time);
    // The same with a zone already looked up (bulk import resolves thousands of rows per zone).
    static Result<Resolved> resolve(const QString &localDateTime, const QTimeZone &zone);
    // The zone for an IANA id, invalid when the id is empty or unknown to the system's database.
    static QTimeZone zone(const QString &timeZone);
    // The other way: the local text in `timeZone` for a UTC instant.
    static QString toLocalText(const QDateTime &utc, const QString &timeZone);
    // Fills time.utc from its local text and zone; a skipped time's local text is moved to the
    // valid time it resolved to, so text and instant agree.
    static Result<Resolved> complete(ScheduledTime &time);
};

} // namespace montaj
