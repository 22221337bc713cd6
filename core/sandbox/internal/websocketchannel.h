#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace montaj::sandbox {

// The server side of one WebSocket (RFC 6455) whose opening handshake is already answered: sends
// text frames, answers pings, refuses unmasked client frames and completes the closing handshake.
// Owns its socket. Not a client and not the handshake itself (see acceptKey()).
class WebSocketChannel : public QObject
{
    Q_OBJECT

public:
    WebSocketChannel(QTcpSocket *socket, QByteArray alreadyRead, QObject *parent = nullptr);
    ~WebSocketChannel() override;

    bool isOpen() const { return !m_closeSent && !m_finished; }
    void sendText(const QByteArray &utf8);
    // Starts the closing handshake (1000 normal, 1008 policy, …).
    void close(quint16 code, const QByteArray &reason);

    // Sec-WebSocket-Accept for a Sec-WebSocket-Key.
    static QByteArray acceptKey(const QByteArray &clientKey);
    static QByteArray frame(quint8 opcode, const QByteArray &payload);

Q_SIGNALS:
    void finished(); // the connection is gone

private:
    void readFrames();
    void finish();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_closeSent = false;
    bool m_finished = false;
};

} // namespace montaj::sandbox
