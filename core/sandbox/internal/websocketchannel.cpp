#include "core/sandbox/internal/websocketchannel.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTimer>

namespace montaj::sandbox {
namespace {

constexpr quint8 kText = 0x1;
constexpr quint8 kClose = 0x8;
constexpr quint8 kPing = 0x9;
constexpr quint8 kPong = 0xA;
constexpr qint64 kMaxClientFrame = 1024 * 1024;

QByteArray closePayload(quint16 code, const QByteArray &reason)
{
    QByteArray payload;
    payload.append(char(code >> 8));
    payload.append(char(code & 0xff));
    payload.append(reason.left(120));
    return payload;
}

} // namespace

WebSocketChannel::WebSocketChannel(QTcpSocket *socket, QByteArray alreadyRead, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_buffer(std::move(alreadyRead))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer.append(m_socket->readAll());
        readFrames();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &WebSocketChannel::finish);
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &WebSocketChannel::readFrames, Qt::QueuedConnection);
}

WebSocketChannel::~WebSocketChannel() = default;

QByteArray WebSocketChannel::acceptKey(const QByteArray &clientKey)
{
    return QCryptographicHash::hash(QByteArray(clientKey.trimmed() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                    QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray WebSocketChannel::frame(quint8 opcode, const QByteArray &payload)
{
    QByteArray out;
    out.append(char(0x80 | opcode));
    const qint64 size = payload.size();
    if (size < 126) {
        out.append(char(size));
    } else if (size <= 0xffff) {
        out.append(char(126));
        out.append(char((size >> 8) & 0xff));
        out.append(char(size & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((size >> shift) & 0xff));
    }
    return out + payload;
}

void WebSocketChannel::sendText(const QByteArray &utf8)
{
    if (isOpen())
        m_socket->write(frame(kText, utf8));
}

void WebSocketChannel::close(quint16 code, const QByteArray &reason)
{
    if (!isOpen())
        return;
    m_closeSent = true;
    m_socket->write(frame(kClose, closePayload(code, reason)));
    // The client answers with its own close frame; do not wait for ever.
    QTimer::singleShot(2000, this, [this] {
        if (!m_finished)
            m_socket->abort();
        finish();
    });
}

void WebSocketChannel::readFrames()
{
    while (!m_finished && m_buffer.size() >= 2) {
        const auto b0 = quint8(m_buffer.at(0));
        const auto b1 = quint8(m_buffer.at(1));
        const quint8 opcode = b0 & 0x0f;
        qint64 length = b1 & 0x7f;
        qsizetype header = 2;
        if (length == 126 || length == 127) {
            const int bytes = length == 126 ? 2 : 8;
            if (m_buffer.size() < header + bytes)
                return;
            length = 0;
            for (int i = 0; i < bytes; ++i)
                length = (length << 8) | quint8(m_buffer.at(header + i));
            header += bytes;
        }
        if (!(b1 & 0x80) || length > kMaxClientFrame) { // clients must mask; no huge frames here
            if (isOpen())
                close(!(b1 & 0x80) ? 1002 : 1009, "protocol error");
            else
                m_socket->abort();
            m_buffer.clear();
            return;
        }
        if (m_buffer.size() < header + 4 + length)
            return;
        const QByteArray mask = m_buffer.mid(header, 4);
        QByteArray payload = m_buffer.mid(header + 4, qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ mask.at(i % 4));
        m_buffer.remove(0, header + 4 + qsizetype(length));
        if (opcode == kPing) {
            m_socket->write(frame(kPong, payload));
        } else if (opcode == kClose) {
            if (!m_closeSent) {
                m_closeSent = true;
                m_socket->write(frame(kClose, payload.left(2)));
            }
            m_socket->disconnectFromHost();
            return;
        }
        // Text, binary and pong frames from the client carry nothing the sandbox needs.
    }
}

void WebSocketChannel::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace montaj::sandbox
