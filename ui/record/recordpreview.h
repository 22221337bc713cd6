#pragma once

#include "core/capture/capturetypes.h"

#include <QImage>
#include <QWidget>

namespace montaj::ui {

// The Record page's live picture: the source's preview frame, fitted in the widget, with the
// vertical framing guide (the part of the picture that reaches the file, from
// Recorder::framingGuide; the rest dimmed), a red frame while recording, the countdown drawn big
// over it, and a line of text when there is no picture. Always left to right, also in Arabic: a
// video never mirrors (the selfie mirror is the recorder's, preview only). A click during the
// countdown asks to cancel it. Not a player and not a recorder.
class RecordPreview : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPreview(QWidget *parent = nullptr);

    void setFrame(const QImage &frame);
    QImage frame() const { return m_frame; }
    // What the file will be: the guide is where a picture of the frame's shape lands in it.
    void setOutputFormat(QSize outputSize, Framing framing);
    // The picture is shown mirrored (the guide follows).
    void setMirrored(bool mirrored);
    void setRecording(bool recording);
    bool isRecording() const { return m_recording; }
    void setCountdown(int secondsLeft); // 0 hides it
    int countdown() const { return m_countdown; }
    void setMessage(const QString &message); // shown when there is no picture
    QString message() const { return m_message; }

    // Where the picture is drawn, and the guide within it (widget coordinates).
    QRect pictureRect() const;
    QRect guideRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void paintCountdown(QPainter &painter, const QRect &picture) const;

    QImage m_frame;
    QSize m_output{1080, 1920};
    Framing m_framing = Framing::CentreCrop;
    bool m_mirrored = false;
    bool m_recording = false;
    int m_countdown = 0;
    QString m_message;
};

} // namespace montaj::ui
