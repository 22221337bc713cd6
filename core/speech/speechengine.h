#pragma once

#include "core/captions/captiontypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace montaj {

// What to transcribe: 16 kHz mono samples, or a media file whose sound is decoded to them.
struct SpeechInput
{
    QString mediaPath;          // used when samples is empty
    std::vector<float> samples; // 16 kHz, mono, -1..1
    QString language;           // BCP 47 ("en-US", "fr"); empty: the engine's own choice
};

// Called with the fraction done, 0..1, from the thread that transcribes.
using SpeechProgress = std::function<void(double fraction)>;

// A speech recognizer that turns speech into word-timed text. Each engine says whether it can run
// on this machine and why not (a missing program or model is a normal state, not a failure of the
// app). transcribe() runs on the calling thread, reports progress and stops soon after `cancel`
// is set; the returned track holds the engine's own segments as cues, each with its words timed
// (CueBuilder turns the words into readable cues). Not for audio capture or cue editing.
class SpeechEngine
{
    Q_DECLARE_TR_FUNCTIONS(SpeechEngine)

public:
    static constexpr int kSampleRate = 16000;

    virtual ~SpeechEngine() = default;

    virtual QString id() const = 0;            // stable: "pocketsphinx", "whisper.cpp"
    virtual QString name() const = 0;          // translated, for people
    virtual QStringList languages() const = 0; // BCP 47 tags it can transcribe
    // Ok when it can run here; otherwise "speech.engine_unavailable" saying why (translated).
    virtual Result<void> availability() const = 0;
    virtual Result<CaptionTrack> transcribe(const SpeechInput &input, const SpeechProgress &progress,
                                            const std::atomic<bool> &cancel) const = 0;

    bool available() const { return availability().ok(); }
    // Empty asks for no language in particular; "en-GB" is served by an engine that knows "en-US".
    bool supports(const QString &language) const;

    static Error cancelledError();
    static Error unavailableError(const QString &engineId, const QString &reason);

protected:
    Result<void> checkLanguage(const QString &language) const;
    // The input's samples, or its media file's sound decoded into `storage` (progress 0..1 of that
    // part).
    static Result<const std::vector<float> *> samplesOf(const SpeechInput &input, std::vector<float> &storage,
                                                        const SpeechProgress &progress,
                                                        const std::atomic<bool> &cancel);
};

} // namespace montaj
