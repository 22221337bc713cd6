#include "ui/publish/postcalendarmodel.h"

#include "core/deals/dealservice.h"
#include "core/publish/scheduletime.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/deals/dealchecks.h"
#include "ui/publish/publishtext.h"

#include <QLocale>

#include <QTimer>

#include <algorithm>

namespace montaj::ui {
namespace {
struct Snapshot
{
    QList<WorkspaceAccount> accounts;
    QList<Post> posts;
};
} // namespace

PostCalendarModel::PostCalendarModel(WorkspaceService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_zone(QTimeZone::systemTimeZone())
{
    const QDate today = QDate::currentDate();
    m_first = QDate(today.year(), today.month(), 1);
    m_last = m_first.addMonths(1).addDays(-1);
    connect(&m_service, &WorkspaceService::changed, this, &PostCalendarModel::scheduleReload);
    connect(&m_service, &WorkspaceService::opened, this, &PostCalendarModel::scheduleReload);
    scheduleReload(); // the workspace may be open already
}

void PostCalendarModel::setRange(const QDate &first, const QDate &last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    reload();
}

void PostCalendarModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    reload();
}

void PostCalendarModel::setAccountFilter(const QStringList &accountIds)
{
    m_accountFilter = accountIds;
    reload();
}

void PostCalendarModel::setDeals(DealService *deals)
{
    if (m_deals)
        disconnect(m_deals, nullptr, this, nullptr);
    m_deals = deals;
    if (deals) {
        connect(deals, &DealService::opened, this, &PostCalendarModel::reloadWindows);
        connect(deals, &DealService::changed, this, &PostCalendarModel::scheduleReload);
    }
    reloadWindows();
}

DealService *PostCalendarModel::deals() const
{
    return m_deals.data();
}

void PostCalendarModel::scheduleReload()
{
    // Several changes in a row (a bulk import, a drag) reload once.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        reload();
    });
}

void PostCalendarModel::reload()
{
    PostFilter filter;
    filter.fromUtc = QDateTime(m_first, QTime(0, 0), m_zone).toUTC();
    filter.toUtc = QDateTime(m_last.addDays(1), QTime(0, 0), m_zone).toUTC();
    filter.accountIds = m_accountFilter;
    filter.includeUnscheduled = true;
    const quint64 generation = ++m_generation;
    m_service.run<Snapshot>(
        this,
        [filter](WorkspaceStore &store) -> Result<Snapshot> {
            auto accounts = store.accounts();
            if (!accounts)
                return accounts.error();
            auto posts = store.posts(filter);
            if (!posts)
                return posts.error();
            return Snapshot{*accounts, *posts};
        },
        [this, generation](Result<Snapshot> snapshot) {
            if (generation != m_generation)
                return; // a newer request is on its way
            if (!snapshot) {
                if (snapshot.error().code != QLatin1String("workspace.not_open"))
                    Q_EMIT failed(snapshot.error());
                m_posts.clear();
                m_accounts.clear();
            } else {
                m_accounts = snapshot->accounts;
                m_posts = snapshot->posts;
            }
            m_loaded = snapshot.ok();
            Q_EMIT reloaded();
        });
    reloadWindows();
}

