#pragma once

#include "core/foundation/result.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace montaj {

// What the platform sent to the redirect URI after a successful consent. `code` is a secret.
struct OAuthCallback
{
    QString code;
    QStringList grantedScopes; // from `scopes`: may be fewer than were asked for
    QString state;
};

// The OAuth redirect target of the desktop login: a one-shot HTTP listener on 127.0.0.1 only
// (never all interfaces) at http://127.0.0.1:PORT/callback/. It checks `state` in constant time,
// answers the browser with a small translated page, then stops; it times out. It never logs the
// URL, the query or the code. Not the OAuth client (TikTokApi) and not a general HTTP server.
class OAuthLoopbackListener : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::minutes(5);

    explicit OAuthLoopbackListener(QObject *parent = nullptr);
    ~OAuthLoopbackListener() override;

    // Starts listening for one callback. port 0 picks a free port. Until expectState() is called
    // every callback is refused (its state cannot match).
    Result<void> listen(quint16 port = 0, std::chrono::milliseconds timeout = kDefaultTimeout);
    // The state of the authorization request (from a CSPRNG: at least 128 bits, 22+ characters).
    Result<void> expectState(const QString &state);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QUrl redirectUri() const; // http://127.0.0.1:PORT/callback/

Q_SIGNALS:
    // Exactly one of these is emitted per listen(), then the listener is closed.
    void received(const montaj::OAuthCallback &callback);
    void failed(const montaj::Error &error);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &requestLine);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void finishWith(const Error *error, const OAuthCallback *callback);

    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    QString m_expectedState;
    bool m_done = true;
};

} // namespace montaj
