#include "ui/edit/inspectorclippage.h"

#include "ui/edit/editsession.h"
#include "ui/edit/inspectortimecodeedit.h"
#include "ui/edit/inspectorvolumecontrol.h"
#include "ui/edit/panelformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace montaj::ui {

InspectorClipPage::InspectorClipPage(EditSession *session, QWidget *parent)
    : InspectorPage(session, parent)
    , m_file(new QLabel(this))
    , m_source(new QLabel(this))
    , m_in(new InspectorTimecodeEdit(this))
    , m_out(new InspectorTimecodeEdit(this))
    , m_duration(new QLabel(this))
    , m_volume(new InspectorVolumeControl(this))
    , m_mute(new QCheckBox(this))
    , m_fit(new QComboBox(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("inspectorClipPage"));
    m_file->setObjectName(QStringLiteral("clipFile"));
    m_in->setObjectName(QStringLiteral("clipIn"));
    m_out->setObjectName(QStringLiteral("clipOut"));
    m_duration->setObjectName(QStringLiteral("clipDuration"));
    m_volume->setObjectName(QStringLiteral("clipVolume"));
    m_mute->setObjectName(QStringLiteral("clipMute"));
    m_fit->setObjectName(QStringLiteral("clipFit"));
    m_file->setWordWrap(true);
    m_file->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    for (int i = 0; i < 3; ++i)
        m_fit->addItem(QString(), i);

    auto *crop = new QWidget(this);
    auto *cropGrid = new QGridLayout(crop);
    cropGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList names{QStringLiteral("cropX"), QStringLiteral("cropY"), QStringLiteral("cropWidth"),
                            QStringLiteral("cropHeight")};
    QList<QLabel *> cropLabels;
    for (int i = 0; i < 4; ++i) {
        auto *label = new QLabel(crop);
        auto *spin = new QDoubleSpinBox(crop);
        spin->setObjectName(names[i]);
        spin->setDecimals(1);
        spin->setRange(i < 2 ? 0.0 : 0.1, 100.0);
        spin->setKeyboardTracking(false);
        label->setBuddy(spin);
        cropLabels << label;
        cropGrid->addWidget(label, i / 2, (i % 2) * 2);
        cropGrid->addWidget(spin, i / 2, (i % 2) * 2 + 1);
        connect(spin, &QDoubleSpinBox::editingFinished, this, &InspectorClipPage::editCrop);
        m_crop << spin;
    }

    const QList<QWidget *> fields{m_file, m_source, m_in, m_out, m_duration, m_volume, m_fit, crop};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        m_form->addRow(label, field);
        if (field == m_volume)
            m_form->addRow(QString(), m_mute);
    }
    m_labels << cropLabels; // after the rows, as retranslate() names them

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(errorLabel());
    layout->addStretch(1);

    connect(m_in, &InspectorTimecodeEdit::timeEdited, this, &InspectorClipPage::editIn);
    connect(m_out, &InspectorTimecodeEdit::timeEdited, this, &InspectorClipPage::editOut);
    connect(m_in, &InspectorTimecodeEdit::invalidInput, this, &InspectorClipPage::showError);
    connect(m_out, &InspectorTimecodeEdit::invalidInput, this, &InspectorClipPage::showError);
    connect(m_volume, &InspectorVolumeControl::volumeEdited, this, [this](double gain) {
        if (!m_refreshing)
            report(document()->setClipVolume(m_id, gain));
    });
    connect(m_mute, &QCheckBox::clicked, this, [this](bool muted) {
        if (!m_refreshing)
            report(document()->setClipMuted(m_id, muted));
    });
    connect(m_fit, &QComboBox::activated, this, [this](int index) {
        const Clip *c = clip();
        if (m_refreshing || !c)
            return;
        const auto fit = FitMode(m_fit->itemData(index).toInt());
        report(document()->setClipFit(m_id, fit, c->cropRect));
    });
    retranslate();
}

void InspectorClipPage::setClipId(const QString &id)
{
    if (id != m_id)
        clearError();
    m_id = id;
    refresh();
}

const Clip *InspectorClipPage::clip() const
{
    return document()->clip(m_id);
}

