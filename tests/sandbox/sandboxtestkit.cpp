#include "tests/sandbox/sandboxtestkit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace montaj::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::code() const
{
    return json().value("error").toObject().value("code").toString();
}

QJsonObject HttpResult::data() const
{
    return json().value("data").toObject();
}

QString HttpResult::tokenError() const
{
    return json().value("error").toString();
}

Pkce Pkce::make()
{
    static const char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    Pkce pkce;
    for (int i = 0; i < 64; ++i)
        pkce.verifier += QLatin1Char(kChars[QRandomGenerator::global()->bounded(66)]);
    pkce.challenge = QString::fromLatin1(
        QCryptographicHash::hash(pkce.verifier.toUtf8(), QCryptographicHash::Sha256).toHex());
    return pkce;
}

HtmlForm HtmlForm::parse(const QString &html)
{
    HtmlForm form;
    static const QRegularExpression kForm(R"re(<form\s+method="([^"]*)"\s+action="([^"]*)")re");
    if (const auto m = kForm.match(html); m.hasMatch()) {
        form.method = m.captured(1);
        form.action = m.captured(2);
    }
    static const QRegularExpression kInput(R"re(<input\s([^>]*)>([^<]*))re");
    static const QRegularExpression kAttr(R"re((\w+)(?:="([^"]*)")?)re");
    for (auto it = kInput.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        FormInput input;
        for (auto a = kAttr.globalMatch(m.captured(1)); a.hasNext();) {
            const auto attr = a.next();
            const QString key = attr.captured(1);
            const QString value = attr.captured(2);
            if (key == "type")
                input.type = value;
            else if (key == "name")
                input.name = value;
            else if (key == "value")
                input.value = value;
            else if (key == "checked")
                input.checked = true;
        }
        input.label = m.captured(2).trimmed();
        form.inputs.append(input);
    }
    return form;
}

SandboxTestClient::SandboxTestClient(QUrl base)
    : m_base(std::move(base))
{}

HttpResult SandboxTestClient::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body,
                                   bool followRedirects)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                         : QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
    } else {
        result.error = reply->error();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.finalUrl = reply->url();
    reply->deleteLater();
    return result;
}

HttpResult SandboxTestClient::get(const QString &pathAndQuery, const QString &token)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return send(request, "GET");
}

HttpResult SandboxTestClient::postJson(const QString &pathAndQuery, const QJsonObject &body,
                                       const QString &token)
{
    QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json; charset=UTF-8");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return send(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult SandboxTestClient::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    return send(request, "POST", encodeForm(fields));
}

HttpResult SandboxTestClient::put(const QUrl &url, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, "PUT", body);
}

QUrl SandboxTestClient::authorizeUrl(const QStringList &scopes, const QString &challenge,
                                     const QString &state, const QString &redirectUri) const
{
    const QByteArray query = encodeForm({{"client_key", SandboxServer::demoClientKey()},
                                         {"scope", scopes.join(',')},
                                         {"redirect_uri", redirectUri},
                                         {"state", state},
                                         {"response_type", "code"},
                                         {"code_challenge", challenge},
                                         {"code_challenge_method", "S256"}});
    return QUrl::fromEncoded(m_base.resolved(QUrl("/v2/auth/authorize/")).toEncoded() + '?' + query);
}

QByteArray SandboxTestClient::encodeForm(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    return out;
}

QList<QPair<QString, QString>> SandboxTestClient::redirectQuery(const HttpResult &redirect)
{
    const QUrl location = QUrl::fromEncoded(redirect.header("Location"));
    return QUrlQuery(location).queryItems(QUrl::FullyDecoded);
}

QString SandboxTestClient::queryValue(const QList<QPair<QString, QString>> &items, const QString &key)
{
    for (const auto &[k, v] : items)
        if (k == key)
            return v;
    return {};
}

HttpResult SandboxTestClient::exchange(const QString &code, const QString &verifier,
                                       const QString &redirectUri)
{
    return postForm("/v2/oauth/token/", {{"client_key", SandboxServer::demoClientKey()},
                                         {"client_secret", SandboxServer::demoClientSecret()},
                                         {"code", code},
                                         {"grant_type", "authorization_code"},
                                         {"redirect_uri", redirectUri},
                                         {"code_verifier", verifier}});
}

HttpResult SandboxTestClient::refresh(const QString &refreshToken)
{
    return postForm("/v2/oauth/token/", {{"client_key", SandboxServer::demoClientKey()},
                                         {"client_secret", SandboxServer::demoClientSecret()},
                                         {"grant_type", "refresh_token"},
                                         {"refresh_token", refreshToken}});
}

Tokens SandboxTestClient::tokensOf(const HttpResult &result)
{
    const QJsonObject o = result.json();
    return {o.value("access_token").toString(), o.value("refresh_token").toString(),
            o.value("open_id").toString(),      o.value("scope").toString(),
            o.value("expires_in").toInteger(),  o.value("refresh_expires_in").toInteger()};
}

Tokens SandboxTestClient::loginAuto(const QStringList &scopes)
{
    const Pkce pkce = Pkce::make();
    QNetworkRequest request(authorizeUrl(scopes, pkce.challenge));
    const HttpResult redirect = send(request, "GET");
    const QString code = queryValue(redirectQuery(redirect), "code");
    if (redirect.status != 302 || code.isEmpty()) {
        qWarning("auto-approve did not redirect with a code (status %d)", redirect.status);
        return {};
    }
    return tokensOf(exchange(code, pkce.verifier));
}

