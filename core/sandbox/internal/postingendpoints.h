#pragma once

#include "core/sandbox/internal/apiguard.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"

#include <QJsonObject>

namespace montaj::sandbox {

// The Content Posting API: creator_info/query, video/init (direct post), inbox/video/init,
// status/fetch and cancel. Validates post_info and the chunk rules, applies the posting rules that
// refuse with HTTP 200 (privacy mismatch, unaudited client, too many posts) and creates publishes
// with an upload URL. Not the upload (UploadEndpoint) nor the processing (MediaModerator).
class PostingEndpoints
{
public:
    explicit PostingEndpoints(SandboxContext &context)
        : m_context(context)
        , m_guard(context)
    {}

    void registerRoutes(Router &router);

private:
    HttpResponse creatorInfo(const HttpRequest &request);
    HttpResponse init(const HttpRequest &request, const QString &kind);
    HttpResponse statusFetch(const HttpRequest &request);
    HttpResponse cancel(const HttpRequest &request);

    // The refusal for a bad post_info, or nothing.
    std::optional<HttpResponse> checkPostInfo(const QJsonObject &postInfo, const ApiCaller &caller);

    SandboxContext &m_context;
    ApiGuard m_guard;
};

} // namespace montaj::sandbox
