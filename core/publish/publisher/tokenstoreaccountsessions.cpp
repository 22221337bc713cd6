#include "core/publish/publisher/tokenstoreaccountsessions.h"

#include "core/platform/platformerror.h"
#include "core/platform/tokenstore.h"
#include "core/publish/publisher/internal/publisherlog.h"

#include <QPointer>
#include <QTimer>

namespace montaj {

TokenStoreAccountSessions::TokenStoreAccountSessions(TokenStore *tokens, HttpClient *http, AppResolver apps,
                                                     QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_http(http)
    , m_apps(std::move(apps))
{}

TokenStoreAccountSessions::~TokenStoreAccountSessions() = default;

void TokenStoreAccountSessions::acquire(const WorkspaceAccount &account,
                                        std::function<void(Result<PlatformApi *>)> done)
{
    const auto answer = [this](std::function<void(Result<PlatformApi *>)> callback,
                               Result<PlatformApi *> result) {
        QTimer::singleShot(
            0, this, [callback = std::move(callback), result = std::move(result)] { callback(result); });
    };
    if (account.openId.isEmpty() || account.profileId.isEmpty())
        return answer(std::move(done),
                      Error(QStringLiteral("publish.not_signed_in"),
                            tr("@%1 has never been signed in on this computer. Sign in to the account, then "
                               "schedule the post again.")
                                .arg(account.username),
                            {{QStringLiteral("account"), account.id}}));
    const QString key = TokenStore::keyFor(account.profileId, account.openId);
    std::shared_ptr<Session> &session = m_sessions[key];
    if (!session) {
        Result<PlatformApp> app =
            m_apps ? m_apps(account.profileId)
                   : Result<PlatformApp>(Error(QStringLiteral("publish.unknown_profile"),
                                               tr("No app is configured for this platform.")));
        if (!app) {
            m_sessions.remove(key);
            return answer(std::move(done), app.error());
        }
        session = std::make_shared<Session>();
        session->api = std::make_unique<TikTokApi>(app->profile, app->credentials, m_http, m_tokens);
        if (m_retry)
            session->api->setRetryPolicy(*m_retry);
        connect(session->api.get(), &PlatformApi::signInRequired, this,
                [weak = std::weak_ptr<Session>(session)] {
                    if (auto s = weak.lock())
                        s->ready = false;
                });
    }
    if (session->ready)
        return answer(std::move(done), session->api.get());
    session->waiting.append(std::move(done));
    if (session->restoring)
        return;
    session->restoring = true;
    QPointer<TokenStoreAccountSessions> self(this);
    session->api->restoreSession(account.openId, [self, key, account](Result<AccountSession> restored) {
        if (self)
            self->finishRestore(key, account, std::move(restored));
    });
}

void TokenStoreAccountSessions::finishRestore(const QString &key, const WorkspaceAccount &account,
                                              Result<AccountSession> restored)
{
    const std::shared_ptr<Session> session = m_sessions.value(key);
    if (!session)
        return;
    session->restoring = false;
    Result<PlatformApi *> outcome = session->api.get();
    if (restored) {
        session->ready = true;
        qCInfo(lcPublisher) << "restored the session of" << account.username;
    } else {
        const PlatformErrorKind kind = PlatformError::kindOf(restored.error());
        if (kind == PlatformErrorKind::NotSignedIn || kind == PlatformErrorKind::OAuthInvalidGrant)
            outcome = Error(
                QStringLiteral("publish.not_signed_in"),
                tr("@%1 is not signed in on this computer any more. Sign in to the account again, "
                   "then schedule the post again.")
                    .arg(account.username),
                {{QStringLiteral("account"), account.id}, {QStringLiteral("cause"), restored.error().code}});
        else
            outcome = restored.error();
    }
    const auto waiting = std::exchange(session->waiting, {});
    for (const auto &done : waiting)
        done(outcome);
}

} // namespace montaj
