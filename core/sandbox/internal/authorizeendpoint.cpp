#include "core/sandbox/internal/authorizeendpoint.h"

#include "core/sandbox/internal/consentpage.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/tokenstore.h"
#include "core/sandbox/internal/worldstore.h"

namespace montaj::sandbox {
namespace {

const QString kAuthorizePath = QStringLiteral("/v2/auth/authorize/");

} // namespace

void AuthorizeEndpoint::registerRoutes(Router &router)
{
    router.add("GET", kAuthorizePath, [this](const HttpRequest &r) { return authorizePage(r); });
    router.add("POST", kAuthorizePath, [this](const HttpRequest &r) { return authorizeAnswer(r); });
}

QStringList AuthorizeEndpoint::knownScopes()
{
    return {QStringLiteral("user.info.basic"), QStringLiteral("user.info.profile"),
            QStringLiteral("user.info.stats"), QStringLiteral("video.list"),
            QStringLiteral("video.publish"),   QStringLiteral("video.upload")};
}

bool AuthorizeEndpoint::isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("http")
           && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"))
           && url.port() > 0 && url.userInfo().isEmpty() && !url.hasFragment() && url.path().startsWith(u'/');
}

HttpResponse AuthorizeEndpoint::redirectBack(const QString &redirectUri, const FormData::Pairs &pairs)
{
    const QByteArray base = QUrl(redirectUri, QUrl::StrictMode).toEncoded();
    return HttpResponse::redirect(base + (base.contains('?') ? '&' : '?') + FormData::encode(pairs));
}

QString AuthorizeEndpoint::defaultOpenId() const
{
    WorldStore world(m_context.db());
    if (!m_context.options.autoApproveAccount.isEmpty())
        if (const auto account = world.accountByUsername(m_context.options.autoApproveAccount))
            return account->openId;
    const auto accounts = world.accounts();
    return accounts.isEmpty() ? QString() : accounts.first().openId;
}

