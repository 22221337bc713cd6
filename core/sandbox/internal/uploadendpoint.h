#pragma once

#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"

#include <functional>

namespace montaj::sandbox {

// PUT <base>/upload/<uploadId>/: receives the chunks of a FILE_UPLOAD strictly in order into a
// file under the state dir. 206 while more is expected, 201 when complete (then the upload is
// handed on for processing), 400 bad headers, 403 expired or cancelled, 404 unknown, 416 when the
// range does not continue what was received (its Content-Range says what was). Not the processing.
class UploadEndpoint
{
public:
    using CompleteHandler = std::function<void(const QString &publishId)>;

    UploadEndpoint(SandboxContext &context, CompleteHandler onComplete)
        : m_context(context)
        , m_onComplete(std::move(onComplete))
    {}

    void registerRoutes(Router &router);

private:
    HttpResponse put(const HttpRequest &request);

    SandboxContext &m_context;
    CompleteHandler m_onComplete;
};

} // namespace montaj::sandbox
