// The brand campaigns extension over loopback: the seeded invitations and their offers, the same
// token/scope/rate gates and envelope as the v2 API, accept/decline and the 7-day expiry, drafts and
// the posted video through review (deterministic verdicts that show as the sandbox clock advances),
// the report, and all of it surviving a restart.

#include "tests/sandbox/sandboxtestkit.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDaySec = 24LL * 3600;

QJsonObject byBrand(const HttpResult &list, const QString &brand)
{
    for (const QJsonValue &c : list.data().value("campaigns").toArray())
        if (c.toObject().value("brand").toObject().value("name").toString() == brand)
            return c.toObject();
    return {};
}

} // namespace

class TestSandboxCampaigns : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    Tokens m_tokens;
    QString m_lumen;
    QString m_northwind;

    void start(SandboxOptions options)
    {
        m_client.reset();
        m_server = startSandbox(options);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_tokens = m_client->loginAuto(kAllScopes);
        QVERIFY(!m_tokens.accessToken.isEmpty());
        const HttpResult list = invitations();
        m_lumen = byBrand(list, "Lumen Coffee").value("id").toString();
        m_northwind = byBrand(list, "Northwind Outdoor").value("id").toString();
    }
    HttpResult invitations() { return m_client->get("/x/campaigns/invitations/", m_tokens.accessToken); }
    HttpResult post(const QString &id, const QString &action, const QJsonObject &body = {})
    {
        return m_client->postJson("/x/campaigns/" + id + "/" + action, body, m_tokens.accessToken);
    }
    HttpResult deliverables(const QString &id)
    {
        return m_client->get("/x/campaigns/" + id + "/deliverables", m_tokens.accessToken);
    }
    QString draftUrl(const QString &name)
    {
        writePicture(m_server->verifiedMediaDir() + "/drafts/" + name, {64, 48}, "JPEG");
        return m_server->verifiedMediaUrl("drafts/" + name).toString();
    }
    static SandboxOptions options(qint64 reviewDelayMs = 2 * kHourMs)
    {
        SandboxOptions o = quickOptions();
        o.campaignReviewDelayMs = reviewDelayMs;
        return o;
    }