void InspectorClipPage::refresh()
{
    const Clip *c = clip();
    setEnabled(c != nullptr);
    if (!c)
        return;
    m_refreshing = true;
    const Canvas &canvas = document()->canvas();
    m_file->setText(QFileInfo(c->mediaPath).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(c->mediaPath));
    QStringList facts;
    if (c->sourceHasVideo && c->sourceSize.isValid())
        facts << PanelFormat::resolution(c->sourceSize);
    facts << tr("%1 long").arg(PanelFormat::timecode(c->sourceDurationUs, canvas));
    if (!c->sourceHasAudio)
        facts << tr("no sound");
    m_source->setText(facts.join(tr(", ", "list separator")));
    m_in->setTime(c->inUs, canvas);
    m_out->setTime(c->outUs, canvas);
    m_duration->setText(PanelFormat::timecode(c->durationUs(), canvas));
    m_volume->setVolume(c->volume);
    m_volume->setEnabled(c->sourceHasAudio);
    m_mute->setChecked(c->muted);
    m_mute->setEnabled(c->sourceHasAudio);
    m_fit->setCurrentIndex(m_fit->findData(int(c->fit)));
    m_fit->setEnabled(c->sourceHasVideo);
    const QRectF &r = c->cropRect;
    const QList<double> values{r.x() * 100, r.y() * 100, r.width() * 100, r.height() * 100};
    for (int i = 0; i < 4; ++i) {
        m_crop[i]->setValue(values[i]);
        m_crop[i]->setEnabled(c->sourceHasVideo && c->fit == FitMode::Crop);
    }
    m_shownCrop.clear();
    for (QDoubleSpinBox *spin : std::as_const(m_crop))
        m_shownCrop << spin->value();
    m_refreshing = false;
}

void InspectorClipPage::editIn(qint64 us)
{
    if (const Clip *c = clip())
        report(document()->trimClip(m_id, us, c->outUs));
}

void InspectorClipPage::editOut(qint64 us)
{
    const Clip *c = clip();
    if (!c)
        return;
    // The frame that holds the end of the source stands for the end itself.
    const Canvas &canvas = document()->canvas();
    if (us > c->sourceDurationUs
        && PanelFormat::frameAt(us, canvas) == PanelFormat::frameAt(c->sourceDurationUs, canvas))
        us = c->sourceDurationUs;
    report(document()->trimClip(m_id, c->inUs, us));
}

void InspectorClipPage::editCrop()
{
    const Clip *c = clip();
    if (m_refreshing || !c)
        return;
    QList<double> values;
    for (QDoubleSpinBox *spin : std::as_const(m_crop))
        values << spin->value();
    if (values == m_shownCrop)
        return; // the user left the field without changing it
    const QRectF rect(values[0] / 100, values[1] / 100, values[2] / 100, values[3] / 100);
    report(document()->setClipFit(m_id, FitMode::Crop, rect));
}

void InspectorClipPage::retranslate()
{
    const QStringList rows{tr("File"),    tr("Source"), tr("In"), tr("Out"), tr("Length"), tr("Volume"),
                           tr("Framing"), tr("Crop"),   tr("X"),  tr("Y"),   tr("Width"),  tr("Height")};
    for (int i = 0; i < m_labels.size() && i < rows.size(); ++i)
        m_labels[i]->setText(rows[i]);
    m_in->setAccessibleName(tr("In point"));
    m_in->setToolTip(tr("Where the clip starts in its source (hours:minutes:seconds:frames)"));
    m_out->setAccessibleName(tr("Out point"));
    m_out->setToolTip(tr("Where the clip ends in its source (hours:minutes:seconds:frames)"));
    m_duration->setAccessibleName(tr("Clip length"));
    m_mute->setText(tr("Mute"));
    m_mute->setToolTip(tr("Silence this clip's own sound"));
    m_fit->setItemText(int(FitMode::Fit), tr("Fit: show the whole picture"));
    m_fit->setItemText(int(FitMode::Fill), tr("Fill: cover the canvas"));
    m_fit->setItemText(int(FitMode::Crop), tr("Crop: choose the part to show"));
    m_fit->setAccessibleName(tr("Framing"));
    m_fit->setToolTip(tr("How the clip's picture sits on the canvas"));
    const QStringList crop{
        tr("Crop left edge, percent of the source width"), tr("Crop top edge, percent of the source height"),
        tr("Crop width, percent of the source width"), tr("Crop height, percent of the source height")};
    for (int i = 0; i < m_crop.size(); ++i) {
        m_crop[i]->setSuffix(QLocale().percent());
        m_crop[i]->setToolTip(crop[i]);
        m_crop[i]->setAccessibleName(crop[i]);
    }
    if (!m_refreshing)
        refresh();
}

} // namespace montaj::ui
