#pragma once

#include "core/foundation/result.h"
#include "core/platform/livetypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;

namespace montaj {

class LiveApi;

// One LIVE session's gift events over the platform's WebSocket (/x/live/events?session=ID, with
// the Authorization header), kept open across drops: after a dropped connection it asks the
// session list whether the session is still running and reconnects with backoff (a fresh token
// each time, refreshed through the REST call when the old one was refused). Every reconnect
// replays the session from its start, so listeners must de-duplicate (core/earnings does); the
// stream only passes events on, in order, as they arrive. Runs on the event loop of its thread and
// never blocks it. Not a counter of gifts (the streak rule is the listener's job).
class LiveEventStream : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Open, Waiting, Finished, Failed };
    Q_ENUM(State)

    // `api` must outlive this object.
    explicit LiveEventStream(LiveApi *api, QObject *parent = nullptr);
    ~LiveEventStream() override;

    // Backoff between attempts: firstMs, doubling up to maxMs; gives up after `maxFailures`
    // attempts in a row that delivered nothing.
    void setRetry(int firstMs, int maxMs, int maxFailures);

    void start(const QString &sessionId);
    void stop();

    State state() const { return m_state; }
    QString sessionId() const { return m_sessionId; }
    int connectionCount() const { return m_connections; } // opened connections (1 + reconnects)
    qint64 messageCount() const { return m_messages; }    // every event received, replays included

Q_SIGNALS:
    void eventReceived(const montaj::LiveGiftEvent &event);
    void stateChanged(montaj::LiveEventStream::State state);
    // A connection opened; from the second one on, the session is replayed from its start.
    void opened(int connectionNumber);
    // The connection dropped or could not be opened; the stream retries by itself.
    void interrupted(const montaj::Error &reason);
    void malformedEvent(const montaj::Error &error);
    // The platform ended the stream: a past session sent whole, or the live session is over.
    void finished();
    // The stream gave up (not signed in, no such session, too many failures in a row).
    void failed(const montaj::Error &error);

private:
    void setState(State state);
    void connectNow();
    void openSocket(const QByteArray &authorization);
    void onDisconnected(QWebSocket *socket);
    void checkSession(bool handshakeFailed);
    void retryLater(const Error &reason);
    void fail(const Error &error);
    void dropSocket();

    LiveApi *m_api = nullptr;
    QPointer<QWebSocket> m_socket;
    QTimer m_retryTimer;
    QString m_sessionId;
    State m_state = State::Idle;
    int m_firstRetryMs = 250;
    int m_maxRetryMs = 8000;
    int m_maxFailures = 8;
    int m_failures = 0;
    int m_connections = 0;
    bool m_socketOpened = false;   // the current socket completed its handshake
    qint64 m_messagesOnSocket = 0; // events the current socket delivered
    qint64 m_messages = 0;
    quint64 m_generation = 0; // guards callbacks that outlive a stop() or a restart
};

} // namespace montaj
