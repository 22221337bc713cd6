#include "bench/benchplatform.h"

#include "core/platform/platformprofile.h"
#include "core/platform/uploader.h"
#include "core/sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace montaj::bench {

Result<SignedInApi> signIn(const QUrl &base, HttpClient *http, const QStringList &scopes)
{
    Result<PlatformProfile> profile = PlatformProfile::load(QStringLiteral("sandbox"), base);
    if (!profile)
        return profile.error();
    SignedInApi signedIn;
    signedIn.store = std::make_unique<MemoryTokenStore>();
    signedIn.api = std::make_unique<TikTokApi>(
        *profile, ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()}, http,
        signedIn.store.get());
    Result<AuthorizationRequest> request =
        signedIn.api->beginAuthorization(scopes, QUrl(QStringLiteral("http://127.0.0.1:53682/callback/")));
    if (!request)
        return request.error();

    // The "browser": the sandbox approves at once and redirects to the loopback listener, which
    // nobody needs to run here: the code is read from the Location header.
    QNetworkAccessManager browser;
    QNetworkRequest get(request->url);
    get.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = browser.get(get);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    const QUrlQuery query(location);
    OAuthCallback callback;
    callback.code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    callback.state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    callback.grantedScopes =
        query.queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    if (callback.code.isEmpty())
        return Error(QStringLiteral("bench.sign_in_failed"),
                     QStringLiteral("The sandbox did not redirect with a code (is autoApprove on?)."));
    TikTokApi *api = signedIn.api.get();
    Result<AccountSession> session =
        await<AccountSession>([api, &request, &callback](PlatformCallback<AccountSession> done) {
            api->exchangeCode(*request, callback, std::move(done));
        });
    if (!session)
        return session.error();
    return signedIn;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Result<UploadTicket> initPost(TikTokApi *api, const ChunkPlan &plan, const QString &title,
                              const QString &privacy)
{
    const Result<CreatorInfo> creator =
        await<CreatorInfo>([api](PlatformCallback<CreatorInfo> done) { api->creatorInfo(done); });
    if (!creator)
        return creator.error();
    PostInfo post;
    post.title = title;
    post.privacyLevel = privacy;
    return await<UploadTicket>([api, &post, &plan](PlatformCallback<UploadTicket> done) {
        api->initDirectPost(post, VideoSource::fileUpload(plan), done);
    });
}

Result<PublishStatus> waitForOutcome(TikTokApi *api, const QString &publishId, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        const Result<PublishStatus> status = await<PublishStatus>(
            [api, &publishId](PlatformCallback<PublishStatus> done) { api->fetchStatus(publishId, done); });
        if (!status || status->isTerminal() || timer.elapsed() > timeoutMs)
            return status;
        pause(500);
    }
}

Result<void> runUploader(Uploader &uploader, const std::function<Result<void>()> &begin)
{
    QEventLoop loop;
    Result<void> outcome;
    const QMetaObject::Connection finished =
        QObject::connect(&uploader, &Uploader::finished, &loop, &QEventLoop::quit);
    const QMetaObject::Connection failed =
        QObject::connect(&uploader, &Uploader::failed, &loop, [&](const Error &error) {
            outcome = error;
            loop.quit();
        });
    if (Result<void> started = begin(); !started)
        outcome = started;
    else
        loop.exec();
    QObject::disconnect(finished);
    QObject::disconnect(failed);
    return outcome;
}

} // namespace montaj::bench
