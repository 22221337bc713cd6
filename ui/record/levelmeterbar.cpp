#include "ui/record/levelmeterbar.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace montaj::ui {

namespace {

constexpr double kYellowDb = -18.0;
constexpr double kRedDb = -6.0;

} // namespace

LevelMeterBar::LevelMeterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("record.levelMeter"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    refreshAccessible();
}

void LevelMeterBar::setLevel(double peakDb, double rmsDb)
{
    // Readings still on their way from a sound source that was just closed are not shown.
    if (!m_active || (peakDb == m_peakDb && rmsDb == m_rmsDb))
        return;
    m_peakDb = peakDb;
    m_rmsDb = rmsDb;
    refreshAccessible();
    update();
}

void LevelMeterBar::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active)
        m_peakDb = m_rmsDb = -100.0;
    refreshAccessible();
    update();
}

QString LevelMeterBar::readout() const
{
    if (!m_active)
        return tr("No sound");
    const QLocale locale;
    // Silence (the meter's floor) reads as minus infinity.
    const QString value = m_peakDb <= -99.0 ? QString(locale.negativeSign() + QChar(0x221E))
                                            : locale.toString(std::llround(m_peakDb));
    //: The microphone's peak level in decibels (full scale), e.g. "-6 dB".
    return tr("%1 dB").arg(value);
}

double LevelMeterBar::fraction(double db)
{
    return std::clamp((db - kScaleDb) / -kScaleDb, 0.0, 1.0);
}

QSize LevelMeterBar::sizeHint() const
{
    return {220, fontMetrics().height() + 6};
}

QSize LevelMeterBar::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 6};
}

void LevelMeterBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics = fontMetrics();
    const int textWidth =
        std::max(metrics.horizontalAdvance(readout()), metrics.horizontalAdvance(tr("%1 dB").arg(-99))) + 8;
    // Worked out left to right, then mirrored for a right-to-left interface.
    const QRect barLtr(0, 3, std::max(10, width() - textWidth), height() - 6);
    const QRect textLtr(barLtr.right() + 1, 0, width() - barLtr.width(), height());
    const QRect bar = QStyle::visualRect(layoutDirection(), rect(), barLtr);
    const QRect text = QStyle::visualRect(layoutDirection(), rect(), textLtr);

    painter.fillRect(bar, palette().color(QPalette::Dark));
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto span = [&](double fromDb, double toDb) {
        const int a = int(std::lround(fraction(fromDb) * bar.width()));
        const int b = int(std::lround(fraction(toDb) * bar.width()));
        QRect r(bar.left() + a, bar.top(), b - a, bar.height());
        return rtl ? QRect(bar.right() + 1 - (r.left() - bar.left()) - r.width(), r.top(), r.width(),
                           r.height())
                   : r;
    };
    if (m_active && m_rmsDb > kScaleDb) {
        const double rms = std::min(m_rmsDb, 0.0);
        painter.fillRect(span(kScaleDb, std::min(rms, kYellowDb)), QColor(60, 190, 90));
        if (rms > kYellowDb)
            painter.fillRect(span(kYellowDb, std::min(rms, kRedDb)), QColor(230, 200, 50));
        if (rms > kRedDb)
            painter.fillRect(span(kRedDb, rms), QColor(220, 60, 50));
    }
    if (m_active && m_peakDb > kScaleDb) {
        const QRect tick = span(kScaleDb, std::min(m_peakDb, 0.0));
        const int x = rtl ? tick.left() : tick.right();
        painter.fillRect(QRect(x - 1, bar.top(), 2, bar.height()),
                         m_peakDb > kRedDb ? QColor(220, 60, 50) : palette().color(QPalette::Text));
    }
    // Scale marks every 12 dB.
    painter.setPen(palette().color(QPalette::Mid));
    for (double db = -48; db < 0; db += 12) {
        const QRect mark = span(kScaleDb, db);
        const int x = rtl ? mark.left() : mark.right();
        painter.drawLine(x, bar.bottom() - 2, x, bar.bottom());
    }
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.setLayoutDirection(Qt::LayoutDirectionAuto); // the readout's own direction
    painter.drawText(text, Qt::AlignCenter, readout());
}

void LevelMeterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        refreshAccessible();
        update();
    }
    QWidget::changeEvent(event);
}

void LevelMeterBar::refreshAccessible()
{
    setAccessibleName(tr("Microphone level"));
    setAccessibleDescription(readout());
}

} // namespace montaj::ui
