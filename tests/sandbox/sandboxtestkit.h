#pragma once

#include "core/sandbox/sandboxserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace montaj::test {

// One <input> of an HTML form, with the text of the label it sits in.
struct FormInput
{
    QString type, name, value, label;
    bool checked = false;
};
// The inputs of the first <form> of a page and where it posts to (a plain, forgiving reader).
struct HtmlForm
{
    QString method, action;
    QList<FormInput> inputs;
    static HtmlForm parse(const QString &html);
};

// One HTTP answer as the tests look at it.
struct HttpResult
{
    int status = 0; // 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl finalUrl;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString code() const;       // v2 envelope error.code
    QJsonObject data() const;   // v2 envelope data
    QString tokenError() const; // token endpoint "error"
};

struct Tokens
{
    QString accessToken;
    QString refreshToken;
    QString openId;
    QString scope;
    qint64 expiresIn = 0;
    qint64 refreshExpiresIn = 0;
};

struct Pkce
{
    QString verifier;
    QString challenge; // lower-case hex SHA-256, TikTok desktop style
    static Pkce make();
};

// Talks to a running SandboxServer the way a client would, over loopback with
// QNetworkAccessManager, waiting for each answer in a local event loop (so the in-process server
// keeps serving). Redirects are not followed unless asked.
class SandboxTestClient
{
public:
    static constexpr const char *kRedirectUri = "http://127.0.0.1:53682/callback/";

    explicit SandboxTestClient(QUrl base);

    HttpResult get(const QString &pathAndQuery, const QString &token = {});
    HttpResult postJson(const QString &pathAndQuery, const QJsonObject &body, const QString &token = {});
    HttpResult postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    HttpResult put(const QUrl &url, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers);
    HttpResult send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body = {},
                    bool followRedirects = false);

    QUrl authorizeUrl(const QStringList &scopes, const QString &challenge,
                      const QString &state = QStringLiteral("st4te"),
                      const QString &redirectUri = QLatin1String(kRedirectUri)) const;
    static QByteArray encodeForm(const QList<QPair<QString, QString>> &fields);
    // The query items of a redirect Location.
    static QList<QPair<QString, QString>> redirectQuery(const HttpResult &redirect);
    static QString queryValue(const QList<QPair<QString, QString>> &items, const QString &key);

    HttpResult exchange(const QString &code, const QString &verifier,
                        const QString &redirectUri = QLatin1String(kRedirectUri));
    HttpResult refresh(const QString &refreshToken);
    static Tokens tokensOf(const HttpResult &result);
    // With an autoApprove sandbox: authorize, follow nothing, exchange the code.
    Tokens loginAuto(const QStringList &scopes);
    // With a consent-page sandbox: read the page, approve as `username` with all asked scopes.
    Tokens loginByConsent(const QStringList &scopes, const QString &username);

    // Starts a FILE_UPLOAD direct post (or inbox upload); returns the init answer.
    HttpResult initUpload(const QString &token, qint64 videoSize, qint64 chunkSize, qint64 chunkCount,
                          const QString &privacy = QStringLiteral("PUBLIC_TO_EVERYONE"), bool inbox = false);
    HttpResult putChunk(const QUrl &uploadUrl, const QByteArray &bytes, qint64 first, qint64 total,
                        const QByteArray &contentType = "video/mp4");
    // A PULL_FROM_URL video init (direct post unless `inbox`).
    HttpResult initPull(const QString &token, const QString &videoUrl,
                        const QString &privacy = QStringLiteral("PUBLIC_TO_EVERYONE"), bool inbox = false);
    // A photo post: content/init with media_type PHOTO; `postMode` DIRECT_POST or MEDIA_UPLOAD.
    HttpResult initPhotos(const QString &token, const QStringList &urls,
                          const QString &postMode = QStringLiteral("DIRECT_POST"),
                          const QString &privacy = QStringLiteral("PUBLIC_TO_EVERYONE"), int coverIndex = 0);
    // Polls status/fetch until the status leaves PROCESSING_DOWNLOAD/UPLOAD (or the time is up).
    QJsonObject waitForOutcome(const QString &token, const QString &publishId, int timeoutMs = 15000);

    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// A sandbox on a free port with a fresh temporary state unless `options.stateDir` is set.
std::unique_ptr<SandboxServer> startSandbox(SandboxOptions options);
SandboxOptions quickOptions(); // autoApprove, fast moderation

// Writes a picture of `size` (a gradient) with QImage in `format` ("JPEG", "WEBP", "PNG"); the path, or
// an empty string on failure.
QString writePicture(const QString &path, QSize size, const char *format);

// Runs a program to completion while the event loop keeps turning; returns exit code (-1 on failure).
int runProcess(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
               int timeoutMs = 60000);
// Makes an H.264 MP4 with ffmpeg's testsrc2 (size WxH, fps, seconds); empty string on failure.
QString makeVideo(const QString &dir, const QString &name, const QString &size, int fps, double seconds);

inline const QStringList kAllScopes = {QStringLiteral("user.info.basic"), QStringLiteral("user.info.profile"),
                                       QStringLiteral("user.info.stats"), QStringLiteral("video.list"),
                                       QStringLiteral("video.publish"),   QStringLiteral("video.upload")};

} // namespace montaj::test
