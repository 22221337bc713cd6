#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace montaj {

class WorkspaceDb;

// A posts row as C++ values and back: the column lists, the values to bind and the reader, kept side
// by side so they cannot drift apart, plus the two statements every post write shares (read one row,
// update one row). Not the lifecycle rules.
class PostRow
{
public:
    // Everything SELECTed for a post: the post's columns, then progress, then lease.
    static const QStringList &selectColumns();
    static QString selectList(); // "id, account_id, …"

    // INSERT of a new post: the post's columns (progress and lease take their defaults).
    static const QStringList &insertColumns();
    static QVariantList insertValues(const Post &post);

    // The columns a person edits (updatePost), their values, and the field each one belongs to.
    static const QStringList &contentColumns();
    static QVariantList contentValues(const Post &post);
    // Names of the fields that differ between two versions ("caption", "scheduled" …).
    static QStringList changedFields(const Post &before, const Post &after);

    struct Lease
    {
        QString owner;
        QString token;
        QDateTime until;
    };
    // Read the current row of a query made with selectList().
    static Post readPost(const QSqlQuery &query);
    static PublishProgress readProgress(const QSqlQuery &query);
    static Lease readLease(const QSqlQuery &query);

    // A whole row: the post, its publishing progress and its lease.
    struct Record
    {
        Post post;
        PublishProgress progress;
        Lease lease;
    };
    static Record readRecord(const QSqlQuery &query);
    // One row by id; `lock` adds FOR UPDATE on PostgreSQL (inside a write transaction).
    // "workspace.not_found" when there is none.
    static Result<Record> fetch(WorkspaceDb &db, const QString &id, bool lock);
    // UPDATE of one row: the given columns plus version + 1 and updated_at now.
    using Assignments = QList<QPair<QString, QVariant>>;
    static Result<void> update(WorkspaceDb &db, const QString &id, const Assignments &assignments);

    static QString toJson(const QStringList &list);
    static QString toJson(const QJsonObject &object);
    static QStringList listFromJson(const QString &text);
    static QJsonObject objectFromJson(const QString &text);
};

} // namespace montaj
