#pragma once

#include "core/speech/speechengine.h"

namespace montaj {

// The files of one PocketSphinx model: acoustic model folder, n-gram language model, dictionary.
struct PocketSphinxModel
{
    QString language; // BCP 47
    QString acousticModel;
    QString languageModel;
    QString dictionary;

    // Debian's pocketsphinx-en-us package, under /usr/share/pocketsphinx/model/en-us/.
    static PocketSphinxModel debianUsEnglish();
};

// Offline recognition with CMU PocketSphinx (libpocketsphinx 5prealpha, as Debian ships it) and a
// packaged model: US English out of the box on Debian. The sound is cut into utterances at its
// pauses and fed in tenth-of-a-second chunks (progress and cancellation between them); word times
// come from the segment iterator at 100 frames a second.
// Not accurate enough to publish unchecked; it gives a timed draft to correct.
class PocketSphinxEngine : public SpeechEngine
{
    Q_DECLARE_TR_FUNCTIONS(PocketSphinxEngine)

public:
    explicit PocketSphinxEngine(PocketSphinxModel model = PocketSphinxModel::debianUsEnglish());

    QString id() const override { return QStringLiteral("pocketsphinx"); }
    QString name() const override;
    QStringList languages() const override { return {m_model.language}; }
    Result<void> availability() const override;
    Result<CaptionTrack> transcribe(const SpeechInput &input, const SpeechProgress &progress,
                                    const std::atomic<bool> &cancel) const override;

    static bool builtIn(); // false when Montaj was built without libpocketsphinx

private:
    PocketSphinxModel m_model;
};

} // namespace montaj
