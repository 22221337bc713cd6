#pragma once

#include "core/publish/posttypes.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringList>

namespace montaj {

// Writes posts as Montaj's schedule CSV (docs/schedule-csv.md), the file agencies edit in a
// spreadsheet and import again: every column PostCsvImporter reads, times as ISO 8601 with their
// UTC offset plus the IANA zone, cells defused against formula injection. Not the calendar (IcsWriter).
class PostCsvExporter
{
public:
    struct Options
    {
        QChar separator = u','; // ';' for spreadsheets in locales with a decimal comma
        bool withBom = true;    // Excel recognises UTF-8 only with a BOM
    };

    // Accounts give the posts' usernames (the workspace id is written when a username is unknown
    // or shared by several accounts).
    static QByteArray write(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts,
                            const Options &options);
    static QByteArray write(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts);
    static QStringList header();
    // The scheduled_at cell: "2025-03-30T03:00:00+02:00" (the local text when there is no instant).
    static QString scheduledAtText(const ScheduledTime &time);
};

} // namespace montaj
