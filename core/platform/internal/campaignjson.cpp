#include "core/platform/internal/campaignjson.h"

#include "core/platform/internal/jsonids.h"
#include "core/platform/platformerror.h"

#include <QJsonArray>

namespace montaj {
namespace {

Error malformed(const QString &path, const QString &field)
{
    return PlatformError::make(PlatformErrorKind::MalformedResponse,
                               {{QStringLiteral("path"), path}, {QStringLiteral("field"), field}});
}

// A whole number, also when a long one was quoted before parsing (jsonids.h).
std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(parsed) : std::nullopt;
    }
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        return std::nullopt;
    return value.toInteger();
}

QDateTime time(const QJsonValue &seconds)
{
    const qint64 s = integer(seconds).value_or(0);
    return s > 0 ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime();
}

qint64 count(const QJsonObject &object, const char *key)
{
    return integer(object.value(QLatin1String(key))).value_or(-1);
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

CampaignStatus CampaignJson::statusFromString(QStringView status)
{
    if (status == QLatin1String("invited"))
        return CampaignStatus::Invited;
    if (status == QLatin1String("expired"))
        return CampaignStatus::Expired;
    if (status == QLatin1String("declined"))
        return CampaignStatus::Declined;
    if (status == QLatin1String("accepted"))
        return CampaignStatus::Accepted;
    if (status == QLatin1String("completed"))
        return CampaignStatus::Completed;
    return CampaignStatus::Unknown;
}

CampaignStage CampaignJson::stageFromString(QStringView stage)
{
    if (stage == QLatin1String("invitation"))
        return CampaignStage::Invitation;
    if (stage == QLatin1String("draft"))
        return CampaignStage::Draft;
    if (stage == QLatin1String("post"))
        return CampaignStage::Post;
    if (stage == QLatin1String("report"))
        return CampaignStage::Report;
    if (stage == QLatin1String("closed"))
        return CampaignStage::Closed;
    return CampaignStage::Unknown;
}

ReviewStatus CampaignJson::reviewFromString(QStringView review)
{
    if (review == QLatin1String("none"))
        return ReviewStatus::None;
    if (review == QLatin1String("submitted"))
        return ReviewStatus::Submitted;
    if (review == QLatin1String("changes_requested"))
        return ReviewStatus::ChangesRequested;
    if (review == QLatin1String("approved"))
        return ReviewStatus::Approved;
    return ReviewStatus::Unknown;
}

Result<Campaign> CampaignJson::campaign(const QJsonObject &object, const QString &path)
{
    Campaign c;
    c.id = idString(object.value(QStringLiteral("id")));
    if (c.id.isEmpty())
        return malformed(path, QStringLiteral("id"));
    const QJsonObject brand = object.value(QStringLiteral("brand")).toObject();
    c.brandId = idString(brand.value(QStringLiteral("id")));
    c.brandName = text(brand, "name");
    c.title = text(object, "title");
    c.brief = text(object, "brief");
    c.rawStatus = text(object, "status");
    c.status = statusFromString(c.rawStatus);
    c.stage = stageFromString(text(object, "stage"));
    c.invitedAt = time(object.value(QStringLiteral("invite_time")));
    c.expiresAt = time(object.value(QStringLiteral("expire_time")));
    c.respondedAt = time(object.value(QStringLiteral("respond_time")));
    c.declineReason = text(object, "decline_reason");

    const QJsonObject offer = object.value(QStringLiteral("offer")).toObject();
    const QJsonObject price = offer.value(QStringLiteral("price")).toObject();
    const auto minor = integer(price.value(QStringLiteral("amount_minor")));
    Result<Money> money = minor ? Money::fromMinor(*minor, text(price, "currency"))
                                : Result<Money>(malformed(path, QStringLiteral("offer.price")));
    if (!money)
        return malformed(path, QStringLiteral("offer.price"));
    c.offer.price = *money;
    for (const QJsonValue &value : offer.value(QStringLiteral("deliverables")).toArray()) {
        const QJsonObject spec = value.toObject();
        c.offer.deliverables.append({text(spec, "type"),
                                     int(integer(spec.value(QStringLiteral("quantity"))).value_or(0)),
                                     text(spec, "description")});
    }
    c.offer.draftDue = time(offer.value(QStringLiteral("draft_due_time")));
    c.offer.postStart = time(offer.value(QStringLiteral("post_start_time")));
    c.offer.postEnd = time(offer.value(QStringLiteral("post_end_time")));
    c.offer.adAuthorizationDays =
        int(integer(offer.value(QStringLiteral("ad_authorization_days"))).value_or(0));

    const QJsonObject review = object.value(QStringLiteral("review")).toObject();
    c.draftReview = review.contains(QStringLiteral("draft")) ? reviewFromString(text(review, "draft"))
                                                             : ReviewStatus::None;
    c.postReview =
        review.contains(QStringLiteral("post")) ? reviewFromString(text(review, "post")) : ReviewStatus::None;
    if (object.value(QStringLiteral("report")).isObject()) {
        const QJsonObject r = object.value(QStringLiteral("report")).toObject();
        c.report = CampaignReport{idString(r.value(QStringLiteral("video_id"))),
                                  count(r, "view_count"),
                                  count(r, "like_count"),
                                  count(r, "comment_count"),
                                  count(r, "share_count"),
                                  time(r.value(QStringLiteral("report_time"))),
                                  time(r.value(QStringLiteral("ad_authorization_end_time")))};
    }
    return c;
}

Result<QList<Campaign>> CampaignJson::campaigns(const QJsonObject &data, const QString &path)
{
    QList<Campaign> out;
    for (const QJsonValue &value : data.value(QStringLiteral("campaigns")).toArray()) {
        Result<Campaign> parsed = campaign(value.toObject(), path);
        if (!parsed)
            return parsed.error();
        out.append(*parsed);
    }
    return out;
}

Result<Deliverable> CampaignJson::deliverable(const QJsonObject &object, const QString &path)
{
    Deliverable d;
    d.id = idString(object.value(QStringLiteral("id")));
    const QString kind = text(object, "kind");
    if (d.id.isEmpty() || (kind != QLatin1String("draft") && kind != QLatin1String("post")))
        return malformed(path, d.id.isEmpty() ? QStringLiteral("id") : QStringLiteral("kind"));
    d.kind = kind == QLatin1String("post") ? DeliverableSubmission::Kind::Post
                                           : DeliverableSubmission::Kind::Draft;
    d.campaignId = idString(object.value(QStringLiteral("campaign_id")));
    d.draftUrl = QUrl(text(object, "draft_url"));
    d.publishId = idString(object.value(QStringLiteral("publish_id")));
    d.videoId = idString(object.value(QStringLiteral("video_id")));
    d.submittedAt = time(object.value(QStringLiteral("submit_time")));
    d.review = reviewFromString(text(object, "review_status"));
    d.reviewedAt = time(object.value(QStringLiteral("review_time")));
    d.feedback = text(object, "feedback");
    return d;
}

Result<CampaignReviewState> CampaignJson::reviewState(const QJsonObject &data, const QString &path)
{
    CampaignReviewState state;
    state.campaignId = idString(data.value(QStringLiteral("campaign_id")));
    state.status = statusFromString(text(data, "status"));
    for (const QJsonValue &value : data.value(QStringLiteral("deliverables")).toArray()) {
        Result<Deliverable> parsed = deliverable(value.toObject(), path);
        if (!parsed)
            return parsed.error();
        state.deliverables.append(*parsed);
    }
    return state;
}

QJsonObject CampaignJson::submission(const DeliverableSubmission &submission)
{
    if (submission.kind == DeliverableSubmission::Kind::Post)
        return {{QStringLiteral("kind"), QStringLiteral("post")},
                {QStringLiteral("video_id"), submission.videoId}};
    if (!submission.publishId.isEmpty())
        return {{QStringLiteral("kind"), QStringLiteral("draft")},
                {QStringLiteral("publish_id"), submission.publishId}};
    return {{QStringLiteral("kind"), QStringLiteral("draft")},
            {QStringLiteral("draft_url"), submission.draftUrl.toString(QUrl::FullyEncoded)}};
}

} // namespace montaj
