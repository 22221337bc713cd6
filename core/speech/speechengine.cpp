#include "core/speech/speechengine.h"

#include "core/speech/speechaudio.h"

namespace montaj {
namespace {

QString primaryTag(const QString &language)
{
    return language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

} // namespace

bool SpeechEngine::supports(const QString &language) const
{
    if (language.isEmpty())
        return true;
    const QString wanted = primaryTag(language);
    const QStringList known = languages();
    return std::any_of(known.begin(), known.end(),
                       [&](const QString &tag) { return primaryTag(tag) == wanted; });
}

Error SpeechEngine::cancelledError()
{
    return Error(QStringLiteral("speech.cancelled"), tr("The transcription was cancelled."));
}

Error SpeechEngine::unavailableError(const QString &engineId, const QString &reason)
{
    return Error(QStringLiteral("speech.engine_unavailable"), reason, {{QStringLiteral("engine"), engineId}});
}

Result<void> SpeechEngine::checkLanguage(const QString &language) const
{
    if (supports(language))
        return {};
    return Error(QStringLiteral("speech.language_unsupported"),
                 tr("%1 cannot transcribe this language (%2). It knows: %3.")
                     .arg(name(), language, languages().join(QStringLiteral(", "))),
                 {{QStringLiteral("engine"), id()}, {QStringLiteral("language"), language}});
}

Result<const std::vector<float> *> SpeechEngine::samplesOf(const SpeechInput &input,
                                                           std::vector<float> &storage,
                                                           const SpeechProgress &progress,
                                                           const std::atomic<bool> &cancel)
{
    if (!input.samples.empty())
        return &input.samples;
    if (input.mediaPath.isEmpty())
        return SpeechAudio::noSoundError(input.mediaPath);
    auto decoded = SpeechAudio::decode(input.mediaPath, progress, cancel);
    if (!decoded)
        return decoded.error();
    storage = std::move(decoded).value();
    return &storage;
}

} // namespace montaj