Tokens SandboxTestClient::loginByConsent(const QStringList &scopes, const QString &username)
{
    const Pkce pkce = Pkce::make();
    const HttpResult page = send(QNetworkRequest(authorizeUrl(scopes, pkce.challenge)), "GET");
    const HtmlForm form = HtmlForm::parse(QString::fromUtf8(page.body));
    QList<QPair<QString, QString>> fields;
    for (const FormInput &input : form.inputs) {
        if (input.type == "hidden" || (input.type == "checkbox" && input.checked))
            fields.append(qMakePair(input.name, input.value));
        else if (input.type == "radio" && input.label.contains("@" + username + ")"))
            fields.append(qMakePair(input.name, input.value));
    }
    fields.append(qMakePair(QString("decision"), QString("approve")));
    const HttpResult redirect = postForm(form.action, fields);
    const QString code = queryValue(redirectQuery(redirect), "code");
    if (redirect.status != 302 || code.isEmpty()) {
        qWarning("consent did not redirect with a code (status %d)", redirect.status);
        return {};
    }
    return tokensOf(exchange(code, pkce.verifier));
}

HttpResult SandboxTestClient::initUpload(const QString &token, qint64 videoSize, qint64 chunkSize,
                                         qint64 chunkCount, const QString &privacy, bool inbox)
{
    QJsonObject body{{"source_info", QJsonObject{{"source", "FILE_UPLOAD"},
                                                 {"video_size", videoSize},
                                                 {"chunk_size", chunkSize},
                                                 {"total_chunk_count", chunkCount}}}};
    if (!inbox)
        body.insert("post_info", QJsonObject{{"title", "Sandbox test #montaj"}, {"privacy_level", privacy}});
    return postJson(inbox ? "/v2/post/publish/inbox/video/init/" : "/v2/post/publish/video/init/", body,
                    token);
}

HttpResult SandboxTestClient::initPull(const QString &token, const QString &videoUrl, const QString &privacy,
                                       bool inbox)
{
    QJsonObject body{{"source_info", QJsonObject{{"source", "PULL_FROM_URL"}, {"video_url", videoUrl}}}};
    if (!inbox)
        body.insert("post_info", QJsonObject{{"title", "Pulled #montaj"}, {"privacy_level", privacy}});
    return postJson(inbox ? "/v2/post/publish/inbox/video/init/" : "/v2/post/publish/video/init/", body,
                    token);
}

HttpResult SandboxTestClient::initPhotos(const QString &token, const QStringList &urls,
                                         const QString &postMode, const QString &privacy, int coverIndex)
{
    QJsonObject postInfo{{"title", "Photos #montaj"}, {"description", "A carousel from the sandbox"}};
    if (!privacy.isEmpty())
        postInfo.insert("privacy_level", privacy);
    return postJson("/v2/post/publish/content/init/",
                    {{"media_type", "PHOTO"},
                     {"post_mode", postMode},
                     {"post_info", postInfo},
                     {"source_info", QJsonObject{{"source", "PULL_FROM_URL"},
                                                 {"photo_images", QJsonArray::fromStringList(urls)},
                                                 {"photo_cover_index", coverIndex}}}},
                    token);
}

HttpResult SandboxTestClient::putChunk(const QUrl &uploadUrl, const QByteArray &bytes, qint64 first,
                                       qint64 total, const QByteArray &contentType)
{
    const QByteArray range = "bytes " + QByteArray::number(first) + '-'
                             + QByteArray::number(first + bytes.size() - 1) + '/' + QByteArray::number(total);
    return put(uploadUrl, bytes, {{"Content-Type", contentType}, {"Content-Range", range}});
}

QJsonObject SandboxTestClient::waitForOutcome(const QString &token, const QString &publishId, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject data;
    while (timer.elapsed() < timeoutMs) {
        data = postJson("/v2/post/publish/status/fetch/", {{"publish_id", publishId}}, token).data();
        const QString status = data.value("status").toString();
        if (status != "PROCESSING_UPLOAD" && status != "PROCESSING_DOWNLOAD")
            return data;
        QTest::qWait(100);
    }
    return data;
}

std::unique_ptr<SandboxServer> startSandbox(SandboxOptions options)
{
    auto server = std::make_unique<SandboxServer>(std::move(options));
    if (const auto started = server->start(); !started) {
        qWarning("sandbox did not start: %s", qPrintable(started.error().toString()));
        return nullptr;
    }
    return server;
}

SandboxOptions quickOptions()
{
    SandboxOptions options;
    options.autoApprove = true;
    options.moderationDelayMs = 50;
    return options;
}

QString writePicture(const QString &path, QSize size, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(x * 255 / size.width(), y * 255 / size.height(), 128));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return image.save(path, format, 85) ? path : QString();
}

int runProcess(const QString &program, const QStringList &arguments, QByteArray *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (process.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), errors.constData());
    return process.exitCode();
}

QString makeVideo(const QString &dir, const QString &name, const QString &size, int fps, double seconds)
{
    const QString path = QDir(dir).filePath(name);
    const int rc =
        runProcess("ffmpeg", {"-y", "-loglevel", "error", "-f", "lavfi", "-i",
                              QString("testsrc2=s=%1:r=%2:d=%3").arg(size).arg(fps).arg(seconds), "-c:v",
                              "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", path});
    return rc == 0 ? path : QString();
}

} // namespace montaj::test
