#include "ui/publish/weekview.h"

#include "ui/deals/postingwindowband.h"
#include "ui/publish/chipdrag.h"
#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/postchip.h"
#include "ui/publish/weeklanes.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace montaj::ui {
namespace {
constexpr int kDays = 7;
constexpr int kSnapMinutes = 15;
constexpr int kChipMinutes = 30; // a post is an instant; its chip covers half an hour
constexpr int kMaxBandLanes = 3; // more windows in a week: listed in the tooltip of the day

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}
} // namespace

WeekView::WeekView(PostCalendarModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_header(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget)
{
    setObjectName(QStringLiteral("weekView"));
    m_grid->setObjectName(QStringLiteral("weekGrid"));
    m_grid->setFocusPolicy(Qt::StrongFocus);
    m_grid->setAcceptDrops(true);
    m_grid->setBackgroundRole(QPalette::Base);
    m_grid->setAutoFillBackground(true);
    m_grid->installEventFilter(this);
    m_header->installEventFilter(this);
    m_header->setObjectName(QStringLiteral("weekHeader"));
    m_header->setBackgroundRole(QPalette::Base);
    m_header->setAutoFillBackground(true);
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    setFocusProxy(m_grid);

    m_currentDate = QDate::currentDate();
    m_first =
        m_currentDate.addDays(-((m_currentDate.dayOfWeek() - QLocale().firstDayOfWeek() + kDays) % kDays));
    m_header->setFixedHeight(headerBaseHeight());
    m_grid->setMinimumHeight(24 * hourHeight());
    connect(&m_model, &PostCalendarModel::reloaded, this, [this] {
        relayout();
        m_grid->update();
        if (m_scrollToFirstPost) {
            m_scrollToFirstPost = false;
            scrollToFirstPost();
        }
    });
    // The scroll range exists only once laid out: scroll again when it changes.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_scrollTarget.isValid())
            scrollToTime(m_scrollTarget);
    });
    scrollToTime(QTime(8, 0));
}

int WeekView::hourHeight() const
{
    return 2 * (fontMetrics().height() + 8);
}

int WeekView::bandHeight() const
{
    return fontMetrics().height() + 2;
}

int WeekView::headerBaseHeight() const
{
    return 2 * fontMetrics().height() + 12;
}

int WeekView::axisWidth() const
{
    return fontMetrics().horizontalAdvance(QLocale().toString(QTime(23, 0), QLocale::ShortFormat)) + 16;
}

void WeekView::setWeek(const QDate &anyDay)
{
    const QDate first = anyDay.addDays(-((anyDay.dayOfWeek() - QLocale().firstDayOfWeek() + kDays) % kDays));
    m_currentDate = anyDay;
    if (first == m_first)
        return;
    m_first = first;
    m_scrollToFirstPost = true;
    relayout();
    m_grid->update();
    m_header->update();
    Q_EMIT weekChanged(firstShown(), lastShown());
}

void WeekView::selectPost(const QString &postId)
{
    if (m_selected == postId)
        return;
    m_selected = postId;
    m_grid->update();
    Q_EMIT postSelected(postId);
}

void WeekView::scrollToTime(const QTime &time)
{
    QScrollBar *bar = m_scroll->verticalScrollBar();
    const int wanted = minutesOf(time) * hourHeight() / 60;
    bar->setValue(wanted);
    m_scrollTarget = bar->maximum() >= wanted ? QTime() : time; // not laid out yet: again later
}

void WeekView::scrollToFirstPost()
{
    // An hour before the week's earliest post, or the morning.
    QTime earliest(8, 0);
    for (int i = 0; i < kDays; ++i)
        for (const Post &post : m_model.postsOn(m_first.addDays(i)))
            earliest = std::min(earliest, m_model.displayTime(post).time());
    scrollToTime(QTime(std::max(0, earliest.hour() - 1), 0));
}

