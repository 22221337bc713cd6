#pragma once

#include "core/publish/posttypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace montaj {

// Writes the publishing calendar as an iCalendar file (RFC 5545) that Google Calendar, Outlook and
// Apple Calendar subscribe to or import: one VEVENT per post with a time, at its local time in its
// IANA zone (DTSTART;TZID=… with a VTIMEZONE built from the system's zone data for the span of
// the posts, so the event stays at its wall-clock time even in clients that know the zone
// differently), text escaped, lines folded at 75 octets without splitting a UTF-8 character, CRLF
// line ends. Not an importer, and not a CSV (PostCsvExporter).
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    struct Options
    {
        QDateTime stampUtc;   // DTSTAMP; invalid = now
        QString calendarName; // X-WR-CALNAME; empty = none
    };

    // Posts without a scheduled instant are left out; accounts give the "@username" of summaries.
    static QByteArray write(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts,
                            const Options &options);
    static QByteArray write(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts);

    // TEXT value escaping: backslash, ';', ',' and line breaks ("\n").
    static QString escapeText(const QString &text);
    // One content line as it goes in the file: folded (CRLF + space) so that no line exceeds 75
    // octets and no UTF-8 sequence is split, and ended with CRLF.
    static QByteArray foldLine(const QByteArray &line);
    // SUMMARY text: "@username: " and the caption's first line, shortened to about 60 characters.
    static QString summary(const Post &post, const QString &username);
};

} // namespace montaj
