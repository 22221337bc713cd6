#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace montaj::sandbox {

// An authorization code as stored: only its SHA-256 is the key, never the code.
struct AuthCodeRecord
{
    QString clientKey;
    QString redirectUri;
    QString openId;
    QString scopes; // comma-separated, as granted
    QString challenge;
    qint64 expiresAtMs = 0;
    bool used = false;
    qint64 grantId = 0; // the grant it was exchanged for (0 while unused)
};

// An access or refresh token as stored (by SHA-256), with the grant it belongs to.
struct TokenRecord
{
    QString kind; // "access" or "refresh"
    qint64 grantId = 0;
    qint64 expiresAtMs = 0;
    bool revoked = false;
    QString openId;
    QString clientKey;
    QString scopes;
    bool grantRevoked = false;

    bool usableAt(qint64 nowMs) const { return !revoked && !grantRevoked && nowMs < expiresAtMs; }
};

// The sandbox's OAuth state: authorization codes, grants (one per approval) and tokens. Keys are
// SHA-256 hex digests; the secrets themselves are never stored. Not the issuing logic (TokenEndpoint).
class TokenStore
{
public:
    explicit TokenStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool insertCode(const QString &codeHash, const AuthCodeRecord &code);
    std::optional<AuthCodeRecord> code(const QString &codeHash) const;
    bool markCodeUsed(const QString &codeHash, qint64 grantId);

    // The new grant's id, or 0 on failure.
    qint64 insertGrant(const QString &openId, const QString &clientKey, const QString &scopes, qint64 nowMs);
    bool revokeGrant(qint64 grantId);

    bool insertToken(const QString &tokenHash, const QString &kind, qint64 grantId, qint64 expiresAtMs);
    std::optional<TokenRecord> token(const QString &tokenHash) const;
    bool revokeToken(const QString &tokenHash);
    // Makes every live token of `kind` ("access", "refresh", or empty for both) expire at `nowMs`.
    bool expireAll(const QString &kind, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace montaj::sandbox
