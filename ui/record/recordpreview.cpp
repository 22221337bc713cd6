#include "ui/record/recordpreview.h"

#include "core/capture/recorder.h"

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace montaj::ui {

RecordPreview::RecordPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("record.preview"));
    setLayoutDirection(Qt::LeftToRight); // the video never mirrors
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void RecordPreview::setFrame(const QImage &frame)
{
    m_frame = frame;
    update();
}

void RecordPreview::setOutputFormat(QSize outputSize, Framing framing)
{
    m_output = outputSize;
    m_framing = framing;
    update();
}

void RecordPreview::setMirrored(bool mirrored)
{
    m_mirrored = mirrored;
    update();
}

void RecordPreview::setRecording(bool recording)
{
    m_recording = recording;
    update();
}

void RecordPreview::setCountdown(int secondsLeft)
{
    m_countdown = std::max(0, secondsLeft);
    update();
}

void RecordPreview::setMessage(const QString &message)
{
    m_message = message;
    update();
}

QRect RecordPreview::pictureRect() const
{
    const QSize shape = m_frame.isNull() ? m_output : m_frame.size();
    const QRect area = rect().adjusted(8, 8, -8, -8);
    if (shape.isEmpty() || area.isEmpty())
        return area;
    const QSize fitted = shape.scaled(area.size(), Qt::KeepAspectRatio);
    return QRect(area.left() + (area.width() - fitted.width()) / 2,
                 area.top() + (area.height() - fitted.height()) / 2, fitted.width(), fitted.height());
}

QRect RecordPreview::guideRect() const
{
    const QRect picture = pictureRect();
    if (m_frame.isNull())
        return picture;
    QRectF guide = Recorder::framingGuide(m_frame.size(), m_output, m_framing);
    if (guide.isEmpty())
        return picture;
    if (m_mirrored)
        guide.moveLeft(1.0 - guide.right());
    return QRectF(picture.left() + guide.left() * picture.width(),
                  picture.top() + guide.top() * picture.height(), guide.width() * picture.width(),
                  guide.height() * picture.height())
        .toAlignedRect()
        .intersected(picture);
}

QSize RecordPreview::sizeHint() const
{
    return {360, 560};
}

QSize RecordPreview::minimumSizeHint() const
{
    return {180, 280};
}

void RecordPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(16, 16, 16));
    const QRect picture = pictureRect();
    if (m_frame.isNull()) {
        painter.fillRect(picture, Qt::black);
        painter.setPen(QColor(200, 200, 200));
        painter.setLayoutDirection(Qt::LayoutDirectionAuto); // each string's own direction
        painter.drawText(picture.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, picture.size() != m_frame.size());
        painter.drawImage(picture, m_frame);
        // Dim what will not be in the file, and frame what will.
        const QRect guide = guideRect();
        QPainterPath outside;
        outside.addRect(picture);
        QPainterPath inside;
        inside.addRect(guide);
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 140));
        painter.setRenderHint(QPainter::Antialiasing, false);
        const int pen = m_recording ? 4 : 2;
        painter.setPen(QPen(m_recording ? QColor(230, 40, 40) : QColor(255, 255, 255, 200), pen));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(guide.adjusted(pen / 2, pen / 2, -(pen + 1) / 2, -(pen + 1) / 2));
    }
    if (m_countdown > 0)
        paintCountdown(painter, picture);
}

void RecordPreview::paintCountdown(QPainter &painter, const QRect &picture) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    const int diameter = std::min(picture.width(), picture.height()) / 2;
    const QRect disc(picture.center().x() - diameter / 2, picture.center().y() - diameter / 2, diameter,
                     diameter);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 150));
    painter.drawEllipse(disc);
    QFont big = font();
    big.setPixelSize(std::max(12, diameter * 6 / 10));
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter, QLocale().toString(m_countdown));
    QFont small = font();
    small.setPixelSize(std::max(10, diameter / 12));
    painter.setFont(small);
    painter.setLayoutDirection(Qt::LayoutDirectionAuto);
    const QRect hint(picture.left() + 8, disc.bottom() + 8, picture.width() - 16, diameter / 3);
    painter.drawText(hint, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Click or press Esc to cancel"));
}

void RecordPreview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    QWidget::mousePressEvent(event);
}

void RecordPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update(); // the countdown hint is translated as it is painted
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
