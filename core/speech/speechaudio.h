#pragma once

#include "core/foundation/result.h"
#include "core/speech/speechengine.h"

#include <QCoreApplication>

#include <atomic>
#include <vector>

namespace montaj {

// A media file's sound as recognizers want it: 16 kHz mono float samples (core/media's
// AudioDecoder resamples and downmixes), and the same written as a 16-bit WAV file for engines that
// run as programs. Not a general audio converter.
class SpeechAudio
{
    Q_DECLARE_TR_FUNCTIONS(SpeechAudio)

public:
    static Result<std::vector<float>> decode(const QString &mediaPath, const SpeechProgress &progress,
                                             const std::atomic<bool> &cancel);
    static Result<void> writeWav(const QString &path, const std::vector<float> &samples);
    static Error noSoundError(const QString &mediaPath);
};

} // namespace montaj
