#pragma once

#include "ui/edit/editsession.h"
#include "ui/edit/timelinegestures.h"
#include "ui/edit/timelinelayout.h"

#include <QAbstractScrollArea>

#include <optional>

namespace montaj::ui {

class TimelineDropHandler;
class TimelineMediaCache;

// The Edit page's timeline, drawn by hand: a ruler with timecodes, then the Video, Audio, Text,
// Captions and Music lanes. Time runs left to right in every language. Click to select (Ctrl
// toggles, Shift adds), drag on empty lanes to select with a band, drag a clip to reorder it, drag
// edges to trim clips and texts, drag texts and the music in time, drag on the ruler to move the
// playhead; edges stick to cuts, texts, music, playhead and marks (Shift while dragging: no
// snapping). Ctrl+wheel zooms, the wheel scrolls, the view follows the playhead. Takes drops of
// media. Every change goes through TimelineEdits as one undo step. Not for the toolbar or the
// keyboard commands (TimelineActions) nor for playback.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(EditSession *session, QWidget *parent = nullptr);
    ~TimelineView() override;

    double pxPerSecond() const { return m_layout.pxPerSecond(); }
    // Zooms around `anchorX` (viewport x), or around the playhead when it is in view.
    void setPxPerSecond(double pxPerSecond, std::optional<int> anchorX = std::nullopt);
    void zoomIn();
    void zoomOut();
    void zoomToFit();

    bool snapping() const { return m_snapping; }
    void setSnapping(bool on);

    // Scrolls so the clip or text is in view.
    void ensureVisible(const QString &id);
    const TimelineLayout &timelineLayout() const { return m_layout; }
    TimelineMediaCache *mediaCache() const { return m_cache; }
    TimelineDropHandler *dropHandler() const { return m_drops; }

Q_SIGNALS:
    void zoomChanged(double pxPerSecond);
    void snappingChanged(bool on);
    void errorOccurred(const QString &message);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ProjectDocument *document() const;
    void attachDocument();
    void rebuild();
    void updateMetrics();
    void updateScrollBars();
    void followPlayhead(qint64 us);
    void cancelDrag();
    void autoScrollNear(int x);
    void retranslate();
    void updateDescription();
    void setCursorFor(QPoint pos);

    EditSession *m_session;
    TimelineMediaCache *m_cache;
    TimelineDropHandler *m_drops;
    TimelineLayout m_layout;
    TimelineGestures m_gestures;
    bool m_snapping = true;
    qsizetype m_dropIndex = -1;
    bool m_dropOnMusic = false;
    QMetaObject::Connection m_documentConnection;
};

} // namespace montaj::ui
