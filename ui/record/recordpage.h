#pragma once

#include "core/capture/capturetypes.h"
#include "core/capture/recorder.h"
#include "core/capture/syntheticsource.h"
#include "core/capture/takesessions.h"
#include "core/foundation/apppaths.h"
#include "ui/record/recordsources.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace montaj::ui {

class RecordOptions;
class RecordPreview;
class RecordTransport;
class SourceChooser;
class TakesPanel;
class TakeRecoveryBar;

// The Record page: choose a camera, the screen (whole, a part, one window) or the test pattern and
// a microphone or the test tone (following hot-plug), watch the live preview with the vertical
// framing guide and the level meter, and record takes — countdown, length preset with the time
// left, mirror for a selfie camera (preview only), record / stop / record again / delete the last
// take. "Done" ends the session and emits takesReady with the takes as finished files, for the
// editor to add as clips. Problems (no device, busy, refused, a source failing mid-take) are
// shown in plain words above the preview. The session's sources are open while the page is shown
// (a take in progress goes on when it is hidden). Each session's takes go in a folder of their own
// under the takes folder (default: <projects>/Takes). Not a project model and not an encoder:
// core/capture's Recorder does the recording.
class RecordPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPage(const AppPaths &paths, QWidget *parent = nullptr);
    ~RecordPage() override;

    // Where the sessions' folders are made; takes effect with the next session.
    void setTakesFolder(const QString &folder);
    QString takesFolder() const { return m_takesFolder; }
    QString sessionFolder() const { return m_sessionFolder; }
    // The test pattern and tone (size, frame rate, tone); takes effect when the sources reopen.
    void setTestPatternSettings(const SyntheticSource::Settings &settings);

    Recorder &recorder() { return *m_recorder; }
    SourceChooser *sources() const { return m_sources; }
    RecordOptions *options() const { return m_options; }
    RecordPreview *preview() const { return m_preview; }
    RecordTransport *transport() const { return m_transport; }
    TakesPanel *takesPanel() const { return m_takes; }
    QString problemText() const;
    bool isProblemShown() const;

Q_SIGNALS:
    // The session ended with "Done": the takes, in order, as finished files (never empty).
    void takesReady(const QList<montaj::Take> &takes);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static constexpr qint64 kShortestTakeUs = 500'000; // less than this left of the length: no new take

    void connectRecorder();
    void retranslate();
    bool openSession();
    void suspend();
    void applyVideo();
    void applyAudio();
    void recordClicked();
    void deleteLast();
    void done();
    void onStateChanged();
    void onError(const Error &error);
    void onTakeAdded(const Take &take);
    void onSessionFinished(const QList<Take> &takes);
    void refresh();
    void offerRecovery();
    void recoverSession(const InterruptedSession &session);
    void dismissSession(const InterruptedSession &session);
    void showProblem(const QString &text);
    void clearProblem();
    qint64 recordedUs() const;
    qint64 leftUs() const;

    std::unique_ptr<Recorder> m_recorder;
    RecordSources m_sourceFactory;
    QString m_takesFolder;
    QString m_sessionFolder;
    bool m_doneRequested = false;
    bool m_stopRequested = false;
    bool m_takeInterrupted = false;
    bool m_suspending = false;
    bool m_sourcesDirty = false; // the choice changed during a take: apply it after

    SourceChooser *m_sources;
    RecordOptions *m_options;
    TakesPanel *m_takes;
    TakeRecoveryBar *m_recovery;
    QWidget *m_problemBar;
    QLabel *m_problem;
    QPushButton *m_retry;
    RecordPreview *m_preview;
    RecordTransport *m_transport;
};

} // namespace montaj::ui
