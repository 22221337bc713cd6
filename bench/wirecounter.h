#pragma once

#include "core/foundation/result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace montaj::bench {

// A loopback TCP relay put in front of the sandbox to see what actually crossed the wire: for
// every HTTP request sent through it, the Content-Range it announced and how many body bytes got
// through (a request cut short by a killed client counts what arrived before the cut). Used to
// measure bytes sent twice across a crash. Not an HTTP proxy (no rewriting, no Host handling) and
// not for throughput figures (it adds a hop).
class WireCounter : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        qint64 first = -1; // Content-Range, inclusive; -1 when absent
        qint64 last = -1;
        qint64 contentLength = 0;
        qint64 bodyBytes = 0; // what went through to the server
        int connection = 0;   // which client connection sent it (1, 2, …)
    };

    WireCounter(QHostAddress upstreamHost, quint16 upstreamPort, QObject *parent = nullptr);
    ~WireCounter() override;

    Result<void> listen(); // on 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    const QList<Request> &requests() const { return m_requests; }
    qint64 bodyBytes() const; // sum over requests

private:
    class Relay;
    void accept();

    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort = 0;
    QTcpServer m_server;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace montaj::bench
