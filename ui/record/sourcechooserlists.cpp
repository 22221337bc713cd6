// The SourceChooser's two lists: rebuilt from CaptureDevices on hot-plug and on a language change,
// keeping the current choice, or picking the default one when the chooser made it by itself.

#include "ui/record/sourcechooser.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <utility>

namespace montaj::ui {

void SourceChooser::rebuildVideo()
{
    const bool hadItems = m_video->count() > 0;
    const SourceChoice before = choice();
    {
        const QSignalBlocker block(m_video);
        m_video->clear();
        const QList<CaptureDevice> cameras = m_devices->cameras();
        for (const CaptureDevice &camera : cameras) {
            m_video->addItem(camera.name);
            m_video->setItemData(m_video->count() - 1, int(SourceChoice::Video::Camera), kKindRole);
            m_video->setItemData(m_video->count() - 1, camera.id, kIdRole);
        }
        const bool screen = m_devices->screenAvailable();
        const QList<std::pair<SourceChoice::Video, QString>> others{
            {SourceChoice::Video::Screen, tr("Whole screen")},
            {SourceChoice::Video::Region, tr("Part of the screen")},
            {SourceChoice::Video::Window, tr("One window")},
            {SourceChoice::Video::TestPattern, tr("Test pattern")}};
        for (const auto &[kind, name] : others) {
            m_video->addItem(name);
            const int row = m_video->count() - 1;
            m_video->setItemData(row, int(kind), kKindRole);
            if (kind != SourceChoice::Video::TestPattern && !screen) {
                if (auto *model = qobject_cast<QStandardItemModel *>(m_video->model()))
                    model->item(row)->setEnabled(false);
                m_video->setItemData(row,
                                     tr("The screen cannot be recorded here: there is no display to grab."),
                                     Qt::ToolTipRole);
            }
        }
        int index = -1;
        for (int i = 0; i < m_video->count() && index < 0; ++i)
            if (m_video->itemData(i, kKindRole).toInt() == int(before.video)
                && m_video->itemData(i, kIdRole).toString() == before.cameraId
                && (m_video->model()->flags(m_video->model()->index(i, 0)) & Qt::ItemIsEnabled))
                index = i;
        if (!hadItems || m_videoAuto || index < 0)
            pickDefaultVideo();
        else
            m_video->setCurrentIndex(index);
    }
    refreshFields();
    refreshNotice();
    const SourceChoice after = choice();
    if (hadItems && (after.video != before.video || after.cameraId != before.cameraId))
        Q_EMIT videoChanged();
}

void SourceChooser::rebuildAudio()
{
    const bool hadItems = m_audio->count() > 0;
    const SourceChoice before = choice();
    {
        const QSignalBlocker block(m_audio);
        m_audio->clear();
        const QList<CaptureDevice> microphones = m_devices->microphones();
        for (const CaptureDevice &microphone : microphones) {
            m_audio->addItem(microphone.name);
            m_audio->setItemData(m_audio->count() - 1, int(SourceChoice::Audio::Microphone), kKindRole);
            m_audio->setItemData(m_audio->count() - 1, microphone.id, kIdRole);
        }
        m_audio->addItem(tr("Test tone"));
        m_audio->setItemData(m_audio->count() - 1, int(SourceChoice::Audio::TestTone), kKindRole);
        m_audio->addItem(tr("No sound"));
        m_audio->setItemData(m_audio->count() - 1, int(SourceChoice::Audio::None), kKindRole);
        int index = -1;
        for (int i = 0; i < m_audio->count() && index < 0; ++i)
            if (m_audio->itemData(i, kKindRole).toInt() == int(before.audio)
                && m_audio->itemData(i, kIdRole).toString() == before.microphoneId)
                index = i;
        if (!hadItems || m_audioAuto || index < 0)
            pickDefaultAudio();
        else
            m_audio->setCurrentIndex(index);
    }
    refreshFields();
    refreshNotice();
    const SourceChoice after = choice();
    if (hadItems && (after.audio != before.audio || after.microphoneId != before.microphoneId))
        Q_EMIT audioChanged();
}

void SourceChooser::pickDefaultVideo()
{
    m_videoAuto = true;
    int pick = -1, firstCamera = -1, pattern = 0;
    for (int i = 0; i < m_video->count(); ++i) {
        const auto kind = SourceChoice::Video(m_video->itemData(i, kKindRole).toInt());
        if (kind == SourceChoice::Video::TestPattern)
            pattern = i;
        if (kind != SourceChoice::Video::Camera)
            continue;
        if (firstCamera < 0)
            firstCamera = i;
        const QList<CaptureDevice> cameras = m_devices->cameras();
        for (const CaptureDevice &camera : cameras)
            if (camera.isDefault && camera.id == m_video->itemData(i, kIdRole).toString())
                pick = i;
    }
    m_video->setCurrentIndex(pick >= 0 ? pick : firstCamera >= 0 ? firstCamera : pattern);
}

void SourceChooser::pickDefaultAudio()
{
    m_audioAuto = true;
    int pick = -1, firstMicrophone = -1, tone = 0, none = 0;
    const QList<CaptureDevice> microphones = m_devices->microphones();
    for (int i = 0; i < m_audio->count(); ++i) {
        const auto kind = SourceChoice::Audio(m_audio->itemData(i, kKindRole).toInt());
        if (kind == SourceChoice::Audio::TestTone)
            tone = i;
        if (kind == SourceChoice::Audio::None)
            none = i;
        if (kind != SourceChoice::Audio::Microphone)
            continue;
        if (firstMicrophone < 0)
            firstMicrophone = i;
        for (const CaptureDevice &microphone : microphones)
            if (microphone.isDefault && microphone.id == m_audio->itemData(i, kIdRole).toString())
                pick = i;
    }
    // No microphone: the tone goes with the test pattern; a real picture records without sound.
    const bool pattern = choice().video == SourceChoice::Video::TestPattern;
    m_audio->setCurrentIndex(pick >= 0              ? pick
                             : firstMicrophone >= 0 ? firstMicrophone
                             : pattern              ? tone
                                                    : none);
}

} // namespace montaj::ui
