#pragma once

#include "core/sandbox/internal/apiguard.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"
#include "core/sandbox/internal/sandboxrecords.h"

#include <QJsonObject>

namespace montaj::sandbox {

// The Display API: GET /v2/user/info/, POST /v2/video/list/ and POST /v2/video/query/, answering
// only the fields asked for (each field needs its scope). Public videos only, newest first, with
// millisecond cursors; counters come from VideoCounters at the sandbox's clock. Not posting.
class DisplayEndpoints
{
public:
    explicit DisplayEndpoints(SandboxContext &context)
        : m_context(context)
        , m_guard(context)
    {}

    void registerRoutes(Router &router);
    static QStringList videoFields();
    // The scope a user/info field needs, or an empty string for an unknown field.
    static QString scopeForUserField(const QString &field);

private:
    HttpResponse userInfo(const HttpRequest &request);
    HttpResponse videoList(const HttpRequest &request);
    HttpResponse videoQuery(const HttpRequest &request);
    // The fields of ?fields=…, or nothing (with the refusal in `refusal`) when missing or unknown.
    std::optional<QStringList> videoFieldsOf(const HttpRequest &request, const ApiCaller &caller,
                                             std::optional<HttpResponse> &refusal) const;
    QJsonObject videoJson(const SandboxVideo &video, const QString &username, const QStringList &fields,
                          qint64 nowMs) const;

    SandboxContext &m_context;
    ApiGuard m_guard;
};

} // namespace montaj::sandbox
