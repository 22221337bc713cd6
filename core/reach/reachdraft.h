#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace montaj {

// A post before it goes out, as far as reach is concerned: when, how long, what it says. Built
// from a scheduled post, a project or typed values. Not a workspace Post.
struct ReachDraft
{
    QString profileId; // the platform profile it goes to; must match the history's when set
    QDateTime postAtUtc;
    int durationSec = -1; // -1: unknown
    bool isPhoto = false;
    QString caption;
    QStringList hashtags;            // lower case without '#'; empty: taken from the caption
    std::optional<bool> hasCaptions; // captions (subtitles) in the video
    std::optional<bool> disclosed;   // commercial content disclosed
    // The audience's clock: hours of day are compared in this zone (the account's time zone).
    QTimeZone audienceZone = QTimeZone::utc();

    // hashtags, or the caption's #tags when none were given.
    QStringList effectiveHashtags() const;
};

} // namespace montaj
