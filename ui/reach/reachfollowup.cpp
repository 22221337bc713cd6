#include "ui/reach/reachfollowup.h"

#include "core/platform/platformapi.h"
#include "core/reach/platformhistory.h"
#include "core/reach/reachestimator.h"
#include "ui/reach/postdraft.h"

#include <QPointer>
#include <QSet>

namespace montaj::ui {

ReachFollowUp::ReachFollowUp(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_store(storePath)
{
    auto loaded = ReachStore::load(storePath);
    if (loaded) {
        m_store = std::move(loaded).value();
        return;
    }
    // What cannot be read is kept: the follow-up starts afresh but never saves over it.
    qWarning("reach: %s", qPrintable(loaded.error().toString()));
    if (const auto kept = ReachStore::setAside(storePath))
        m_keptAs = *kept;
    else
        m_writable = false;
}

Result<void> ReachFollowUp::save() const
{
    if (!m_writable)
        return {};
    return m_store.save();
}

Result<bool> ReachFollowUp::followPublished(const WorkspaceAccount &account, const ReachHistory &history,
                                            const QList<Post> &posts)
{
    if (history.videos.isEmpty())
        return false;
    QSet<QString> followed;
    for (const TrackedPost &t : m_store.tracked(account.profileId, account.username))
        followed.insert(t.videoId);
    bool added = false;
    const ReachEstimator estimator; // the estimate before calibration, as TrackedPost keeps it
    for (const Post &p : posts) {
        if (p.accountId != account.id || p.state != PostState::Published || p.platformPostId.isEmpty()
            || followed.contains(p.platformPostId))
            continue;
        // The same draft as the page showed before it went out (length from its file or project).
        ReachDraft d = PostDraft::of(p, QTimeZone(account.timeZone.toUtf8())).draft;
        d.profileId = account.profileId;
        if (!d.postAtUtc.isValid())
            d.postAtUtc = p.updatedAt;
        const auto e = estimator.estimate(history, d);
        if (!e)
            continue;
        m_store.track(TrackedPost::fromEstimate(*e, p.id, p.platformPostId, account.username, d.postAtUtc));
        followed.insert(p.platformPostId);
        added = true;
    }
    if (added)
        if (auto saved = save(); !saved)
            return saved.error();
    return added;
}

bool ReachFollowUp::readCounters(PlatformApi &api, const WorkspaceAccount &account)
{
    if (m_reading)
        return false;
    QStringList ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TrackedPost &t : m_store.tracked(account.profileId, account.username))
        if (t.publishedAtUtc.daysTo(now) <= kFollowDays)
            ids.append(t.videoId);
    if (ids.isEmpty())
        return false;
    m_reading = true;
    Q_EMIT readingChanged(true);
    // An API that goes away may never answer: what was read is kept and the reading ends.
    m_apiGone = connect(&api, &QObject::destroyed, this, [this] {
        (void)save();
        finishReading();
    });
    QPointer<ReachFollowUp> self(this);
    PlatformHistory::fetchCounters(
        api, ids,
        [self, profileId = account.profileId, username = account.username](Result<QList<ReachVideo>> videos) {
            if (self)
                self->answered(profileId, username, videos);
        });
    return true;
}

void ReachFollowUp::answered(const QString &profileId, const QString &account,
                             const Result<QList<ReachVideo>> &videos)
{
    if (!m_reading) // the API went away meanwhile: already ended
        return;
    if (videos)
        for (const ReachVideo &v : *videos)
            m_store.observe(v.id, v.views, v.observedAtUtc);
    const Result<void> saved = save();
    finishReading();
    if (!videos)
        Q_EMIT failed(videos.error());
    else if (!saved)
        Q_EMIT failed(saved.error());
    else
        Q_EMIT countersRead(profileId, account);
}

void ReachFollowUp::finishReading()
{
    disconnect(m_apiGone);
    m_reading = false;
    Q_EMIT readingChanged(false);
}

} // namespace montaj::ui
