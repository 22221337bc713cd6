#include "core/sandbox/internal/worldstore.h"

#include "core/sandbox/internal/sandboxstore.h"

namespace montaj::sandbox {
namespace {

const QString kAccountColumns =
    QStringLiteral("open_id, union_id, username, display_name, bio, avatar_url, is_verified, is_private, "
                   "comment_disabled, duet_disabled, stitch_disabled, max_duration_sec, follower_base, "
                   "following_count, created_at_ms");
const QString kVideoColumns =
    QStringLiteral("id, open_id, create_time_ms, title, description, duration_sec, width, height, privacy, "
                   "potential_views, tau_sec, like_ppm, comment_ppm, share_ppm");

SandboxAccount readAccount(const QSqlQuery &q)
{
    SandboxAccount a;
    a.openId = q.value(0).toString();
    a.unionId = q.value(1).toString();
    a.username = q.value(2).toString();
    a.displayName = q.value(3).toString();
    a.bio = q.value(4).toString();
    a.avatarUrl = q.value(5).toString();
    a.verified = q.value(6).toInt() != 0;
    a.isPrivate = q.value(7).toInt() != 0;
    a.commentDisabled = q.value(8).toInt() != 0;
    a.duetDisabled = q.value(9).toInt() != 0;
    a.stitchDisabled = q.value(10).toInt() != 0;
    a.maxDurationSec = q.value(11).toInt();
    a.followerBase = q.value(12).toLongLong();
    a.followingCount = q.value(13).toLongLong();
    a.createdAtMs = q.value(14).toLongLong();
    return a;
}

SandboxVideo readVideo(const QSqlQuery &q)
{
    SandboxVideo v;
    v.id = q.value(0).toString();
    v.openId = q.value(1).toString();
    v.createTimeMs = q.value(2).toLongLong();
    v.title = q.value(3).toString();
    v.description = q.value(4).toString();
    v.durationSec = q.value(5).toInt();
    v.width = q.value(6).toInt();
    v.height = q.value(7).toInt();
    v.privacy = q.value(8).toString();
    v.growth.potentialViews = q.value(9).toLongLong();
    v.growth.tauSeconds = q.value(10).toLongLong();
    v.growth.likePpm = q.value(11).toInt();
    v.growth.commentPpm = q.value(12).toInt();
    v.growth.sharePpm = q.value(13).toInt();
    return v;
}

QList<SandboxVideo> readVideos(QSqlQuery &q)
{
    QList<SandboxVideo> found;
    if (!runQuery(q))
        return found;
    while (q.next())
        found.append(readVideo(q));
    return found;
}

} // namespace

bool WorldStore::insertAccount(const SandboxAccount &a)
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("INSERT INTO accounts (") + kAccountColumns
                                         + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {sqlText(a.openId), sqlText(a.unionId), sqlText(a.username), sqlText(a.displayName), sqlText(a.bio),
          sqlText(a.avatarUrl), QVariant(int(a.verified)), QVariant(int(a.isPrivate)),
          QVariant(int(a.commentDisabled)), QVariant(int(a.duetDisabled)), QVariant(int(a.stitchDisabled)),
          QVariant(a.maxDurationSec), QVariant(a.followerBase), QVariant(a.followingCount),
          QVariant(a.createdAtMs)})
        q.addBindValue(v);
    return runQuery(q);
}

std::optional<SandboxAccount> WorldStore::account(const QString &openId) const
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("SELECT ") + kAccountColumns
                                         + QStringLiteral(" FROM accounts WHERE open_id = ?"));
    q.addBindValue(sqlText(openId));
    if (!runQuery(q) || !q.next())
        return std::nullopt;
    return readAccount(q);
}

std::optional<SandboxAccount> WorldStore::accountByUsername(const QString &username) const
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("SELECT ") + kAccountColumns
                                         + QStringLiteral(" FROM accounts WHERE username = ?"));
    q.addBindValue(username);
    if (!runQuery(q) || !q.next())
        return std::nullopt;
    return readAccount(q);
}