QRect WeekView::dayColumn(const QDate &date) const
{
    const qint64 index = m_first.daysTo(date);
    if (index < 0 || index >= kDays)
        return {};
    const int axis = axisWidth();
    const int span = m_grid->width() - axis;
    const int left = axis + static_cast<int>(index) * span / kDays;
    const int right = axis + static_cast<int>(index + 1) * span / kDays;
    QRect column(left, 0, right - left, m_grid->height());
    if (layoutDirection() == Qt::RightToLeft) // the hour axis and the first day on the right
        column.moveLeft(m_grid->width() - right);
    return column;
}

QPoint WeekView::pointFor(const QDate &date, const QTime &time) const
{
    const QRect column = dayColumn(date);
    return {column.center().x(), minutesOf(time) * hourHeight() / 60 + 2};
}

QDate WeekView::dateAt(const QPoint &gridPos) const
{
    for (int i = 0; i < kDays; ++i)
        if (dayColumn(m_first.addDays(i)).contains(gridPos))
            return m_first.addDays(i);
    return {};
}

QTime WeekView::timeAt(const QPoint &gridPos) const
{
    const int minutes = std::clamp(gridPos.y() * 60 / hourHeight(), 0, 24 * 60 - 1);
    const int snapped = minutes / kSnapMinutes * kSnapMinutes;
    return QTime(snapped / 60, snapped % 60);
}

QString WeekView::postAt(const QPoint &gridPos) const
{
    for (auto it = m_chips.crbegin(); it != m_chips.crend(); ++it)
        if (it->rect.contains(gridPos))
            return it->postId;
    return {};
}

QRect WeekView::windowRect(const QString &deliverableId) const
{
    for (const Band &band : m_bands)
        if (band.deliverableId == deliverableId)
            return band.rect;
    return {};
}

QString WeekView::windowAt(const QPoint &headerPos) const
{
    for (const Band &band : m_bands)
        if (band.rect.contains(headerPos))
            return band.deliverableId;
    return {};
}

QRect WeekView::chipRect(const QString &postId) const
{
    for (const Chip &chip : m_chips)
        if (chip.postId == postId)
            return chip.rect;
    return {};
}

void WeekView::layoutBands()
{
    // Above the days, under their names: one band per posting window meeting the week.
    m_bands.clear();
    const QDate last = lastShown();
    QList<PostingWindowBand::Segment> segments;
    QList<const PostingWindow *> shown;
    for (const PostingWindow &w : m_model.postingWindows()) {
        const auto days = m_model.windowDays(w);
        if (!days.first.isValid() || days.second < m_first || days.first > last)
            continue;
        segments.append({static_cast<int>(m_first.daysTo(std::max(days.first, m_first))),
                         static_cast<int>(m_first.daysTo(std::min(days.second, last)))});
        shown.append(&w);
    }
    const QList<int> lanes = PostingWindowBand::lanes(segments);
    int used = 0;
    const int offset = m_header->mapFrom(this, m_grid->mapTo(this, QPoint(0, 0))).x();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (lanes.at(i) >= kMaxBandLanes)
            continue;
        used = std::max(used, lanes.at(i) + 1);
        const QRect span = dayColumn(m_first.addDays(segments.at(i).first))
                               .united(dayColumn(m_first.addDays(segments.at(i).last)))
                               .translated(offset, 0);
        const int top = headerBaseHeight() - 4 + lanes.at(i) * (bandHeight() + 1);
        const PostingWindow &w = *shown.at(i);
        m_bands.append({QRect(span.left() + 2, top, span.width() - 4, bandHeight()), w.deliverableId,
                        w.dealId, PostCalendarModel::windowLabel(w), m_model.windowDays(w).first >= m_first});
    }
    const int height = headerBaseHeight() + (used > 0 ? used * (bandHeight() + 1) : 0);
    if (m_header->height() != height)
        m_header->setFixedHeight(height);
}

