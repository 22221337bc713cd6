#include "core/publish/store/internal/migrationrunner.h"

#include "core/publish/store/internal/workspacedb.h"

#include <QDateTime>

namespace montaj {

Result<int> MigrationRunner::storedVersion(WorkspaceDb &db, const Schema &schema)
{
    auto q = db.query(QStringLiteral("SELECT MAX(version) FROM %1").arg(schema.versionTable));
    if (!q)
        return q.error();
    return q.value().next() ? q->value(0).toInt() : 0;
}

Result<int> MigrationRunner::apply(WorkspaceDb &db, const Schema &schema)
{
    const QString where = db.location().display();
    const int latest = int(schema.steps.size());
    // Up to date (the common case): read without taking the write lock.
    auto exists = db.query(db.dialect().tableExists(schema.versionTable));
    if (!exists)
        return exists.error();
    const bool known = exists.value().next() && exists->value(0).toInt() > 0;
    exists.value().finish();
    if (known) {
        auto version = storedVersion(db, schema);
        if (!version)
            return version;
        if (*version > latest)
            return schema.tooNew(where, *version, latest);
        if (*version == latest)
            return latest;
    }

    WorkspaceTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (const QString lock = db.dialect().migrationLock(); !lock.isEmpty())
        if (auto locked = db.execute(lock); !locked)
            return locked.error();
    if (auto created = db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS %1"
                                                 " (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
                                      .arg(schema.versionTable));
        !created)
        return created.error();
    auto version = storedVersion(db, schema);
    if (!version)
        return version;
    if (*version > latest)
        return schema.tooNew(where, *version, latest);
    for (int v = *version + 1; v <= latest; ++v) {
        for (const QString &sql : schema.steps.at(v - 1)(db.dialect()))
            if (auto done = db.execute(sql); !done)
                return done.error();
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        auto recorded = db.query(
            QStringLiteral("INSERT INTO %1 (version, applied_at) VALUES (?, ?)").arg(schema.versionTable),
            {v, at});
        if (!recorded)
            return recorded.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return latest;
}

} // namespace montaj
