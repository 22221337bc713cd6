#include "core/sandbox/internal/verifiedmedia.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace montaj::sandbox {
namespace {

constexpr qint64 kMaxServedBytes = 256LL * 1024 * 1024;

QByteArray contentTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "image/jpeg";
    if (suffix == QLatin1String("webp"))
        return "image/webp";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("mp4"))
        return "video/mp4";
    if (suffix == QLatin1String("mov"))
        return "video/quicktime";
    if (suffix == QLatin1String("webm"))
        return "video/webm";
    return "application/octet-stream";
}

} // namespace

QString VerifiedMedia::directory(const SandboxContext &context)
{
    return context.stateDir + QStringLiteral("/media/verified");
}

QString VerifiedMedia::urlPrefix(const SandboxContext &context)
{
    return QString(QString::fromLatin1(context.base()) + pathPrefix());
}

std::optional<QString> VerifiedMedia::localPathOf(const SandboxContext &context, const QString &requestPath)
{
    // Plain names only: no "..", no hidden files, no empty segments, no backslashes.
    static const QRegularExpression kRelative(
        QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}){0,7}$"));
    if (!requestPath.startsWith(pathPrefix()))
        return std::nullopt;
    const QString relative = requestPath.mid(pathPrefix().size());
    if (!kRelative.match(relative).hasMatch() || relative.contains(QLatin1String("..")))
        return std::nullopt;
    return QString(directory(context) + u'/' + relative);
}

std::optional<QString> VerifiedMedia::localPath(const SandboxContext &context, const QString &url)
{
    const auto path = requestPath(context, url);
    return path ? localPathOf(context, *path) : std::nullopt;
}

std::optional<QString> VerifiedMedia::requestPath(const SandboxContext &context, const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QUrl base = context.baseUrl;
    // The exception to https-only: exactly this sandbox's loopback origin, nothing that only looks
    // like it (user info, another port, "localhost", a query or fragment).
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("http") || parsed.host() != base.host()
        || parsed.port() != base.port() || !parsed.userInfo().isEmpty() || parsed.hasQuery()
        || parsed.hasFragment())
        return std::nullopt;
    const QString encodedPath = parsed.path(QUrl::FullyEncoded);
    if (encodedPath.contains(u'%') || !localPathOf(context, encodedPath)) // plain names only
        return std::nullopt;
    return encodedPath;
}

HttpResponse VerifiedMedia::serve(const SandboxContext &context, const QString &requestPath)
{
    const auto path = localPathOf(context, requestPath);
    QFile file(path.value_or(QString()));
    if (!path || !QFileInfo(*path).isFile() || file.size() > kMaxServedBytes
        || !file.open(QIODevice::ReadOnly))
        return HttpResponse::text(404, "Not found\n");
    HttpResponse response;
    response.body = file.readAll();
    response.setHeader("Content-Type", contentTypeOf(*path));
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace montaj::sandbox
