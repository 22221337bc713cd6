#pragma once

#include "core/foundation/result.h"
#include "core/media/ffmpeg.h"

#include <QCoreApplication>
#include <QSize>

namespace montaj {

// Opens a media file with libavformat and reads its stream facts, turning every way that can fail
// (missing, empty, unreadable, not media, damaged) into an Error naming the file. Shared by the
// probe and the decoders; not a decoder itself.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    static constexpr int kMaxDimension = 16384;

    static Result<InputContextPtr> open(const QString &path);

    // The stream Montaj uses for pictures (cover art attached to audio files does not count), or -1.
    static int bestVideoStream(AVFormatContext *format);
    static int bestAudioStream(AVFormatContext *format);

    // A decoder for the stream, opened with frame/slice threads; Error when the codec has none here.
    static Result<CodecContextPtr> openDecoder(const QString &path, AVStream *stream, int threads = 0);

    // Clockwise rotation (0/90/180/270) that makes the stored picture upright, from the stream's
    // display matrix.
    static int rotationOf(const AVStream *stream);
    // Upright size in square pixels: sample aspect ratio and rotation applied.
    static QSize displaySizeOf(AVFormatContext *format, AVStream *stream);

    // An Error about this file with the given code and reason, context {file: path}.
    static Error error(const QString &path, const QString &code, const QString &reason);
};

} // namespace montaj
