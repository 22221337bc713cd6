#pragma once

#include "core/sandbox/internal/apiguard.h"
#include "core/sandbox/internal/campaignrecords.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"

#include <QJsonObject>
#include <QList>

namespace montaj::sandbox {

// The brand campaigns extension (PLATFORM_API.md), for the signed-in creator (scope
// user.info.basic, v2 envelope): GET /x/campaigns/invitations/ lists every campaign the creator was
// invited to, with its offer, status, stage, review summary and, once complete, its report;
// POST /x/campaigns/{id}/accept and /decline answer an invitation; POST /x/campaigns/{id}/deliverables
// submits a draft (a verified media URL or an inbox upload) or the posted video for review, and GET on
// the same path lists the submissions with their review state. Not the flow's rules (CampaignReview).
class CampaignEndpoints
{
public:
    explicit CampaignEndpoints(SandboxContext &context)
        : m_context(context)
        , m_guard(context)
    {}

    void registerRoutes(Router &router);

private:
    struct Loaded
    {
        CampaignRecord campaign;
        QList<SubmissionRecord> submissions;
    };

    HttpResponse list(const HttpRequest &request);
    HttpResponse onCampaign(const HttpRequest &request);
    HttpResponse answer(const ApiCaller &caller, const Loaded &loaded, bool accept,
                        const HttpRequest &request);
    HttpResponse submit(const ApiCaller &caller, const Loaded &loaded, const HttpRequest &request);
    HttpResponse submissions(const ApiCaller &caller, const Loaded &loaded);
    // Checks the draft's or post's reference in `body` and fills it in; the refusal otherwise.
    std::optional<HttpResponse> reference(const ApiCaller &caller, const QJsonObject &body,
                                          SubmissionRecord &submission) const;

    QJsonObject campaignJson(const Loaded &loaded, qint64 nowMs) const;
    static QJsonObject submissionJson(const SubmissionRecord &submission, qint64 nowMs);

    SandboxContext &m_context;
    ApiGuard m_guard;
};

} // namespace montaj::sandbox
