#include "ui/edit/transportbar.h"

#include "core/preview/timecode.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace montaj::ui {

TransportBar::TransportBar(const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_timecode(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_dropped(new QLabel(this))
{
    setObjectName(QStringLiteral("preview.transport"));
    setLayoutDirection(Qt::LeftToRight); // transport controls do not mirror
    m_timecode->setObjectName(QStringLiteral("preview.timecode"));
    m_rate->setObjectName(QStringLiteral("preview.rate"));
    m_dropped->setObjectName(QStringLiteral("preview.dropped"));
    m_timecode->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_timecode->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two rows so the bar fits a narrow preview: the buttons, then the readouts.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(0);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (QAction *a : {actions.goToStart, actions.stepBack, actions.shuttleBack, actions.playPause,
                       actions.shuttleForward, actions.stepForward, actions.goToEnd})
        if (a)
            buttons->addWidget(buttonFor(a));
    buttons->addStretch(1);
    for (QAction *a : {actions.markIn, actions.markOut, actions.safeArea})
        if (a)
            buttons->addWidget(buttonFor(a));
    auto *readouts = new QHBoxLayout;
    readouts->setSpacing(8);
    readouts->addWidget(m_timecode);
    readouts->addStretch(1);
    readouts->addWidget(m_rate);
    readouts->addWidget(m_dropped);
    layout->addLayout(buttons);
    layout->addLayout(readouts);
    retranslate();
}

QToolButton *TransportBar::buttonFor(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setObjectName(action->objectName() + QStringLiteral(".button"));
    return button;
}

void TransportBar::setTime(qint64 positionUs, qint64 durationUs, int fpsNum, int fpsDen)
{
    m_positionUs = positionUs;
    m_durationUs = durationUs;
    m_fpsNum = fpsNum;
    m_fpsDen = fpsDen;
    refreshTime();
}

void TransportBar::setRate(int rate)
{
    m_rateValue = rate;
    refreshRate();
}

void TransportBar::setStats(const PlaybackStats &stats)
{
    m_stats = stats;
    refreshStats();
}

QString TransportBar::timecodeText() const
{
    return m_timecode->text();
}

QString TransportBar::rateText() const
{
    return m_rate->text();
}

QString TransportBar::droppedText() const
{
    return m_dropped->text();
}

void TransportBar::refreshTime()
{
    const QLocale here = locale();
    //: The player's time: the position, then the length of the project (both timecodes).
    m_timecode->setText(tr("%1 / %2").arg(Timecode::format(m_positionUs, m_fpsNum, m_fpsDen, here),
                                          Timecode::format(m_durationUs, m_fpsNum, m_fpsDen, here)));
}

void TransportBar::refreshRate()
{
    const QString speed = locale().toString(std::abs(m_rateValue));
    if (m_rateValue == 0)
        m_rate->setText(tr("Paused"));
    else if (m_rateValue == 1)
        m_rate->setText(tr("Playing"));
    else if (m_rateValue > 0)
        //: Shuttle (L key) playing forward faster; %1 is the speed, e.g. 2.
        m_rate->setText(tr("Forward %1×").arg(speed));
    else
        //: Shuttle (J key) playing backward; %1 is the speed, e.g. 2.
        m_rate->setText(tr("Reverse %1×").arg(speed));
}

void TransportBar::refreshStats()
{
    //: Frames that came too late to be shown since playback started.
    m_dropped->setText(tr("Dropped: %1").arg(locale().toString(m_stats.droppedFrames)));
    m_dropped->setToolTip(tr("Frames dropped since playback started: %1\nShown: %2 frames per second\n"
                             "Rendering: %3 ms per frame")
                              .arg(locale().toString(m_stats.droppedFrames),
                                   locale().toString(m_stats.fps, 'f', 0),
                                   locale().toString(m_stats.renderMs, 'f', 1)));
}

void TransportBar::retranslate()
{
    m_timecode->setToolTip(tr("Position / length (hours:minutes:seconds:frames)"));
    m_rate->setToolTip(tr("Playback speed: J plays backward, K stops, L plays forward; press J or L again "
                          "to go faster"));
    refreshTime();
    refreshRate();
    refreshStats();
}

void TransportBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
