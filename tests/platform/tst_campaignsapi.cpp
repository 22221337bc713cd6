// TikTokCampaignsApi against a stand-in platform: requests (paths, methods, bodies, bearer token),
// parsing (19-digit ids kept exact, prices as Money in minor units, times, review states, the
// report), the extension's errors turned into platform.campaign_* Errors, ids checked before
// sending, and which calls are retried.

#include "core/platform/internal/campaignjson.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/platformerror.h"
#include "core/platform/tiktokcampaignsapi.h"
#include "fakesignin.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace montaj;
using montaj::test::FakePlatform;
using montaj::test::StubReply;
using montaj::test::StubRequest;
using montaj::test::Waiter;

namespace {

const QByteArray kLumen = "7405871234567890123";

// One campaign as the sandbox sends it; the id is a bare 19-digit number on purpose.
QByteArray campaignJson(const QByteArray &status = "invited", const QByteArray &extra = {})
{
    return "{\"id\":" + kLumen
           + ",\"brand\":{\"id\":\"1234567890123456789\",\"name\":\"Lumen Coffee\"},\"title\":\"Autumn blend "
             "launch\",\"brief\":\"Brew it\",\"status\":\""
           + status
           + "\",\"stage\":\"invitation\",\"invite_time\":1700000000,\"expire_time\":1700604800,"
             "\"respond_time\":0,\"decline_reason\":\"\",\"offer\":{\"price\":{\"amount_minor\":150000,"
             "\"currency\":\"EUR\"},\"deliverables\":[{\"type\":\"video\",\"quantity\":1,\"description\":"
             "\"One "
             "video\"}],\"draft_due_time\":1700400000,\"post_start_time\":1700000000,\"post_end_time\":"
             "1702000000,\"ad_authorization_days\":30},\"review\":{\"draft\":\"changes_requested\",\"post\":"
             "\"none\"}"
           + extra + "}";
}

QByteArray deliverableJson(const QByteArray &review = "submitted")
{
    return "{\"id\":\"8123456789012345678\",\"campaign_id\":\"" + kLumen
           + "\",\"kind\":\"draft\",\"draft_url\":\"https://media.example.com/d.mp4\",\"publish_id\":\"\","
             "\"video_id\":\"\",\"submit_time\":1700001000,\"review_status\":\""
           + review + "\",\"review_time\":" + (review == "submitted" ? "0" : "1700008200")
           + ",\"feedback\":\"Show the bag\"}";
}

} // namespace

class TestCampaignsApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePlatform> m_fake;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<TikTokApi> m_api;
    std::unique_ptr<TikTokCampaignsApi> m_campaigns;

    QString path(const char *action) const
    {
        return "/x/campaigns/" + QString::fromLatin1(kLumen) + "/" + action;
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakePlatform>();
        QVERIFY(m_fake->start());
        m_http = std::make_unique<HttpClient>();
        m_store = std::make_unique<MemoryTokenStore>();
        auto profile = PlatformProfile::load("sandbox", m_fake->baseUrl());
        QVERIFY(profile.ok());
        QCOMPARE(profile->rateLimits().limitFor("campaigns"), 600);
        m_api =
            std::make_unique<TikTokApi>(*profile, ClientCredentials{m_fake->clientKey, m_fake->clientSecret},
                                        m_http.get(), m_store.get());
        m_api->setRetryPolicy(RetryPolicy{3, 10, 50});
        m_campaigns = std::make_unique<TikTokCampaignsApi>(m_api.get());
        QVERIFY(test::signInToFake(*m_api, *m_fake));
    }

    void cleanup()
    {
        m_campaigns.reset();
        m_api.reset();
        m_http.reset();
        m_store.reset();
        m_fake.reset();
    }

    void listsInvitationsWithMoneyAndExactIds()
    {
        m_fake->routes.insert("/x/campaigns/invitations/", [](const StubRequest &) {
            return FakePlatform::ok("{\"campaigns\":["
                                    + campaignJson("completed",
                                                   ",\"report\":{\"video_id\":7405871234567890999,"
                                                   "\"view_count\":12345678901,\"like_count\":5,"
                                                   "\"comment_count\":1,\"share_count\":0,"
                                                   "\"report_time\":1701000000,"
                                                   "\"ad_authorization_end_time\":1703592000}")
                                    + ",{\"id\":\"7405871234567890124\",\"brand\":{\"name\":\"Northwind "
                                      "Outdoor\"},\"status\":\"expired\","
                                      "\"stage\":\"closed\",\"offer\":{\"price\":{\"amount_minor\":120000,"
                                      "\"currency\":\"JPY\"}}}]}");
        });
        Waiter<QList<Campaign>> list;
        m_campaigns->listInvitations(list.callback());
        QVERIFY(list.wait());
        QVERIFY2(list->ok(), qPrintable(list->ok() ? QString() : list->error().toString()));
        QCOMPARE((*list)->size(), 2);
        const Campaign &lumen = (*list)->at(0);
        QCOMPARE(lumen.id, QString::fromLatin1(kLumen));
        QCOMPARE(lumen.brandId, QString("1234567890123456789"));
        QCOMPARE(lumen.brandName, QString("Lumen Coffee"));
        QCOMPARE(lumen.status, CampaignStatus::Completed);
        QCOMPARE(lumen.rawStatus, QString("completed"));
        QCOMPARE(lumen.stage, CampaignStage::Invitation);
        QCOMPARE(lumen.invitedAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QCOMPARE(lumen.expiresAt.toSecsSinceEpoch() - lumen.invitedAt.toSecsSinceEpoch(), 7 * 86400);
        QVERIFY(!lumen.respondedAt.isValid());
        QVERIFY(lumen.offer.price.has_value());
        QCOMPARE(lumen.offer.price->minorUnits(), qint64(150000));
        QCOMPARE(lumen.offer.price->currency(), QString("EUR"));
        QCOMPARE(lumen.offer.price->toDecimalString(), QString("1500.00"));
        QCOMPARE(lumen.offer.deliverables.size(), 1);
        QCOMPARE(lumen.offer.deliverables.first().quantity, 1);
        QCOMPARE(lumen.offer.adAuthorizationDays, 30);
        QCOMPARE(lumen.offer.postEnd, QDateTime::fromSecsSinceEpoch(1702000000, Qt::UTC));
        QCOMPARE(lumen.draftReview, ReviewStatus::ChangesRequested);
        QCOMPARE(lumen.postReview, ReviewStatus::None);
        QVERIFY(lumen.report.has_value());
        QCOMPARE(lumen.report->videoId, QString("7405871234567890999"));
        QCOMPARE(lumen.report->viewCount, qint64(12345678901));
        QCOMPARE(lumen.report->adAuthorizationEnd.toSecsSinceEpoch(), qint64(1703592000));
        const Campaign &northwind = (*list)->at(1);
        QCOMPARE(northwind.status, CampaignStatus::Expired);
        QCOMPARE(northwind.stage, CampaignStage::Closed);
        QCOMPARE(northwind.offer.price->toDecimalString(), QString("120000")); // JPY has no minor digits
        QVERIFY(!northwind.report.has_value());
        const StubRequest request = m_fake->server.requests().last();
        QCOMPARE(request.method, QByteArray("GET"));
        QVERIFY(request.header("authorization").startsWith("Bearer act."));
    }

    void aBadPriceIsAMalformedAnswer_data()
    {
        QTest::addColumn<QByteArray>("price");
        QTest::newRow("no price") << QByteArray("{}");
        QTest::newRow("unknown currency") << QByteArray("{\"amount_minor\":100,\"currency\":\"EURO\"}");
        QTest::newRow("fractional") << QByteArray("{\"amount_minor\":10.5,\"currency\":\"EUR\"}");
    }

    void aBadPriceIsAMalformedAnswer()
    {
        QFETCH(QByteArray, price);
        const Result<Campaign> parsed = CampaignJson::campaign(
            QJsonDocument::fromJson("{\"id\":\"1\",\"offer\":{\"price\":" + price + "}}").object(),
            "/x/test");
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QString("platform.malformed_response"));
        QCOMPARE(parsed.error().context.value("field").toString(), QString("offer.price"));
    }

    void acceptAndDeclineSendTheirBodies()
    {
        m_fake->routes.insert(path("accept"), [](const StubRequest &) {
            return FakePlatform::ok("{\"campaign\":" + campaignJson("accepted") + "}");
        });
        m_fake->routes.insert(path("decline"), [](const StubRequest &) {
            return FakePlatform::ok("{\"campaign\":" + campaignJson("declined") + "}");
        });
        Waiter<Campaign> accepted;
        m_campaigns->acceptInvitation(QString::fromLatin1(kLumen), accepted.callback());
        QVERIFY(accepted.wait());
        QVERIFY(accepted->ok());
        QCOMPARE((*accepted)->status, CampaignStatus::Accepted);
        QCOMPARE(m_fake->server.requests().last().method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(m_fake->server.requests().last().body).object(), QJsonObject());

        Waiter<Campaign> declined;
        m_campaigns->declineInvitation(QString::fromLatin1(kLumen), "Booked", declined.callback());
        QVERIFY(declined.wait());
        QCOMPARE((*declined)->status, CampaignStatus::Declined);
        QCOMPARE(QJsonDocument::fromJson(m_fake->server.requests().last().body).object(),
                 (QJsonObject{{"reason", "Booked"}}));
    }

    void submissionsAndReviewState()
    {
        m_fake->routes.insert(path("deliverables"), [](const StubRequest &request) {
            if (request.method == "GET")
                return FakePlatform::ok("{\"campaign_id\":\"" + kLumen
                                        + "\",\"status\":\"accepted\",\"deliverables\":["
                                        + deliverableJson("changes_requested") + "]}");
            return FakePlatform::ok("{\"deliverable\":" + deliverableJson() + "}");
        });
        Waiter<Deliverable> draft;
        m_campaigns->submitDeliverable(
            QString::fromLatin1(kLumen),
            DeliverableSubmission::draftFromUrl(QUrl("https://media.example.com/d.mp4")), draft.callback());
        QVERIFY(draft.wait());
        QVERIFY(draft->ok());
        QCOMPARE((*draft)->review, ReviewStatus::Submitted);
        QVERIFY(!(*draft)->reviewedAt.isValid());
        QCOMPARE((*draft)->kind, DeliverableSubmission::Kind::Draft);
        QCOMPARE(QJsonDocument::fromJson(m_fake->server.requests().last().body).object(),
                 (QJsonObject{{"kind", "draft"}, {"draft_url", "https://media.example.com/d.mp4"}}));

        Waiter<Deliverable> inbox;
        m_campaigns->submitDeliverable(QString::fromLatin1(kLumen),
                                       DeliverableSubmission::draftFromInbox("p_inbox_url~v2.5"),
                                       inbox.callback());
        QVERIFY(inbox.wait());
        QCOMPARE(QJsonDocument::fromJson(m_fake->server.requests().last().body).object(),
                 (QJsonObject{{"kind", "draft"}, {"publish_id", "p_inbox_url~v2.5"}}));
        Waiter<Deliverable> posted;
        m_campaigns->submitDeliverable(QString::fromLatin1(kLumen),
                                       DeliverableSubmission::postedVideo("7405871234567890999"),
                                       posted.callback());
        QVERIFY(posted.wait());
        QCOMPARE(QJsonDocument::fromJson(m_fake->server.requests().last().body).object(),
                 (QJsonObject{{"kind", "post"}, {"video_id", "7405871234567890999"}}));

        Waiter<CampaignReviewState> state;
        m_campaigns->reviewState(QString::fromLatin1(kLumen), state.callback());
        QVERIFY(state.wait());
        QVERIFY(state->ok());
        QCOMPARE((*state)->campaignId, QString::fromLatin1(kLumen));
        QCOMPARE((*state)->status, CampaignStatus::Accepted);
        QCOMPARE((*state)->deliverables.size(), 1);
        QCOMPARE((*state)->deliverables.first().review, ReviewStatus::ChangesRequested);
        QCOMPARE((*state)->deliverables.first().feedback, QString("Show the bag"));
        QCOMPARE((*state)->deliverables.first().reviewedAt.toSecsSinceEpoch(), qint64(1700008200));
        QCOMPARE(m_fake->server.requests().last().method, QByteArray("GET"));
    }

    void badInputIsRefusedBeforeSending()
    {
        const qsizetype before = m_fake->server.requests().size();
        Waiter<Campaign> badId;
        m_campaigns->acceptInvitation("../../v2/oauth/revoke", badId.callback());
        QVERIFY(badId.wait());
        QCOMPARE(badId->error().code, QString("platform.invalid_request"));
        Waiter<Deliverable> badVideo;
        m_campaigns->submitDeliverable(QString::fromLatin1(kLumen), DeliverableSubmission::postedVideo("abc"),
                                       badVideo.callback());
        QVERIFY(badVideo.wait());
        QCOMPARE(badVideo->error().context.value("field").toString(), QString("video_id"));
        Waiter<Deliverable> plainHttp;
        m_campaigns->submitDeliverable(
            QString::fromLatin1(kLumen),
            DeliverableSubmission::draftFromUrl(QUrl("http://media.example.com/d.mp4")),
            plainHttp.callback());
        QVERIFY(plainHttp.wait());
        QCOMPARE(plainHttp->error().code, QString("platform.pull_url_not_https"));
        Waiter<QJsonObject> notExtension;
        m_api->callExtension("GET", "/v2/user/info/", std::nullopt, "campaigns", true,
                             notExtension.callback());
        QVERIFY(notExtension.wait());
        QCOMPARE(notExtension->error().code, QString("platform.invalid_request"));
        QCOMPARE(m_fake->server.requests().size(), before);
    }

    void extensionErrorsBecomeCampaignErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("code");
        QTest::newRow("not found") << 404 << QByteArray("not_found") << "platform.campaign_not_found";
        QTest::newRow("expired") << 409 << QByteArray("invitation_expired")
                                 << "platform.campaign_invitation_expired";
        QTest::newRow("conflict") << 409 << QByteArray("campaign_state_conflict")
                                  << "platform.campaign_state_conflict";
        QTest::newRow("scope") << 401 << QByteArray("scope_not_authorized")
                               << "platform.scope_not_authorized";
        QTest::newRow("params") << 400 << QByteArray("invalid_params") << "platform.invalid_params";
    }

    void extensionErrorsBecomeCampaignErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, wire);
        QFETCH(QString, code);
        int calls = 0;
        m_fake->routes.insert(path("accept"), [&](const StubRequest &) {
            ++calls;
            return FakePlatform::refusal(status, wire);
        });
        Waiter<Campaign> accepted;
        m_campaigns->acceptInvitation(QString::fromLatin1(kLumen), accepted.callback());
        QVERIFY(accepted.wait());
        QCOMPARE(accepted->error().code, code);
        QCOMPARE(accepted->error().context.value("http_status").toInt(), status);
        QCOMPARE(accepted->error().context.value("platform_code").toString(), QString::fromLatin1(wire));
        QCOMPARE(PlatformError::actionOf(accepted->error()), RecoveryAction::Permanent);
        QVERIFY(!accepted->error().message.isEmpty());
        QCOMPARE(calls, 1);
    }

    void onlyReadsAreRetried()
    {
        int accepts = 0;
        m_fake->routes.insert(path("accept"), [&accepts](const StubRequest &) {
            ++accepts;
            return FakePlatform::refusal(500, "internal_error");
        });
        Waiter<Campaign> accepted;
        m_campaigns->acceptInvitation(QString::fromLatin1(kLumen), accepted.callback());
        QVERIFY(accepted.wait());
        QCOMPARE(accepted->error().code, QString("platform.internal_error"));
        QCOMPARE(accepts, 1); // the brand may have seen it: not sent twice

        int lists = 0;
        m_fake->routes.insert("/x/campaigns/invitations/", [&lists](const StubRequest &) {
            return ++lists < 3 ? FakePlatform::refusal(500, "internal_error")
                               : FakePlatform::ok("{\"campaigns\":[]}");
        });
        Waiter<QList<Campaign>> list;
        m_campaigns->listInvitations(list.callback());
        QVERIFY(list.wait());
        QVERIFY(list->ok());
        QCOMPARE(lists, 3);
        QVERIFY((*list)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCampaignsApi)
#include "tst_campaignsapi.moc"
