#pragma once

#include "core/platform/internal/tokenendpoint.h"
#include "core/platform/platformprofile.h"
#include "core/platform/platformtypes.h"
#include "core/platform/tokenstore.h"

#include <QObject>

#include <functional>
#include <vector>

namespace montaj {

// The signed-in account's tokens: the access token in memory only, the newest refresh token
// persisted through the TokenStore after every grant (rotation). Hands out a fresh access token,
// refreshing ahead of expiry; at most one refresh is in flight and everyone waiting shares it.
// Internal to TikTokApi.
class TokenSession : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Result<void>)>;

    TokenSession(const PlatformProfile &profile, TokenEndpoint *endpoint, TokenStore *store, QObject *parent);

    void adopt(const TokenGrant &grant, const QStringList &requestedScopes);
    void restore(const StoredAccount &account); // refresh token only; the next call refreshes
    void clear();

    // A usable access token: the current one, or a new one after a refresh.
    void accessToken(TokenCallback done);
    // Refreshes now (joins a refresh already in flight).
    void refreshNow(DoneCallback done);
    // The platform said access_token_invalid for `usedToken`: drop it unless a refresh replaced it.
    void invalidate(const QString &usedToken);

    AccountSession session() const { return m_session; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    bool isRefreshing() const { return m_refreshing; }
    int refreshCount() const { return m_refreshCount; } // for tests: refreshes actually sent

Q_SIGNALS:
    void changed();
    void signInRequired(const montaj::Error &reason);

private:
    bool accessIsFresh() const;
    void persist();
    void finishRefresh(const Result<void> &outcome);

    const PlatformProfile &m_profile;
    TokenEndpoint *m_endpoint = nullptr;
    TokenStore *m_store = nullptr;
    AccountSession m_session;
    QString m_accessToken;
    QString m_refreshToken;
    qint64 m_refreshAheadSec = 0;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    std::vector<DoneCallback> m_waiters;
};

} // namespace montaj
