#include "core/speech/speechengines.h"

#include "core/speech/pocketsphinxengine.h"

namespace montaj {

SpeechEngines SpeechEngines::standard(const WhisperCppSettings &whisper)
{
    SpeechEngines engines;
    engines.add(std::make_shared<WhisperCppEngine>(whisper));
    engines.add(std::make_shared<PocketSphinxEngine>());
    return engines;
}

void SpeechEngines::add(std::shared_ptr<const SpeechEngine> engine)
{
    if (engine && !find(engine->id()))
        m_engines << std::move(engine);
}

std::shared_ptr<const SpeechEngine> SpeechEngines::find(const QString &id) const
{
    for (const auto &engine : m_engines)
        if (engine->id() == id)
            return engine;
    return nullptr;
}

std::shared_ptr<const SpeechEngine> SpeechEngines::preferred(const QString &language) const
{
    for (const auto &engine : m_engines)
        if (engine->supports(language) && engine->available())
            return engine;
    return nullptr;
}

} // namespace montaj