private Q_SLOTS:
    void init() { start(options()); }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void seededInvitationsAndOffers()
    {
        const HttpResult list = invitations();
        QCOMPARE(list.status, 200);
        QCOMPARE(list.code(), QString("ok"));
        const QJsonArray campaigns = list.data().value("campaigns").toArray();
        QCOMPARE(campaigns.size(), 2);
        // Newest invitation first.
        QCOMPARE(campaigns.at(0).toObject().value("id").toString(), m_northwind);
        const qint64 now = m_server->nowMs() / 1000;

        const QJsonObject lumen = byBrand(list, "Lumen Coffee");
        QVERIFY(QRegularExpression("^[0-9]{19}$").match(m_lumen).hasMatch());
        QCOMPARE(lumen.value("status").toString(), QString("invited"));
        QCOMPARE(lumen.value("stage").toString(), QString("invitation"));
        QCOMPARE(lumen.value("expire_time").toInteger() - lumen.value("invite_time").toInteger(),
                 7 * kDaySec);
        QVERIFY(qAbs(lumen.value("expire_time").toInteger() - now - kDaySec) <= 5); // lapses a day later
        QCOMPARE(lumen.value("respond_time").toInteger(), 0);
        const QJsonObject offer = lumen.value("offer").toObject();
        QCOMPARE(offer.value("price").toObject(),
                 (QJsonObject{{"amount_minor", 150000}, {"currency", "EUR"}}));
        QCOMPARE(offer.value("ad_authorization_days").toInt(), 30);
        QCOMPARE(offer.value("deliverables").toArray().size(), 1);
        QCOMPARE(offer.value("deliverables").toArray().at(0).toObject().value("type").toString(),
                 QString("video"));
        QCOMPARE(offer.value("deliverables").toArray().at(0).toObject().value("quantity").toInt(), 1);
        QVERIFY(offer.value("post_start_time").toInteger() <= now);
        QVERIFY(offer.value("post_end_time").toInteger() > now + 20 * kDaySec);
        QVERIFY(offer.value("draft_due_time").toInteger() > now);
        QCOMPARE(lumen.value("review").toObject(), (QJsonObject{{"draft", "none"}, {"post", "none"}}));
        QVERIFY(!lumen.contains("report"));

        const QJsonObject northwind = byBrand(list, "Northwind Outdoor");
        QCOMPARE(northwind.value("offer").toObject().value("price").toObject(),
                 (QJsonObject{{"amount_minor", 120000}, {"currency", "JPY"}}));
        QCOMPARE(northwind.value("offer").toObject().value("ad_authorization_days").toInt(), 60);
        QVERIFY(northwind.value("expire_time").toInteger() - now > 6 * kDaySec);

        // Brand ids derive from the seed; another creator has no invitations.
        auto twin = startSandbox(options());
        SandboxTestClient other(twin->baseUrl());
        const HttpResult twinList =
            other.get("/x/campaigns/invitations/", other.loginAuto(kAllScopes).accessToken);
        QCOMPARE(byBrand(twinList, "Lumen Coffee").value("brand").toObject().value("id"),
                 lumen.value("brand").toObject().value("id"));
        SandboxOptions quiet = options();
        quiet.autoApproveAccount = SandboxServer::privateCreatorUsername();
        auto quietServer = startSandbox(quiet);
        SandboxTestClient quietClient(quietServer->baseUrl());
        const HttpResult none =
            quietClient.get("/x/campaigns/invitations/", quietClient.loginAuto(kAllScopes).accessToken);
        QCOMPARE(none.code(), QString("ok"));
        QCOMPARE(none.data().value("campaigns").toArray().size(), 0);
    }

    void gatesLikeTheV2Api()
    {
        const HttpResult anonymous = m_client->get("/x/campaigns/invitations/");
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.code(), QString("access_token_invalid"));
        const Tokens listOnly = m_client->loginAuto({"video.list"});
        const HttpResult scoped = m_client->get("/x/campaigns/invitations/", listOnly.accessToken);
        QCOMPARE(scoped.status, 401);
        QCOMPARE(scoped.code(), QString("scope_not_authorized"));
        QCOMPARE(m_client->postJson("/x/campaigns/" + m_lumen + "/accept", {}, listOnly.accessToken).code(),
                 QString("scope_not_authorized"));
        const HttpResult unknown = post("1234567890123456789", "accept");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.code(), QString("not_found"));
        QCOMPARE(post(m_lumen, "archive").status, 404);
        QCOMPARE(m_client->get("/x/campaigns/" + m_lumen + "/accept", m_tokens.accessToken).code(),
                 QString("not_found"));
        QVERIFY(!invitations().json().value("error").toObject().value("log_id").toString().isEmpty());

        // The same sliding minute as the display API: 600 per token.
        int limited = 0;
        for (int i = 0; i < 600 && limited == 0; ++i) {
            const HttpResult r = deliverables(m_lumen);
            if (r.status == 429) {
                ++limited;
                QCOMPARE(r.code(), QString("rate_limit_exceeded"));
                QVERIFY(r.header("Retry-After").toInt() >= 1);
            }
        }
        QCOMPARE(limited, 1);
    }

    void acceptDeclineAndExpiry()
    {
        const HttpResult declined = post(m_northwind, "decline", {{"reason", "Fully booked this month"}});
        QCOMPARE(declined.code(), QString("ok"));
        const QJsonObject campaign = declined.data().value("campaign").toObject();
        QCOMPARE(campaign.value("status").toString(), QString("declined"));
        QCOMPARE(campaign.value("stage").toString(), QString("closed"));
        QCOMPARE(campaign.value("decline_reason").toString(), QString("Fully booked this month"));
        QVERIFY(qAbs(campaign.value("respond_time").toInteger() - m_server->nowMs() / 1000) <= 5);
        const HttpResult again = post(m_northwind, "accept");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QString("campaign_state_conflict"));
        QCOMPARE(post(m_northwind, "decline", {{"reason", 5}}).code(), QString("invalid_params"));

        m_server->advanceClock(25 * kHourMs); // past Lumen's expiry, and past the access token's
        m_tokens = SandboxTestClient::tokensOf(m_client->refresh(m_tokens.refreshToken));
        const HttpResult late = post(m_lumen, "accept");
        QCOMPARE(late.status, 409);
        QCOMPARE(late.code(), QString("invitation_expired"));
        const QJsonObject lumen = byBrand(invitations(), "Lumen Coffee");
        QCOMPARE(lumen.value("status").toString(), QString("expired"));
        QCOMPARE(lumen.value("stage").toString(), QString("closed"));
    }

    void submissionParameters()
    {
        QCOMPARE(post(m_lumen, "accept").code(), QString("ok"));
        const QString url = draftUrl("a.jpg");
        QCOMPARE(post(m_lumen, "deliverables", {{"draft_url", url}}).code(),
                 QString("invalid_params")); // no kind
        QCOMPARE(post(m_lumen, "deliverables", {{"kind", "draft"}}).code(), QString("invalid_params"));
        QCOMPARE(post(m_lumen, "deliverables", {{"kind", "draft"}, {"draft_url", url}, {"publish_id", "x"}})
                     .code(),
                 QString("invalid_params"));
        const HttpResult foreign = post(m_lumen, "deliverables",
                                        {{"kind", "draft"}, {"draft_url", "https://cdn.example.com/a.mp4"}});
        QCOMPARE(foreign.status, 200);
        QCOMPARE(foreign.code(), QString("url_ownership_unverified"));
        QCOMPARE(
            post(m_lumen, "deliverables",
                 {{"kind", "draft"}, {"draft_url", m_server->verifiedMediaUrl("drafts/none.jpg").toString()}})
                .code(),
            QString("invalid_params"));
        QCOMPARE(
            post(m_lumen, "deliverables", {{"kind", "draft"}, {"publish_id", "v_inbox_file~v2.1"}}).code(),
            QString("invalid_params"));
        QCOMPARE(post(m_northwind, "deliverables", {{"kind", "draft"}, {"draft_url", url}}).status,
                 409); // not accepted
        QCOMPARE(post(m_lumen, "deliverables", {{"kind", "post"}, {"video_id", 7}}).code(),
                 QString("invalid_params"));
        QCOMPARE(deliverables(m_lumen).data().value("deliverables").toArray().size(), 0);
    }

    void draftReviewRoundsThenPostAndReport()
    {
        QCOMPARE(post(m_lumen, "accept").data().value("campaign").toObject().value("stage").toString(),
                 QString("draft"));
        QCOMPARE(post(m_lumen, "deliverables", {{"kind", "post"}, {"video_id", "1"}}).code(),
                 QString("campaign_state_conflict")); // no approved draft yet

        // Round 1: a draft from the verified media host; Lumen asks for changes once.
        const HttpResult first =
            post(m_lumen, "deliverables", {{"kind", "draft"}, {"draft_url", draftUrl("v1.jpg")}});
        QCOMPARE(first.code(), QString("ok"));
        const QJsonObject d1 = first.data().value("deliverable").toObject();
        QCOMPARE(d1.value("review_status").toString(), QString("submitted"));
        QCOMPARE(d1.value("review_time").toInteger(), 0);
        QCOMPARE(d1.value("feedback").toString(), QString());
        QCOMPARE(
            post(m_lumen, "deliverables", {{"kind", "draft"}, {"draft_url", draftUrl("v1b.jpg")}}).code(),
            QString("campaign_state_conflict")); // one in review at a time
        m_server->advanceClock(2 * kHourMs - 60000);
        QCOMPARE(deliverables(m_lumen)
                     .data()
                     .value("deliverables")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("review_status"),
                 QJsonValue("submitted"));
        m_server->advanceClock(61000);
        QJsonObject reviewed = deliverables(m_lumen).data().value("deliverables").toArray().at(0).toObject();
        QCOMPARE(reviewed.value("review_status").toString(), QString("changes_requested"));
        QVERIFY(reviewed.value("feedback").toString().contains("first 3 seconds"));
        QCOMPARE(reviewed.value("review_time").toInteger() - d1.value("submit_time").toInteger(), 2 * 3600);
        QCOMPARE(byBrand(invitations(), "Lumen Coffee").value("review").toObject().value("draft").toString(),
                 QString("changes_requested"));

        // Round 2: an inbox upload (a photo sent with MEDIA_UPLOAD) as the draft; approved.
        const HttpResult inbox =
            m_client->initPhotos(m_tokens.accessToken, {draftUrl("v2.jpg")}, "MEDIA_UPLOAD", {});
        const QString publishId = inbox.data().value("publish_id").toString();
        QCOMPARE(m_client->waitForOutcome(m_tokens.accessToken, publishId).value("status").toString(),
                 QString("SEND_TO_USER_INBOX"));
        const HttpResult second =
            post(m_lumen, "deliverables", {{"kind", "draft"}, {"publish_id", publishId}});
        QCOMPARE(second.code(), QString("ok"));
        QCOMPARE(second.data().value("deliverable").toObject().value("publish_id").toString(), publishId);
        m_server->advanceClock(2 * kHourMs);
        QJsonObject lumen = byBrand(invitations(), "Lumen Coffee");
        QCOMPARE(lumen.value("review").toObject().value("draft").toString(), QString("approved"));
        QCOMPARE(lumen.value("stage").toString(), QString("post"));
        QCOMPARE(post(m_lumen, "deliverables", {{"kind", "draft"}, {"draft_url", draftUrl("v3.jpg")}}).status,
                 409);

        // An old video was posted before the draft was approved: changes requested.
        const QString oldVideo =
            m_client->postJson("/v2/video/list/?fields=id", {{"max_count", 1}}, m_tokens.accessToken)
                .data()
                .value("videos")
                .toArray()
                .at(0)
                .toObject()
                .value("id")
                .toString();
        QCOMPARE(
            post(m_lumen, "deliverables", {{"kind", "post"}, {"video_id", "1234567890123456789"}}).code(),
            QString("invalid_params")); // not the creator's
        QCOMPARE(post(m_lumen, "deliverables", {{"kind", "post"}, {"video_id", oldVideo}}).code(),
                 QString("ok"));
        m_server->advanceClock(2 * kHourMs);
        const QJsonArray afterOld = deliverables(m_lumen).data().value("deliverables").toArray();
        QCOMPARE(afterOld.size(), 3);
        QCOMPARE(afterOld.at(2).toObject().value("review_status").toString(), QString("changes_requested"));
        QVERIFY(
            afterOld.at(2).toObject().value("feedback").toString().contains("before the draft was approved"));

        // The real post: a video pulled from the verified prefix and published publicly.
        const QString clip = makeVideo(m_server->verifiedMediaDir(), "final.mp4", "720x1280", 30, 1);
        if (clip.isEmpty())
            QSKIP("ffmpeg with libx264 is not available");
        const HttpResult pull =
            m_client->initPull(m_tokens.accessToken, m_server->verifiedMediaUrl("final.mp4").toString());
        const QJsonObject published =
            m_client->waitForOutcome(m_tokens.accessToken, pull.data().value("publish_id").toString());
        QCOMPARE(published.value("status").toString(), QString("PUBLISH_COMPLETE"));
        const QString videoId = published.value("publicaly_available_post_id").toArray().at(0).toString();
        QCOMPARE(post(m_lumen, "deliverables", {{"kind", "post"}, {"video_id", videoId}}).code(),
                 QString("ok"));
        m_server->advanceClock(2 * kHourMs);
        lumen = byBrand(invitations(), "Lumen Coffee");
        QCOMPARE(lumen.value("status").toString(), QString("completed"));
        QCOMPARE(lumen.value("stage").toString(), QString("report"));
        QCOMPARE(lumen.value("review").toObject(),
                 (QJsonObject{{"draft", "approved"}, {"post", "approved"}}));
        const QJsonObject report = lumen.value("report").toObject();
        QCOMPARE(report.value("video_id").toString(), videoId);
        QVERIFY(report.value("view_count").toInteger() > 0);
        QVERIFY(report.value("like_count").toInteger() >= 0);
        const QJsonObject approvedPost =
            deliverables(m_lumen).data().value("deliverables").toArray().at(3).toObject();
        QCOMPARE(report.value("ad_authorization_end_time").toInteger(),
                 approvedPost.value("review_time").toInteger() + 30 * kDaySec);
        QCOMPARE(deliverables(m_lumen).data().value("status").toString(), QString("completed"));
        QCOMPARE(post(m_lumen, "deliverables", {{"kind", "post"}, {"video_id", videoId}}).code(),
                 QString("campaign_state_conflict"));
    }

    void northwindApprovesTheFirstDraftAtOnceWithoutDelay()
    {
        start(options(0));
        QCOMPARE(post(m_northwind, "accept").code(), QString("ok"));
        const HttpResult draft =
            post(m_northwind, "deliverables", {{"kind", "draft"}, {"draft_url", draftUrl("n.jpg")}});
        QCOMPARE(draft.data().value("deliverable").toObject().value("review_status").toString(),
                 QString("approved"));
        QCOMPARE(byBrand(invitations(), "Northwind Outdoor").value("stage").toString(), QString("post"));
    }

    void survivesARestart()
    {
        QTemporaryDir state;
        SandboxOptions o = options();
        o.stateDir = state.path();
        start(o);
        const QString lumen = m_lumen;
        QCOMPARE(post(m_lumen, "accept").code(), QString("ok"));
        QCOMPARE(
            post(m_lumen, "deliverables", {{"kind", "draft"}, {"draft_url", draftUrl("keep.jpg")}}).code(),
            QString("ok"));
        const QString refresh = m_tokens.refreshToken;
        cleanup();

        m_server = startSandbox(o);
        QVERIFY(m_server);
        m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
        m_tokens = SandboxTestClient::tokensOf(m_client->refresh(refresh));
        const HttpResult list = invitations();
        QCOMPARE(list.data().value("campaigns").toArray().size(), 2); // seeded once
        QCOMPARE(byBrand(list, "Lumen Coffee").value("id").toString(), lumen);
        QCOMPARE(byBrand(list, "Lumen Coffee").value("status").toString(), QString("accepted"));
        QCOMPARE(deliverables(lumen)
                     .data()
                     .value("deliverables")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("review_status"),
                 QJsonValue("submitted"));
        m_server->advanceClock(2 * kHourMs);
        QCOMPARE(deliverables(lumen)
                     .data()
                     .value("deliverables")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("review_status"),
                 QJsonValue("changes_requested"));
    }

    void noCampaignsWithoutTheDemoWorld()
    {
        SandboxOptions o = options();
        o.seedDemoWorld = false;
        start(o);
        QCOMPARE(invitations().data().value("campaigns").toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCampaigns)
#include "tst_sandboxcampaigns.moc"
