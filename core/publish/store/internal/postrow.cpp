#include "core/publish/store/internal/postrow.h"

#include "core/publish/store/internal/workspacedb.h"
#include "core/publish/store/internal/workspaceerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace montaj {

namespace {

// Content columns, with the Post field each belongs to (the scheduled time spans three columns).
struct ContentColumn
{
    const char *column;
    const char *field;
};
constexpr ContentColumn kContent[] = {
    {"account_id", "account_id"},
    {"kind", "kind"},
    {"media_path", "media_path"},
    {"project_path", "project_path"},
    {"photo_paths", "photo_paths"},
    {"caption", "caption"},
    {"photo_title", "photo_title"},
    {"privacy_level", "privacy_level"},
    {"allow_comment", "allow_comment"},
    {"allow_duet", "allow_duet"},
    {"allow_stitch", "allow_stitch"},
    {"brand_organic", "brand_organic"},
    {"brand_content", "brand_content"},
    {"is_aigc", "is_aigc"},
    {"cover_ms", "cover_ms"},
    {"scheduled_local", "scheduled"},
    {"scheduled_zone", "scheduled"},
    {"scheduled_utc_ms", "scheduled"},
    {"deal_id", "deal_id"},
};

QStringList contentList()
{
    QStringList columns;
    for (const auto &c : kContent)
        columns << QLatin1String(c.column);
    return columns;
}

// Columns after the content ones in insertColumns() and selectColumns(), in this order.
const QStringList kRecordColumns = {
    QStringLiteral("id"),
    QStringLiteral("state"),
    QStringLiteral("fail_code"),
    QStringLiteral("fail_reason"),
    QStringLiteral("publish_id"),
    QStringLiteral("platform_post_id"),
    QStringLiteral("attempts"),
    QStringLiteral("next_attempt_ms"),
    QStringLiteral("created_by"),
    QStringLiteral("created_at_ms"),
    QStringLiteral("updated_at_ms"),
    QStringLiteral("version"),
};
const QStringList kProgressColumns = {QStringLiteral("stage"), QStringLiteral("init_sent_at_ms"),
                                      QStringLiteral("upload_state"), QStringLiteral("rendered_path")};
const QStringList kLeaseColumns = {QStringLiteral("lease_owner"), QStringLiteral("lease_token"),
                                   QStringLiteral("lease_until_ms")};

const int kContentCount = int(std::size(kContent));
const int kProgressAt = kContentCount + 12;
const int kLeaseAt = kProgressAt + 4;
const int kPublishIdAt = kContentCount + 4; // in kRecordColumns

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

} // namespace

const QStringList &PostRow::contentColumns()
{
    static const QStringList columns = contentList();
    return columns;
}

const QStringList &PostRow::insertColumns()
{
    static const QStringList columns = contentList() + kRecordColumns;
    return columns;
}

const QStringList &PostRow::selectColumns()
{
    static const QStringList columns = contentList() + kRecordColumns + kProgressColumns + kLeaseColumns;
    return columns;
}

QString PostRow::selectList()
{
    return selectColumns().join(QStringLiteral(", "));
}

QVariantList PostRow::contentValues(const Post &p)
{
    using Db = WorkspaceDb;
    return {Db::text(p.accountId),
            Db::text(toString(p.kind)),
            Db::text(p.mediaPath),
            Db::text(p.projectPath),
            toJson(p.photoPaths),
            Db::text(p.caption),
            Db::text(p.photoTitle),
            Db::text(p.privacyLevel),
            flag(p.allowComment),
            flag(p.allowDuet),
            flag(p.allowStitch),
            flag(p.brandOrganic),
            flag(p.brandContent),
            flag(p.isAigc),
            qlonglong(p.coverMs),
            Db::text(p.scheduled.localDateTime),
            Db::text(p.scheduled.timeZone),
            Db::millis(p.scheduled.utc),
            Db::text(p.dealId)};
}

QVariantList PostRow::insertValues(const Post &p)
{
    using Db = WorkspaceDb;
    return contentValues(p)
           + QVariantList{Db::text(p.id),
                          Db::text(toString(p.state)),
                          Db::text(p.failCode),
                          Db::text(p.failReason),
                          Db::text(p.publishId),
                          Db::text(p.platformPostId),
                          p.attempts,
                          Db::millis(p.nextAttemptUtc),
                          Db::text(p.createdBy),
                          Db::millis(p.createdAt),
                          Db::millis(p.updatedAt),
                          qlonglong(p.version)};
}

