#include "core/sandbox/internal/publishstore.h"

#include "core/sandbox/internal/sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace montaj::sandbox {
namespace {

const QString kColumns =
    QStringLiteral("publish_id, open_id, kind, upload_id, upload_expires_ms, video_size, "
                   "chunk_size, chunk_count, received, status, fail_reason, post_info, "
                   "video_id, created_at_ms");

} // namespace

bool PublishStore::insert(const SandboxPublish &p)
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("INSERT INTO publishes (") + kColumns
                                         + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &value :
         {sqlText(p.publishId), sqlText(p.openId), sqlText(p.kind), sqlText(p.uploadId),
          QVariant(p.uploadExpiresMs), QVariant(p.videoSize), QVariant(p.chunkSize), QVariant(p.chunkCount),
          QVariant(p.received), sqlText(p.status), sqlText(p.failReason),
          QVariant(QString::fromUtf8(p.postInfo)), sqlText(p.videoId), QVariant(p.createdAtMs)})
        q.addBindValue(value);
    return runQuery(q);
}

std::optional<SandboxPublish> PublishStore::one(const QString &column, const QString &value) const
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM publishes WHERE ")
                               + column + QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (!runQuery(q) || !q.next())
        return std::nullopt;
    SandboxPublish p;
    p.publishId = q.value(0).toString();
    p.openId = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.uploadId = q.value(3).toString();
    p.uploadExpiresMs = q.value(4).toLongLong();
    p.videoSize = q.value(5).toLongLong();
    p.chunkSize = q.value(6).toLongLong();
    p.chunkCount = q.value(7).toInt();
    p.received = q.value(8).toLongLong();
    p.status = q.value(9).toString();
    p.failReason = q.value(10).toString();
    p.postInfo = q.value(11).toString().toUtf8();
    p.videoId = q.value(12).toString();
    p.createdAtMs = q.value(13).toLongLong();
    return p;
}

std::optional<SandboxPublish> PublishStore::byId(const QString &publishId) const
{
    return one(QStringLiteral("publish_id"), publishId);
}

std::optional<SandboxPublish> PublishStore::byUploadId(const QString &uploadId) const
{
    return one(QStringLiteral("upload_id"), uploadId);
}

bool PublishStore::setReceived(const QString &publishId, qint64 received)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("UPDATE publishes SET received = ? WHERE publish_id = ?"));
    q.addBindValue(received);
    q.addBindValue(publishId);
    return runQuery(q);
}

bool PublishStore::finish(const QString &publishId, const QString &status, const QString &failReason,
                          const QString &videoId)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("UPDATE publishes SET status = ?, fail_reason = ?, video_id = ? "
                                          "WHERE publish_id = ?"));
    q.addBindValue(sqlText(status));
    q.addBindValue(sqlText(failReason));
    q.addBindValue(sqlText(videoId));
    q.addBindValue(publishId);
    return runQuery(q);
}

int PublishStore::countSince(const QString &openId, const QString &kind, qint64 sinceMs,
                             const QStringList &statuses) const
{
    QString sql =
        QStringLiteral("SELECT status FROM publishes WHERE open_id = ? AND kind = ? AND created_at_ms >= ?");
    QSqlQuery q = prepareQuery(m_db, sql);
    q.addBindValue(sqlText(openId));
    q.addBindValue(sqlText(kind));
    q.addBindValue(sinceMs);
    if (!runQuery(q))
        return 0;
    int count = 0;
    while (q.next())
        if (statuses.isEmpty() || statuses.contains(q.value(0).toString()))
            ++count;
    return count;
}

QStringList PublishStore::postersSince(const QString &kind, qint64 sinceMs) const
{
    QSqlQuery q = prepareQuery(
        m_db, QStringLiteral("SELECT DISTINCT open_id FROM publishes WHERE kind = ? AND created_at_ms >= ?"));
    q.addBindValue(sqlText(kind));
    q.addBindValue(sinceMs);
    QStringList openIds;
    if (!runQuery(q))
        return openIds;
    while (q.next())
        openIds.append(q.value(0).toString());
    return openIds;
}

QStringList PublishStore::awaitingProcessing() const
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("SELECT publish_id FROM publishes WHERE received = video_size "
                                          "AND status = 'PROCESSING_UPLOAD' ORDER BY created_at_ms"));
    QStringList ids;
    if (!runQuery(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

bool PublishStore::insertSource(const PublishSource &source)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("INSERT INTO publish_sources (publish_id, media_type, paths, "
                                          "cover_index) VALUES (?,?,?,?)"));
    q.addBindValue(sqlText(source.publishId));
    q.addBindValue(sqlText(source.mediaType));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(source.paths)).toJson(QJsonDocument::Compact)));
    q.addBindValue(source.coverIndex);
    return runQuery(q);
}

std::optional<PublishSource> PublishStore::source(const QString &publishId) const
{
    QSqlQuery q = prepareQuery(
        m_db,
        QStringLiteral("SELECT media_type, paths, cover_index FROM publish_sources WHERE publish_id = ?"));
    q.addBindValue(publishId);
    if (!runQuery(q) || !q.next())
        return std::nullopt;
    PublishSource source;
    source.publishId = publishId;
    source.mediaType = q.value(0).toString();
    for (const QJsonValue &url : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
        source.paths.append(url.toString());
    source.coverIndex = q.value(2).toInt();
    return source;
}

QStringList PublishStore::awaitingDownload() const
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("SELECT publish_id FROM publishes WHERE "
                                                    "status = 'PROCESSING_DOWNLOAD' ORDER BY created_at_ms"));
    QStringList ids;
    if (!runQuery(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

bool PublishStore::setPulled(const QString &publishId, qint64 bytes)
{
    QSqlQuery q = prepareQuery(
        m_db,
        QStringLiteral("UPDATE publishes SET video_size = ?, chunk_size = ?, chunk_count = 1, received = ?, "
                       "status = 'PROCESSING_UPLOAD' WHERE publish_id = ? AND "
                       "status = 'PROCESSING_DOWNLOAD'"));
    q.addBindValue(bytes);
    q.addBindValue(bytes);
    q.addBindValue(bytes);
    q.addBindValue(publishId);
    return runQuery(q) && q.numRowsAffected() == 1;
}

} // namespace montaj::sandbox
