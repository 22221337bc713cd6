#include "core/publish/scheduletime.h"

#include "core/publish/internal/timetext.h"

#include <QLocale>

#include <algorithm>

namespace montaj {

namespace {

constexpr qint64 kProbeSeconds = 2 * 24 * 3600; // zone offsets are sampled two days either side

int offsetAt(const QTimeZone &zone, qint64 utcSeconds)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

// A wall-clock time and date for people, in the locale's short formats.
QString peopleTime(qint64 wallSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC).time(),
                              QLocale::ShortFormat);
}

QString peopleDate(qint64 wallSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC).date(),
                              QLocale::ShortFormat);
}

} // namespace

QTimeZone ScheduleTime::zone(const QString &timeZone)
{
    if (timeZone.trimmed().isEmpty())
        return {};
    return QTimeZone(timeZone.trimmed().toUtf8());
}

Result<ScheduleTime::Resolved> ScheduleTime::resolve(const QString &localDateTime, const QString &timeZone)
{
    const QTimeZone tz = zone(timeZone);
    if (!tz.isValid())
        return Error(QStringLiteral("publish.bad_zone"),
                     timeZone.trimmed().isEmpty()
                         ? tr("No time zone was given.")
                         : tr("“%1” is not a time zone Montaj knows (expected an IANA name such as "
                              "Europe/Paris).")
                               .arg(timeZone),
                     {{QStringLiteral("field"), QStringLiteral("time_zone")}});
    return resolve(localDateTime, tz);
}

Result<ScheduleTime::Resolved> ScheduleTime::resolve(const ScheduledTime &time)
{
    return resolve(time.localDateTime, time.timeZone);
}

Result<ScheduleTime::Resolved> ScheduleTime::resolve(const QString &localDateTime, const QTimeZone &zone)
{
    const std::optional<IsoDateTime> parsed = parseIsoDateTime(localDateTime.trimmed());
    if (!parsed || parsed->offsetSeconds)
        return Error(QStringLiteral("publish.bad_time"),
                     tr("“%1” is not a local date and time (expected yyyy-MM-ddTHH:mm).").arg(localDateTime),
                     {{QStringLiteral("field"), QStringLiteral("scheduled_at")}});
    if (!zone.isValid())
        return Error(QStringLiteral("publish.bad_zone"), tr("No time zone was given."),
                     {{QStringLiteral("field"), QStringLiteral("time_zone")}});

    // Every UTC instant whose local time in `zone` is the wall clock asked for: one normally, none
    // in a spring-forward gap, two in a fall-back overlap. The offsets that can apply are those in
    // force around that day.
    const qint64 wall = parsed->wallSeconds();
    const int before = offsetAt(zone, wall - kProbeSeconds);
    const int after = offsetAt(zone, wall + kProbeSeconds);
    const int candidates[] = {before, after, offsetAt(zone, wall - before), offsetAt(zone, wall - after)};
    QList<qint64> instants;
    for (int offset : candidates) {
        const qint64 utc = wall - offset;
        if (offsetAt(zone, utc) == offset && !instants.contains(utc))
            instants.append(utc);
    }
    std::sort(instants.begin(), instants.end());

    Resolved resolved;
    if (instants.size() == 1) {
        resolved.utc = QDateTime::fromSecsSinceEpoch(instants.first(), Qt::UTC);
        return resolved;
    }
    const QString zoneName = QString::fromUtf8(zone.id());
    if (instants.size() >= 2) {
        const qint64 first = instants.first();
        const qint64 second = instants.last();
        const QString atFirst = tr("%1 (UTC%2)").arg(peopleTime(wall), utcOffsetText(offsetAt(zone, first)));
        const QString atSecond =
            tr("%1 (UTC%2)").arg(peopleTime(wall), utcOffsetText(offsetAt(zone, second)));
        resolved.utc = QDateTime::fromSecsSinceEpoch(first, Qt::UTC);
        resolved.ambiguity = Ambiguity::Repeated;
        resolved.warning = tr("On %1, %2 happens twice in %3 (%4 and %5): the clocks go back. The post goes "
                              "out at the first, %4.")
                               .arg(peopleDate(wall), peopleTime(wall), zoneName, atFirst, atSecond);
        return resolved;
    }

    // A gap: find the transition (the first instant whose offset differs from the one before the
    // gap) between the instants the two offsets point at; the first valid time is that transition.
    const int low = std::min(before, after);
    const int high = std::max(before, after);
    qint64 lo = wall - high; // still the old offset
    qint64 hi = wall - low;  // already the new one
    const int oldOffset = offsetAt(zone, lo);
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (offsetAt(zone, mid) == oldOffset)
            lo = mid;
        else
            hi = mid;
    }
    const qint64 movedWall = hi + offsetAt(zone, hi);
    resolved.utc = QDateTime::fromSecsSinceEpoch(hi, Qt::UTC);
    resolved.ambiguity = Ambiguity::Skipped;
    resolved.warning =
        tr("On %1, %2 does not exist in %3: the clocks go forward. The post is scheduled at %4, "
           "the first time after the change.")
            .arg(peopleDate(wall), peopleTime(wall), zoneName, peopleTime(movedWall));
    return resolved;
}

QString ScheduleTime::toLocalText(const QDateTime &utc, const QString &timeZone)
{
    const QTimeZone tz = zone(timeZone);
    if (!tz.isValid() || !utc.isValid())
        return {};
    const qint64 seconds = utc.toSecsSinceEpoch();
    return wallClockText(seconds + offsetAt(tz, seconds));
}

Result<ScheduleTime::Resolved> ScheduleTime::complete(ScheduledTime &time)
{
    Result<Resolved> resolved = resolve(time);
    if (!resolved)
        return resolved;
    time.utc = resolved->utc;
    if (resolved->ambiguity == Ambiguity::Skipped)
        time.localDateTime = toLocalText(time.utc, time.timeZone);
    return resolved;
}

} // namespace montaj
