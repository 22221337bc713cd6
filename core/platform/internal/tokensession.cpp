#include "core/platform/internal/tokensession.h"

#include "core/platform/internal/platformlog.h"
#include "core/platform/platformerror.h"

namespace montaj {

TokenSession::TokenSession(const PlatformProfile &profile, TokenEndpoint *endpoint, TokenStore *store,
                           QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_endpoint(endpoint)
    , m_store(store)
{}

void TokenSession::adopt(const TokenGrant &grant, const QStringList &requestedScopes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (grant.openId != m_session.openId)
        m_session = AccountSession{};
    m_session.profileId = m_profile.id();
    m_session.openId = grant.openId;
    if (!requestedScopes.isEmpty())
        m_session.requestedScopes = requestedScopes;
    if (!grant.scopes.isEmpty())
        m_session.grantedScopes = grant.scopes;
    m_accessToken = grant.accessToken;
    m_session.accessExpiresAt = now.addSecs(grant.expiresInSec);
    // Refresh ahead, but never more than half the lifetime ahead (short-lived test tokens).
    m_refreshAheadSec = qMin(m_profile.tokenProfile().refreshAheadSec, grant.expiresInSec / 2);
    if (!grant.refreshToken.isEmpty()) { // rotation: the newest one is the only one that works
        m_refreshToken = grant.refreshToken;
        if (grant.refreshExpiresInSec > 0)
            m_session.refreshExpiresAt = now.addSecs(grant.refreshExpiresInSec);
    }
    qCInfo(lcPlatformTokens).noquote() << QStringLiteral("session for open_id %1 valid for %2 s")
                                              .arg(m_session.openId)
                                              .arg(grant.expiresInSec);
    persist();
    Q_EMIT changed();
}

void TokenSession::restore(const StoredAccount &account)
{
    m_session = AccountSession{};
    m_session.profileId = account.profileId;
    m_session.openId = account.openId;
    m_session.grantedScopes = account.grantedScopes;
    m_session.refreshExpiresAt = account.refreshExpiresAt;
    m_accessToken.clear();
    m_refreshToken = account.refreshToken;
    Q_EMIT changed();
}

void TokenSession::clear()
{
    m_session = AccountSession{};
    m_accessToken.clear();
    m_refreshToken.clear();
    Q_EMIT changed();
}

void TokenSession::persist()
{
    if (!m_store || m_refreshToken.isEmpty())
        return;
    m_store->save(StoredAccount{m_profile.id(), m_session.openId, m_refreshToken, m_session.refreshExpiresAt,
                                m_session.grantedScopes},
                  [](const Result<void> &saved) {
                      if (!saved)
                          qCWarning(lcPlatformTokens) << "could not keep the sign-in:" << saved.error().code;
                  });
}

bool TokenSession::accessIsFresh() const
{
    if (m_accessToken.isEmpty() || !m_session.accessExpiresAt.isValid())
        return false;
    return QDateTime::currentDateTimeUtc().addSecs(m_refreshAheadSec) < m_session.accessExpiresAt;
}

void TokenSession::accessToken(TokenCallback done)
{
    if (accessIsFresh()) {
        done(m_accessToken);
        return;
    }
    refreshNow([this, done = std::move(done)](const Result<void> &refreshed) {
        if (!refreshed)
            done(refreshed.error());
        else
            done(m_accessToken);
    });
}

void TokenSession::invalidate(const QString &usedToken)
{
    if (!usedToken.isEmpty() && usedToken == m_accessToken)
        m_accessToken.clear();
}

void TokenSession::refreshNow(DoneCallback done)
{
    m_waiters.push_back(std::move(done));
    if (m_refreshing)
        return; // joins the refresh in flight
    if (m_refreshToken.isEmpty()) {
        finishRefresh(PlatformError::make(PlatformErrorKind::NotSignedIn));
        return;
    }
    m_refreshing = true;
    ++m_refreshCount;
    qCInfo(lcPlatformTokens) << "refreshing the access token";
    m_endpoint->refresh(m_refreshToken, [this](Result<TokenGrant> grant) {
        m_refreshing = false;
        if (grant) {
            TokenGrant value = *grant;
            if (value.openId.isEmpty())
                value.openId = m_session.openId;
            adopt(value, {});
            finishRefresh({});
            return;
        }
        const Error error = grant.error();
        qCWarning(lcPlatformTokens) << "refresh failed:" << error.code;
        if (PlatformError::actionOf(error) == RecoveryAction::Permanent) {
            // invalid_grant and friends: the refresh token is dead, only a new sign-in helps.
            m_accessToken.clear();
            Q_EMIT signInRequired(error);
        }
        finishRefresh(error);
    });
}

void TokenSession::finishRefresh(const Result<void> &outcome)
{
    std::vector<DoneCallback> waiters;
    waiters.swap(m_waiters);
    for (DoneCallback &waiter : waiters)
        waiter(outcome);
}

} // namespace montaj
