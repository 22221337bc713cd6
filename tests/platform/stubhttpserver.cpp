#include "stubhttpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace montaj::test {

struct StubHttpServer::Connection
{
    QByteArray buffer;
    bool headersDone = false;
    qint64 contentLength = 0;
    qint64 cutAfter = -1;
    StubRequest request;
};

QByteArray StubRequest::header(const QByteArray &lowercaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

StubReply StubReply::json(int status, const QByteArray &body)
{
    StubReply reply;
    reply.status = status;
    reply.addHeader("Content-Type", "application/json");
    reply.body = body;
    return reply;
}

StubReply StubReply::hang()
{
    StubReply reply;
    reply.mode = Mode::Hang;
    return reply;
}

StubReply StubReply::closeWithoutReply()
{
    StubReply reply;
    reply.mode = Mode::CloseWithoutReply;
    return reply;
}

StubHttpServer::StubHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_open;
            auto *state = new Connection;
            socket->setProperty("stubState", QVariant::fromValue(static_cast<void *>(state)));
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket, state] {
                --m_open;
                delete state;
                socket->setProperty("stubState", QVariant());
                socket->deleteLater();
            });
        }
    });
}

StubHttpServer::~StubHttpServer() = default;

bool StubHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 StubHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl StubHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

int StubHttpServer::requestCount(const QString &path) const
{
    int n = 0;
    for (const StubRequest &request : m_requests)
        n += path.isEmpty() || request.path == path ? 1 : 0;
    return n;
}

void StubHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto *state = static_cast<Connection *>(socket->property("stubState").value<void *>());
    if (!state)
        return;
    state->buffer += socket->readAll();
    if (!state->headersDone) {
        const qsizetype end = state->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = state->buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        state->request.method = requestLine.value(0);
        state->request.target = requestLine.value(1);
        const QUrl url = QUrl::fromEncoded(state->request.target);
        state->request.path = url.path();
        state->request.query = QUrlQuery(url);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                state->request.headers.append(
                    {lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed()});
        }
        state->contentLength = state->request.header("content-length").toLongLong();
        state->buffer.remove(0, end + 4);
        state->headersDone = true;
        if (m_cutter)
            state->cutAfter = m_cutter(state->request);
    }
    if (state->cutAfter >= 0 && state->buffer.size() >= state->cutAfter) {
        socket->abort(); // the connection is "lost" mid-body
        return;
    }
    if (state->buffer.size() < state->contentLength)
        return;
    state->request.body = state->buffer.left(state->contentLength);
    state->buffer.clear();
    StubRequest request = state->request;
    state->request = StubRequest();
    state->headersDone = false;
    respond(socket, request);
}

void StubHttpServer::respond(QTcpSocket *socket, const StubRequest &request)
{
    StubRequest recorded = request;
    if (recorded.body.size() > 64 * 1024)
        recorded.body.clear();
    m_requests.append(recorded);
    const StubReply reply = m_handler ? m_handler(request) : StubReply::json(404, "{}");
    if (reply.mode == StubReply::Mode::Hang)
        return;
    const auto send = [socket, reply] {
        if (reply.mode == StubReply::Mode::CloseWithoutReply) {
            socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Stub\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
        out += reply.body;
        socket->write(out);
        socket->disconnectFromHost();
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, socket, send);
    else
        send();
}

} // namespace montaj::test
