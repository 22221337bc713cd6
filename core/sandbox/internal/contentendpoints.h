#pragma once

#include "core/sandbox/internal/apiguard.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"

#include <QJsonObject>

#include <functional>

namespace montaj::sandbox {

// POST /v2/post/publish/content/init/: photo posts (media_type PHOTO, post_mode DIRECT_POST or
// MEDIA_UPLOAD, title ≤ 90 and description ≤ 4000 UTF-16 units, 1–35 photo_images pulled from the
// verified prefix, photo_cover_index). Checks parameters and URL ownership, applies PostingRules and
// creates a PROCESSING_DOWNLOAD publish for the puller. Not the photo checks (PullProcessor).
class ContentEndpoints
{
public:
    static constexpr int kMaxPhotos = 35;
    static constexpr int kMaxTitle = 90;
    static constexpr int kMaxDescription = 4000;

    ContentEndpoints(SandboxContext &context, std::function<void(const QString &publishId)> onPull)
        : m_context(context)
        , m_guard(context)
        , m_onPull(std::move(onPull))
    {}

    void registerRoutes(Router &router);

private:
    HttpResponse init(const HttpRequest &request);
    // The refusal for bad post_info, or nothing.
    std::optional<HttpResponse> checkPostInfo(const QJsonObject &postInfo, bool direct,
                                              const ApiCaller &caller) const;
    // The verified request paths of source_info's photos, or the refusal in `refusal`.
    std::optional<QStringList> photoPaths(const QJsonObject &source, const ApiCaller &caller,
                                          std::optional<HttpResponse> &refusal) const;

    SandboxContext &m_context;
    ApiGuard m_guard;
    std::function<void(const QString &publishId)> m_onPull;
};

} // namespace montaj::sandbox
