#pragma once

#include "core/captions/captiontypes.h"
#include "core/foundation/result.h"
#include "core/speech/cuebuilder.h"
#include "core/speech/speechengine.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace montaj {

// Automatic captions for one media file: decodes its sound to 16 kHz mono, runs a speech engine on
// a worker thread and groups the recognized words into cues (CueBuilder), reporting progress 0..1
// and stopping soon after cancel() with "speech.cancelled". Lives on the thread that starts it
// (signals arrive there); one run per job. transcribe() is the same work, synchronous, for the
// command line. Not for putting the captions into a project (an undo command does that).
class TranscriptionJob : public QObject
{
    Q_OBJECT

public:
    TranscriptionJob(std::shared_ptr<const SpeechEngine> engine, QString mediaPath, QString language = {},
                     QObject *parent = nullptr);
    ~TranscriptionJob() override; // cancels and waits for the worker

    void setRules(const CueRules &rules) { m_rules = rules; }
    void start();
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    double progress() const { return m_progress; }

    static Result<CaptionTrack> transcribe(const SpeechEngine &engine, const SpeechInput &input,
                                           const CueRules &rules, const SpeechProgress &progress,
                                           const std::atomic<bool> &cancel);

Q_SIGNALS:
    void progressChanged(double fraction);
    void finished(const montaj::Result<montaj::CaptionTrack> &result);

private:
    std::shared_ptr<const SpeechEngine> m_engine;
    QString m_mediaPath;
    QString m_language;
    CueRules m_rules;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
    double m_progress = 0;
};

} // namespace montaj
