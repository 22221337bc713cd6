#include "ui/captions/captionplacementbar.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace montaj::ui {

CaptionPlacementBar::CaptionPlacementBar(QWidget *parent)
    : QWidget(parent)
    , m_positionLabel(new QLabel(this))
    , m_position(new QSpinBox(this))
    , m_burnIn(new QCheckBox(this))
    , m_subtitleTrack(new QCheckBox(this))
{
    m_position->setObjectName(QStringLiteral("captions.position"));
    m_burnIn->setObjectName(QStringLiteral("captions.burnIn"));
    m_subtitleTrack->setObjectName(QStringLiteral("captions.subtitleTrack"));
    m_position->setRange(10, 90);
    m_position->setSingleStep(2);
    m_position->setKeyboardTracking(false); // one edit when typing is done, not one per digit
    m_positionLabel->setBuddy(m_position);
    connect(m_position, &QSpinBox::valueChanged, this,
            [this](int percent) { Q_EMIT positionRequested(percent / 100.0); });
    connect(m_burnIn, &QCheckBox::toggled, this, &CaptionPlacementBar::emitOutput);
    connect(m_subtitleTrack, &QCheckBox::toggled, this, &CaptionPlacementBar::emitOutput);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_positionLabel);
    layout->addWidget(m_position);
    layout->addSpacing(8);
    layout->addWidget(m_burnIn);
    layout->addWidget(m_subtitleTrack);
    layout->addStretch(1);
    retranslate();
}

void CaptionPlacementBar::showTrack(const CaptionTrack &track)
{
    const QSignalBlocker a(m_position), b(m_burnIn), c(m_subtitleTrack);
    m_position->setValue(int(std::lround(track.style.verticalPosition * 100)));
    m_burnIn->setChecked(track.output.burnIn);
    m_subtitleTrack->setChecked(track.output.subtitleTrack);
}

void CaptionPlacementBar::emitOutput()
{
    Q_EMIT outputRequested(CaptionOutput{m_burnIn->isChecked(), m_subtitleTrack->isChecked()});
}

void CaptionPlacementBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaptionPlacementBar::retranslate()
{
    m_positionLabel->setText(tr("Height:"));
    m_position->setSuffix(tr(" % from top"));
    m_position->setToolTip(tr("Where the middle of the captions sits in the picture; they always stay "
                              "clear of the platform's buttons and caption area"));
    m_burnIn->setText(tr("In the picture"));
    m_burnIn->setToolTip(tr("Burn the captions into the exported video: everyone sees them"));
    m_subtitleTrack->setText(tr("Subtitle track"));
    m_subtitleTrack->setToolTip(tr("Also add the captions to the MP4 as a subtitle track viewers can "
                                   "turn on (mov_text)"));
}

} // namespace montaj::ui
