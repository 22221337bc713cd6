#include "bench/wirecounter.h"

#include <QRegularExpression>
#include <QTcpSocket>

namespace montaj::bench {

// One client connection relayed to the upstream server, reading the client's bytes as HTTP/1.1
// requests (head, then Content-Length bytes of body) to count them.
class WireCounter::Relay : public QObject
{
public:
    Relay(WireCounter *owner, QTcpSocket *client, int number)
        : QObject(owner)
        , m_owner(owner)
        , m_client(client)
        , m_number(number)
    {
        m_client->setParent(this);
        m_upstream = new QTcpSocket(this);
        connect(m_client, &QTcpSocket::readyRead, this, &Relay::fromClient);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Relay::fromUpstream);
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            fromClient();
            m_upstream->abort(); // a cut request must not reach the server whole
            deleteLater();
        });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            fromUpstream();
            if (m_client->isOpen())
                m_client->disconnectFromHost();
        });
        m_upstream->connectToHost(owner->m_upstreamHost, owner->m_upstreamPort);
        if (m_client->bytesAvailable() > 0)
            fromClient();
    }

private:
    void fromUpstream()
    {
        if (m_upstream->isOpen() && m_client->isOpen())
            m_client->write(m_upstream->readAll());
    }

    void fromClient()
    {
        if (!m_client->isOpen())
            return;
        const QByteArray data = m_client->readAll();
        if (data.isEmpty())
            return;
        m_upstream->write(data); // buffered until connected
        count(data);
    }

    void count(QByteArrayView data)
    {
        while (!data.isEmpty()) {
            if (m_bodyLeft > 0) {
                const qint64 take = std::min<qint64>(m_bodyLeft, data.size());
                m_owner->m_requests[m_current].bodyBytes += take;
                m_bodyLeft -= take;
                data = data.sliced(qsizetype(take));
                continue;
            }
            m_head.append(data);
            data = {};
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray rest = m_head.sliced(end + 4);
            startRequest(m_head.first(end));
            m_head.clear();
            if (!rest.isEmpty())
                count(rest); // the rest belongs to the body (or the next request)
            return;
        }
    }

    void startRequest(const QByteArray &head)
    {
        static const QRegularExpression kRange(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+)$"));
        Request request;
        request.connection = m_number;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.first(colon).trimmed().toLower();
            const QByteArray value = line.sliced(colon + 1).trimmed();
            if (name == "content-length") {
                request.contentLength = value.toLongLong();
            } else if (name == "content-range") {
                const auto match = kRange.match(QString::fromLatin1(value));
                if (match.hasMatch()) {
                    request.first = match.captured(1).toLongLong();
                    request.last = match.captured(2).toLongLong();
                }
            }
        }
        m_owner->m_requests.append(request);
        m_current = m_owner->m_requests.size() - 1;
        m_bodyLeft = request.contentLength;
    }

    WireCounter *m_owner = nullptr;
    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_upstream = nullptr;
    int m_number = 0;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qsizetype m_current = -1;
};

WireCounter::WireCounter(QHostAddress upstreamHost, quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &WireCounter::accept);
}

WireCounter::~WireCounter() = default;

Result<void> WireCounter::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return Error(QStringLiteral("bench.listen_failed"), m_server.errorString());
    return {};
}

qint64 WireCounter::bodyBytes() const
{
    qint64 sum = 0;
    for (const Request &request : m_requests)
        sum += request.bodyBytes;
    return sum;
}

void WireCounter::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        new Relay(this, client, ++m_connections);
}

} // namespace montaj::bench
