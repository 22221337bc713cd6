#pragma once

#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"

namespace montaj::sandbox {

// Serves the pictures the API's URLs point at: GET /media/avatars/<name>.png and
// /media/covers/<video id>.png?x-expires=<s> (403 once expired: cover URLs last 6 hours). The
// pictures are generated, a colour derived from the name, so the studio shows something stable.
// Files placed under the verified prefix (/media/verified/…) are served as they are (VerifiedMedia).
// Not a store for uploaded media.
class MediaHost
{
public:
    explicit MediaHost(SandboxContext &context)
        : m_context(context)
    {}

    void registerRoutes(Router &router);
    static QString coverPath(const QString &videoId, qint64 expiresAtSec);
    static QString avatarPath(const QString &username);

private:
    HttpResponse serve(const HttpRequest &request);

    SandboxContext &m_context;
};

} // namespace montaj::sandbox
