#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace montaj::sandbox {

// One HTTP/1.1 answer: status, headers and body, and how it goes on the wire. Content-Length,
// Date, Server and Connection are added when it is serialised. Not a request.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool closeConnection = false; // close after sending, whatever the client asked

    // Replaces a header of this name (names compared without case).
    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse html(int status, const QString &page);
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse empty(int status);
    static HttpResponse redirect(const QByteArray &location); // 302 Found

    static QByteArray reasonPhrase(int status);
    // The bytes to write; `keepAlive` chooses the Connection header, `headOnly` leaves the body out.
    QByteArray serialize(bool keepAlive, bool headOnly = false) const;
};

} // namespace montaj::sandbox