HttpResponse AuthorizeEndpoint::authorizePage(const HttpRequest &request)
{
    const FormData &q = request.query;
    AuthorizeRequest auth{q.value(QStringLiteral("client_key")),
                          q.value(QStringLiteral("redirect_uri")),
                          q.value(QStringLiteral("state")),
                          {},
                          q.value(QStringLiteral("code_challenge"))};
    if (auth.clientKey != SandboxServer::demoClientKey())
        return HttpResponse::html(
            400, ConsentPage::error(tr("Sign-in failed"), tr("This app is not registered with the sandbox "
                                                             "(unknown client_key).")));
    if (!isLoopbackRedirect(auth.redirectUri))
        return HttpResponse::html(
            400,
            ConsentPage::error(tr("Sign-in failed"),
                               tr("The app asked to be answered at an address the sandbox does not allow. "
                                  "Use http://127.0.0.1:PORT/… or http://localhost:PORT/….")));
    const auto fail = [&](const QString &error, const QString &description) {
        FormData::Pairs pairs = {{QStringLiteral("error"), error},
                                 {QStringLiteral("error_description"), description}};
        if (q.contains(QStringLiteral("state")))
            pairs.append({QStringLiteral("state"), auth.state});
        return redirectBack(auth.redirectUri, pairs);
    };
    if (q.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("response_type must be code."));
    if (auth.challenge.isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge is required."));
    if (q.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"), QStringLiteral("code_challenge_method must be S256."));
    for (const QString &raw : q.value(QStringLiteral("scope")).split(u',', Qt::SkipEmptyParts)) {
        const QString scope = raw.trimmed();
        if (!knownScopes().contains(scope))
            return fail(QStringLiteral("invalid_scope"), QStringLiteral("Unknown scope: %1.").arg(scope));
        if (!auth.scopes.contains(scope))
            auth.scopes.append(scope);
    }
    if (auth.scopes.isEmpty())
        return fail(QStringLiteral("invalid_scope"), QStringLiteral("No scope was requested."));

    if (m_context.options.autoApprove) {
        QStringList granted = auth.scopes;
        if (!m_context.options.autoApproveScopes.isEmpty()) {
            const QStringList allowed = m_context.options.autoApproveScopes.split(u',', Qt::SkipEmptyParts);
            granted.removeIf([&](const QString &s) { return !allowed.contains(s); });
        }
        // Sandbox only: `account=<username>` picks who approves (agency tests sign in many creators).
        QString openId = defaultOpenId();
        if (const QString username = q.value(QStringLiteral("account")); !username.isEmpty()) {
            const auto account = WorldStore(m_context.db()).accountByUsername(username);
            if (!account)
                return fail(QStringLiteral("invalid_request"),
                            QStringLiteral("No sandbox account is called %1.").arg(username));
            openId = account->openId;
        }
        return approve(auth, openId, granted);
    }

    const qint64 now = m_context.nowMs();
    m_pending.removeIf([now](const auto &entry) { return entry.value().expiresAtMs <= now; });
    const QString consentId = PlatformIds::uploadId();
    m_pending.insert(consentId, {auth, now + 10 * 60 * 1000});
    const QUrl redirect(auth.redirectUri);
    ConsentPage::Content content{consentId,
                                 kAuthorizePath,
                                 redirect.host() + u':' + QString::number(redirect.port()),
                                 auth.scopes,
                                 WorldStore(m_context.db()).accounts(),
                                 defaultOpenId()};
    return HttpResponse::html(200, ConsentPage::render(content));
}

HttpResponse AuthorizeEndpoint::authorizeAnswer(const HttpRequest &request)
{
    const FormData form = FormData::parse(request.body);
    const auto pending = m_pending.constFind(form.value(QStringLiteral("consent_id")));
    if (!request.isFormEncoded() || pending == m_pending.cend() || pending->expiresAtMs <= m_context.nowMs())
        return HttpResponse::html(
            400,
            ConsentPage::error(tr("Sign-in expired"), tr("This sign-in page has expired or was already "
                                                         "answered. Start signing in again from Montaj.")));
    const AuthorizeRequest auth = pending->request;
    m_pending.erase(pending);
    FormData::Pairs denied = {
        {QStringLiteral("error"), QStringLiteral("access_denied")},
        {QStringLiteral("error_description"), QStringLiteral("The user denied the request.")},
        {QStringLiteral("state"), auth.state}};
    if (form.value(QStringLiteral("decision")) != QLatin1String("approve"))
        return redirectBack(auth.redirectUri, denied);
    QString openId = form.value(QStringLiteral("account"));
    if (openId.isEmpty())
        openId = defaultOpenId();
    if (!WorldStore(m_context.db()).account(openId))
        return HttpResponse::html(
            400, ConsentPage::error(tr("Sign-in failed"), tr("Choose an account to sign in with.")));
    const QStringList ticked = form.values(QStringLiteral("scope"));
    QStringList granted = auth.scopes;
    granted.removeIf([&](const QString &s) { return !ticked.contains(s); });
    return approve(auth, openId, granted);
}

HttpResponse AuthorizeEndpoint::approve(const AuthorizeRequest &auth, const QString &openId,
                                        const QStringList &granted)
{
    if (granted.isEmpty() || openId.isEmpty())
        return redirectBack(auth.redirectUri,
                            {{QStringLiteral("error"), QStringLiteral("access_denied")},
                             {QStringLiteral("error_description"), QStringLiteral("No scope was granted.")},
                             {QStringLiteral("state"), auth.state}});
    const QString code = PlatformIds::authCode();
    AuthCodeRecord record{auth.clientKey, auth.redirectUri,
                          openId,         granted.join(u','),
                          auth.challenge, m_context.nowMs() + kCodeLifetimeMs,
                          false,          0};
    WriteTransaction transaction(m_context.db());
    if (!transaction.begun() || !TokenStore(m_context.db()).insertCode(PlatformIds::sha256Hex(code), record)
        || !transaction.commit())
        return HttpResponse::html(
            500, ConsentPage::error(tr("Sign-in failed"),
                                    tr("The sandbox could not save the sign-in. Try again.")));
    qCInfo(lcSandbox) << "authorization approved for open_id" << openId << "scopes" << granted.join(u',');
    return redirectBack(auth.redirectUri, {{QStringLiteral("code"), code},
                                           {QStringLiteral("scopes"), granted.join(u',')},
                                           {QStringLiteral("state"), auth.state}});
}

} // namespace montaj::sandbox
