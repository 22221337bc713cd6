// The Record page's session and take verbs: opening and suspending the sources, applying the
// chosen sources, Record / Stop / Cancel, delete last, Done, and what the recorder reports back.

#include "ui/record/recordpage.h"

#include "core/capture/levelmeter.h"
#include "ui/record/levelmeterbar.h"
#include "ui/record/recordformat.h"
#include "ui/record/recordoptions.h"
#include "ui/record/recordpreview.h"
#include "ui/record/sourcechooser.h"
#include "ui/record/takerecoverybar.h"
#include "ui/record/takespanel.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>

namespace montaj::ui {

bool RecordPage::openSession()
{
    if (m_recorder->state() != Recorder::State::Idle)
        return true;
    if (m_sessionFolder.isEmpty())
        m_sessionFolder = QDir(m_takesFolder)
                              .filePath(QLocale::c().toString(QDateTime::currentDateTime(),
                                                              QStringLiteral("yyyyMMdd-HHmmss")));
    Recorder::Settings settings = m_recorder->settings();
    settings.folder = m_sessionFolder;
    const SourceChoice choice = m_sources->choice();
    auto video = m_sourceFactory.video(choice);
    if (!video) {
        showProblem(video.error().message);
        return false;
    }
    Result<void> step = m_recorder->setSettings(settings);
    if (step)
        step = m_recorder->setVideoSource(*video);
    if (step)
        step = m_recorder->setAudioSource(m_sourceFactory.audio(choice));
    if (step)
        step = m_recorder->beginSession();
    if (!step) {
        showProblem(step.error().message);
        return false;
    }
    m_sourcesDirty = false;
    clearProblem();
    return true;
}

void RecordPage::suspend()
{
    if (m_recorder->state() == Recorder::State::CountingDown)
        m_recorder->cancelCountdown();
    if (m_recorder->state() != Recorder::State::Live)
        return;
    // Closes the sources (camera light off) and leaves the recorder Idle with this session's takes;
    // showing the page opens them again.
    m_suspending = true;
    static_cast<void>(m_recorder->setVideoSource(nullptr));
    m_suspending = false;
}

void RecordPage::applyVideo()
{
    switch (m_recorder->state()) {
    case Recorder::State::Idle:
        if (isVisible())
            openSession();
        return;
    case Recorder::State::Live: {
        auto video = m_sourceFactory.video(m_sources->choice());
        if (!video) {
            showProblem(video.error().message);
            return;
        }
        m_preview->setFrame({});
        if (auto set = m_recorder->setVideoSource(*video); !set)
            showProblem(set.error().message);
        else
            clearProblem();
        return;
    }
    default: m_sourcesDirty = true; // after the take
    }
}

void RecordPage::applyAudio()
{
    switch (m_recorder->state()) {
    case Recorder::State::Idle:
        if (isVisible())
            openSession();
        return;
    case Recorder::State::Live:
        m_sources->levelMeter()->setLevel(LevelMeter::kFloorDb, LevelMeter::kFloorDb);
        if (auto set = m_recorder->setAudioSource(m_sourceFactory.audio(m_sources->choice())); !set)
            showProblem(set.error().message);
        else
            clearProblem();
        return;
    default: m_sourcesDirty = true;
    }
}

void RecordPage::recordClicked()
{
    switch (m_recorder->state()) {
    case Recorder::State::Idle:
        if (!openSession())
            return;
        [[fallthrough]];
    case Recorder::State::Live: {
        const qint64 left = leftUs();
        if (left < kShortestTakeUs) {
            showProblem(tr("This session's takes already fill %1. Delete a take or choose a longer length.")
                            .arg(RecordFormat::length(m_options->lengthUs())));
            return;
        }
        m_recorder->setCountdownSeconds(m_options->countdownSeconds());
        m_recorder->setLengthLimitUs(left); // the takes together stay within the preset
        m_stopRequested = false;
        m_takeInterrupted = false;
        if (auto started = m_recorder->startTake(); !started)
            showProblem(started.error().message);
        else
            clearProblem();
        return;
    }
    case Recorder::State::CountingDown: m_recorder->cancelCountdown(); return;
    case Recorder::State::Recording:
        m_stopRequested = true;
        m_recorder->stopTake();
        return;
    case Recorder::State::Finishing: return;
    }
}

void RecordPage::deleteLast()
{
    if (auto deleted = m_recorder->deleteLastTake(); !deleted)
        showProblem(deleted.error().message);
    else
        clearProblem();
}

void RecordPage::done()
{
    m_doneRequested = true;
    m_stopRequested = true;
    m_recorder->finishSession();
}

void RecordPage::onStateChanged()
{
    const Recorder::State state = m_recorder->state();
    if (state != Recorder::State::CountingDown)
        m_preview->setCountdown(0);
    if (state == Recorder::State::Idle) {
        m_preview->setFrame({});
        m_sources->levelMeter()->setLevel(LevelMeter::kFloorDb, LevelMeter::kFloorDb);
    }
    if (state == Recorder::State::Live) {
        // Not from inside the recorder's own signal: a choice made during the take, or a take that
        // ended while the page was hidden.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_recorder->state() != Recorder::State::Live)
                    return;
                if (!isVisible()) {
                    suspend();
                } else if (m_sourcesDirty) {
                    m_sourcesDirty = false;
                    applyVideo();
                    applyAudio();
                }
            },
            Qt::QueuedConnection);
    }
    refresh();
}

