#include "core/platform/liveeventstream.h"

#include "core/platform/liveapi.h"
#include "core/platform/platformerror.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QWebSocket>

namespace montaj {
namespace {

// What may be logged here: session ids, states, counts, close codes. Never the Authorization header.
Q_LOGGING_CATEGORY(lcPlatformLive, "montaj.platform.live")

bool isLoopback(const QUrl &url)
{
    const QHostAddress host(url.host());
    return url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
}

bool isPermanent(const Error &error)
{
    const auto kind = PlatformError::kindOf(error);
    return kind == PlatformErrorKind::NotSignedIn || kind == PlatformErrorKind::OAuthInvalidGrant
           || kind == PlatformErrorKind::ScopeNotAuthorized
           || kind == PlatformErrorKind::ScopePermissionMissed || kind == PlatformErrorKind::InvalidRequest;
}

} // namespace

LiveEventStream::LiveEventStream(LiveApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveEventStream::connectNow);
}

LiveEventStream::~LiveEventStream()
{
    ++m_generation;
    dropSocket();
}

void LiveEventStream::setRetry(int firstMs, int maxMs, int maxFailures)
{
    m_firstRetryMs = std::max(1, firstMs);
    m_maxRetryMs = std::max(m_firstRetryMs, maxMs);
    m_maxFailures = std::max(1, maxFailures);
}

void LiveEventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void LiveEventStream::start(const QString &sessionId)
{
    stop();
    m_sessionId = sessionId;
    m_failures = 0;
    m_connections = 0;
    m_messages = 0;
    connectNow();
}

void LiveEventStream::stop()
{
    ++m_generation;
    m_retryTimer.stop();
    dropSocket();
    if (m_state != State::Finished && m_state != State::Failed)
        setState(State::Idle);
}

void LiveEventStream::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LiveEventStream::connectNow()
{
    const Result<QUrl> url = m_api->eventsUrl(m_sessionId);
    if (!url)
        return fail(url.error());
    setState(State::Connecting);
    const quint64 generation = ++m_generation;
    m_api->authorization([this, generation](Result<QByteArray> authorization) {
        if (generation != m_generation)
            return;
        if (!authorization)
            return isPermanent(authorization.error()) ? fail(authorization.error())
                                                      : retryLater(authorization.error());
        openSocket(*authorization);
    });
}

void LiveEventStream::openSocket(const QByteArray &authorization)
{
    dropSocket();
    const QUrl url = *m_api->eventsUrl(m_sessionId);
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    m_socketOpened = false;
    m_messagesOnSocket = 0;
    if (isLoopback(url))
        socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_socketOpened = true;
        ++m_connections;
        setState(State::Open);
        qCInfo(lcPlatformLive) << "event stream open for session" << m_sessionId << "connection"
                               << m_connections;
        Q_EMIT opened(m_connections);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) {
        if (socket != m_socket)
            return;
        ++m_messages;
        ++m_messagesOnSocket;
        Result<LiveGiftEvent> event = LiveGiftEvent::fromJson(message.toUtf8());
        if (!event)
            return Q_EMIT malformedEvent(event.error());
        Q_EMIT eventReceived(*event);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                // A refused handshake or a failed connect may end without `disconnected`.
                if (socket == m_socket && !m_socketOpened)
                    onDisconnected(socket);
            });
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    socket->open(request);
}

void LiveEventStream::onDisconnected(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    const bool handshakeFailed = !m_socketOpened;
    qCInfo(lcPlatformLive) << "event stream for session" << m_sessionId
                           << (handshakeFailed ? "could not open" : "closed") << "code" << socket->closeCode()
                           << "after" << m_messagesOnSocket << "events";
    if (m_messagesOnSocket > 0)
        m_failures = 0;
    dropSocket();
    setState(State::Waiting);
    checkSession(handshakeFailed);
}

// Whether the stream ended for good is the session list's call: a normal close code alone cannot
// tell a finished session from a dropped connection. The REST call also renews a refused token.
void LiveEventStream::checkSession(bool handshakeFailed)
{
    const quint64 generation = m_generation;
    const qint64 delivered = m_messagesOnSocket;
    m_api->listSessions([this, generation, delivered, handshakeFailed](Result<QList<LiveSessionInfo>> list) {
        if (generation != m_generation)
            return;
        if (!list)
            return isPermanent(list.error()) ? fail(list.error()) : retryLater(list.error());
        const auto session = std::find_if(list->cbegin(), list->cend(),
                                          [this](const LiveSessionInfo &s) { return s.id == m_sessionId; });
        if (session == list->cend())
            return fail(Error(QStringLiteral("live.session_not_found"),
                              tr("This LIVE session is not available to your account."),
                              {{QStringLiteral("session"), m_sessionId}}));
        if (!session->live && !handshakeFailed && delivered >= session->eventCount) {
            setState(State::Finished);
            Q_EMIT finished();
            return;
        }
        const Error reason = handshakeFailed
                                 ? Error(QStringLiteral("live.stream_refused"),
                                         tr("The LIVE event stream could not be opened. Trying again…"),
                                         {{QStringLiteral("session"), m_sessionId}})
                                 : Error(QStringLiteral("live.stream_interrupted"),
                                         tr("The LIVE connection dropped. Reconnecting…"),
                                         {{QStringLiteral("session"), m_sessionId}});
        retryLater(reason);
    });
}

void LiveEventStream::retryLater(const Error &reason)
{
    ++m_failures;
    if (m_failures > m_maxFailures)
        return fail(
            Error(QStringLiteral("live.stream_failed"),
                  tr("The LIVE connection could not be restored after %Ln attempts.", nullptr, m_maxFailures),
                  {{QStringLiteral("session"), m_sessionId}, {QStringLiteral("cause"), reason.code}}));
    Q_EMIT interrupted(reason);
    const qint64 delay =
        std::min<qint64>(m_maxRetryMs, qint64(m_firstRetryMs) << std::min(m_failures - 1, 20));
    setState(State::Waiting);
    m_retryTimer.start(int(delay));
}

void LiveEventStream::fail(const Error &error)
{
    ++m_generation;
    m_retryTimer.stop();
    dropSocket();
    qCWarning(lcPlatformLive) << "event stream for session" << m_sessionId << "gave up:" << error.code;
    setState(State::Failed);
    Q_EMIT failed(error);
}

} // namespace montaj
