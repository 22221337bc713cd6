#include "ui/publish/monthview.h"

#include "ui/deals/postingwindowband.h"
#include "ui/publish/chipdrag.h"
#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/postchip.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace montaj::ui {
namespace {
constexpr int kDays = 7;
constexpr int kChipGap = 2;
constexpr int kMaxBandLanes = 2; // more windows in a week: listed in the day's tooltip

int columnOf(const QDate &date, const QLocale &locale)
{
    return (date.dayOfWeek() - static_cast<int>(locale.firstDayOfWeek()) + kDays) % kDays;
}
} // namespace

MonthView::MonthView(PostCalendarModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("monthView"));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(false);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_current = QDate::currentDate();
    m_month = QDate(m_current.year(), m_current.month(), 1);
    connect(&m_model, &PostCalendarModel::reloaded, this, [this] {
        relayout();
        update();
    });
}

QSize MonthView::minimumSizeHint() const
{
    return {kDays * 60, headerHeight() + 5 * 60};
}

void MonthView::setMonth(const QDate &anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (first == m_month)
        return;
    m_month = first;
    if (m_current < firstShown() || m_current > lastShown())
        m_current = first;
    relayout();
    update();
    Q_EMIT monthChanged(firstShown(), lastShown());
}

QDate MonthView::firstShown() const
{
    return m_month.addDays(-columnOf(m_month, QLocale()));
}

int MonthView::weeks() const
{
    const qint64 span = firstShown().daysTo(m_month.addMonths(1));
    return static_cast<int>((span + kDays - 1) / kDays);
}

QDate MonthView::lastShown() const
{
    return firstShown().addDays(weeks() * kDays - 1);
}

void MonthView::setCurrentDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_current = date;
    if (date < firstShown() || date > lastShown() || date.month() != m_month.month())
        setMonth(date);
    update();
}

void MonthView::selectPost(const QString &postId)
{
    if (m_selected == postId)
        return;
    m_selected = postId;
    update();
    Q_EMIT postSelected(postId);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int MonthView::chipHeight() const
{
    return fontMetrics().height() + 4;
}

int MonthView::bandHeight() const
{
    return fontMetrics().height() + 2;
}

QRect MonthView::dayRect(const QDate &date) const
{
    const qint64 index = firstShown().daysTo(date);
    if (index < 0 || index >= weeks() * kDays)
        return {};
    const int row = static_cast<int>(index / kDays);
    const int column = static_cast<int>(index % kDays);
    const int top = headerHeight();
    const int left = column * width() / kDays;
    const int right = (column + 1) * width() / kDays;
    const int y0 = top + row * (height() - top) / weeks();
    const int y1 = top + (row + 1) * (height() - top) / weeks();
    QRect cell(left, y0, right - left, y1 - y0);
    if (layoutDirection() == Qt::RightToLeft) // mirrored like any widget: the first day on the right
        cell.moveLeft(width() - right);
    return cell;
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    for (QDate d = firstShown(); d <= lastShown(); d = d.addDays(1))
        if (dayRect(d).contains(pos))
            return d;
    return {};
}

QString MonthView::postAt(const QPoint &pos) const
{
    for (const Chip &chip : m_chips)
        if (chip.rect.contains(pos))
            return chip.postId;
    return {};
}

QRect MonthView::windowRect(const QString &deliverableId, const QDate &date) const
{
    const QRect day = dayRect(date);
    for (const Band &band : m_bands)
        if (band.deliverableId == deliverableId && band.rect.top() >= day.top()
            && band.rect.bottom() <= day.bottom() && band.rect.intersects(day))
            return band.rect;
    return {};
}

QString MonthView::windowAt(const QPoint &pos) const
{
    for (const Band &band : m_bands)
        if (band.rect.contains(pos))
            return band.deliverableId;
    return {};
}

QRect MonthView::chipRect(const QString &postId) const
{
    for (const Chip &chip : m_chips)
        if (!postId.isEmpty() && chip.postId == postId)
            return chip.rect;
    return {};
}

void MonthView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QList<int> MonthView::layoutBands()
{
    m_bands.clear();
    QList<int> heights(weeks(), 0);
    const int dayNumberHeight = fontMetrics().height() + 6;
    const QList<PostingWindow> &windows = m_model.postingWindows();
    for (int row = 0; row < weeks(); ++row) {
        const QDate rowFirst = firstShown().addDays(row * kDays);
        const QDate rowLast = rowFirst.addDays(kDays - 1);
        QList<PostingWindowBand::Segment> segments;
        QList<const PostingWindow *> shown;
        for (const PostingWindow &w : windows) {
            const auto days = m_model.windowDays(w);
            if (!days.first.isValid() || days.second < rowFirst || days.first > rowLast)
                continue;
            const QDate a = std::max(days.first, rowFirst);
            const QDate b = std::min(days.second, rowLast);
            segments.append({static_cast<int>(rowFirst.daysTo(a)), static_cast<int>(rowFirst.daysTo(b))});
            shown.append(&w);
        }
        const QList<int> lanes = PostingWindowBand::lanes(segments);
        int used = 0;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (lanes.at(i) >= kMaxBandLanes)
                continue;
            used = std::max(used, lanes.at(i) + 1);
            const QRect a = dayRect(rowFirst.addDays(segments.at(i).first));
            const QRect b = dayRect(rowFirst.addDays(segments.at(i).last));
            const QRect span = a.united(b);
            const int top = span.top() + dayNumberHeight + lanes.at(i) * (bandHeight() + 1);
            const PostingWindow &w = *shown.at(i);
            const auto days = m_model.windowDays(w);
            m_bands.append({QRect(span.left() + 2, top, span.width() - 4, bandHeight()), w.deliverableId,
                            w.dealId, PostCalendarModel::windowLabel(w), days.first >= rowFirst});
        }
        heights[row] = used * (bandHeight() + 1);
    }
    return heights;
}

