#pragma once

#include "core/sandbox/internal/httprequest.h"
#include "core/sandbox/internal/httpresponse.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace montaj::sandbox {

// One client connection to the sandbox: reads requests in order (keep-alive and pipelining),
// hands each complete one to the handler and writes its answer, which may come later (latency
// injection). Answers 100 Continue when asked, refuses malformed requests itself, and can drop the
// connection halfway through a body when the fault policy says so. Not a router.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using RequestHandler = std::function<void(HttpConnection *connection, HttpRequest request)>;
    // Asked once a request's head is read: true to reset the connection after half of its body.
    using AbortPolicy = std::function<bool(const HttpRequest &head)>;

    HttpConnection(QTcpSocket *socket, RequestHandler handler, AbortPolicy abortPolicy,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Sends the answer to the request being served, then goes on with the next one.
    void respond(const HttpResponse &response);
    // Loses the answer to the request being served (fault injection): sends only its head, then
    // closes the connection, so the client sees a reply cut short. Not an empty reply: a client may
    // silently send a request again on a fresh connection when a reused one closes with nothing.
    void dropReply(const HttpResponse &response);
    void close();
    // Hands the socket over after a protocol upgrade, with the bytes already read past the
    // request; the connection is finished and deletes itself.
    QTcpSocket *takeSocket(QByteArray *alreadyRead);

Q_SIGNALS:
    void finished(); // the socket is gone; the connection deletes itself later

private:
    void process();
    void onDisconnected();

    QTcpSocket *m_socket;
    RequestHandler m_handler;
    AbortPolicy m_abortPolicy;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    bool m_busy = false;       // a request is being served: parse nothing more until respond()
    bool m_processing = false; // inside process(): respond() must not re-enter it
    bool m_abortHalfway = false;
    bool m_keepAlive = true;
    bool m_headOnly = false;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace montaj::sandbox
