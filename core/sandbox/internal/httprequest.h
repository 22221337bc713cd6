#pragma once

#include "core/sandbox/internal/formdata.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace montaj::sandbox {

// One HTTP/1.x request as the sandbox received it: method, decoded path and query, headers (names
// in lower case) and the whole body. Plain data; HttpRequestParser builds it.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", "PUT", …
    QByteArray target; // as sent: "/v2/user/info/?fields=open_id"
    QString path;      // percent-decoded, without the query
    FormData query;
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first value of a header (name in lower case); empty when absent.
    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
    // Whether the body is application/x-www-form-urlencoded.
    bool isFormEncoded() const;
    // Whether the client wants the connection kept open after the answer.
    bool wantsKeepAlive() const;
};

// Reads HTTP/1.x requests from a byte stream, one at a time: request line, headers, then a body of
// Content-Length bytes (chunked request bodies are refused with 501). Stops at the end of the head
// once so the caller can react before the body arrives (100-continue, fault injection). Not a
// response writer and not an HTTP/2 parser.
class HttpRequestParser
{
public:
    enum class State { NeedMore, HeadComplete, Complete, Failed };

    static constexpr qint64 kMaxBodyBytes = 130LL * 1024 * 1024;
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr int kMaxHeaders = 100;

    // Consumes bytes from the front of `buffer` and says how far the current request got.
    State feed(QByteArray &buffer);

    const HttpRequest &request() const { return m_request; }
    // The finished request (after Complete); the parser is then ready for the next one.
    HttpRequest take();

    qint64 bodyLength() const { return m_bodyLength; }
    qint64 bodyReceived() const { return m_request.body.size(); }
    int failureStatus() const { return m_failureStatus; } // 400, 413, 431, 501 or 505 after Failed
    QByteArray failureReason() const { return m_failureReason; }

private:
    State fail(int status, QByteArray reason);
    State parseHead(QByteArrayView head);

    enum class Phase { Head, Body, Done, Failed };
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    int m_failureStatus = 0;
    QByteArray m_failureReason;
};

} // namespace montaj::sandbox
