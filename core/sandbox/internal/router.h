#pragma once

#include "core/sandbox/internal/httprequest.h"
#include "core/sandbox/internal/httpresponse.h"

#include <QList>

#include <functional>

namespace montaj::sandbox {

// Maps a method and a path (exact, or a prefix such as "/upload/") to the function that answers
// it. Unknown paths and wrong methods go to the fallback with 404 or 405. HEAD is served by the
// GET route. Not a middleware chain: faults and latency are the server's business.
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &request)>;
    using Fallback = std::function<HttpResponse(const HttpRequest &request, int status)>;

    void add(const QByteArray &method, const QString &path, Handler handler);
    void addPrefix(const QByteArray &method, const QString &prefix, Handler handler);
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }

    HttpResponse route(const HttpRequest &request) const;

private:
    struct Route
    {
        QByteArray method;
        QString path;
        bool prefix = false;
        Handler handler;
    };
    QList<Route> m_routes;
    Fallback m_fallback;
};

} // namespace montaj::sandbox
