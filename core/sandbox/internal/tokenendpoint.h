#pragma once

#include "core/sandbox/internal/formdata.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"

namespace montaj::sandbox {

// POST /v2/oauth/token/ and /v2/oauth/revoke/: exchanges a code for tokens (client secret, the
// redirect_uri of the authorization, and PKCE as the lower-case hex SHA-256 of code_verifier, like
// TikTok for desktop), refreshes in the "long" or "rotating" profile (rotation kills the old refresh
// token; replaying a code revokes its grant). Errors use {"error","error_description","log_id"}.
// Tokens are stored by hash only. Not the consent (AuthorizeEndpoint).
class TokenEndpoint
{
public:
    explicit TokenEndpoint(SandboxContext &context)
        : m_context(context)
    {}

    void registerRoutes(Router &router);

private:
    HttpResponse token(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse exchangeCode(const FormData &form, const QString &logId);
    HttpResponse refresh(const FormData &form, const QString &logId);
    static HttpResponse tokenError(int status, const QString &error, const QString &description,
                                   const QString &logId);

    SandboxContext &m_context;
};

} // namespace montaj::sandbox
