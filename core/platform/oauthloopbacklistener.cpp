#include "core/platform/oauthloopbacklistener.h"

#include "core/platform/internal/platformlog.h"
#include "core/platform/pkce.h"
#include "core/platform/platformerror.h"

#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace montaj {
namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;
const QString kCallbackPath = QStringLiteral("/callback/");

QStringList splitScopes(const QString &scopes)
{
    QStringList out;
    for (const QString &scope : scopes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = scope.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace

OAuthLoopbackListener::OAuthLoopbackListener(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCInfo(lcPlatformAuth) << "sign-in callback timed out";
        const Error error = PlatformError::make(PlatformErrorKind::OAuthTimedOut);
        finishWith(&error, nullptr);
    });
}

OAuthLoopbackListener::~OAuthLoopbackListener() = default;

Result<void> OAuthLoopbackListener::expectState(const QString &state)
{
    if (state.size() < 22) // < 128 bits of base64url: refuse rather than weaken the check
        return PlatformError::make(PlatformErrorKind::InvalidRequest,
                                   {{QStringLiteral("field"), QStringLiteral("state")}});
    m_expectedState = state;
    return {};
}

Result<void> OAuthLoopbackListener::listen(quint16 port, std::chrono::milliseconds timeout)
{
    close();
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, port)) { // 127.0.0.1 only, never Any
        Error error(QStringLiteral("platform.oauth_listen_failed"),
                    tr("Montaj cannot receive the sign-in answer: port %1 on this computer is not available.")
                        .arg(port),
                    {{QStringLiteral("port"), port}, {QStringLiteral("reason"), m_server->errorString()}});
        delete m_server;
        m_server = nullptr;
        return error;
    }
    connect(m_server, &QTcpServer::newConnection, this, &OAuthLoopbackListener::accept);
    m_done = false;
    m_timeout.start(timeout);
    qCInfo(lcPlatformAuth) << "waiting for the sign-in callback on 127.0.0.1 port" << m_server->serverPort();
    return {};
}

void OAuthLoopbackListener::close()
{
    m_timeout.stop();
    m_done = true;
    m_expectedState.clear();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

bool OAuthLoopbackListener::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 OAuthLoopbackListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress OAuthLoopbackListener::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

QUrl OAuthLoopbackListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(kCallbackPath);
    return url;
}

void OAuthLoopbackListener::accept()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this); // outlives the server so a late close() cannot cut its answer
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void OAuthLoopbackListener::readFrom(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("montajBuffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("montajBuffer", buffer);
        return;
    }
    socket->setProperty("montajBuffer", QVariant());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    handleRequest(socket, buffer.left(buffer.indexOf("\r\n")));
}

void OAuthLoopbackListener::handleRequest(QTcpSocket *socket, const QByteArray &requestLine)
{
    // "GET /callback/?code=…&state=… HTTP/1.1": the target is parsed, never logged.
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts[0] != "GET" || !parts[2].startsWith("HTTP/1.")) {
        answer(socket, 400, tr("Montaj"), tr("This address only receives Montaj's sign-in answer."));
        return;
    }
    const QUrl target = QUrl::fromEncoded(parts[1], QUrl::StrictMode);
    if (m_done || (target.path() != kCallbackPath && target.path() + QLatin1Char('/') != kCallbackPath)) {
        answer(socket, 404, tr("Montaj"), tr("This address only receives Montaj's sign-in answer."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_expectedState.isEmpty() || !Pkce::constantTimeEquals(state.toUtf8(), m_expectedState.toUtf8())) {
        qCWarning(lcPlatformAuth) << "sign-in callback rejected: state does not match";
        const Error error = PlatformError::make(PlatformErrorKind::OAuthStateMismatch);
        answer(socket, 400, tr("Sign-in did not complete"), error.message);
        finishWith(&error, nullptr);
        return;
    }
    const QString platformError = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!platformError.isEmpty() || code.isEmpty()) {
        const PlatformErrorKind kind = PlatformError::kindForOAuthError(platformError);
        QVariantMap context{{QStringLiteral("platform_code"), platformError}};
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        if (!description.isEmpty())
            context.insert(QStringLiteral("platform_message"), description.left(300));
        const Error error = PlatformError::make(
            kind == PlatformErrorKind::Unknown ? PlatformErrorKind::OAuthAccessDenied : kind, context);
        qCInfo(lcPlatformAuth) << "sign-in callback reported" << error.code;
        answer(socket, 200, tr("Sign-in did not complete"), error.message);
        finishWith(&error, nullptr);
        return;
    }
    OAuthCallback callback{
        code, splitScopes(query.queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded)), state};
    qCInfo(lcPlatformAuth) << "sign-in callback received with" << callback.grantedScopes.size() << "scopes";
    answer(socket, 200, tr("Signed in to Montaj"), tr("You can close this tab and return to Montaj."));
    finishWith(nullptr, &callback);
}

void OAuthLoopbackListener::answer(QTcpSocket *socket, int status, const QString &title, const QString &text)
{
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                         + title.toHtmlEscaped() + QStringLiteral("</title></head><body style=\"font-family:")
                         + QStringLiteral("sans-serif;text-align:center;margin-top:4em\"><h1>")
                         + title.toHtmlEscaped() + QStringLiteral("</h1><p>") + text.toHtmlEscaped()
                         + QStringLiteral("</p></body></html>");
    const QByteArray body = html.toUtf8();
    const char *reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    reply += "Content-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
             "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: "
             + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(reply);
    socket->disconnectFromHost(); // after the bytes are written
}

void OAuthLoopbackListener::finishWith(const Error *error, const OAuthCallback *callback)
{
    if (m_done)
        return;
    m_done = true; // single use: later requests get 404 until the server is gone
    m_timeout.stop();
    if (m_server)
        m_server->close(); // stop accepting; the socket answering now stays alive
    if (error)
        Q_EMIT failed(*error);
    else if (callback)
        Q_EMIT received(*callback);
}

} // namespace montaj
