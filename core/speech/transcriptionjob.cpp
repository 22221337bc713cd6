#include "core/speech/transcriptionjob.h"

#include <cmath>

namespace montaj {

TranscriptionJob::TranscriptionJob(std::shared_ptr<const SpeechEngine> engine, QString mediaPath,
                                   QString language, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_mediaPath(std::move(mediaPath))
    , m_language(std::move(language))
{}

TranscriptionJob::~TranscriptionJob()
{
    m_cancel.store(true);
    if (m_thread)
        m_thread->wait();
}

Result<CaptionTrack> TranscriptionJob::transcribe(const SpeechEngine &engine, const SpeechInput &input,
                                                  const CueRules &rules, const SpeechProgress &progress,
                                                  const std::atomic<bool> &cancel)
{
    if (auto ok = engine.availability(); !ok)
        return ok.error();
    auto recognized = engine.transcribe(input, progress, cancel);
    if (!recognized)
        return recognized.error();
    if (cancel.load())
        return SpeechEngine::cancelledError();
    QList<CaptionWord> words;
    for (const CaptionCue &cue : recognized->cues)
        words << cue.words;
    std::stable_sort(words.begin(), words.end(),
                     [](const CaptionWord &a, const CaptionWord &b) { return a.startUs < b.startUs; });
    CaptionTrack track = std::move(recognized).value();
    track.cues = CueBuilder::build(words, rules);
    track.style.maxLines = rules.maxLines;
    return track;
}

void TranscriptionJob::start()
{
    if (m_thread)
        return;
    m_cancel.store(false);
    m_thread.reset(QThread::create([this] {
        int reported = -1;
        const SpeechProgress onProgress = [&](double f) {
            const int percent = int(std::floor(std::clamp(f, 0.0, 1.0) * 100));
            if (percent == reported)
                return;
            reported = percent;
            QMetaObject::invokeMethod(
                this,
                [this, f] {
                    m_progress = f;
                    Q_EMIT progressChanged(f);
                },
                Qt::QueuedConnection);
        };
        SpeechInput input;
        input.mediaPath = m_mediaPath;
        input.language = m_language;
        Result<CaptionTrack> result =
            m_engine ? transcribe(*m_engine, input, m_rules, onProgress, m_cancel)
                     : Result<CaptionTrack>(SpeechEngine::unavailableError(
                         QString(), tr("No speech recognizer is available on this computer.")));
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (result.ok())
                    m_progress = 1.0;
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("transcription"));
    m_thread->start();
}

} // namespace montaj
