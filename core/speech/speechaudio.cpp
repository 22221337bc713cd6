#include "core/speech/speechaudio.h"

#include "core/media/audiodecoder.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cmath>

namespace montaj {

Error SpeechAudio::noSoundError(const QString &mediaPath)
{
    return Error(QStringLiteral("speech.no_audio"), tr("There is no sound to transcribe."),
                 {{QStringLiteral("file"), mediaPath}});
}

Result<std::vector<float>> SpeechAudio::decode(const QString &mediaPath, const SpeechProgress &progress,
                                               const std::atomic<bool> &cancel)
{
    auto decoder = AudioDecoder::open(mediaPath, SpeechEngine::kSampleRate, 1);
    if (!decoder)
        return decoder.error();
    const qint64 expected = (*decoder)->durationUs() * SpeechEngine::kSampleRate / 1'000'000;
    std::vector<float> samples;
    if (expected > 0)
        samples.reserve(size_t(expected) + SpeechEngine::kSampleRate);
    std::vector<float> block(SpeechEngine::kSampleRate); // a second at a time
    for (;;) {
        if (cancel.load())
            return SpeechEngine::cancelledError();
        auto got = (*decoder)->read(block.data(), qint64(block.size()));
        if (!got)
            return got.error();
        if (*got == 0)
            break;
        samples.insert(samples.end(), block.begin(), block.begin() + *got);
        if (progress && expected > 0)
            progress(std::min(1.0, double(samples.size()) / double(expected)));
    }
    if (samples.empty())
        return noSoundError(mediaPath);
    return samples;
}

Result<void> SpeechAudio::writeWav(const QString &path, const std::vector<float> &samples)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(
            QStringLiteral("speech.write_failed"),
            tr("Cannot write the sound for the recognizer to %1.").arg(QDir::toNativeSeparators(path)),
            {{QStringLiteral("file"), path}});
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    const auto dataBytes = quint32(samples.size() * 2);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(SpeechEngine::kSampleRate)
        << quint32(SpeechEngine::kSampleRate * 2) << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (const float s : samples)
        out << qint16(std::lround(std::clamp(s, -1.0f, 1.0f) * 32767.0f));
    if (out.status() != QDataStream::Ok || !file.commit())
        return Error(
            QStringLiteral("speech.write_failed"),
            tr("Cannot write the sound for the recognizer to %1.").arg(QDir::toNativeSeparators(path)),
            {{QStringLiteral("file"), path}});
    return {};
}

} // namespace montaj
