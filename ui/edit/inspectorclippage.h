#pragma once

#include "ui/edit/inspectorpage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;

namespace montaj {
struct Clip;
}

namespace montaj::ui {

class InspectorTimecodeEdit;
class InspectorVolumeControl;

// The inspector for one clip: its source file, in and out points (frame-exact timecodes in the
// source at the canvas rate), length, volume, mute and framing (fit, fill or a crop rectangle).
// Each edit is one verb: trimClip, setClipVolume, setClipMuted or setClipFit.
class InspectorClipPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit InspectorClipPage(EditSession *session, QWidget *parent = nullptr);

    void setClipId(const QString &id);
    QString clipId() const { return m_id; }
    void refresh() override;

protected:
    void retranslate() override;

private:
    const Clip *clip() const;
    void editIn(qint64 us);
    void editOut(qint64 us);
    void editCrop();

    QString m_id;
    QLabel *m_file;
    QLabel *m_source;
    InspectorTimecodeEdit *m_in;
    InspectorTimecodeEdit *m_out;
    QLabel *m_duration;
    InspectorVolumeControl *m_volume;
    QCheckBox *m_mute;
    QComboBox *m_fit;
    QList<QDoubleSpinBox *> m_crop; // x, y, width, height in percent of the source frame
    QList<double> m_shownCrop;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
};

} // namespace montaj::ui
