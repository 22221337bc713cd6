#pragma once

#include "core/sandbox/internal/apiguard.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"

#include <QJsonObject>

#include <functional>

namespace montaj::sandbox {

// The Content Posting API: creator_info/query, video/init (direct post), inbox/video/init,
// status/fetch and cancel. Validates post_info and the chunk rules, applies the posting rules that
// refuse with HTTP 200 (PostingRules) and creates publishes: FILE_UPLOAD ones with an upload URL,
// PULL_FROM_URL ones (verified prefix only, VerifiedMedia) handed to the puller. Not the upload
// (UploadEndpoint), the pulling (PullProcessor) nor the processing (MediaModerator).
class PostingEndpoints
{
public:
    // `onPull` is told about each new PULL_FROM_URL publish (to fetch its video).
    PostingEndpoints(SandboxContext &context, std::function<void(const QString &publishId)> onPull)
        : m_context(context)
        , m_guard(context)
        , m_onPull(std::move(onPull))
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
    std::function<void(const QString &publishId)> m_onPull;
};

} // namespace montaj::sandbox
