#include "core/publish/publisher/sandboxaccountsessions.h"

#include "core/platform/httpclient.h"
#include "core/platform/platformerror.h"
#include "core/platform/platformprofile.h"
#include "core/publish/publisher/internal/publisherlog.h"

#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace montaj {
namespace {

// Nobody listens here: the sandbox's redirect is read from its Location header, not followed.
const QUrl kRedirectUri(QStringLiteral("http://127.0.0.1:53682/callback/"));

template<typename T>
void answerLater(QObject *context, std::function<void(Result<T>)> done, Result<T> result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace

SandboxAccountSessions::SandboxAccountSessions(QUrl sandboxBase, ClientCredentials app, HttpClient *http,
                                               QObject *parent)
    : QObject(parent)
    , m_base(std::move(sandboxBase))
    , m_app(std::move(app))
    , m_http(http)
    , m_scopes(defaultScopes())
{}

SandboxAccountSessions::~SandboxAccountSessions() = default;

QStringList SandboxAccountSessions::defaultScopes()
{
    return {QStringLiteral("user.info.basic"), QStringLiteral("video.publish"),
            QStringLiteral("video.upload"), QStringLiteral("video.list")};
}

void SandboxAccountSessions::acquire(const WorkspaceAccount &account,
                                     std::function<void(Result<PlatformApi *>)> done)
{
    const QString key = account.username;
    std::shared_ptr<Session> &session = m_sessions[key];
    if (!session) {
        Result<PlatformProfile> profile = PlatformProfile::load(QStringLiteral("sandbox"), m_base);
        if (!profile) {
            m_sessions.remove(key);
            return answerLater<PlatformApi *>(this, std::move(done), profile.error());
        }
        session = std::make_shared<Session>();
        session->tokens = std::make_unique<MemoryTokenStore>();
        session->api = std::make_unique<TikTokApi>(*profile, m_app, m_http, session->tokens.get());
        if (m_retry)
            session->api->setRetryPolicy(*m_retry);
        // The grant cannot be renewed any more: sign in again next time.
        connect(session->api.get(), &PlatformApi::signInRequired, this,
                [weak = std::weak_ptr<Session>(session)] {
                    if (auto s = weak.lock())
                        s->signedIn = false;
                });
    }
    if (session->signedIn) {
        const QString openId = session->api->session().openId;
        if (!account.openId.isEmpty() && openId != account.openId)
            return answerLater<PlatformApi *>(this, std::move(done), mismatch(account, openId));
        return answerLater<PlatformApi *>(this, std::move(done), session->api.get());
    }
    session->waiting.append(std::move(done));
    if (session->signingIn)
        return;
    session->signingIn = true;
    QPointer<SandboxAccountSessions> self(this);
    signIn(session->api.get(), m_http, account.username, m_scopes,
           [self, key, account](Result<AccountSession> signedIn) {
               if (self)
                   self->finishSignIn(key, account, std::move(signedIn));
           });
}

Error SandboxAccountSessions::mismatch(const WorkspaceAccount &account, const QString &openId)
{
    return Error(QStringLiteral("publish.account_mismatch"),
                 tr("The sandbox signed in a different account than @%1 (open_id %2, expected %3).")
                     .arg(account.username, openId, account.openId),
                 {{QStringLiteral("username"), account.username}});
}

void SandboxAccountSessions::finishSignIn(const QString &key, const WorkspaceAccount &account,
                                          Result<AccountSession> signedIn)
{
    const std::shared_ptr<Session> session = m_sessions.value(key);
    if (!session)
        return;
    session->signingIn = false;
    Result<PlatformApi *> outcome = session->api.get();
    if (!signedIn) {
        outcome = signedIn.error();
    } else if (!account.openId.isEmpty() && signedIn->openId != account.openId) {
        outcome = mismatch(account, signedIn->openId);
    } else {
        session->signedIn = true;
        qCInfo(lcPublisher) << "signed in to the sandbox as" << account.username;
    }
    const auto waiting = std::exchange(session->waiting, {});
    for (const auto &done : waiting)
        done(outcome);
}

void SandboxAccountSessions::signIn(TikTokApi *api, HttpClient *http, const QString &username,
                                    const QStringList &scopes,
                                    std::function<void(Result<AccountSession>)> done)
{
    Result<AuthorizationRequest> request = api->beginAuthorization(scopes, kRedirectUri);
    if (!request)
        return answerLater<AccountSession>(api, std::move(done), request.error());
    // The "browser": the sandbox approves at once (autoApprove) as `account` and redirects with a code.
    HttpRequest get;
    get.method = QByteArrayLiteral("GET");
    get.url = QUrl::fromEncoded(request->url.toEncoded() + "&account=" + QUrl::toPercentEncoding(username));
    get.followRedirects = false;
    QPointer<TikTokApi> target(api);
    http->send(
        std::move(get), api,
        [target, request = *request, done = std::move(done)](Result<HttpResponse> reply) {
            if (!target)
                return;
            if (!reply)
                return done(reply.error());
            const QUrlQuery query(QUrl::fromEncoded(reply->header("location")));
            OAuthCallback callback;
            callback.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
            callback.state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
            callback.grantedScopes = query.queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded)
                                         .split(u',', Qt::SkipEmptyParts);
            if (callback.code.isEmpty()) {
                const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
                return done(Error(QStringLiteral("publish.sandbox_sign_in_failed"),
                                  tr("The sandbox did not sign the account in (%1). Is it running with "
                                     "automatic approval, and does the account exist?")
                                      .arg(error.isEmpty() ? QString::number(reply->status) : error),
                                  {{QStringLiteral("http_status"), reply->status}}));
            }
            if (TikTokApi *client = target.data())
                client->exchangeCode(request, callback, done);
        });
}

} // namespace montaj
