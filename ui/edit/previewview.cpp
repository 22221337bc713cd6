#include "ui/edit/previewview.h"

#include "core/preview/safezones.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

#include <cmath>

namespace montaj::ui {

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("preview.view"));
    setLayoutDirection(Qt::LeftToRight); // pictures do not mirror
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize PreviewView::sizeHint() const
{
    return QSize(270, 480);
}

QSize PreviewView::minimumSizeHint() const
{
    return QSize(90, 160);
}

void PreviewView::setFrame(const QImage &frame)
{
    m_frame = frame;
    update();
}

void PreviewView::setCanvasSize(QSize canvas)
{
    if (canvas.isEmpty() || canvas == m_canvas)
        return;
    m_canvas = canvas;
    update();
    Q_EMIT pictureSizeChanged(pictureDeviceSize());
}

void PreviewView::setSafeAreaVisible(bool visible)
{
    if (visible == m_safeArea)
        return;
    m_safeArea = visible;
    update();
}

void PreviewView::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    update();
}

QRect PreviewView::pictureRect() const
{
    const QSize shape = m_frame.isNull() ? m_canvas : m_frame.size();
    if (shape.isEmpty() || width() <= 0 || height() <= 0)
        return {};
    const QSize fitted = shape.scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

QSize PreviewView::pictureDeviceSize() const
{
    const QSize fitted = m_canvas.scaled(size(), Qt::KeepAspectRatio);
    const double dpr = devicePixelRatioF();
    return QSize(int(std::ceil(fitted.width() * dpr)), int(std::ceil(fitted.height() * dpr)));
}

void PreviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    Q_EMIT pictureSizeChanged(pictureDeviceSize());
}

void PreviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update(); // the safe-area labels are translated as they are painted
    QWidget::changeEvent(event);
}

void PreviewView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(16, 16, 16));
    const QRect picture = pictureRect();
    if (!m_frame.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, picture.size() != m_frame.size());
        painter.drawImage(picture, m_frame);
    } else {
        painter.fillRect(picture, Qt::black);
    }
    if (m_safeArea)
        paintSafeAreas(painter, picture);
    if (!m_message.isEmpty()) {
        const QRect band(picture.left(), picture.top(), picture.width(), painter.fontMetrics().height() * 3);
        painter.fillRect(band, QColor(0, 0, 0, 170));
        painter.setPen(QColor(255, 210, 120));
        QTextOption option(Qt::AlignCenter);
        option.setWrapMode(QTextOption::WordWrap);
        option.setTextDirection(m_message.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        painter.drawText(band.adjusted(6, 2, -6, -2), m_message, option);
    }
}

void PreviewView::paintSafeAreas(QPainter &painter, const QRect &picture) const
{
    // TikTok shows other shapes centred on its 9:16 screen: the zones belong to that screen.
    QRectF screen(picture);
    const double screenHeight = picture.width() * 16.0 / 9.0;
    if (screenHeight > picture.height())
        screen = QRectF(picture.left(), picture.center().y() + 0.5 - screenHeight / 2, picture.width(),
                        screenHeight);
    painter.save();
    painter.setClipRect(rect());
    QFont font = painter.font();
    font.setPixelSize(std::max(9, int(screen.width() / 28)));
    painter.setFont(font);
    for (const SafeZones::Zone &zone : SafeZones::tiktok()) {
        const QRectF r(screen.left() + zone.rect.x() * screen.width(),
                       screen.top() + zone.rect.y() * screen.height(), zone.rect.width() * screen.width(),
                       zone.rect.height() * screen.height());
        painter.fillRect(r, QColor(255, 60, 60, 60));
        painter.setPen(QPen(QColor(255, 90, 90, 200), 1, Qt::DashLine));
        painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
        painter.setPen(QColor(255, 230, 230));
        const QString label = SafeZones::label(zone.kind);
        QTextOption option(Qt::AlignLeft | Qt::AlignTop);
        option.setWrapMode(QTextOption::WordWrap);
        option.setTextDirection(label.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        painter.drawText(r.adjusted(3, 2, -3, -2), label, option);
    }
    painter.setPen(QPen(QColor(120, 255, 120, 160), 1, Qt::DotLine));
    const QRectF safe = SafeZones::tiktokSafeRect();
    painter.drawRect(QRectF(screen.left() + safe.x() * screen.width(),
                            screen.top() + safe.y() * screen.height(), safe.width() * screen.width(),
                            safe.height() * screen.height()));
    painter.restore();
}

} // namespace montaj::ui