void MonthView::relayout()
{
    m_chips.clear();
    const QList<int> bands = layoutBands();
    const int lineHeight = chipHeight();
    const int dayNumberHeight = fontMetrics().height() + 6;
    for (QDate d = firstShown(); d <= lastShown(); d = d.addDays(1)) {
        const int row = static_cast<int>(firstShown().daysTo(d) / kDays);
        const QRect cell = dayRect(d).adjusted(3, dayNumberHeight + bands.value(row), -3, -3);
        const QList<Post> posts = m_model.postsOn(d);
        const int fit = std::max(0, (cell.height() + kChipGap) / (lineHeight + kChipGap));
        const qsizetype shown = posts.size() <= fit ? posts.size() : std::max(0, fit - 1);
        for (qsizetype i = 0; i < shown; ++i) {
            const QRect rect(cell.left(), cell.top() + static_cast<int>(i) * (lineHeight + kChipGap),
                             cell.width(), lineHeight);
            m_chips.append({rect, posts.at(i).id, d, 0});
        }
        if (shown < posts.size() && fit > 0) {
            const QRect rect(cell.left(), cell.top() + static_cast<int>(shown) * (lineHeight + kChipGap),
                             cell.width(), lineHeight);
            m_chips.append({rect, QString(), d, static_cast<int>(posts.size() - shown)});
        }
    }
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QLocale locale;
    const QPalette pal = palette();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const Qt::Alignment leading = rtl ? Qt::AlignRight : Qt::AlignLeft;

    // Day names, in the locale's order.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (int c = 0; c < kDays; ++c) {
        const QDate d = firstShown().addDays(c);
        const QRect cell = dayRect(d);
        painter.drawText(QRect(cell.left(), 0, cell.width(), headerHeight()), Qt::AlignCenter,
                         locale.dayName(d.dayOfWeek(), QLocale::ShortFormat));
    }

    const QColor grid = pal.color(QPalette::Mid);
    const QDate today = QDate::currentDate();
    for (QDate d = firstShown(); d <= lastShown(); d = d.addDays(1)) {
        const QRect cell = dayRect(d);
        const bool inMonth = d.month() == m_month.month();
        if (!inMonth)
            painter.fillRect(cell, pal.color(QPalette::AlternateBase));
        if (d == m_dropDate)
            painter.fillRect(cell, pal.color(QPalette::Highlight).lighter(170));
        painter.setPen(grid);
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
        if (d == m_current && hasFocus()) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.drawRect(cell.adjusted(1, 1, -2, -2));
        }
        const QString number = locale.toString(d.day());
        const QRect numberRect = cell.adjusted(6, 2, -6, 0);
        const QRect numberBox(0, 0, fontMetrics().horizontalAdvance(number) + 10, fontMetrics().height() + 2);
        QRect badge = numberBox;
        badge.moveTop(numberRect.top());
        if (rtl)
            badge.moveRight(numberRect.right());
        else
            badge.moveLeft(numberRect.left());
        if (d == today) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(pal.color(inMonth ? QPalette::Text : QPalette::PlaceholderText));
        }
        painter.drawText(badge, Qt::AlignCenter, number);
    }

    for (const Band &band : m_bands)
        PostingWindowBand::paint(painter, band.rect, band.label, band.dealId, pal, layoutDirection(),
                                 band.startsHere);

    for (const Chip &chip : m_chips) {
        if (chip.postId.isEmpty()) {
            painter.setPen(pal.color(QPalette::Link));
            painter.drawText(chip.rect.adjusted(4, 0, -4, 0), static_cast<int>(leading | Qt::AlignVCenter),
                             tr("+%1 more").arg(locale.toString(chip.hidden)));
            continue;
        }
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

void MonthView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_pressedPost = postAt(pos);
    if (const QString window = windowAt(pos); !window.isEmpty() && m_pressedPost.isEmpty()) {
        if (const auto w = m_model.postingWindow(window))
            Q_EMIT dealRequested(w->dealId);
        return;
    }
    for (const Chip &chip : m_chips)
        if (chip.postId.isEmpty() && chip.rect.contains(pos)) {
            Q_EMIT moreRequested(chip.date);
            return;
        }
    const QDate date = dateAt(pos);
    if (date.isValid())
        m_current = date;
    selectPost(m_pressedPost);
    update();
}