void WeekView::relayout()
{
    layoutBands();
    m_chips.clear();
    const int minimumHeight = fontMetrics().height() + 4;
    const int chipHeight = std::max(minimumHeight, kChipMinutes * hourHeight() / 60);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (int day = 0; day < kDays; ++day) {
        const QDate date = m_first.addDays(day);
        const QRect column = dayColumn(date).adjusted(2, 0, -3, 0);
        QList<WeekLanes::Item> items;
        for (const Post &post : m_model.postsOn(date))
            items.append({post.id, minutesOf(m_model.displayTime(post).time()) * hourHeight() / 60});
        for (const WeekLanes::Placed &p : WeekLanes::place(items, chipHeight)) {
            const int laneWidth = column.width() / p.lanes;
            QRect rect(column.left() + p.lane * laneWidth, p.top, laneWidth - 1, chipHeight);
            if (rtl) // the first lane on the leading (right) side
                rect.moveRight(column.right() - p.lane * laneWidth);
            m_chips.append({rect, p.id});
        }
    }
}

void WeekView::paintHeader(QPainter &painter)
{
    const QLocale locale;
    const QPalette pal = palette();
    const int h = headerBaseHeight() - 4;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < kDays; ++i) {
        const QDate date = m_first.addDays(i);
        const QRect gridColumn = dayColumn(date);
        const int left = m_header->mapFrom(this, m_grid->mapTo(this, gridColumn.topLeft())).x();
        const QRect cell(left, 0, gridColumn.width(), h);
        QFont font = painter.font();
        font.setBold(date == today);
        painter.setFont(font);
        painter.setPen(pal.color(date == today ? QPalette::Highlight : QPalette::Text));
        const QString name = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
        const QString day = locale.toString(date.day());
        painter.drawText(cell.adjusted(2, 4, -2, -h / 2), Qt::AlignCenter, name);
        painter.drawText(cell.adjusted(2, h / 2, -2, -4), Qt::AlignCenter, day);
    }
    QFont font = painter.font();
    font.setBold(false);
    painter.setFont(font);
    for (const Band &band : m_bands)
        PostingWindowBand::paint(painter, band.rect, band.label, band.dealId, pal, layoutDirection(),
                                 band.startsHere);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, m_header->height() - 1, m_header->width(), m_header->height() - 1);
}

void WeekView::paintGrid(QPainter &painter)
{
    const QLocale locale;
    const QPalette pal = palette();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int axis = axisWidth();
    const int hour = hourHeight();
    const int w = m_grid->width();
    const QRect axisRect =
        rtl ? QRect(w - axis, 0, axis, m_grid->height()) : QRect(0, 0, axis, m_grid->height());
    painter.fillRect(axisRect, pal.color(QPalette::AlternateBase));
    for (int h = 0; h < 24; ++h) {
        const int y = h * hour;
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(rtl ? 0 : axis, y + hour / 2, rtl ? w - axis : w, y + hour / 2);
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(0, y, w, y);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(axisRect.left() + 4, y + 2, axis - 8, fontMetrics().height(),
                         static_cast<int>((rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop),
                         locale.toString(QTime(h, 0), QLocale::ShortFormat));
    }
    const QDate today = QDate::currentDate();
    for (int i = 0; i < kDays; ++i) {
        const QDate date = m_first.addDays(i);
        const QRect column = dayColumn(date);
        if (date == today)
            painter.fillRect(column, QColor(pal.color(QPalette::Highlight).red(),
                                            pal.color(QPalette::Highlight).green(),
                                            pal.color(QPalette::Highlight).blue(), 18));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(rtl ? column.right() : column.left(), 0, rtl ? column.right() : column.left(),
                         m_grid->height());
    }
    // The hours of each posting window, lightly tinted in its deal's colour.
    for (const PostingWindow &pw : m_model.postingWindows()) {
        const auto days = m_model.windowDays(pw);
        if (!days.first.isValid())
            continue;
        QColor tint = PostingWindowBand::edge(pw.dealId, pal);
        tint.setAlpha(28);
        for (QDate d = std::max(days.first, m_first); d <= std::min(days.second, lastShown());
             d = d.addDays(1)) {
            const QDateTime start = pw.startUtc.toTimeZone(m_model.displayZone());
            const QDateTime end =
                pw.endUtc.isValid() ? pw.endUtc.toTimeZone(m_model.displayZone()) : QDateTime();
            const int from = start.date() == d ? minutesOf(start.time()) : 0;
            const int to = end.isValid() && end.date() == d ? minutesOf(end.time()) : 24 * 60;
            const QRect column = dayColumn(d);
            painter.fillRect(QRect(column.left(), from * hour / 60, column.width(), (to - from) * hour / 60),
                             tint);
        }
    }
    if (m_grid->hasFocus()) {
        const QRect column = dayColumn(m_currentDate);
        if (column.isValid()) {
            const int top = minutesOf(m_currentTime) * hour / 60;
            painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
            painter.drawRect(column.left() + 1, top, column.width() - 3, hour / 2);
        }
    }
    if (!m_dropSlot.isNull())
        painter.fillRect(m_dropSlot, pal.color(QPalette::Highlight).lighter(160));
    for (const Chip &chip : m_chips) {
        const std::optional<Post> post = m_model.post(chip.postId);
        if (!post)
            continue;
        PostChip::Look look;
        look.timeText = locale.toString(m_model.displayTime(*post).time(), QLocale::ShortFormat);
        look.selected = chip.postId == m_selected;
        look.direction = layoutDirection();
        look.palette = pal;
        PostChip::paint(painter, chip.rect, *post, m_model.account(post->accountId), look);
    }
}

bool WeekView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header)
        return headerEvent(event);
    if (watched == m_grid)
        return gridEvent(event);
    return QWidget::eventFilter(watched, event);
}

