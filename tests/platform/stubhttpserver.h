#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace montaj::test {

// One request as the stand-in server read it. Header names are lowercase.
struct StubRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowercaseName) const;
    QUrlQuery form() const { return QUrlQuery(QString::fromUtf8(body)); }
};

// What the stand-in answers.
struct StubReply
{
    enum class Mode { Reply, Hang, CloseWithoutReply };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Reply;
    int delayMs = 0;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
    static StubReply json(int status, const QByteArray &body);
    static StubReply hang();
    static StubReply closeWithoutReply();
};

// A tiny HTTP/1.1 server on 127.0.0.1 for tests: one request per connection (it always answers
// "Connection: close"), a handler deciding each reply, and a way to cut a request body midway to
// simulate a lost connection. Records what it received (bodies larger than 64 KiB are not kept).
class StubHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<StubReply(const StubRequest &)>;
    // Called once the headers are read; a value ≥ 0 drops the connection after that many body bytes.
    using BodyCutter = std::function<qint64(const StubRequest &)>;

    explicit StubHttpServer(QObject *parent = nullptr);
    ~StubHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl url(const QString &pathAndQuery = QString()) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setBodyCutter(BodyCutter cutter) { m_cutter = std::move(cutter); }

    QList<StubRequest> requests() const { return m_requests; }
    int requestCount(const QString &path = QString()) const;
    int openConnections() const { return m_open; }

private:
    struct Connection;
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const StubRequest &request);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    BodyCutter m_cutter;
    QList<StubRequest> m_requests;
    int m_open = 0;
};

} // namespace montaj::test
