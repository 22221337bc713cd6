#pragma once

#include "core/sandbox/internal/apiguard.h"
#include "core/sandbox/internal/sandboxcontext.h"
#include "core/sandbox/internal/sandboxrecords.h"

#include <optional>

namespace montaj::sandbox {

// The posting rules every init endpoint applies after its parameters are valid (video/init,
// inbox/video/init and content/init alike): a banned account posts nothing, an unaudited client posts
// only SELF_ONLY to private accounts, the privacy level is one the creator offers, at most
// maxDirectPostsPerDay direct posts per 24 h (HTTP 200 refusals), an unaudited client direct-posts for
// at most 5 distinct users per 24 h, at most 5 pending inbox shares per 24 h (403). Also stores a new
// publish.
// Not the parameter checks, which differ per endpoint.
class PostingRules
{
public:
    explicit PostingRules(SandboxContext &context)
        : m_context(context)
    {}

    std::optional<HttpResponse> checkDirect(const SandboxAccount &account, const QString &privacy,
                                            const ApiCaller &caller) const;
    std::optional<HttpResponse> checkInbox(const SandboxAccount &account, const ApiCaller &caller) const;
    // url_ownership_unverified (HTTP 200) for a URL outside the verified prefix.
    static HttpResponse unverifiedUrl(const QString &field, const ApiCaller &caller);

    // Inserts the publish (and the source of a PULL_FROM_URL one) in one transaction.
    bool store(const SandboxPublish &publish, const std::optional<PublishSource> &source) const;

private:
    std::optional<HttpResponse> checkBanned(const SandboxAccount &account, const ApiCaller &caller) const;

    SandboxContext &m_context;
};

} // namespace montaj::sandbox