bool WeekView::headerEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Paint: {
        QPainter painter(m_header);
        paintHeader(painter);
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const auto w = m_model.postingWindow(windowAt(mouse->position().toPoint()));
        if (mouse->button() != Qt::LeftButton || !w)
            return false;
        Q_EMIT dealRequested(w->dealId);
        return true;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const auto w = m_model.postingWindow(windowAt(help->pos())))
            QToolTip::showText(help->globalPos(), m_model.windowDescription(*w), m_header);
        else
            QToolTip::hideText();
        return true;
    }
    default: return false;
    }
}

bool WeekView::gridEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Paint: {
        QPainter painter(m_grid);
        paintGrid(painter);
        return true;
    }
    case QEvent::Resize:
        relayout();
        m_header->update();
        return false;
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_pressPos = mouse->position().toPoint();
        m_pressedPost = postAt(m_pressPos);
        if (const QDate date = dateAt(m_pressPos); date.isValid()) {
            m_currentDate = date;
            m_currentTime = timeAt(m_pressPos);
        }
        selectPost(m_pressedPost);
        m_grid->setFocus(Qt::MouseFocusReason);
        m_grid->update();
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if ((mouse->buttons() & Qt::LeftButton) && !m_pressedPost.isEmpty()
            && (mouse->position().toPoint() - m_pressPos).manhattanLength()
                   >= QApplication::startDragDistance()) {
            const QString postId = m_pressedPost;
            m_pressedPost.clear();
            ChipDrag::start(m_grid, m_model, postId, chipRect(postId), m_pressPos);
        }
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        if (const QString postId = postAt(pos); !postId.isEmpty())
            Q_EMIT postActivated(postId);
        else if (const QDate date = dateAt(pos); date.isValid())
            Q_EMIT newPostRequested(date, timeAt(pos));
        return true;
    }
    case QEvent::KeyPress: keyPress(static_cast<QKeyEvent *>(event)); return event->isAccepted();
    case QEvent::FocusIn:
    case QEvent::FocusOut: m_grid->update(); return false;
    case QEvent::DragEnter: {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!PostChip::postIdFrom(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QPoint pos = drag->position().toPoint();
        const QDate date = dateAt(pos);
        if (date.isValid()) {
            const QRect column = dayColumn(date);
            m_dropSlot = QRect(column.left(), minutesOf(timeAt(pos)) * hourHeight() / 60, column.width(),
                               kSnapMinutes * hourHeight() / 60);
        } else {
            m_dropSlot = {};
        }
        drag->setAccepted(date.isValid());
        m_grid->update();
        return true;
    }
    case QEvent::DragLeave:
        m_dropSlot = {};
        m_grid->update();
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_dropSlot = {};
        if (dropPost(PostChip::postIdFrom(drop->mimeData()), drop->position().toPoint()))
            drop->acceptProposedAction();
        else
            drop->ignore();
        m_grid->update();
        return true;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString postId = postAt(help->pos());
        const QDate date = dateAt(help->pos());
        if (postId.isEmpty() && date.isValid()) {
            // The posting windows open at this time of the day.
            const QDateTime at(date, timeAt(help->pos()), m_model.displayZone());
            QStringList texts;
            for (const PostingWindow &w : m_model.windowsOn(date))
                if (w.startUtc <= at && (!w.endUtc.isValid() || at < w.endUtc))
                    texts << m_model.windowDescription(w);
            if (!texts.isEmpty()) {
                QToolTip::showText(help->globalPos(), texts.join(QStringLiteral("\n\n")), m_grid);
                return true;
            }
        }
        ChipDrag::tooltip(m_grid, m_model, postId, help->globalPos());
        return true;
    }
    default: return false;
    }
}

