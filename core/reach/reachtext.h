#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace montaj {

// Reads the values creators' history files hold as people see them: displayed counts ("213.1K",
// "1.6M", "2B", "1,234", "987", and a bare label such as "Share" that the app shows instead of 0),
// durations ("mm:ss", "h:mm:ss", plain seconds), hashtag lists ("a, #b") and the hashtags of a
// caption. Pure functions; not the CSV reader (HistoryCsv).
class ReachText
{
public:
    // nullopt when the text is empty or not a count.
    static std::optional<qint64> parseCount(QStringView text);
    // Seconds; nullopt when the text is empty or malformed ("1:75", "abc").
    static std::optional<int> parseDuration(QStringView text);
    // "xuhuong, #fyp,Trend " → {"xuhuong", "fyp", "trend"}; duplicates removed, order kept.
    static QStringList parseHashtags(QStringView text);
    // The "#tags" written in a caption, normalized like parseHashtags.
    static QStringList hashtagsInCaption(QStringView caption);
    // "yyyy-MM-dd HH:mm:ss" or ISO 8601 (with or without an offset); a time without an offset is
    // read at `utcOffsetSec`. Invalid QDateTime when malformed.
    static QDateTime parseTime(QStringView text, int utcOffsetSec = 0);
    // TikTok video ids carry their creation time in their top 32 bits (seconds since the epoch).
    static QDateTime timeFromVideoId(QStringView id);
};

} // namespace montaj
