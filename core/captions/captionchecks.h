#pragma once

#include "core/captions/captiontypes.h"

#include <QCoreApplication>
#include <QList>

namespace montaj {

// The limits captions are checked against (the defaults are common broadcast and platform
// guidance; the user changes them in settings).
struct CaptionThresholds
{
    double maxCharsPerSecond = 17.0;
    int maxCharsPerLine = 42;
    qint64 minDurationUs = 800000;
    qint64 maxDurationUs = 7000000;

    bool operator==(const CaptionThresholds &) const = default;
};

enum class CaptionIssueKind { ReadingSpeed, LineTooLong, TooShort, TooLong, Overlap };

// One cue over one limit. `measured` and `limit` are characters per second (ReadingSpeed),
// characters (LineTooLong; `line` says which line of the cue, from 0), or seconds (TooShort,
// TooLong, and Overlap: how long the cue runs into the next one).
struct CaptionIssue
{
    CaptionIssueKind kind = CaptionIssueKind::ReadingSpeed;
    qsizetype cueIndex = 0;
    double measured = 0;
    double limit = 0;
    int line = -1;

    bool operator==(const CaptionIssue &) const = default;
};

// Checks a track's cues for reading speed, line length, duration and overlaps. Characters are
// grapheme clusters (what a reader sees as one letter: "é" written as e + accent is one, an emoji
// with skin tone is one), line breaks not counted. Pure and fast enough to run on every edit; not
// for fixing anything (CaptionEdits) nor for showing issues (the Captions page).
class CaptionChecks
{
    Q_DECLARE_TR_FUNCTIONS(CaptionChecks)

public:
    static QList<CaptionIssue> check(const CaptionTrack &track, const CaptionThresholds &thresholds = {});
    static QList<CaptionIssue> checkCue(const CaptionTrack &track, qsizetype index,
                                        const CaptionThresholds &thresholds = {});
    static int graphemeCount(QStringView text); // line breaks not counted
    // One translated sentence for a person ("21.3 characters per second; the limit is 17.").
    static QString describe(const CaptionIssue &issue);
};

} // namespace montaj
