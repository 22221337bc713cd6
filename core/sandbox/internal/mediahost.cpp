#include "core/sandbox/internal/mediahost.h"

#include "core/sandbox/internal/verifiedmedia.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QRegularExpression>

namespace montaj::sandbox {
namespace {

// A vertical gradient between two colours taken from the name's hash.
QByteArray picture(const QString &name, QSize size)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    const auto channel = [&](int i) { return int(static_cast<unsigned char>(hash.at(i))); };
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        const int t = size.height() > 1 ? y * 255 / (size.height() - 1) : 0;
        const QRgb rgb = qRgb((channel(0) * (255 - t) + channel(3) * t) / 255,
                              (channel(1) * (255 - t) + channel(4) * t) / 255,
                              (channel(2) * (255 - t) + channel(5) * t) / 255);
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::fill(line, line + size.width(), rgb);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

HttpResponse image(const QByteArray &png)
{
    HttpResponse response;
    response.body = png;
    response.setHeader("Content-Type", "image/png");
    response.setHeader("Cache-Control", "max-age=3600");
    return response;
}

} // namespace

void MediaHost::registerRoutes(Router &router)
{
    router.addPrefix("GET", QStringLiteral("/media/"), [this](const HttpRequest &r) { return serve(r); });
}

QString MediaHost::coverPath(const QString &videoId, qint64 expiresAtSec)
{
    return QStringLiteral("/media/covers/") + videoId + QStringLiteral(".png?x-expires=")
           + QString::number(expiresAtSec);
}

QString MediaHost::avatarPath(const QString &username)
{
    return QStringLiteral("/media/avatars/") + username + QStringLiteral(".png");
}

HttpResponse MediaHost::serve(const HttpRequest &request)
{
    static const QRegularExpression kAvatar(QStringLiteral("^/media/avatars/([a-z0-9_.]{1,64})\\.png$"));
    static const QRegularExpression kCover(QStringLiteral("^/media/covers/([0-9]{19})\\.png$"));
    if (request.path.startsWith(VerifiedMedia::pathPrefix()))
        return VerifiedMedia::serve(m_context, request.path);
    if (const auto m = kAvatar.match(request.path); m.hasMatch())
        return image(picture(m.captured(1), {100, 100}));
    if (const auto m = kCover.match(request.path); m.hasMatch()) {
        bool ok = false;
        const qint64 expires = request.query.value(QStringLiteral("x-expires")).toLongLong(&ok);
        if (!ok || m_context.nowMs() / 1000 > expires)
            return HttpResponse::text(403, "This cover URL has expired; ask the API for a fresh one\n");
        return image(picture(m.captured(1), {180, 320}));
    }
    return HttpResponse::text(404, "Not found\n");
}

} // namespace montaj::sandbox
