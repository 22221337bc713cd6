// The campaigns sync against the real sandbox over loopback (signed in through OAuthLogin with
// autoApprove), with the deals in a SQLite workspace on their own thread (DealService): invitations
// become leads with their brand, offer and deliverables, a second sync changes nothing, declining
// loses the deal, accepting contracts it, a submitted draft puts it in review, the brand's "changes
// requested" sends it back to production with the feedback, an approved draft is recorded; plus the
// mapping rules on their own.
#include "core/deals/campaignsync.h"
#include "core/deals/dealservice.h"
#include "core/platform/httpclient.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/oauthlogin.h"
#include "core/platform/tiktokapi.h"
#include "core/platform/tiktokcampaignsapi.h"
#include "core/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxtestkit.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

namespace {
constexpr qint64 kHourMs = 3600LL * 1000;
} // namespace

class TestCampaignSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemoryTokenStore> m_tokens;
    std::unique_ptr<TikTokApi> m_api;
    std::unique_ptr<TikTokCampaignsApi> m_campaigns;
    std::unique_ptr<DealService> m_deals;
    std::unique_ptr<CampaignSync> m_sync;

    template<typename T>
    Result<T> onStore(std::function<Result<T>(DealStore &)> work)
    {
        std::optional<Result<T>> out;
        m_deals->run<T>(this, std::move(work), [&out](Result<T> r) { out.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000))
            return Error("test.timeout", "timeout");
        return std::move(*out);
    }

    // Runs one sync action and waits for its answer: the number of deals changed, or -1 on failure.
    int act(const std::function<void()> &start, QString *error = nullptr)
    {
        QSignalSpy finished(m_sync.get(), &CampaignSync::finished);
        QSignalSpy failed(m_sync.get(), &CampaignSync::failed);
        start();
        if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 15000))
            return -2;
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.first().at(2).value<Error>().code;
            return -1;
        }
        return finished.first().at(2).toInt();
    }

    Deal dealOf(const QString &brandName)
    {
        const auto deals = onStore<QList<Deal>>([](DealStore &s) { return s.deals(); });
        const auto brands = onStore<QList<Brand>>([](DealStore &s) { return s.brands(); });
        if (!deals || !brands)
            return {};
        for (const Brand &b : *brands)
            if (b.name == brandName)
                for (const Deal &d : *deals)
                    if (d.brandId == b.id)
                        return d;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>("montaj::Error");
        SandboxOptions options;
        options.autoApprove = true;
        options.moderationDelayMs = 50;
        options.campaignReviewDelayMs = kHourMs;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start().ok());
        auto profile = PlatformProfile::load("sandbox", m_server->baseUrl());
        QVERIFY(profile.ok());
        m_http = std::make_unique<HttpClient>();
        m_tokens = std::make_unique<MemoryTokenStore>();
        m_api = std::make_unique<TikTokApi>(
            *profile, ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()},
            m_http.get(), m_tokens.get());
        m_campaigns = std::make_unique<TikTokCampaignsApi>(m_api.get());
        OAuthLogin login(m_api.get());
        QSignalSpy signedIn(&login, &OAuthLogin::signedIn);
        QSignalSpy failed(&login, &OAuthLogin::failed);
        const auto url = login.start({"user.info.basic", "video.publish", "video.upload", "video.list"});
        QVERIFY(url.ok());
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(QNetworkRequest(*url));
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() + failed.count() > 0, 10000);
        QCOMPARE(failed.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        reply->deleteLater();

        m_deals = std::make_unique<DealService>();
        std::optional<Result<void>> opened;
        m_deals->open(WorkspaceLocation::sqlite(m_dir.filePath("workspace.sqlite")),
                      [&opened](Result<void> r) { opened.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 10000);
        QVERIFY(opened->ok());
        m_sync = std::make_unique<CampaignSync>(m_campaigns.get(), m_deals.get());
        m_sync->setActor("user:camille");
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        m_deals.reset();
        m_campaigns.reset();
        m_api.reset();
        m_http.reset();
        m_server.reset();
    }

    void invitationsBecomeLeads()
    {
        QCOMPARE(act([this] { m_sync->syncInvitations(); }), 2);
        const Deal lumen = dealOf("Lumen Coffee");
        QCOMPARE(toString(lumen.stage), toString(DealStage::Lead));
        QVERIFY(QRegularExpression("^[0-9]{19}$").match(lumen.campaignId).hasMatch());
        QCOMPARE(lumen.fee->minorUnits(), qint64(150000));
        QCOMPARE(lumen.fee->currency(), QString("EUR"));
        QCOMPARE(lumen.adAuthorizationDays, 30);
        QCOMPARE(toString(lumen.usage), toString(UsageRights::PaidAds));
        QCOMPARE(lumen.campaignStatus, QString("invited"));
        QVERIFY(lumen.invitationExpiresAt.isValid());
        const Deal northwind = dealOf("Northwind Outdoor");
        QCOMPARE(northwind.fee->currency(), QString("JPY"));
        QCOMPARE(northwind.fee->minorUnits(), qint64(120000));
        const auto deliverables =
            onStore<QList<DealDeliverable>>([id = lumen.id](DealStore &s) { return s.deliverables(id); });
        QCOMPARE(deliverables->size(), 1);
        QCOMPARE(deliverables->first().format, QString("video"));
        QVERIFY(deliverables->first().draftDue.isValid());
        QVERIFY(deliverables->first().postingEnd > deliverables->first().postingStart);
        const auto brand = onStore<Brand>([id = lumen.brandId](DealStore &s) { return s.brand(id); });
        QVERIFY(!brand->platformBrandId.isEmpty());
        const auto history =
            onStore<QList<StageChange>>([id = lumen.id](DealStore &s) { return s.history(id); });
        QCOMPARE(history->first().actor, QString("platform"));

        // Nothing new on the platform: nothing changes, no duplicates.
        QCOMPARE(act([this] { m_sync->syncInvitations(); }), 0);
        QCOMPARE(onStore<QList<Deal>>([](DealStore &s) { return s.deals(); })->size(), 2);
    }

    void declineLosesTheDeal()
    {
        const Deal northwind = dealOf("Northwind Outdoor");
        QCOMPARE(act([&] { m_sync->decline(northwind.id, "Fully booked"); }), 1);
        const Deal lost = dealOf("Northwind Outdoor");
        QCOMPARE(toString(lost.stage), toString(DealStage::Lost));
        QCOMPARE(lost.lostReason, QString("Fully booked"));
        QCOMPARE(lost.campaignStatus, QString("declined"));
        // The platform refuses to accept it now; the deal stays as it is.
        QString error;
        QCOMPARE(act([&] { m_sync->accept(northwind.id); }, &error), -1);
        QCOMPARE(error, QString("platform.campaign_state_conflict"));
    }

    void acceptSubmitAndReview()
    {
        const Deal lumen = dealOf("Lumen Coffee");
        QCOMPARE(act([&] { m_sync->accept(lumen.id); }), 1);
        QCOMPARE(toString(dealOf("Lumen Coffee").stage), toString(DealStage::Contracted));
        const auto history =
            onStore<QList<StageChange>>([id = lumen.id](DealStore &s) { return s.history(id); });
        QCOMPARE(history->last().actor, QString("user:camille"));
        QCOMPARE(toString(*history->last().from), toString(DealStage::Lead));

        const QString deliverableId =
            onStore<QList<DealDeliverable>>([id = lumen.id](DealStore &s) { return s.deliverables(id); })
                ->first()
                .id;
        test::writePicture(m_server->verifiedMediaDir() + "/drafts/d1.jpg", {64, 48}, "JPEG");
        const auto draft = DeliverableSubmission::draftFromUrl(m_server->verifiedMediaUrl("drafts/d1.jpg"));
        QCOMPARE(act([&] { m_sync->submit(lumen.id, deliverableId, draft); }), 1);
        QCOMPARE(toString(dealOf("Lumen Coffee").stage), toString(DealStage::InReview));
        auto v =
            onStore<DealDeliverable>([&deliverableId](DealStore &s) { return s.deliverable(deliverableId); });
        QCOMPARE(v->reviewStatus, QString("submitted"));
        QVERIFY(v->draftSubmittedAt.isValid());

        // The brand asks for changes: back to production, with its words.
        m_server->advanceClock(kHourMs);
        QCOMPARE(act([&] { m_sync->refreshReview(lumen.id); }), 1);
        QCOMPARE(toString(dealOf("Lumen Coffee").stage), toString(DealStage::InProduction));
        v = onStore<DealDeliverable>([&deliverableId](DealStore &s) { return s.deliverable(deliverableId); });
        QCOMPARE(v->reviewStatus, QString("changes_requested"));
        QVERIFY(v->reviewFeedback.contains("first 3 seconds"));

        // Round two is approved.
        test::writePicture(m_server->verifiedMediaDir() + "/drafts/d2.jpg", {64, 48}, "JPEG");
        QCOMPARE(act([&] {
                     m_sync->submit(
                         lumen.id, deliverableId,
                         DeliverableSubmission::draftFromUrl(m_server->verifiedMediaUrl("drafts/d2.jpg")));
                 }),
                 1);
        QCOMPARE(toString(dealOf("Lumen Coffee").stage), toString(DealStage::InReview));
        m_server->advanceClock(kHourMs);
        QVERIFY(act([&] { m_sync->refreshReview(lumen.id); }) >= 0);
        v = onStore<DealDeliverable>([&deliverableId](DealStore &s) { return s.deliverable(deliverableId); });
        QCOMPARE(v->reviewStatus, QString("approved"));
        QCOMPARE(toString(dealOf("Lumen Coffee").stage), toString(DealStage::InReview)); // ready to schedule

        // A sync afterwards keeps everything (the campaign's own state agrees).
        QVERIFY(act([this] { m_sync->syncInvitations(); }) >= 0);
        QCOMPARE(toString(dealOf("Lumen Coffee").stage), toString(DealStage::InReview));
        QCOMPARE(toString(dealOf("Northwind Outdoor").stage), toString(DealStage::Lost));
    }

    void dealsWithoutACampaign()
    {
        const auto brand = onStore<Brand>([](DealStore &s) {
            Brand b;
            b.name = "Direct client";
            return s.saveBrand(b);
        });
        const auto deal = onStore<Deal>([id = brand->id](DealStore &s) {
            Deal d;
            d.brandId = id;
            return s.createDeal(d, "user:camille");
        });
        QString error;
        QCOMPARE(act([&] { m_sync->accept(deal->id); }, &error), -1);
        QCOMPARE(error, QString("deals.no_campaign"));
    }

    void mappingRules()
    {
        Campaign c;
        c.status = CampaignStatus::Accepted;
        QCOMPARE(CampaignSync::stageFor(c, DealStage::Lead), std::optional<DealStage>(DealStage::Contracted));
        QCOMPARE(CampaignSync::stageFor(c, DealStage::InProduction), std::nullopt); // never backwards
        c.draftReview = ReviewStatus::ChangesRequested;
        QCOMPARE(CampaignSync::stageFor(c, DealStage::InReview),
                 std::optional<DealStage>(DealStage::InProduction));
        c.status = CampaignStatus::Completed;
        QCOMPARE(CampaignSync::stageFor(c, DealStage::Scheduled),
                 std::optional<DealStage>(DealStage::Published));
        QCOMPARE(CampaignSync::stageFor(c, DealStage::Paid), std::nullopt);
        c.status = CampaignStatus::Expired;
        QCOMPARE(CampaignSync::stageFor(c, DealStage::Lead), std::optional<DealStage>(DealStage::Lost));
        CampaignOffer offer;
        offer.deliverables = {{"video", 2, "Two videos"}, {"story", 0, {}}};
        const auto specs = CampaignSync::deliverablesFromOffer(offer);
        QCOMPARE(specs.size(), 2);
        QCOMPARE(specs[0].quantity, 2);
        QCOMPARE(specs[1].quantity, 1);
        QCOMPARE(specs[1].format, QString("story"));
    }
};

QTEST_MAIN(TestCampaignSync)
#include "tst_campaignsync.moc"
