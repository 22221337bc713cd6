#pragma once

#include "core/capture/recorder.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace montaj::ui {

// The Record page's transport under the preview: the time recorded so far, a bar of the length
// preset filling up, the Record / Stop button (Cancel during the countdown, disabled while a take
// is being saved) and the time left. Always left to right, also in Arabic, like the video above
// it. Shows state; the page decides what a click does. Not the take options (RecordOptions).
class RecordTransport : public QWidget
{
    Q_OBJECT

public:
    explicit RecordTransport(QWidget *parent = nullptr);

    void setState(Recorder::State state);
    // recordedUs: the session's takes plus the take in progress; lengthUs: the preset.
    void setTimes(qint64 recordedUs, qint64 lengthUs);
    // Whether a take can start now (off when the preset is used up).
    void setCanRecord(bool canRecord);

    QPushButton *recordButton() const { return m_record; }
    QString elapsedText() const;
    QString leftText() const;

Q_SIGNALS:
    void recordClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshButton();
    void refreshTimes();

    Recorder::State m_state = Recorder::State::Idle;
    bool m_canRecord = true;
    qint64 m_recordedUs = 0;
    qint64 m_lengthUs = 0;
    QLabel *m_elapsed;
    QProgressBar *m_progress;
    QPushButton *m_record;
    QLabel *m_left;
};

} // namespace montaj::ui
