#include "core/sandbox/internal/tokenstore.h"

#include "core/sandbox/internal/sandboxstore.h"

namespace montaj::sandbox {

bool TokenStore::insertCode(const QString &codeHash, const AuthCodeRecord &code)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("INSERT INTO auth_codes (code_hash, client_key, redirect_uri, "
                                          "open_id, scopes, challenge, expires_at_ms) "
                                          "VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(codeHash);
    q.addBindValue(sqlText(code.clientKey));
    q.addBindValue(sqlText(code.redirectUri));
    q.addBindValue(sqlText(code.openId));
    q.addBindValue(sqlText(code.scopes));
    q.addBindValue(sqlText(code.challenge));
    q.addBindValue(code.expiresAtMs);
    return runQuery(q);
}

std::optional<AuthCodeRecord> TokenStore::code(const QString &codeHash) const
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("SELECT client_key, redirect_uri, open_id, scopes, challenge, "
                                          "expires_at_ms, used, grant_id FROM auth_codes "
                                          "WHERE code_hash = ?"));
    q.addBindValue(codeHash);
    if (!runQuery(q) || !q.next())
        return std::nullopt;
    AuthCodeRecord code;
    code.clientKey = q.value(0).toString();
    code.redirectUri = q.value(1).toString();
    code.openId = q.value(2).toString();
    code.scopes = q.value(3).toString();
    code.challenge = q.value(4).toString();
    code.expiresAtMs = q.value(5).toLongLong();
    code.used = q.value(6).toInt() != 0;
    code.grantId = q.value(7).toLongLong();
    return code;
}

bool TokenStore::markCodeUsed(const QString &codeHash, qint64 grantId)
{
    QSqlQuery q = prepareQuery(
        m_db, QStringLiteral("UPDATE auth_codes SET used = 1, grant_id = ? WHERE code_hash = ?"));
    q.addBindValue(grantId);
    q.addBindValue(codeHash);
    return runQuery(q);
}

qint64 TokenStore::insertGrant(const QString &openId, const QString &clientKey, const QString &scopes,
                               qint64 nowMs)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("INSERT INTO grants (open_id, client_key, scopes, created_at_ms) "
                                          "VALUES (?,?,?,?)"));
    q.addBindValue(sqlText(openId));
    q.addBindValue(sqlText(clientKey));
    q.addBindValue(sqlText(scopes));
    q.addBindValue(nowMs);
    if (!runQuery(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool TokenStore::revokeGrant(qint64 grantId)
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("UPDATE grants SET revoked = 1 WHERE id = ?"));
    q.addBindValue(grantId);
    return runQuery(q);
}

bool TokenStore::insertToken(const QString &tokenHash, const QString &kind, qint64 grantId,
                             qint64 expiresAtMs)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("INSERT INTO tokens (token_hash, kind, grant_id, expires_at_ms) "
                                          "VALUES (?,?,?,?)"));
    q.addBindValue(tokenHash);
    q.addBindValue(sqlText(kind));
    q.addBindValue(grantId);
    q.addBindValue(expiresAtMs);
    return runQuery(q);
}

std::optional<TokenRecord> TokenStore::token(const QString &tokenHash) const
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("SELECT t.kind, t.grant_id, t.expires_at_ms, t.revoked, g.open_id, "
                                          "g.client_key, g.scopes, g.revoked FROM tokens t "
                                          "JOIN grants g ON g.id = t.grant_id WHERE t.token_hash = ?"));
    q.addBindValue(tokenHash);
    if (!runQuery(q) || !q.next())
        return std::nullopt;
    TokenRecord token;
    token.kind = q.value(0).toString();
    token.grantId = q.value(1).toLongLong();
    token.expiresAtMs = q.value(2).toLongLong();
    token.revoked = q.value(3).toInt() != 0;
    token.openId = q.value(4).toString();
    token.clientKey = q.value(5).toString();
    token.scopes = q.value(6).toString();
    token.grantRevoked = q.value(7).toInt() != 0;
    return token;
}

bool TokenStore::revokeToken(const QString &tokenHash)
{
    QSqlQuery q = prepareQuery(m_db, QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"));
    q.addBindValue(tokenHash);
    return runQuery(q);
}

bool TokenStore::expireAll(const QString &kind, qint64 nowMs)
{
    QSqlQuery q =
        prepareQuery(m_db, QStringLiteral("UPDATE tokens SET expires_at_ms = ? WHERE expires_at_ms > ? "
                                          "AND (? = '' OR kind = ?)"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(sqlText(kind));
    q.addBindValue(sqlText(kind));
    return runQuery(q);
}

} // namespace montaj::sandbox
