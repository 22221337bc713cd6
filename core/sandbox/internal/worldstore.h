#pragma once

#include "core/sandbox/internal/sandboxrecords.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace montaj::sandbox {

// Reads and writes the sandbox world's accounts, videos and past LIVE sessions. Not the tokens (TokenStore)
// nor the publishes (PublishStore).
class WorldStore
{
public:
    explicit WorldStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool insertAccount(const SandboxAccount &account);
    std::optional<SandboxAccount> account(const QString &openId) const;
    std::optional<SandboxAccount> accountByUsername(const QString &username) const;
    QList<SandboxAccount> accounts() const;

    bool insertVideo(const SandboxVideo &video);
    // Newest first, created strictly before `beforeMs`, every privacy.
    QList<SandboxVideo> videosBefore(const QString &openId, qint64 beforeMs, int limit) const;
    bool hasVideoBefore(const QString &openId, qint64 beforeMs) const;
    QList<SandboxVideo> videosByIds(const QString &openId, const QStringList &ids) const;
    QList<SandboxVideo> videos(const QString &openId) const;

    bool insertLiveSession(const LiveSessionRecord &session);
    QList<LiveSessionRecord> liveSessions(const QString &openId) const; // newest first

private:
    QSqlDatabase m_db;
};

} // namespace montaj::sandbox
