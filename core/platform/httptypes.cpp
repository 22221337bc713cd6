#include "core/platform/httptypes.h"

#include <QLocale>

namespace montaj {

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    headers.removeIf([&lower](const auto &header) { return header.first.toLower() == lower; });
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView lowercaseName) const
{
    for (auto it = headers.crbegin(); it != headers.crend(); ++it) {
        if (it->first == lowercaseName)
            return it->second;
    }
    return {};
}

std::optional<qint64> HttpResponse::retryAfterMs(const QDateTime &now) const
{
    const QByteArray value = header("retry-after");
    if (value.isEmpty())
        return std::nullopt;
    return parseRetryAfter(value, now);
}

std::optional<qint64> HttpResponse::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(qMin<qint64>(seconds, 86400) * 1000);
    // HTTP-date, IMF-fixdate form: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return qBound(qint64(0), now.msecsTo(when), qint64(86400) * 1000);
}

} // namespace montaj
