#pragma once

#include "core/publish/internal/postcsvrow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace montaj {

// Reads a row's scheduled_at and time_zone into the post's ScheduledTime: an ISO 8601 time with an
// offset (the zone, given or the account's, is then only for local display), or a local time in an
// IANA zone resolved across DST gaps and overlaps (warnings). Refuses times already past. Keeps the
// zones it looked up. Not the other columns.
class PostCsvTimeReader
{
    Q_DECLARE_TR_FUNCTIONS(PostCsvTimeReader)

public:
    explicit PostCsvTimeReader(const QDateTime &nowUtc);

    void read(const PostCsvRow &row, const WorkspaceAccount *account, Post &post, RowProblems &problems);
    QTimeZone zoneFor(const QString &id);

private:
    QDateTime m_nowUtc;
    QHash<QString, QTimeZone> m_zones;
};

} // namespace montaj
