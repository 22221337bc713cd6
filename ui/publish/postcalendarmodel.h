#pragma once

#include "core/foundation/error.h"
#include "core/publish/posttypes.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <optional>

namespace montaj {
class DealService;
class WorkspaceService;
} // namespace montaj

namespace montaj::ui {

// An open brand-deal deliverable's posting window, as the calendar shows it.
struct PostingWindow
{
    QString deliverableId;
    QString dealId;
    QString brandName;
    QString dealTitle;
    QString format;   // "video"
    QString platform; // "tiktok"
    QDateTime startUtc;
    QDateTime endUtc; // invalid: open-ended
    int posts = 0;    // posts linked so far
    int quantity = 1;
};

// The posts the Publish page shows: those scheduled in the visible range of days (in the display
// zone, the computer's own by default) plus the unscheduled drafts, and the workspace's accounts.
// Loads through WorkspaceService::run (never on the UI thread) and again whenever the workspace
// changes, and the posting windows of open brand-deal deliverables that meet the range (through
// DealService, when the studio has deals). Reschedules a post dropped on another day or time slot: a new day
// keeps the time of day in the post's own zone; the write goes through WorkspaceStore::updatePost and the DST
// warning, if any, comes back with rescheduled(). Not a view and not a cache of the whole workspace.
class PostCalendarModel : public QObject
{
    Q_OBJECT

public:
    explicit PostCalendarModel(WorkspaceService &service, QObject *parent = nullptr);

    WorkspaceService &service() const { return m_service; }
    void setRange(const QDate &first, const QDate &last); // inclusive
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    void setDisplayZone(const QTimeZone &zone);
    const QTimeZone &displayZone() const { return m_zone; }
    void setAccountFilter(const QStringList &accountIds); // empty = every account
    // The workspace's brand deals (may be null): their posting windows are read with the posts.
    void setDeals(DealService *deals);
    DealService *deals() const;
    QStringList accountFilter() const { return m_accountFilter; }
    void reload();
    bool isLoaded() const { return m_loaded; }

    const QList<Post> &posts() const { return m_posts; }
    const QList<WorkspaceAccount> &accounts() const { return m_accounts; }
    WorkspaceAccount account(const QString &id) const; // empty when unknown
    std::optional<Post> post(const QString &id) const;
    // Scheduled posts whose time falls on `date` in the display zone, by time.
    QList<Post> postsOn(const QDate &date) const;
    // The post after `currentId` among those on `date`, wrapping around (the first when
    // `currentId` is not there); nullopt when the day has none. Keyboard selection in the views.
    std::optional<Post> nextPostOn(const QDate &date, const QString &currentId) const;
    // Posting windows of open deliverables meeting the range, by start; those covering `date`
    // (in the display zone).
    const QList<PostingWindow> &postingWindows() const { return m_windows; }
    QList<PostingWindow> windowsOn(const QDate &date) const;
    std::optional<PostingWindow> postingWindow(const QString &deliverableId) const;
    // The days [first, last] of the range a window covers in the display zone; invalid when none.
    QPair<QDate, QDate> windowDays(const PostingWindow &window) const;
    // "Lumen Coffee · 1 × video on TikTok" on the band; the tooltip adds the deal, the window and
    // the posts linked so far.
    static QString windowLabel(const PostingWindow &window);
    QString windowDescription(const PostingWindow &window) const;

    // The post's time in the display zone; invalid when it is not scheduled.
    QDateTime displayTime(const Post &post) const;

    // Whether a person may still move the post (not publishing, published or cancelled).
    static bool canReschedule(const Post &post);
    // Moves a post to another day, keeping its time of day in its own zone.
    void moveToDate(const QString &postId, const QDate &date);
    // Moves a post to a day and time of the display zone (a week-view slot).
    void moveToSlot(const QString &postId, const QDate &date, const QTime &time);
    // Saves a new wall-clock time + zone for the post.
    void reschedule(const Post &post, ScheduledTime time);

Q_SIGNALS:
    void reloaded();
    void rescheduled(const QString &postId, const QString &warning);
    void failed(const montaj::Error &error);

private:
    void scheduleReload();
    void reloadWindows();

    WorkspaceService &m_service;
    QDate m_first;
    QDate m_last;
    QTimeZone m_zone;
    QStringList m_accountFilter;
    QList<Post> m_posts;
    QList<WorkspaceAccount> m_accounts;
    QList<PostingWindow> m_windows;
    QPointer<DealService> m_deals;
    quint64 m_generation = 0;
    quint64 m_windowGeneration = 0;
    bool m_loaded = false;
    bool m_reloadQueued = false;
};

} // namespace montaj::ui
