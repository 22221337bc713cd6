#pragma once

#include "core/speech/speechengine.h"
#include "core/speech/whispercppengine.h"

#include <QList>

#include <memory>

namespace montaj {

// The speech engines the app offers, in order of preference: a value the app builds from its
// settings and owns (no global registry). Engines are shared read-only with the jobs that use them.
class SpeechEngines
{
public:
    // whisper.cpp (when the user has it, it is the more accurate) then PocketSphinx with Debian's
    // US English model.
    static SpeechEngines standard(const WhisperCppSettings &whisper = {});

    void add(std::shared_ptr<const SpeechEngine> engine);
    const QList<std::shared_ptr<const SpeechEngine>> &all() const { return m_engines; }
    std::shared_ptr<const SpeechEngine> find(const QString &id) const;
    // The first available engine that knows the language (empty: any language); null when none.
    std::shared_ptr<const SpeechEngine> preferred(const QString &language = {}) const;

private:
    QList<std::shared_ptr<const SpeechEngine>> m_engines;
};

} // namespace montaj
