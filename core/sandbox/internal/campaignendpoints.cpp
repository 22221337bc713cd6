#include "core/sandbox/internal/campaignendpoints.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/campaignreview.h"
#include "core/sandbox/internal/campaignstore.h"
#include "core/sandbox/internal/jsonbody.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/postingrules.h"
#include "core/sandbox/internal/publishstore.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/verifiedmedia.h"
#include "core/sandbox/internal/videocounters.h"
#include "core/sandbox/internal/worldstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace montaj::sandbox {
namespace {

const QString kScope = QStringLiteral("user.info.basic");
const QString kPrefix = QStringLiteral("/x/campaigns/");
constexpr int kPerMinute = 600;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

HttpResponse conflict(const QString &message, const ApiCaller &caller)
{
    return ApiEnvelope::error(QStringLiteral("campaign_state_conflict"), message, caller.logId);
}

QString reviewSummary(const QList<SubmissionRecord> &submissions, const QString &kind, qint64 nowMs)
{
    const auto latest = CampaignReview::latest(submissions, kind);
    return latest ? CampaignReview::reviewStatus(*latest, nowMs) : QStringLiteral("none");
}

} // namespace

void CampaignEndpoints::registerRoutes(Router &router)
{
    router.add("GET", kPrefix + QStringLiteral("invitations/"),
               [this](const HttpRequest &r) { return list(r); });
    router.addPrefix("GET", kPrefix, [this](const HttpRequest &r) { return onCampaign(r); });
    router.addPrefix("POST", kPrefix, [this](const HttpRequest &r) { return onCampaign(r); });
}

HttpResponse CampaignEndpoints::list(const HttpRequest &request)
{
    const auto admission = m_guard.admit(request, {kScope}, QStringLiteral("campaigns"), kPerMinute);
    if (admission.refusal)
        return *admission.refusal;
    const qint64 now = m_context.nowMs();
    CampaignStore store(m_context.db());
    QJsonArray campaigns;
    for (const CampaignRecord &campaign : store.campaigns(admission.caller.openId))
        campaigns.append(campaignJson({campaign, store.submissions(campaign.id)}, now));
    return ApiEnvelope::ok({{QStringLiteral("campaigns"), campaigns}}, admission.caller.logId);
}

HttpResponse CampaignEndpoints::onCampaign(const HttpRequest &request)
{
    static const QRegularExpression kPath(
        QStringLiteral("^/x/campaigns/([0-9]{1,20})/(accept|decline|deliverables)/?$"));
    const auto admission = m_guard.admit(request, {kScope}, QStringLiteral("campaigns"), kPerMinute);
    if (admission.refusal)
        return *admission.refusal;
    const ApiCaller &caller = admission.caller;
    const auto match = kPath.match(request.path);
    const QString action = match.captured(2);
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (!match.hasMatch() || (get && action != QLatin1String("deliverables")))
        return ApiEnvelope::error(QStringLiteral("not_found"), QStringLiteral("No such endpoint."),
                                  caller.logId);
    CampaignStore store(m_context.db());
    const auto campaign = store.campaign(match.captured(1));
    if (!campaign || campaign->openId != caller.openId)
        return ApiEnvelope::error(QStringLiteral("not_found"),
                                  QStringLiteral("No campaign %1 for this creator.").arg(match.captured(1)),
                                  caller.logId);
    const Loaded loaded{*campaign, store.submissions(campaign->id)};
    if (action == QLatin1String("deliverables"))
        return get ? submissions(caller, loaded) : submit(caller, loaded, request);
    return answer(caller, loaded, action == QLatin1String("accept"), request);
}