QList<SandboxAccount> WorldStore::accounts() const
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("SELECT ") + kAccountColumns
                                         + QStringLiteral(" FROM accounts ORDER BY created_at_ms, open_id"));
    QList<SandboxAccount> found;
    if (!runQuery(q))
        return found;
    while (q.next())
        found.append(readAccount(q));
    return found;
}

bool WorldStore::insertVideo(const SandboxVideo &v)
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("INSERT INTO videos (") + kVideoColumns
                                         + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &value :
         {sqlText(v.id), sqlText(v.openId), QVariant(v.createTimeMs), sqlText(v.title),
          sqlText(v.description), QVariant(v.durationSec), QVariant(v.width), QVariant(v.height),
          sqlText(v.privacy), QVariant(v.growth.potentialViews), QVariant(v.growth.tauSeconds),
          QVariant(v.growth.likePpm), QVariant(v.growth.commentPpm), QVariant(v.growth.sharePpm)})
        q.addBindValue(value);
    return runQuery(q);
}

QList<SandboxVideo> WorldStore::videosBefore(const QString &openId, qint64 beforeMs, int limit) const
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("SELECT ") + kVideoColumns
                               + QStringLiteral(" FROM videos WHERE open_id = ? AND create_time_ms < ? "
                                                "ORDER BY create_time_ms DESC, id DESC LIMIT ?"));
    q.addBindValue(sqlText(openId));
    q.addBindValue(beforeMs);
    q.addBindValue(limit);
    return readVideos(q);
}

bool WorldStore::hasVideoBefore(const QString &openId, qint64 beforeMs) const
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("SELECT 1 FROM videos WHERE open_id = ? AND create_time_ms < ? "
                                          "LIMIT 1"));
    q.addBindValue(sqlText(openId));
    q.addBindValue(beforeMs);
    return runQuery(q) && q.next();
}

QList<SandboxVideo> WorldStore::videosByIds(const QString &openId, const QStringList &ids) const
{
    QList<SandboxVideo> found;
    for (const QString &id : ids) {
        QSqlQuery q = prepareQuery(m_db, QStringLiteral("SELECT ") + kVideoColumns
                                             + QStringLiteral(" FROM videos WHERE open_id = ? AND id = ?"));
        q.addBindValue(sqlText(openId));
        q.addBindValue(id);
        found += readVideos(q);
    }
    return found;
}

QList<SandboxVideo> WorldStore::videos(const QString &openId) const
{
    QSqlQuery q = prepareQuery(
        m_db, QStringLiteral("SELECT ") + kVideoColumns
                  + QStringLiteral(" FROM videos WHERE open_id = ? ORDER BY create_time_ms DESC"));
    q.addBindValue(sqlText(openId));
    return readVideos(q);
}

bool WorldStore::insertLiveSession(const LiveSessionRecord &session)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("INSERT INTO live_sessions (id, open_id, title, started_at_ms, "
                                          "ended_at_ms, actions, seed) VALUES (?,?,?,?,?,?,?)"));
    for (const QVariant &value :
         {sqlText(session.id), sqlText(session.openId), sqlText(session.title), QVariant(session.startedAtMs),
          QVariant(session.endedAtMs), QVariant(session.actions), QVariant(qint64(session.seed))})
        q.addBindValue(value);
    return runQuery(q);
}

QList<LiveSessionRecord> WorldStore::liveSessions(const QString &openId) const
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("SELECT id, open_id, title, started_at_ms, ended_at_ms, actions, "
                                          "seed FROM live_sessions WHERE open_id = ? "
                                          "ORDER BY started_at_ms DESC"));
    q.addBindValue(openId);
    QList<LiveSessionRecord> found;
    if (!runQuery(q))
        return found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toInt(),
                      quint64(q.value(6).toLongLong())});
    return found;
}

} // namespace montaj::sandbox
