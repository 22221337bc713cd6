#pragma once

#include "core/sandbox/internal/httpresponse.h"
#include "core/sandbox/internal/sandboxcontext.h"

#include <optional>

namespace montaj::sandbox {

// The URL prefix the demo app "verified" for PULL_FROM_URL: <base>/media/verified/, backed by the
// folder <stateDir>/media/verified. The platform pulls only https URLs under a verified prefix; the
// sandbox has no certificate, so its one exception to https-only is this prefix on its own loopback
// host. Maps such a URL to the file behind it (refusing anything else, and anything that could leave
// the folder) and serves those files. Not the generated pictures (MediaHost) nor the pulling
// (PullProcessor).
class VerifiedMedia
{
public:
    static QString pathPrefix() { return QStringLiteral("/media/verified/"); }
    static QString directory(const SandboxContext &context);
    static QString urlPrefix(const SandboxContext &context);

    // The request path ("/media/verified/…") of a verified URL, or nothing when the URL is not under
    // the verified prefix of this sandbox (the caller answers url_ownership_unverified). Stored
    // publishes keep this path, which outlives the port of one run.
    static std::optional<QString> requestPath(const SandboxContext &context, const QString &url);
    // The file a verified URL names (it may not exist), or nothing as above.
    static std::optional<QString> localPath(const SandboxContext &context, const QString &url);
    // The same for the path of a request to this sandbox ("/media/verified/…").
    static std::optional<QString> localPathOf(const SandboxContext &context, const QString &requestPath);

    // GET <prefix>…: the file with a Content-Type from its name, or 404.
    static HttpResponse serve(const SandboxContext &context, const QString &requestPath);
};

} // namespace montaj::sandbox
