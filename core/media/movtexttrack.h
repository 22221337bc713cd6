#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

struct AVFormatContext;
struct AVStream;
struct AVPacket;

namespace montaj {

// One piece of text of a soft subtitle track, shown from startUs (inclusive) to endUs (exclusive).
struct TimedText
{
    qint64 startUs = 0;
    qint64 endUs = 0;
    QString text; // lines separated by '\n'

    bool operator==(const TimedText &) const = default;
};

// A soft subtitle track: texts sorted by start, and their language as a BCP 47 tag ("ar", "fr",
// "en-US"; empty when unknown).
struct SubtitleTrackSettings
{
    QString language;
    QList<TimedText> texts;

    bool isEmpty() const { return texts.isEmpty(); }
};

// Writes a soft subtitle track — 3GPP timed text ("mov_text", the tx3g sample entry) — into an MP4
// while it is muxed: the stream is added before the header, then each text becomes one sample as
// the picture reaches its start time. Players list it as a subtitle track viewers can turn on; the
// text itself stays selectable and searchable, unlike burned-in captions. Overlapping texts are
// cut where the next one starts (a timed-text track shows one sample at a time); the gaps between
// texts are filled by the muxer with empty samples.
class MovTextTrack
{
    Q_DECLARE_TR_FUNCTIONS(MovTextTrack)

public:
    // Adds the stream to `format` (which must not have written its header yet).
    static Result<std::unique_ptr<MovTextTrack>> add(AVFormatContext *format,
                                                     const SubtitleTrackSettings &settings);
    ~MovTextTrack();
    MovTextTrack(const MovTextTrack &) = delete;
    MovTextTrack &operator=(const MovTextTrack &) = delete;

    // Writes every text that starts before `us` and has not been written yet (all when INT64_MAX).
    Result<void> writeUntil(AVFormatContext *format, qint64 us);

    // The ISO 639-2/T code an MP4 stores for a BCP 47 tag ("ar" → "ara", "fr-CA" → "fra");
    // "und" when unknown.
    static QString iso639Code(const QString &bcp47);
    // One timed-text sample: the text's UTF-8 length as 16 bits big-endian, then the text (cut at
    // 65535 bytes, never inside a character).
    static QByteArray sample(const QString &text);

private:
    MovTextTrack() = default;

    AVStream *m_stream = nullptr;
    QList<TimedText> m_texts; // overlaps removed
    qsizetype m_next = 0;
    AVPacket *m_packet = nullptr;
};

} // namespace montaj
