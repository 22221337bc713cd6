#pragma once

#include "core/capture/capturedevices.h"
#include "ui/record/recordsources.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace montaj::ui {

class LevelMeterBar;

// The Record page's "what to record" panel: a picture list (each camera, the whole screen, a part
// of it, one window, the test pattern) and a sound list (each microphone, the test tone, none),
// following hot-plug through CaptureDevices; the region and window fields when those are chosen;
// the microphone level meter; and the fallback notice when there is no device. With no camera the
// test pattern is chosen (and the tone, with no microphone); a device that appears replaces a
// choice the chooser made by itself, never one the user made. Not the sources themselves
// (RecordSources) and not the recorder.
class SourceChooser : public QWidget
{
    Q_OBJECT

public:
    explicit SourceChooser(QWidget *parent = nullptr);
    ~SourceChooser() override;

    SourceChoice choice() const;
    // Picks an entry as the user would (signals included); false when it is not offered.
    bool selectVideo(SourceChoice::Video kind, const QString &cameraId = {});
    bool selectAudio(SourceChoice::Audio kind, const QString &microphoneId = {});
    // The fallback notice ("No camera or microphone was found…"); empty when every device is there.
    QString notice() const;
    bool isNoticeShown() const;
    // Off during a take: the lists and fields cannot change.
    void setChangesAllowed(bool allowed);

    LevelMeterBar *levelMeter() const { return m_meter; }
    QComboBox *videoList() const { return m_video; }
    QComboBox *audioList() const { return m_audio; }
    const CaptureDevices &devices() const { return *m_devices; }

Q_SIGNALS:
    void videoChanged();
    void audioChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kKindRole = Qt::UserRole;
    static constexpr int kIdRole = Qt::UserRole + 1;

    void retranslate();
    void videoPicked();
    void audioPicked();
    void rebuildVideo();
    void rebuildAudio();
    void pickDefaultVideo();
    void pickDefaultAudio();
    void refreshFields();
    void refreshNotice();
    void useThisWindow();

    CaptureDevices *m_devices;
    bool m_videoAuto = true; // the chooser picked the picture, not the user
    bool m_audioAuto = true;
    QLabel *m_title;
    QLabel *m_videoLabel;
    QComboBox *m_video;
    QWidget *m_regionRow;
    QLabel *m_regionLabel;
    QSpinBox *m_x;
    QSpinBox *m_y;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QWidget *m_windowRow;
    QLabel *m_windowLabel;
    QLineEdit *m_windowId;
    QPushButton *m_thisWindow;
    QLabel *m_audioLabel;
    QComboBox *m_audio;
    QLabel *m_meterLabel;
    LevelMeterBar *m_meter;
    QLabel *m_notice;
};

} // namespace montaj::ui