void PostCalendarModel::reloadWindows()
{
    const quint64 generation = ++m_windowGeneration;
    if (!m_deals || !m_deals->isOpen()) {
        if (!m_windows.isEmpty()) {
            m_windows.clear();
            Q_EMIT reloaded();
        }
        return;
    }
    const QDateTime from = QDateTime(m_first, QTime(0, 0), m_zone).toUTC();
    const QDateTime to = QDateTime(m_last.addDays(1), QTime(0, 0), m_zone).toUTC();
    m_deals->run<QList<PostingWindow>>(
        this,
        [from, to](DealStore &store) -> Result<QList<PostingWindow>> {
            auto found = store.deliverablesInWindow(from, to);
            if (!found)
                return found.error();
            QHash<QString, std::optional<Deal>> deals;
            QHash<QString, Brand> brands;
            QList<PostingWindow> out;
            for (const DealDeliverable &v : std::as_const(*found)) {
                if (!deals.contains(v.dealId)) {
                    auto deal = store.deal(v.dealId);
                    deals.insert(v.dealId, deal ? std::optional<Deal>(*deal) : std::nullopt);
                }
                const std::optional<Deal> &deal = deals[v.dealId];
                if (!deal || !deal->isOpen())
                    continue;
                if (!brands.contains(deal->brandId))
                    brands.insert(deal->brandId, store.brand(deal->brandId).valueOr(Brand{}));
                PostingWindow w;
                w.deliverableId = v.id;
                w.dealId = deal->id;
                w.brandName = brands.value(deal->brandId).name;
                w.dealTitle = deal->title;
                w.format = v.format;
                w.platform = v.platform;
                w.startUtc = v.postingStart;
                w.endUtc = v.postingEnd;
                w.posts = int(v.postIds.size());
                w.quantity = v.quantity;
                out.append(w);
            }
            return out;
        },
        [this, generation](Result<QList<PostingWindow>> windows) {
            if (generation != m_windowGeneration)
                return; // a newer request is on its way
            m_windows = windows.valueOr(QList<PostingWindow>());
            Q_EMIT reloaded();
        });
}

QPair<QDate, QDate> PostCalendarModel::windowDays(const PostingWindow &window) const
{
    if (!window.startUtc.isValid())
        return {};
    QDate first = window.startUtc.toTimeZone(m_zone).date();
    QDate last = m_last;
    if (window.endUtc.isValid()) {
        const QDateTime end = window.endUtc.toTimeZone(m_zone);
        last = end.time() == QTime(0, 0) && end > window.startUtc ? end.date().addDays(-1) : end.date();
    }
    first = std::max(first, m_first);
    last = std::min(last, m_last);
    if (last < first)
        return {};
    return {first, last};
}

QList<PostingWindow> PostCalendarModel::windowsOn(const QDate &date) const
{
    QList<PostingWindow> out;
    for (const PostingWindow &w : m_windows) {
        const auto days = windowDays(w);
        if (days.first.isValid() && days.first <= date && date <= days.second)
            out.append(w);
    }
    return out;
}

std::optional<PostingWindow> PostCalendarModel::postingWindow(const QString &deliverableId) const
{
    for (const PostingWindow &w : m_windows)
        if (w.deliverableId == deliverableId)
            return w;
    return std::nullopt;
}

QString PostCalendarModel::windowLabel(const PostingWindow &window)
{
    DealDeliverable v;
    v.quantity = window.quantity;
    v.format = window.format;
    v.platform = window.platform;
    return tr("%1 · %2").arg(window.brandName, DealChecks::deliverableName(v));
}

QString PostCalendarModel::windowDescription(const PostingWindow &window) const
{
    const QLocale locale;
    auto when = [&](const QDateTime &utc) {
        return utc.isValid() ? locale.toString(utc.toTimeZone(m_zone), QLocale::ShortFormat)
                             : tr("no end date");
    };
    QStringList lines;
    lines << (window.dealTitle.isEmpty() || window.dealTitle == window.brandName
                  ? window.brandName
                  : tr("%1 — %2").arg(window.brandName, window.dealTitle));
    lines << windowLabel(window);
    lines << tr("Posting window: %1 – %2").arg(when(window.startUtc), when(window.endUtc));
    lines << tr("%1 of %n post(s) linked", nullptr, window.quantity).arg(locale.toString(window.posts));
    lines << tr("Click to open the deal in Collaborations.");
    return lines.join(u'\n');
}

WorkspaceAccount PostCalendarModel::account(const QString &id) const
{
    for (const WorkspaceAccount &a : m_accounts)
        if (a.id == id)
            return a;
    return {};
}

