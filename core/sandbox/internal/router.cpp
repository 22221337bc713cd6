#include "core/sandbox/internal/router.h"

namespace montaj::sandbox {

void Router::add(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append({method, path, false, std::move(handler)});
}

void Router::addPrefix(const QByteArray &method, const QString &prefix, Handler handler)
{
    m_routes.append({method, prefix, true, std::move(handler)});
}

HttpResponse Router::route(const HttpRequest &request) const
{
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    QByteArrayList allowed;
    for (const Route &r : m_routes) {
        const bool matches = r.prefix ? request.path.startsWith(r.path) : request.path == r.path;
        if (!matches)
            continue;
        if (r.method == method)
            return r.handler(request);
        allowed.append(r.method);
    }
    const int status = allowed.isEmpty() ? 404 : 405;
    HttpResponse response = m_fallback ? m_fallback(request, status) : HttpResponse::empty(status);
    if (status == 405)
        response.setHeader("Allow", allowed.join(", "));
    return response;
}

} // namespace montaj::sandbox
