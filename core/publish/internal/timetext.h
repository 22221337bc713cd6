#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

namespace montaj {

// Machine date-time text shared by schedule times, CSV and ICS: strict ISO 8601 parsing
// ("yyyy-MM-dd[T| ]HH:mm[:ss][Z|±HH[:mm]]") without QDateTimeParser (fast enough for 10,000 rows),
// and the matching writers. Locale-free. Not for text shown to people.
struct IsoDateTime
{
    QDate date;
    QTime time;
    std::optional<int> offsetSeconds; // set when the text carried "Z" or "±HH:mm"

    // Seconds since the epoch of the wall-clock fields read as if they were UTC.
    qint64 wallSeconds() const;
};

std::optional<IsoDateTime> parseIsoDateTime(QStringView text);

// "yyyy-MM-ddTHH:mm", or "yyyy-MM-ddTHH:mm:ss" when the seconds are not zero.
QString wallClockText(const QDate &date, const QTime &time);
// Wall-clock text of `wallSeconds` (see IsoDateTime::wallSeconds).
QString wallClockText(qint64 wallSeconds);
// "+02:00", "-04:00", "+10:30".
QString utcOffsetText(int offsetSeconds);
// "2025-03-30T03:00:00+02:00".
QString isoWithOffset(qint64 wallSeconds, int offsetSeconds);

} // namespace montaj