void RecordPage::onError(const Error &error)
{
    if (m_suspending)
        return;
    if (m_recorder->state() == Recorder::State::Finishing && !m_stopRequested)
        m_takeInterrupted = true; // a source failed during the take: what came before is kept
    showProblem(error.message);
}

void RecordPage::onTakeAdded(const Take &)
{
    if (!m_takeInterrupted)
        return;
    m_takeInterrupted = false;
    showProblem(QString(m_problem->text() + QLatin1Char(' ')
                        + tr("What was recorded until then is kept as take %1.")
                              .arg(QLocale().toString(m_recorder->takes().size()))));
}

void RecordPage::onSessionFinished(const QList<Take> &takes)
{
    if (!m_doneRequested)
        return;
    m_doneRequested = false;
    if (!takes.isEmpty())
        if (auto marked = TakeSessions::markHandled(m_sessionFolder); !marked)
            showProblem(marked.error().message); // the takes still go to the editor
    m_sessionFolder.clear();
    m_takes->setTakes({});
    refresh();
    if (!takes.isEmpty())
        Q_EMIT takesReady(takes);
    // The next session opens once the editor has had the takes (it may have switched pages).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (isVisible() && m_recorder->state() == Recorder::State::Idle)
                openSession();
        },
        Qt::QueuedConnection);
}

void RecordPage::offerRecovery()
{
    m_recovery->setSessions(TakeSessions::findInterrupted(m_takesFolder, m_sessionFolder));
}

void RecordPage::recoverSession(const InterruptedSession &session)
{
    QList<Take> takes;
    for (const QString &path : session.takes)
        takes << Take{path, 0, false, {}};
    if (auto marked = TakeSessions::markHandled(session.folder); !marked) {
        showProblem(marked.error().message);
        return; // not handed over twice on the next start
    }
    offerRecovery();
    Q_EMIT takesReady(takes);
}

void RecordPage::dismissSession(const InterruptedSession &session)
{
    if (auto marked = TakeSessions::markHandled(session.folder); !marked)
        showProblem(marked.error().message);
    offerRecovery();
}

qint64 RecordPage::recordedUs() const
{
    qint64 total = 0;
    for (const Take &take : m_recorder->takes())
        total += take.durationUs;
    return total;
}

qint64 RecordPage::leftUs() const
{
    return m_options->lengthUs() - recordedUs();
}

} // namespace montaj::ui
