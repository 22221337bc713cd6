#include "core/sandbox/internal/httpconnection.h"

#include "core/sandbox/internal/sandboxlog.h"

#include <QTcpSocket>

namespace montaj::sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler handler, AbortPolicy abortPolicy,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_abortPolicy(std::move(abortPolicy))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer.append(m_socket->readAll());
        process();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    if (m_socket->bytesAvailable() > 0) {
        m_buffer.append(m_socket->readAll());
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
    }
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::process()
{
    if (m_processing || m_closing)
        return;
    m_processing = true;
    while (!m_busy && !m_closing) {
        if (m_abortHalfway
            && m_parser.bodyReceived() + m_buffer.size() >= std::max<qint64>(1, m_parser.bodyLength() / 2)) {
            qCInfo(lcSandbox) << "fault: resetting the connection halfway through"
                              << m_parser.request().method << m_parser.request().path;
            m_closing = true;
            m_socket->abort();
            onDisconnected();
            break;
        }
        const auto state = m_parser.feed(m_buffer);
        if (state == HttpRequestParser::State::NeedMore)
            break;
        if (state == HttpRequestParser::State::HeadComplete) {
            const HttpRequest &head = m_parser.request();
            if (head.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_abortHalfway = m_abortPolicy && m_parser.bodyLength() > 0 && m_abortPolicy(head);
            continue;
        }
        if (state == HttpRequestParser::State::Failed) {
            HttpResponse refusal =
                HttpResponse::text(m_parser.failureStatus(), m_parser.failureReason() + '\n');
            refusal.closeConnection = true;
            m_busy = true;
            m_keepAlive = false;
            m_headOnly = false;
            respond(refusal);
            break;
        }
        HttpRequest request = m_parser.take();
        m_abortHalfway = false;
        m_keepAlive = request.wantsKeepAlive();
        m_headOnly = request.method == "HEAD";
        m_busy = true;
        m_handler(this, std::move(request));
    }
    m_processing = false;
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_closing || !m_busy || !m_socket)
        return;
    const bool keepOpen = m_keepAlive && !response.closeConnection;
    m_socket->write(response.serialize(keepOpen, m_headOnly));
    m_busy = false;
    if (!keepOpen) {
        close();
        return;
    }
    if (!m_processing && !m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::dropReply(const HttpResponse &response)
{
    if (m_closing || !m_busy || !m_socket)
        return;
    const QByteArray bytes = response.serialize(false);
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    m_socket->write(bytes.first(headEnd < 0 ? bytes.size() : headEnd + 4));
    m_busy = false;
    close();
}

QTcpSocket *HttpConnection::takeSocket(QByteArray *alreadyRead)
{
    QTcpSocket *socket = m_socket;
    if (!socket || m_closing)
        return nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    *alreadyRead = std::exchange(m_buffer, {});
    m_socket = nullptr;
    onDisconnected();
    return socket;
}

void HttpConnection::close()
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::onDisconnected()
{
    m_closing = true;
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace montaj::sandbox
