#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace montaj::sandbox {

// The sandbox's SQLite file (<stateDir>/sandbox.sqlite): opens it under a connection name of its
// own, in WAL mode with synchronous=FULL, and creates the schema. The table-specific stores
// (WorldStore, TokenStore, PublishStore) work on its database. Not shared between threads.
class SandboxStore
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)

public:
    explicit SandboxStore(QString connectionName);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    Result<void> open(const QString &filePath);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

private:
    QString m_connectionName;
    QSqlDatabase m_db;
};

// BEGIN IMMEDIATE … COMMIT around the writes of one request; rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begun() const { return m_begun; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
};

// A string for a NOT NULL TEXT column: a null QString would bind as SQL NULL.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// Runs a prepared query, logging (without bound values) when it fails.
bool runQuery(QSqlQuery &query);
QSqlQuery prepareQuery(const QSqlDatabase &db, const QString &sql);

} // namespace montaj::sandbox