bool WeekView::dropPost(const QString &postId, const QPoint &gridPos)
{
    const QDate date = dateAt(gridPos);
    const std::optional<Post> post = m_model.post(postId);
    if (!date.isValid() || !post || !PostCalendarModel::canReschedule(*post))
        return false;
    const QTime time = timeAt(gridPos);
    const QDateTime now = m_model.displayTime(*post);
    if (now.date() == date && now.time().hour() == time.hour() && now.time().minute() == time.minute())
        return false;
    m_model.moveToSlot(postId, date, time);
    m_currentDate = date;
    m_currentTime = time;
    return true;
}

void WeekView::moveSelected(int days, int minutes)
{
    const std::optional<Post> post = m_model.post(m_selected);
    if (!post || !post->scheduled.utc.isValid())
        return;
    const QDateTime shown = m_model.displayTime(*post);
    const QDateTime target =
        QDateTime(shown.date(), shown.time(), Qt::UTC).addDays(days).addSecs(minutes * 60);
    m_model.moveToSlot(m_selected, target.date(), target.time());
    m_currentDate = target.date();
    m_currentTime = target.time();
    if (target.date() < m_first || target.date() > lastShown())
        setWeek(target.date());
}

void WeekView::keyPress(QKeyEvent *event)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    int days = 0;
    int minutes = 0;
    switch (event->key()) {
    case Qt::Key_Left: days = rtl ? 1 : -1; break;
    case Qt::Key_Right: days = rtl ? -1 : 1; break;
    case Qt::Key_Up: minutes = ctrl ? -kSnapMinutes : -30; break;
    case Qt::Key_Down: minutes = ctrl ? kSnapMinutes : 30; break;
    case Qt::Key_PageUp: setWeek(m_currentDate.addDays(-kDays)); return;
    case Qt::Key_PageDown: setWeek(m_currentDate.addDays(kDays)); return;
    case Qt::Key_Home: setWeek(QDate::currentDate()); return;
    case Qt::Key_Space: {
        const auto next = m_model.nextPostOn(m_currentDate, m_selected);
        if (!next)
            return;
        selectPost(next->id);
        m_currentTime = m_model.displayTime(*next).time();
        m_grid->update();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            Q_EMIT postActivated(m_selected);
        else
            Q_EMIT newPostRequested(m_currentDate, m_currentTime);
        return;
    case Qt::Key_Insert: Q_EMIT newPostRequested(m_currentDate, m_currentTime); return;
    default: event->ignore(); return;
    }
    if (ctrl && !m_selected.isEmpty()) {
        moveSelected(days, minutes);
        return;
    }
    const QDateTime target =
        QDateTime(m_currentDate, m_currentTime, Qt::UTC).addDays(days).addSecs(minutes * 60);
    m_currentDate = target.date();
    m_currentTime = target.time();
    selectPost({});
    if (m_currentDate < m_first || m_currentDate > lastShown())
        setWeek(m_currentDate);
    m_scroll->ensureVisible(0, minutesOf(m_currentTime) * hourHeight() / 60, 0, hourHeight());
    m_grid->update();
}

void WeekView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        const QDate current = m_currentDate;
        m_first = {}; // the first day of the week follows the locale
        setWeek(current);
    }
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        relayout();
        m_grid->update();
        m_header->update();
    }
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
