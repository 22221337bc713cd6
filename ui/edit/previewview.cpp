#include "ui/edit/previewview.h"

#include "core/render/safezones.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>

#include <algorithm>
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

void PreviewView::setSplitVisible(bool visible)
{
    if (visible == m_split)
        return;
    m_split = visible;
    m_draggingSplit = false;
    if (visible)
        setCursor(Qt::SplitHCursor);
    else
        unsetCursor();
    update();
}

void PreviewView::setSplitPosition(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction == m_splitPosition)
        return;
    m_splitPosition = fraction;
    if (m_split)
        update();
}

void PreviewView::dragSplitTo(int x)
{
    const QRect picture = pictureRect();
    if (picture.width() <= 0)
        return;
    const double fraction = std::clamp(double(x - picture.left()) / picture.width(), 0.0, 1.0);
    if (fraction == m_splitPosition)
        return;
    setSplitPosition(fraction);
    Q_EMIT splitPositionDragged(fraction);
}

void PreviewView::mousePressEvent(QMouseEvent *event)
{
    if (!m_split || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_draggingSplit = true;
    dragSplitTo(event->position().toPoint().x());
    event->accept();
}

void PreviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_draggingSplit) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    dragSplitTo(event->position().toPoint().x());
    event->accept();
}

void PreviewView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_draggingSplit) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_draggingSplit = false;
    dragSplitTo(event->position().toPoint().x());
    event->accept();
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
    if (m_split)
        paintSplit(painter, picture);
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

void PreviewView::paintSplit(QPainter &painter, const QRect &picture) const
{
    if (picture.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double x = picture.left() + m_splitPosition * picture.width();
    painter.setPen(QPen(QColor(0, 0, 0, 120), 3));
    painter.drawLine(QPointF(x, picture.top()), QPointF(x, picture.bottom() + 1));
    painter.setPen(QPen(Qt::white, 1.5));
    painter.drawLine(QPointF(x, picture.top()), QPointF(x, picture.bottom() + 1));
    // A round handle with arrows both ways in the middle.
    const QPointF centre(x, picture.center().y() + 0.5);
    const double r = std::clamp(picture.width() / 24.0, 8.0, 14.0);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(0, 0, 0, 140), 1));
    painter.drawEllipse(centre, r, r);
    QPainterPath arrows;
    const double a = r * 0.45;
    arrows.moveTo(centre + QPointF(-a * 0.3, -a));
    arrows.lineTo(centre + QPointF(-a * 1.3, 0));
    arrows.lineTo(centre + QPointF(-a * 0.3, a));
    arrows.moveTo(centre + QPointF(a * 0.3, -a));
    arrows.lineTo(centre + QPointF(a * 1.3, 0));
    arrows.lineTo(centre + QPointF(a * 0.3, a));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(40, 40, 40), 1.5));
    painter.drawPath(arrows);
    // Which side is which, in the picture's top corners (left is always the original).
    QFont font = painter.font();
    font.setPixelSize(std::max(9, picture.width() / 26));
    painter.setFont(font);
    const QString labels[2] = {tr("Before"), tr("After")};
    const int margin = 6;
    const int h = painter.fontMetrics().height() + 4;
    for (int side = 0; side < 2; ++side) {
        const QString &text = labels[side];
        const int w = painter.fontMetrics().horizontalAdvance(text) + 10;
        const QRect box = side == 0 ? QRect(picture.left() + margin, picture.top() + margin, w, h)
                                    : QRect(picture.right() - margin - w + 1, picture.top() + margin, w, h);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 150));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(Qt::white);
        QTextOption option(Qt::AlignCenter);
        option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        painter.drawText(box, text, option);
    }
    painter.restore();
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
