#pragma once

#include <QDate>
#include <QTime>
#include <QWidget>

class QScrollArea;

namespace montaj::ui {

class PostCalendarModel;

// The week grid of the Publish page: seven days side by side in the locale's order (mirrored in
// Arabic), hours from top to bottom, each post a chip at its time in its account's colour (posts at
// the same time share the width); the brand deals' posting windows as tinted bands above the days
// (clicking one asks for its deal) and a light tint over their hours. Drag a chip to another slot (15-minute
// steps) to reschedule it; double-click a slot to write a new post there. Keyboard: arrows move the current
// slot, Space picks the next post of the day, Enter opens it (or a new post), Ctrl+arrows move the picked
// post (a day, or 15 minutes). Paints; the model does the work.
class WeekView : public QWidget
{
    Q_OBJECT

public:
    explicit WeekView(PostCalendarModel &model, QWidget *parent = nullptr);

    void setWeek(const QDate &anyDay);
    QDate firstShown() const { return m_first; }
    QDate lastShown() const { return m_first.addDays(6); }
    QDate currentDate() const { return m_currentDate; }
    QString selectedPost() const { return m_selected; }
    void selectPost(const QString &postId);
    void scrollToTime(const QTime &time);

    // Geometry in the coordinates of grid(), the scrolled widget that takes clicks and drops.
    QWidget *grid() const { return m_grid; }
    // The day header with the posting windows' bands, and a band's rectangle in it (empty when the
    // deliverable's window is not in this week).
    QWidget *header() const { return m_header; }
    QRect windowRect(const QString &deliverableId) const;
    QString windowAt(const QPoint &headerPos) const; // the deliverable id
    QPoint pointFor(const QDate &date, const QTime &time) const;
    QRect chipRect(const QString &postId) const;
    QString postAt(const QPoint &gridPos) const;
    QDate dateAt(const QPoint &gridPos) const;
    QTime timeAt(const QPoint &gridPos) const; // snapped to 15 minutes
    // What a drop does: moves the post to the slot under `gridPos`. False when nothing would move.
    bool dropPost(const QString &postId, const QPoint &gridPos);

Q_SIGNALS:
    void weekChanged(const QDate &first, const QDate &last);
    void postSelected(const QString &postId);
    void postActivated(const QString &postId);
    void newPostRequested(const QDate &date, const QTime &time);
    void dealRequested(const QString &dealId); // a posting window clicked

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Chip
    {
        QRect rect;
        QString postId;
    };
    struct Band
    {
        QRect rect; // header coordinates
        QString deliverableId;
        QString dealId;
        QString label;
        bool startsHere = true;
    };
    int hourHeight() const;
    int axisWidth() const;
    QRect dayColumn(const QDate &date) const; // grid coordinates
    void relayout();
    void layoutBands();
    int bandHeight() const;
    int headerBaseHeight() const;
    bool headerEvent(QEvent *event);
    void paintHeader(QPainter &painter);
    void paintGrid(QPainter &painter);
    bool gridEvent(QEvent *event);
    void keyPress(QKeyEvent *event);
    void moveSelected(int days, int minutes);
    void scrollToFirstPost();

    PostCalendarModel &m_model;
    QWidget *m_header;
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QDate m_first;
    QDate m_currentDate;
    QTime m_currentTime{9, 0};
    QString m_selected;
    QPoint m_pressPos;
    QString m_pressedPost;
    QRect m_dropSlot;
    QList<Chip> m_chips;
    QList<Band> m_bands;
    QTime m_scrollTarget;
    bool m_scrollToFirstPost = true;
};

} // namespace montaj::ui