QStringList PostRow::changedFields(const Post &before, const Post &after)
{
    const QVariantList a = contentValues(before);
    const QVariantList b = contentValues(after);
    QStringList fields;
    for (int i = 0; i < kContentCount; ++i) {
        const bool same = a.at(i).isNull() == b.at(i).isNull() && a.at(i) == b.at(i);
        const QString field = QLatin1String(kContent[i].field);
        if (!same && !fields.contains(field))
            fields << field;
    }
    return fields;
}

Post PostRow::readPost(const QSqlQuery &q)
{
    Post p;
    int i = 0;
    const auto next = [&q, &i]() { return q.value(i++); };
    p.accountId = next().toString();
    p.kind = postKindFromString(next().toString()).value_or(PostKind::VideoFile);
    p.mediaPath = next().toString();
    p.projectPath = next().toString();
    p.photoPaths = listFromJson(next().toString());
    p.caption = next().toString();
    p.photoTitle = next().toString();
    p.privacyLevel = next().toString();
    p.allowComment = next().toInt() != 0;
    p.allowDuet = next().toInt() != 0;
    p.allowStitch = next().toInt() != 0;
    p.brandOrganic = next().toInt() != 0;
    p.brandContent = next().toInt() != 0;
    p.isAigc = next().toInt() != 0;
    p.coverMs = next().toLongLong();
    p.scheduled.localDateTime = next().toString();
    p.scheduled.timeZone = next().toString();
    p.scheduled.utc = WorkspaceDb::toUtc(next());
    p.dealId = next().toString();
    p.id = next().toString();
    p.state = postStateFromString(next().toString()).value_or(PostState::Draft);
    p.failCode = next().toString();
    p.failReason = next().toString();
    p.publishId = next().toString();
    p.platformPostId = next().toString();
    p.attempts = next().toInt();
    p.nextAttemptUtc = WorkspaceDb::toUtc(next());
    p.createdBy = next().toString();
    p.createdAt = WorkspaceDb::toUtc(next());
    p.updatedAt = WorkspaceDb::toUtc(next());
    p.version = next().toLongLong();
    return p;
}

PublishProgress PostRow::readProgress(const QSqlQuery &q)
{
    PublishProgress progress;
    progress.stage =
        publishStageFromString(q.value(kProgressAt).toString()).value_or(PublishStage::NotStarted);
    progress.initSentAt = WorkspaceDb::toUtc(q.value(kProgressAt + 1));
    progress.uploadState = objectFromJson(q.value(kProgressAt + 2).toString());
    progress.renderedPath = q.value(kProgressAt + 3).toString();
    progress.publishId = q.value(kPublishIdAt).toString();
    return progress;
}

PostRow::Lease PostRow::readLease(const QSqlQuery &q)
{
    return {q.value(kLeaseAt).toString(), q.value(kLeaseAt + 1).toString(),
            WorkspaceDb::toUtc(q.value(kLeaseAt + 2))};
}

PostRow::Record PostRow::readRecord(const QSqlQuery &q)
{
    return {readPost(q), readProgress(q), readLease(q)};
}

Result<PostRow::Record> PostRow::fetch(WorkspaceDb &db, const QString &id, bool lock)
{
    auto q = db.query(QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM posts WHERE id = ?")
                          + (lock ? db.dialect().lockRows() : QString()),
                      {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return WorkspaceErrors::postNotFound(id);
    Record record = readRecord(*q);
    q.value().finish();
    return record;
}

Result<void> PostRow::update(WorkspaceDb &db, const QString &id, const Assignments &assignments)
{
    QStringList sets;
    QVariantList values;
    for (const auto &[column, value] : assignments) {
        sets << QString(column + QStringLiteral(" = ?"));
        values << value;
    }
    sets << QStringLiteral("version = version + 1") << QStringLiteral("updated_at_ms = ?");
    values << WorkspaceDb::millis(QDateTime::currentDateTimeUtc()) << id;
    auto q = db.query(QStringLiteral("UPDATE posts SET ") + sets.join(QStringLiteral(", "))
                          + QStringLiteral(" WHERE id = ?"),
                      values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return WorkspaceErrors::postNotFound(id);
    return {};
}

QString PostRow::toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString PostRow::toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList PostRow::listFromJson(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array)
        list << value.toString();
    return list;
}

QJsonObject PostRow::objectFromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace montaj
