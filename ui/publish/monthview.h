#pragma once

#include <QDate>
#include <QWidget>

namespace montaj::ui {

class PostCalendarModel;

// The month grid of the Publish page: weeks in rows, days in the locale's order from its first day
// of the week (right to left in Arabic, like any mirrored widget), each day listing its posts as
// chips in their account's colour, under the tinted bands of the brand deals' posting windows
// (clicking a band asks for its deal). Drag a chip to another day to reschedule it (same time of day in
// the post's zone); double-click a day to write a new post there. Keyboard: arrows move the
// current day, Space picks the next post of that day, Enter opens it (or a new post),
// Ctrl+arrows move the picked post, Page Up/Down change month. Paints; the model does the work.
class MonthView : public QWidget
{
    Q_OBJECT

public:
    explicit MonthView(PostCalendarModel &model, QWidget *parent = nullptr);

    void setMonth(const QDate &anyDayOfMonth);
    QDate month() const { return m_month; } // the first of the month shown
    QDate firstShown() const;
    QDate lastShown() const;
    QDate currentDate() const { return m_current; }
    void setCurrentDate(const QDate &date);
    QString selectedPost() const { return m_selected; }
    void selectPost(const QString &postId);

    // Geometry, for hit tests and tests.
    QRect dayRect(const QDate &date) const;
    QDate dateAt(const QPoint &pos) const;
    QString postAt(const QPoint &pos) const;
    QRect chipRect(const QString &postId) const; // empty when the post is not shown
    // The band of a deliverable's posting window in the week row of `date`; empty when not shown.
    QRect windowRect(const QString &deliverableId, const QDate &date) const;
    QString windowAt(const QPoint &pos) const; // the deliverable id
    // What a drop does: moves the post to the day under `pos`. False when nothing would move.
    bool dropPost(const QString &postId, const QPoint &pos);

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void monthChanged(const QDate &first, const QDate &last); // the shown range changed
    void postSelected(const QString &postId);
    void postActivated(const QString &postId);
    void newPostRequested(const QDate &date);
    void moreRequested(const QDate &date);     // "+N more" clicked
    void dealRequested(const QString &dealId); // a posting window clicked

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Chip
    {
        QRect rect;
        QString postId; // empty for a "+N more" line
        QDate date;
        int hidden = 0;
    };
    struct Band
    {
        QRect rect;
        QString deliverableId;
        QString dealId;
        QString label;
        bool startsHere = true;
    };
    int weeks() const;
    int headerHeight() const;
    int chipHeight() const;
    int bandHeight() const;
    void relayout();
    QList<int> layoutBands(); // fills m_bands; the height the bands take in each week row
    void moveSelected(int days);

    PostCalendarModel &m_model;
    QDate m_month;
    QDate m_current;
    QString m_selected;
    QDate m_dropDate;
    QPoint m_pressPos;
    QString m_pressedPost;
    QList<Chip> m_chips;
    QList<Band> m_bands;
};

} // namespace montaj::ui