std::optional<Post> PostCalendarModel::post(const QString &id) const
{
    for (const Post &p : m_posts)
        if (p.id == id)
            return p;
    return std::nullopt;
}

QDateTime PostCalendarModel::displayTime(const Post &post) const
{
    if (!post.scheduled.utc.isValid())
        return {};
    return post.scheduled.utc.toTimeZone(m_zone);
}

QList<Post> PostCalendarModel::postsOn(const QDate &date) const
{
    QList<Post> day;
    for (const Post &p : m_posts)
        if (p.scheduled.utc.isValid() && displayTime(p).date() == date)
            day.append(p);
    std::stable_sort(day.begin(), day.end(),
                     [](const Post &a, const Post &b) { return a.scheduled.utc < b.scheduled.utc; });
    return day;
}

std::optional<Post> PostCalendarModel::nextPostOn(const QDate &date, const QString &currentId) const
{
    const QList<Post> posts = postsOn(date);
    if (posts.isEmpty())
        return std::nullopt;
    qsizetype next = 0;
    for (qsizetype i = 0; i < posts.size(); ++i)
        if (posts.at(i).id == currentId)
            next = (i + 1) % posts.size();
    return posts.at(next);
}

bool PostCalendarModel::canReschedule(const Post &post)
{
    return post.state != PostState::Publishing && post.state != PostState::Published
           && post.state != PostState::Cancelled;
}

void PostCalendarModel::moveToDate(const QString &postId, const QDate &date)
{
    const std::optional<Post> found = post(postId);
    if (!found || !found->scheduled.utc.isValid() || !date.isValid())
        return;
    const qint64 days = displayTime(*found).date().daysTo(date);
    if (days == 0)
        return;
    // The same wall-clock time in the post's own zone, `days` later or earlier.
    const QDateTime local = PublishText::parseLocal(found->scheduled.localDateTime);
    ScheduledTime time = found->scheduled;
    time.localDateTime = PublishText::formatLocal(local.addDays(days));
    reschedule(*found, time);
}

void PostCalendarModel::moveToSlot(const QString &postId, const QDate &date, const QTime &time)
{
    const std::optional<Post> found = post(postId);
    if (!found || !date.isValid() || !time.isValid())
        return;
    ScheduledTime scheduled = found->scheduled;
    if (scheduled.timeZone.isEmpty())
        scheduled.timeZone = QString::fromUtf8(m_zone.id());
    if (QString::fromUtf8(m_zone.id())
        == scheduled.timeZone) // the wall-clock time dropped on, even in a DST gap
        scheduled.localDateTime = PublishText::formatLocal(QDateTime(date, time, Qt::UTC));
    else
        scheduled.localDateTime =
            ScheduleTime::toLocalText(QDateTime(date, time, m_zone).toUTC(), scheduled.timeZone);
    if (scheduled.localDateTime == found->scheduled.localDateTime)
        return;
    reschedule(*found, scheduled);
}

void PostCalendarModel::reschedule(const Post &post, ScheduledTime time)
{
    if (!canReschedule(post))
        return;
    const Result<ScheduleTime::Resolved> resolved = ScheduleTime::complete(time);
    if (!resolved) {
        Q_EMIT failed(resolved.error());
        return;
    }
    Post changed = post;
    changed.scheduled = time;
    const QString warning = resolved->warning;
    const QString actor = PublishText::currentActor();
    m_service.run<Post>(
        this, [changed, actor](WorkspaceStore &store) { return store.updatePost(changed, actor); },
        [this, warning](Result<Post> saved) {
            if (!saved) {
                Q_EMIT failed(saved.error());
                return;
            }
            // Show the move at once; the reload that changed() triggers confirms it.
            for (Post &p : m_posts)
                if (p.id == saved->id)
                    p = *saved;
            Q_EMIT reloaded();
            Q_EMIT rescheduled(saved->id, warning);
        });
}

} // namespace montaj::ui
