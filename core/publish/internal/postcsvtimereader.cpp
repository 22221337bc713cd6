#include "core/publish/internal/postcsvtimereader.h"

#include "core/publish/internal/timetext.h"
#include "core/publish/scheduletime.h"

#include <QLocale>

namespace montaj {

namespace {

int offsetAt(const QTimeZone &zone, qint64 utcSeconds)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

QString quoted(const QString &text)
{
    return QString(u'“' + text + u'”');
}

QString peopleDateTime(qint64 wallSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC), QLocale::ShortFormat);
}

} // namespace

PostCsvTimeReader::PostCsvTimeReader(const QDateTime &nowUtc)
    : m_nowUtc(nowUtc)
{}

QTimeZone PostCsvTimeReader::zoneFor(const QString &id)
{
    auto it = m_zones.constFind(id);
    if (it == m_zones.constEnd())
        it = m_zones.insert(id, ScheduleTime::zone(id));
    return *it;
}

void PostCsvTimeReader::read(const PostCsvRow &row, const WorkspaceAccount *account, Post &post,
                             RowProblems &problems)
{
    if (row.timeReported)
        return;
    const QString text = row.cell(PostCsvColumn::ScheduledAt).trimmed();
    const QString zoneText = row.cell(PostCsvColumn::TimeZone).trimmed();
    if (text.isEmpty()) {
        problems.add(PostCsvColumn::ScheduledAt, "publish.bad_time", tr("No time: scheduled_at is empty."));
        return;
    }
    const std::optional<IsoDateTime> parsed = parseIsoDateTime(text);
    if (!parsed) {
        problems.add(
            PostCsvColumn::ScheduledAt, "publish.bad_time",
            tr("%1 is not a date and time (expected 2025-06-01T18:30+02:00, or 2025-06-01T18:30 with a "
               "time_zone).")
                .arg(quoted(text)));
        return;
    }
    QString zoneId = zoneText;
    if (zoneId.isEmpty() && parsed->offsetSeconds)
        zoneId = account && zoneFor(account->timeZone).isValid() ? account->timeZone : QStringLiteral("UTC");
    if (zoneId.isEmpty()) {
        problems.add(PostCsvColumn::TimeZone, "publish.zone_missing",
                     tr("No time zone: fill time_zone (such as Europe/Paris), or write the time with its UTC "
                        "offset."));
        return;
    }
    const QTimeZone zone = zoneFor(zoneId);
    if (!zone.isValid()) {
        problems.add(PostCsvColumn::TimeZone, "publish.bad_zone",
                     tr("%1 is not a time zone Montaj knows (expected an IANA name such as Europe/Paris).")
                         .arg(quoted(zoneId)));
        return;
    }

    const qint64 wall = parsed->wallSeconds();
    qint64 utc = 0;
    if (parsed->offsetSeconds) {
        utc = wall - *parsed->offsetSeconds;
        const int zoneOffset = offsetAt(zone, utc);
        if (!zoneText.isEmpty() && zoneOffset != *parsed->offsetSeconds)
            problems.add(
                PostCsvColumn::ScheduledAt, "publish.zone_offset_mismatch",
                tr("The offset UTC%1 is not %2's at that moment (UTC%3): the post goes out at the moment "
                   "written, %4 in %2.")
                    .arg(utcOffsetText(*parsed->offsetSeconds), zoneId, utcOffsetText(zoneOffset),
                         wallClockText(utc + zoneOffset)),
                ImportProblem::Severity::Warning);
    } else {
        Result<ScheduleTime::Resolved> resolved =
            ScheduleTime::resolve(wallClockText(parsed->date, parsed->time), zone);
        if (!resolved) {
            problems.add(PostCsvColumn::ScheduledAt, "publish.bad_time", resolved.error().message);
            return;
        }
        utc = resolved->utc.toSecsSinceEpoch();
        if (resolved->ambiguity != ScheduleTime::Ambiguity::None)
            problems.add(PostCsvColumn::ScheduledAt,
                         resolved->ambiguity == ScheduleTime::Ambiguity::Skipped ? "publish.time_skipped"
                                                                                 : "publish.time_repeated",
                         resolved->warning, ImportProblem::Severity::Warning);
    }
    post.scheduled.timeZone = QString::fromUtf8(zone.id());
    post.scheduled.utc = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
    post.scheduled.localDateTime = wallClockText(utc + offsetAt(zone, utc));
    if (post.scheduled.utc < m_nowUtc)
        problems.add(
            PostCsvColumn::ScheduledAt, "publish.time_in_past",
            tr("%1 (%2) has already passed.").arg(peopleDateTime(utc + offsetAt(zone, utc)), zoneId));
}

} // namespace montaj
