#pragma once

#include <QImage>
#include <QWidget>

namespace montaj::ui {

// The preview picture: paints the latest frame letterboxed in the widget, and on request the areas
// where TikTok's own interface covers a vertical video (SafeZones), the before/after divider the
// user drags over the picture (the frame itself is split by the renderer), plus a one-line problem
// message. Always left to right, also in Arabic: a video never mirrors. Not for playback control
// (TransportBar) nor for rendering (PlaybackEngine).
class PreviewView : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);

    void setFrame(const QImage &frame);
    QImage frame() const { return m_frame; }
    // The picture's shape before any frame has arrived (and for the safe areas).
    void setCanvasSize(QSize canvas);
    void setSafeAreaVisible(bool visible);
    bool isSafeAreaVisible() const { return m_safeArea; }
    void setMessage(const QString &message); // empty hides it
    // The before/after divider: a vertical line at `splitPosition` (a fraction of the picture's
    // width from its left edge, also in a right-to-left UI), dragged with the mouse.
    void setSplitVisible(bool visible);
    bool isSplitVisible() const { return m_split; }
    void setSplitPosition(double fraction); // clamped to 0..1; not reported
    double splitPosition() const { return m_splitPosition; }
    QString message() const { return m_message; }

    // Where the picture is drawn, in widget coordinates.
    QRect pictureRect() const;
    // The picture area in device pixels: the most the preview needs to render.
    QSize pictureDeviceSize() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void pictureSizeChanged(QSize devicePixels);
    // The user moved the divider.
    void splitPositionDragged(double fraction);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void paintSafeAreas(QPainter &painter, const QRect &picture) const;
    void paintSplit(QPainter &painter, const QRect &picture) const;
    void dragSplitTo(int x);

    QImage m_frame;
    QSize m_canvas{1080, 1920};
    bool m_safeArea = false;
    QString m_message;
    bool m_split = false;
    double m_splitPosition = 0.5;
    bool m_draggingSplit = false;
};

} // namespace montaj::ui
