#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace montaj {

// One published video as the reach estimator sees it: when it went out, when its counters were
// read and what they said, and what was known before posting (duration, caption, hashtags…).
// Counts are -1 when unknown. Not a platform VideoItem (PlatformHistory converts) and not a post
// of the workspace.
struct ReachVideo
{
    QString id; // the platform's video id (a string)
    QDateTime postedAtUtc;
    QDateTime observedAtUtc; // when the counters were read
    qint64 views = -1;
    qint64 likes = -1;
    qint64 comments = -1;
    qint64 shares = -1;
    qint64 saves = -1;
    int durationSec = -1; // -1: unknown
    bool isPhoto = false;
    QString caption;
    QStringList hashtags;            // lower case, without '#'
    std::optional<bool> hasCaptions; // captions (subtitles) in the video; unknown for scraped data
    std::optional<bool> disclosed;   // commercial content disclosed
    QString observedAt() const;      // ISO text, for files and JSON

    // Age of the counters in days (observed − posted).
    double ageDays() const;
    // Views read, times valid, counters read after posting.
    bool usable() const;
};

// One creator's videos on one platform profile. The profile is part of the identity: tiktok and
// tiktok-us audiences are never mixed (the estimator refuses a history that mixes them).
struct ReachHistory
{
    QString profileId; // "tiktok", "tiktok-us", "sandbox"
    QString creator;   // username (or open id)
    qint64 followers = -1;
    QList<ReachVideo> videos;

    // The videos ordered by post time (then id), one per id (the latest observation wins), unusable
    // ones left out: what the estimator and the backtest work on.
    ReachHistory normalized() const;
    // True when videos are in post-time order with unique ids and all usable.
    bool isNormalized() const;
};

} // namespace montaj
