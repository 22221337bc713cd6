#pragma once

#include "core/foundation/result.h"
#include "core/platform/httpclient.h"

#include <QStringList>
#include <QUrl>

#include <functional>

namespace montaj {

// One answer of the token endpoint. accessToken and refreshToken are secrets.
struct TokenGrant
{
    QString openId;
    QStringList scopes;
    QString accessToken;
    qint64 expiresInSec = 0;
    QString refreshToken; // empty when the server did not send one (keep the old one then)
    qint64 refreshExpiresInSec = 0;
    QString tokenType;
};

// POST /v2/oauth/token/ (form-encoded): code exchange and refresh, and the parser for its answers,
// which have their own error shape {"error","error_description","log_id"}. Internal to TikTokApi.
class TokenEndpoint
{
public:
    using GrantCallback = std::function<void(Result<TokenGrant>)>;

    TokenEndpoint(HttpClient *http, QObject *context, QUrl tokenUrl, QString clientKey, QString clientSecret);

    void exchange(const QString &code, const QByteArray &codeVerifier, const QUrl &redirectUri,
                  GrantCallback done);
    void refresh(const QString &refreshToken, GrantCallback done);

    static Result<TokenGrant> parse(const HttpResponse &response, const QString &path);

private:
    void post(const QList<QPair<QString, QString>> &form, GrantCallback done);

    HttpClient *m_http = nullptr;
    QObject *m_context = nullptr;
    QUrl m_tokenUrl;
    QString m_clientKey;
    QString m_clientSecret;
};

} // namespace montaj