HttpResponse CampaignEndpoints::answer(const ApiCaller &caller, const Loaded &loaded, bool accept,
                                       const HttpRequest &request)
{
    const auto body = JsonBody::object(request.body);
    if (!body)
        return invalidParams(QStringLiteral("The body must be a JSON object."), caller);
    const QJsonValue reason = body->value(QStringLiteral("reason"));
    if (!reason.isUndefined() && (!reason.isString() || reason.toString().size() > 500))
        return invalidParams(QStringLiteral("reason must be a string of at most 500 characters."), caller);
    const qint64 now = m_context.nowMs();
    const QString status = CampaignReview::status(loaded.campaign, loaded.submissions, now);
    if (status == QLatin1String("expired"))
        return ApiEnvelope::error(QStringLiteral("invitation_expired"),
                                  QStringLiteral("The invitation expired; it can no longer be answered."),
                                  caller.logId);
    if (status != QLatin1String("invited"))
        return conflict(QStringLiteral("The invitation was already answered (%1).").arg(status), caller);
    const QString newStatus = accept ? QStringLiteral("accepted") : QStringLiteral("declined");
    WriteTransaction transaction(m_context.db());
    CampaignStore store(m_context.db());
    if (!transaction.begun()
        || !store.setAnswer(loaded.campaign.id, newStatus, now, accept ? QString() : reason.toString())
        || !transaction.commit())
        return ApiEnvelope::error(QStringLiteral("internal_error"),
                                  QStringLiteral("Could not store the answer."), caller.logId);
    qCInfo(lcSandbox) << "campaign" << loaded.campaign.id << newStatus;
    const auto updated = store.campaign(loaded.campaign.id);
    return ApiEnvelope::ok({{QStringLiteral("campaign"), campaignJson({*updated, loaded.submissions}, now)}},
                           caller.logId);
}

std::optional<HttpResponse> CampaignEndpoints::reference(const ApiCaller &caller, const QJsonObject &body,
                                                         SubmissionRecord &submission) const
{
    const auto text = [&body](const char *key) { return body.value(QLatin1String(key)).toString(); };
    if (submission.kind == QLatin1String("post")) {
        static const QRegularExpression kId(QStringLiteral("^[0-9]{1,20}$"));
        if (!kId.match(text("video_id")).hasMatch())
            return invalidParams(QStringLiteral("A post needs video_id, the posted video's id as a string."),
                                 caller);
        submission.videoId = text("video_id");
        return std::nullopt;
    }
    const bool hasUrl = body.contains(QStringLiteral("draft_url"));
    if (hasUrl == body.contains(QStringLiteral("publish_id")))
        return invalidParams(QStringLiteral("A draft needs exactly one of draft_url and publish_id."),
                             caller);
    if (hasUrl) {
        const auto path = VerifiedMedia::localPath(m_context, text("draft_url"));
        if (!path)
            return PostingRules::unverifiedUrl(QStringLiteral("draft_url"), caller);
        if (!QFileInfo(*path).isFile())
            return invalidParams(QStringLiteral("draft_url names no file."), caller);
        submission.draftUrl = text("draft_url");
        return std::nullopt;
    }
    const auto publish = PublishStore(m_context.db()).byId(text("publish_id"));
    if (!publish || publish->openId != caller.openId
        || publish->status != QLatin1String("SEND_TO_USER_INBOX"))
        return invalidParams(
            QStringLiteral("publish_id must be one of the creator's uploads that reached the inbox."),
            caller);
    submission.publishId = publish->publishId;
    return std::nullopt;
}

HttpResponse CampaignEndpoints::submit(const ApiCaller &caller, const Loaded &loaded,
                                       const HttpRequest &request)
{
    const auto body = JsonBody::object(request.body);
    if (!body)
        return invalidParams(QStringLiteral("The body must be a JSON object."), caller);
    SubmissionRecord submission;
    submission.kind = body->value(QStringLiteral("kind")).toString();
    if (submission.kind != QLatin1String("draft") && submission.kind != QLatin1String("post"))
        return invalidParams(QStringLiteral("kind must be draft or post."), caller);
    if (auto refusal = reference(caller, *body, submission))
        return *refusal;
    const qint64 now = m_context.nowMs();
    const QString why = CampaignReview::conflict(loaded.campaign, loaded.submissions, submission.kind, now);
    if (!why.isEmpty())
        return conflict(why, caller);
    submission.id = PlatformIds::randomNumericId();
    submission.campaignId = loaded.campaign.id;
    submission.submittedAtMs = now;
    submission.decidedAtMs = now + std::max<qint64>(0, m_context.options.campaignReviewDelayMs);
    if (submission.kind == QLatin1String("draft")) {
        CampaignReview::decideDraft(submission, loaded.campaign, loaded.submissions);
    } else {
        const auto videos = WorldStore(m_context.db()).videosByIds(caller.openId, {submission.videoId});
        if (videos.isEmpty())
            return invalidParams(QStringLiteral("video_id is not one of the creator's videos."), caller);
        CampaignReview::decidePost(submission, loaded.campaign, loaded.submissions, videos.first());
    }
    WriteTransaction transaction(m_context.db());
    if (!transaction.begun() || !CampaignStore(m_context.db()).insertSubmission(submission)
        || !transaction.commit())
        return ApiEnvelope::error(QStringLiteral("internal_error"),
                                  QStringLiteral("Could not store the deliverable."), caller.logId);
    qCInfo(lcSandbox) << "campaign" << loaded.campaign.id << submission.kind << "submitted, verdict"
                      << submission.outcome << "due at" << submission.decidedAtMs;
    return ApiEnvelope::ok({{QStringLiteral("deliverable"), submissionJson(submission, now)}}, caller.logId);
}

