#pragma once

#include "core/speech/speechengine.h"

namespace montaj {

// Where whisper.cpp is, from the app's settings; empty fields are looked for.
struct WhisperCppSettings
{
    // A path, or a program name looked up on the PATH. Empty: "whisper-cli" or "whisper-cpp" on
    // the PATH (an older build's "main" is too common a name to guess: give its path here).
    QString executable;
    // A ggml model file. Empty: the first ggml-*.bin in the usual model folders (next to the
    // program, ~/.local/share/whisper.cpp/models, /usr/local/share and /usr/share).
    QString model;
    int threads = 0; // 0: the program's default
};

// whisper.cpp (github.com/ggerganov/whisper.cpp) when the user has it: detected, never required.
// Runs the program as a child process on a 16-bit WAV of the sound, asking for one segment per
// word (-ml 1 -sow) as JSON (-oj), reading SRT (-osrt) when the JSON is missing; progress comes
// from its "progress = N%" lines, cancelling kills it. Many languages, with punctuation.
class WhisperCppEngine : public SpeechEngine
{
    Q_DECLARE_TR_FUNCTIONS(WhisperCppEngine)

public:
    explicit WhisperCppEngine(WhisperCppSettings settings = {});

    QString id() const override { return QStringLiteral("whisper.cpp"); }
    QString name() const override;
    QStringList languages() const override;
    Result<void> availability() const override;
    Result<CaptionTrack> transcribe(const SpeechInput &input, const SpeechProgress &progress,
                                    const std::atomic<bool> &cancel) const override;

    // What was found (empty when nothing was).
    QString executablePath() const { return m_executable; }
    QString modelPath() const { return m_model; }

private:
    WhisperCppSettings m_settings;
    QString m_executable;
    QString m_model;
};

} // namespace montaj