void MonthView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressedPost.isEmpty())
        return;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const QString postId = m_pressedPost;
    m_pressedPost.clear();
    ChipDrag::start(this, m_model, postId, chipRect(postId), m_pressPos);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QString postId = postAt(pos);
    if (!postId.isEmpty()) {
        Q_EMIT postActivated(postId);
        return;
    }
    const QDate date = dateAt(pos);
    if (date.isValid())
        Q_EMIT newPostRequested(date);
}

void MonthView::moveSelected(int days)
{
    const std::optional<Post> post = m_model.post(m_selected);
    if (!post || !post->scheduled.utc.isValid())
        return;
    const QDate target = m_model.displayTime(*post).date().addDays(days);
    m_model.moveToDate(m_selected, target);
    setCurrentDate(target);
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int days = 0;
    switch (event->key()) {
    case Qt::Key_Left: days = rtl ? 1 : -1; break;
    case Qt::Key_Right: days = rtl ? -1 : 1; break;
    case Qt::Key_Up: days = -kDays; break;
    case Qt::Key_Down: days = kDays; break;
    case Qt::Key_PageUp: setCurrentDate(m_current.addMonths(-1)); return;
    case Qt::Key_PageDown: setCurrentDate(m_current.addMonths(1)); return;
    case Qt::Key_Home: setCurrentDate(QDate::currentDate()); return;
    case Qt::Key_Space: {
        if (const auto next = m_model.nextPostOn(m_current, m_selected))
            selectPost(next->id);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            Q_EMIT postActivated(m_selected);
        else
            Q_EMIT newPostRequested(m_current);
        return;
    case Qt::Key_Insert: Q_EMIT newPostRequested(m_current); return;
    default: QWidget::keyPressEvent(event); return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        moveSelected(days);
        return;
    }
    setCurrentDate(m_current.addDays(days));
    selectPost({});
}

bool MonthView::dropPost(const QString &postId, const QPoint &pos)
{
    const QDate date = dateAt(pos);
    const std::optional<Post> post = m_model.post(postId);
    if (!date.isValid() || !post || !PostCalendarModel::canReschedule(*post) || !post->scheduled.utc.isValid()
        || m_model.displayTime(*post).date() == date)
        return false;
    m_model.moveToDate(postId, date);
    m_current = date;
    return true;
}

void MonthView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PostChip::postIdFrom(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MonthView::dragMoveEvent(QDragMoveEvent *event)
{
    m_dropDate = dateAt(event->position().toPoint());
    event->setAccepted(m_dropDate.isValid());
    update();
}

void MonthView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropDate = {};
    update();
}

void MonthView::dropEvent(QDropEvent *event)
{
    m_dropDate = {};
    const QString postId = PostChip::postIdFrom(event->mimeData());
    if (dropPost(postId, event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
    update();
}

bool MonthView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString postId = postAt(help->pos());
        if (postId.isEmpty()) {
            // A posting window's band, or the day's windows (those beyond the bands shown too).
            QStringList texts;
            if (const auto w = m_model.postingWindow(windowAt(help->pos())))
                texts << m_model.windowDescription(*w);
            else
                for (const PostingWindow &on : m_model.windowsOn(dateAt(help->pos())))
                    texts << m_model.windowDescription(on);
            if (!texts.isEmpty()) {
                QToolTip::showText(help->globalPos(), texts.join(QStringLiteral("\n\n")), this);
                return true;
            }
        }
        ChipDrag::tooltip(this, m_model, postId, help->globalPos());
        return true;
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        // The first day of the week follows the locale: the shown range may move.
        relayout();
        update();
        Q_EMIT monthChanged(firstShown(), lastShown());
    } else if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange) {
        relayout();
        update();
    }
    return QWidget::event(event);
}

} // namespace montaj::ui