HttpResponse CampaignEndpoints::submissions(const ApiCaller &caller, const Loaded &loaded)
{
    const qint64 now = m_context.nowMs();
    QJsonArray list;
    for (const SubmissionRecord &submission : loaded.submissions)
        list.append(submissionJson(submission, now));
    return ApiEnvelope::ok(
        {{QStringLiteral("campaign_id"), loaded.campaign.id},
         {QStringLiteral("status"), CampaignReview::status(loaded.campaign, loaded.submissions, now)},
         {QStringLiteral("deliverables"), list}},
        caller.logId);
}

QJsonObject CampaignEndpoints::submissionJson(const SubmissionRecord &s, qint64 nowMs)
{
    const QString review = CampaignReview::reviewStatus(s, nowMs);
    const bool decided = review != QLatin1String("submitted");
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("campaign_id"), s.campaignId},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("draft_url"), s.draftUrl},
            {QStringLiteral("publish_id"), s.publishId},
            {QStringLiteral("video_id"), s.videoId},
            {QStringLiteral("submit_time"), s.submittedAtMs / 1000},
            {QStringLiteral("review_status"), review},
            {QStringLiteral("review_time"), decided ? s.decidedAtMs / 1000 : 0},
            {QStringLiteral("feedback"), decided ? s.feedback : QString()}};
}

QJsonObject CampaignEndpoints::campaignJson(const Loaded &loaded, qint64 nowMs) const
{
    const CampaignRecord &c = loaded.campaign;
    const QString status = CampaignReview::status(c, loaded.submissions, nowMs);
    const QJsonObject offer{
        {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount_minor"), c.priceMinor},
                                              {QStringLiteral("currency"), c.currency}}},
        {QStringLiteral("deliverables"), QJsonDocument::fromJson(c.deliverables).array()},
        {QStringLiteral("draft_due_time"), c.draftDueMs / 1000},
        {QStringLiteral("post_start_time"), c.postStartMs / 1000},
        {QStringLiteral("post_end_time"), c.postEndMs / 1000},
        {QStringLiteral("ad_authorization_days"), c.adAuthorizationDays}};
    QJsonObject json{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("brand"),
         QJsonObject{{QStringLiteral("id"), c.brandId}, {QStringLiteral("name"), c.brandName}}},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("brief"), c.brief},
        {QStringLiteral("status"), status},
        {QStringLiteral("stage"), CampaignReview::stage(c, loaded.submissions, nowMs)},
        {QStringLiteral("invite_time"), c.invitedAtMs / 1000},
        {QStringLiteral("expire_time"), c.expiresAtMs / 1000},
        {QStringLiteral("respond_time"), c.respondedAtMs / 1000},
        {QStringLiteral("decline_reason"), c.declineReason},
        {QStringLiteral("offer"), offer},
        {QStringLiteral("review"),
         QJsonObject{
             {QStringLiteral("draft"), reviewSummary(loaded.submissions, QStringLiteral("draft"), nowMs)},
             {QStringLiteral("post"), reviewSummary(loaded.submissions, QStringLiteral("post"), nowMs)}}}};
    const auto post = CampaignReview::latest(loaded.submissions, QStringLiteral("post"));
    if (status != QLatin1String("completed") || !post)
        return json;
    const auto videos = WorldStore(m_context.db()).videosByIds(c.openId, {post->videoId});
    const VideoCounts counts =
        videos.isEmpty() ? VideoCounts()
                         : VideoCounters::at(videos.first().growth, nowMs - videos.first().createTimeMs);
    json.insert(QStringLiteral("report"),
                QJsonObject{{QStringLiteral("video_id"), post->videoId},
                            {QStringLiteral("view_count"), counts.views},
                            {QStringLiteral("like_count"), counts.likes},
                            {QStringLiteral("comment_count"), counts.comments},
                            {QStringLiteral("share_count"), counts.shares},
                            {QStringLiteral("report_time"), nowMs / 1000},
                            {QStringLiteral("ad_authorization_end_time"),
                             (post->decidedAtMs + c.adAuthorizationDays * kDayMs) / 1000}});
    return json;
}

} // namespace montaj::sandbox
