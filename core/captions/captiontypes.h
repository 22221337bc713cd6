#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace montaj {

// Plain values for a project's captions: cues with optional per-word timing and the style they
// are burned in with. Times are microseconds on the project timeline, end exclusive. Parsing,
// writing, checking and drawing live in their own classes (core/captions); ProjectDocument stores a
// CaptionTrack and changes it through undo commands.

struct CaptionWord
{
    qint64 startUs = 0;
    qint64 endUs = 0;
    QString text;

    bool operator==(const CaptionWord &) const = default;
};

struct CaptionCue
{
    qint64 startUs = 0;
    qint64 endUs = 0;
    QString text;             // lines separated by '\n'; no markup
    QList<CaptionWord> words; // empty when only the cue is timed

    qint64 durationUs() const { return endUs - startUs; }
    bool operator==(const CaptionCue &) const = default;
};

// How burned-in captions look. Presets fill these fields; the user may change any of them.
enum class CaptionPreset { BoldOutline, Boxed, WordHighlight };

struct CaptionStyle
{
    CaptionPreset preset = CaptionPreset::BoldOutline;
    QString fontFamily{QStringLiteral("Noto Sans")};
    double fontSize = 0.038; // fraction of canvas height
    bool bold = true;
    QColor color{Qt::white};
    QColor outlineColor{Qt::black};
    double outlineWidth = 0.10; // fraction of the font size
    bool box = false;
    QColor boxColor{0, 0, 0, 170};
    QColor highlightColor{0xff, 0xd4, 0x00}; // the word being spoken, WordHighlight
    double verticalPosition = 0.72; // normalized centre of the caption block, kept inside the safe area
    int maxLines = 2;

    bool operator==(const CaptionStyle &) const = default;
};

// Where an export puts the captions: drawn into the picture (seen everywhere, also when re-shared),
// and/or as a soft subtitle track in the MP4 (mov_text: viewers turn it on, players draw it).
struct CaptionOutput
{
    bool burnIn = true;
    bool subtitleTrack = false;

    bool operator==(const CaptionOutput &) const = default;
};

struct CaptionTrack
{
    QList<CaptionCue> cues; // sorted by start
    CaptionStyle style;
    QString language; // BCP 47 tag ("ar", "fr", "en-US"); empty when unknown
    CaptionOutput output;

    bool isEmpty() const { return cues.isEmpty(); }
    bool operator==(const CaptionTrack &) const = default;
};

} // namespace montaj
