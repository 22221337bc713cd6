#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace montaj {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One outbound HTTP request for HttpClient. The body comes from memory or from a byte range of a
// file (uploads, read as it is sent). Headers may carry secrets (Authorization): HttpClient never
// logs them. Not a URL builder for the platform's endpoints (PlatformProfile::endpoint).
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;      // used when bodyFilePath is empty
    QString bodyFilePath; // send [bodyFileOffset, bodyFileOffset + bodyFileLength) of this file
    qint64 bodyFileOffset = 0;
    qint64 bodyFileLength = 0;
    std::chrono::milliseconds connectTimeout{15000};
    std::chrono::milliseconds totalTimeout{60000}; // 0: no total limit (long uploads use stallTimeout)
    std::chrono::milliseconds stallTimeout{0};     // abort when no byte moves for this long; 0: off
    bool followRedirects = false;
    qint64 maxResponseBytes = 32 * 1024 * 1024;

    void setHeader(const QByteArray &name, const QByteArray &value);
    bool hasBody() const { return !bodyFilePath.isEmpty() || !body.isEmpty(); }
    qint64 bodySize() const { return bodyFilePath.isEmpty() ? body.size() : bodyFileLength; }
};

// What came back: the final status, headers (names lowercased, in order) and body.
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    qint64 durationMs = 0;

    QByteArray header(QByteArrayView lowercaseName) const; // the last one with that name
    // Retry-After as milliseconds from `now` (delta-seconds or an HTTP date), when present.
    std::optional<qint64> retryAfterMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace montaj
