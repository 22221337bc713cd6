#pragma once

#include "core/captions/captiontypes.h"
#include "core/foundation/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace montaj {
class SpeechEngine;
class TranscriptionJob;
} // namespace montaj

namespace montaj::ui {

class EditSession;

// Automatic captions for the open project: transcribes the sound of each clip's media file once
// (the preferred offline engine, on a worker thread, with a cancellable progress dialog), keeps
// the words inside each clip's in/out range, moves them to timeline time and groups them into
// cues — put into the project as one undo step, after asking before replacing captions. Not for
// the recognizers themselves (core/speech).
class SpeechCaptioner : public QObject
{
    Q_OBJECT

public:
    SpeechCaptioner(EditSession *session, QWidget *dialogParent);
    ~SpeechCaptioner() override;

    // Empty when an engine can run; otherwise why not, in words.
    QString unavailableReason() const;
    void run();
    bool isRunning() const;

Q_SIGNALS:
    void finished(const QString &message, bool error);

private:
    void next();
    void onFinished(const montaj::Result<montaj::CaptionTrack> &result);
    void complete();
    void fail(const QString &message);

    EditSession *m_session;
    QPointer<QWidget> m_parent;
    std::shared_ptr<const SpeechEngine> m_engine;
    QStringList m_pending;                      // media files still to transcribe
    QHash<QString, QList<CaptionWord>> m_words; // per media file, in its own time
    std::unique_ptr<TranscriptionJob> m_job;
    QProgressDialog *m_progress = nullptr;
    int m_total = 0;
};

} // namespace montaj::ui
