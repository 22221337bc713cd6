#include "ui/captions/speechcaptioner.h"

#include "core/edit/projectdocument.h"
#include "core/speech/cuebuilder.h"
#include "core/speech/speechengines.h"
#include "core/speech/transcriptionjob.h"
#include "ui/edit/editsession.h"

#include <QMessageBox>
#include <QProgressDialog>

namespace montaj::ui {

SpeechCaptioner::SpeechCaptioner(EditSession *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_parent(dialogParent)
    , m_engine(SpeechEngines::standard().preferred())
{}

SpeechCaptioner::~SpeechCaptioner() = default;

QString SpeechCaptioner::unavailableReason() const
{
    if (!m_engine)
        return tr("No speech recognizer is available: install PocketSphinx and its US-English model "
                  "(Debian: pocketsphinx-en-us), or whisper.cpp.");
    if (auto r = m_engine->availability(); !r)
        return r.error().message;
    return {};
}

bool SpeechCaptioner::isRunning() const
{
    return m_job != nullptr;
}

void SpeechCaptioner::run()
{
    if (isRunning())
        return;
    if (const QString why = unavailableReason(); !why.isEmpty()) {
        Q_EMIT finished(why, true);
        return;
    }
    m_pending.clear();
    m_words.clear();
    for (const Clip &clip : m_session->document()->clips())
        if (clip.sourceHasAudio && !clip.muted && !m_pending.contains(clip.mediaPath))
            m_pending << clip.mediaPath;
    if (m_pending.isEmpty()) {
        Q_EMIT finished(tr("The project has no clip with sound to make captions from."), true);
        return;
    }
    const qsizetype existing = m_session->document()->captions().cues.size();
    if (existing > 0
        && QMessageBox::question(m_parent, tr("Captions from speech"),
                                 tr("Replace the project's %n caption(s) with captions made from speech?",
                                    nullptr, int(existing)))
               != QMessageBox::Yes)
        return;
    m_total = int(m_pending.size());
    m_progress =
        new QProgressDialog(tr("Listening to the project's speech…"), tr("Cancel"), 0, 1000, m_parent);
    m_progress->setWindowTitle(tr("Captions from speech"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    next();
}

void SpeechCaptioner::next()
{
    if (m_pending.isEmpty()) {
        complete();
        return;
    }
    const QString path = m_pending.takeFirst();
    m_job = std::make_unique<TranscriptionJob>(m_engine, path);
    connect(m_job.get(), &TranscriptionJob::progressChanged, this, [this](double fraction) {
        const int done = m_total - int(m_pending.size()) - 1;
        if (m_progress)
            m_progress->setValue(int(1000.0 * (done + fraction) / m_total));
    });
    connect(m_job.get(), &TranscriptionJob::finished, this, [this, path](const Result<CaptionTrack> &result) {
        if (result) {
            QList<CaptionWord> words;
            for (const CaptionCue &cue : result->cues)
                words << cue.words;
            m_words.insert(path, words);
        }
        onFinished(result);
    });
    m_job->start();
}

void SpeechCaptioner::onFinished(const Result<CaptionTrack> &result)
{
    m_job.release()->deleteLater(); // finished is emitted by the job itself
    if (!result) {
        fail(result.error().code == QLatin1String("speech.cancelled") ? QString() : result.error().message);
        return;
    }
    next();
}

void SpeechCaptioner::complete()
{
    // Each clip shows [inUs, outUs) of its file from its place on the timeline.
    QList<CaptionWord> timeline;
    ProjectDocument *doc = m_session->document();
    for (qsizetype i = 0; i < doc->clips().size(); ++i) {
        const Clip &clip = doc->clips().at(i);
        const qint64 start = doc->clipStartUs(i);
        for (const CaptionWord &w : m_words.value(clip.mediaPath))
            if (w.startUs >= clip.inUs && w.endUs <= clip.outUs && !clip.muted)
                timeline << CaptionWord{start + w.startUs - clip.inUs, start + w.endUs - clip.inUs, w.text};
    }
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    if (timeline.isEmpty()) {
        Q_EMIT finished(tr("No speech was recognized in the project's clips."), true);
        return;
    }
    CaptionTrack track = doc->captions();
    track.cues = CueBuilder::build(timeline);
    if (track.language.isEmpty())
        track.language = QStringLiteral("en");
    if (auto r = doc->setCaptionTrack(track, tr("Captions from speech")); !r) {
        Q_EMIT finished(r.error().message, true);
        return;
    }
    Q_EMIT finished(
        tr("%n caption(s) made from speech; check them before posting.", nullptr, int(track.cues.size())),
        false);
}

void SpeechCaptioner::fail(const QString &message)
{
    m_pending.clear();
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    Q_EMIT finished(message.isEmpty() ? tr("Captions from speech were cancelled.") : message,
                    !message.isEmpty());
}

} // namespace montaj::ui
