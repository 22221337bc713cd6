#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace montaj {

// The VTIMEZONE component (RFC 5545 §3.6.5) for `zone` over [fromUtc, toUtc]: one STANDARD or
// DAYLIGHT sub-component per transition in force during that span (the one before it included),
// each with its onset, offsets and abbreviation; a zone without transitions gets one fixed
// STANDARD block. Unfolded content lines, BEGIN:VTIMEZONE … END:VTIMEZONE.
QStringList icsTimeZoneLines(const QTimeZone &zone, const QDateTime &fromUtc, const QDateTime &toUtc);

// "+0200", "-0430", "+103000"-style offsets with seconds only when needed.
QString icsUtcOffset(int offsetSeconds);
// "20250330T030000" for wall-clock seconds.
QString icsLocalDateTime(qint64 wallSeconds);

} // namespace montaj
