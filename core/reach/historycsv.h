#pragma once

#include "core/foundation/result.h"
#include "core/reach/reachhistory.h"

#include <QCoreApplication>
#include <QList>

namespace montaj {

// What reading a history file gave: one history per (profile, creator), and the rows it could not
// use, each an Error with "file", "line" and "column" in its context.
struct HistoryImport
{
    enum class Layout { Scraped, Montaj };
    Layout layout = Layout::Montaj;
    QList<ReachHistory> histories; // normalized (post order, one row per video id)
    QList<Error> problems;         // the first kMaxProblems broken rows
    qint64 rows = 0;               // data rows read
    qint64 brokenRows = 0;         // rows left out because a value was malformed
    qint64 duplicateRows = 0;      // rows repeating a video id (the latest observation is kept)
};

// Creators' video history as CSV, in two layouts (docs/reach.md):
// - "scraped": the public creators' statistics layout (user_name, vid_id, vid_postTime,
//   vid_scrapeTime, vid_duration, vid_nview…): displayed counts ("213.1K", "Share"), mm:ss
//   durations, post times in UTC, scrape times at a fixed offset (UTC+7 by default), the creation
//   time in a video id's top 32 bits when the post time is missing, repeated ids;
// - "montaj": Montaj's own export (profile, creator, video_id, posted_at, observed_at, …), written
//   by write().
// The layout is recognized from the header. A malformed row is left out and reported with its line
// and column; the file fails only when its header is unknown or no row is usable.
// Not the estimator, and not the platform (PlatformHistory).
class HistoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCsv)

public:
    static constexpr int kMaxProblems = 50;

    struct Options
    {
        QString profileId = QStringLiteral("tiktok"); // the profile of scraped files (they name none)
        int scrapeUtcOffsetSec = 7 * 3600;            // scraped files: vid_scrapeTime's offset
    };

    static Result<HistoryImport> read(QByteArrayView utf8, const QString &sourceName, const Options &options);
    static Result<HistoryImport> readFile(const QString &path, const Options &options);
    // Montaj's layout, UTF-8 with a header, times in UTC (ISO 8601).
    static QByteArray write(const QList<ReachHistory> &histories);
    static QStringList montajColumns();
};

} // namespace montaj
