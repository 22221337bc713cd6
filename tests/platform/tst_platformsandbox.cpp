// The platform client against the real sandbox over loopback (signed in through OAuthLogin with
// autoApprove): photo posts and PULL_FROM_URL videos from the sandbox's verified media host, and the
// brand campaigns flow through TikTokCampaignsApi — invitation, decline/accept, draft review rounds
// advanced with the sandbox clock, the posted video, the report, and the extension's errors.

#include "core/platform/httpclient.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/oauthlogin.h"
#include "core/platform/tiktokapi.h"
#include "core/platform/tiktokcampaignsapi.h"
#include "core/sandbox/sandboxserver.h"
#include "platformtesthelpers.h"
#include "tests/sandbox/sandboxtestkit.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace montaj;
using montaj::test::Waiter;

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;

template<typename T>
QString errorOf(const Waiter<T> &waiter)
{
    return waiter.result && !waiter.result->ok() ? waiter.result->error().toString() : QString();
}

} // namespace

class TestPlatformSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<TikTokApi> m_api;
    std::unique_ptr<TikTokCampaignsApi> m_campaigns;

    QUrl verified(const QString &relative, QSize size, const char *format = "JPEG")
    {
        if (test::writePicture(m_server->verifiedMediaDir() + '/' + relative, size, format).isEmpty())
            return {};
        return m_server->verifiedMediaUrl(relative);
    }

    // Polls status/fetch until the publish leaves PROCESSING_*.
    PublishStatus outcome(const QString &publishId)
    {
        PublishStatus status;
        for (int i = 0; i < 60; ++i) {
            Waiter<PublishStatus> fetched;
            m_api->fetchStatus(publishId, fetched.callback());
            if (!fetched.wait() || !fetched->ok())
                return status;
            status = **fetched;
            if (status.isTerminal())
                return status;
            QTest::qWait(150);
        }
        return status;
    }

    UploadTicket photoPost(const QList<QUrl> &urls, PhotoPost::Mode mode, QString *error = nullptr)
    {
        PhotoPost post;
        post.mode = mode;
        post.title = "Loopback photos";
        post.privacyLevel = mode == PhotoPost::Mode::DirectPost ? "PUBLIC_TO_EVERYONE" : "";
        post.photoUrls = urls;
        Waiter<UploadTicket> ticket;
        m_api->initPhotoPost(post, ticket.callback());
        if (!ticket.wait() || !ticket->ok()) {
            if (error)
                *error = ticket.result ? ticket->error().code : QString("timeout");
            return {};
        }
        return **ticket;
    }

    QString pulledVideo(const QString &name, const QString &privacy)
    {
        const QString path = test::makeVideo(m_server->verifiedMediaDir(), name, "720x1280", 30, 1);
        if (path.isEmpty())
            return {};
        PostInfo post;
        post.title = "Pulled by the client";
        post.privacyLevel = privacy;
        Waiter<UploadTicket> ticket;
        m_api->initDirectPost(post, VideoSource::pullFromUrl(m_server->verifiedMediaUrl(name)),
                              ticket.callback());
        if (!ticket.wait() || !ticket->ok())
            return {};
        const PublishStatus status = outcome(ticket->value().publishId);
        return status.publicPostIds.value(0);
    }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.autoApprove = true;
        options.moderationDelayMs = 50;
        options.campaignReviewDelayMs = kHourMs;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start().ok());
        auto profile = PlatformProfile::load("sandbox", m_server->baseUrl());
        QVERIFY(profile.ok());
        m_http = std::make_unique<HttpClient>();
        m_store = std::make_unique<MemoryTokenStore>();
        m_api = std::make_unique<TikTokApi>(
            *profile, ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()},
            m_http.get(), m_store.get());
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
    }

    void cleanup()
    {
        m_campaigns.reset();
        m_api.reset();
        m_http.reset();
        m_server.reset();
    }

    void photoPostsThroughTheVerifiedHost()
    {
        const QUrl first = verified("album/1.jpg", {1080, 1350});
        const QUrl second = verified("album/2.webp", {1080, 1080}, "WEBP");
        QVERIFY(first.scheme() == "http" && second.isValid());
        const UploadTicket direct = photoPost({first, second}, PhotoPost::Mode::DirectPost);
        QVERIFY(direct.publishId.startsWith("p_pub_url~v2."));
        const PublishStatus published = outcome(direct.publishId);
        QCOMPARE(published.state, PublishStatus::State::PublishComplete);
        QCOMPARE(published.publicPostIds.size(), 1);
        QCOMPARE(published.publicPostIds.first().size(), 19);

        const UploadTicket inbox = photoPost({second}, PhotoPost::Mode::MediaUpload);
        QCOMPARE(outcome(inbox.publishId).state, PublishStatus::State::SendToUserInbox);

        const UploadTicket png =
            photoPost({verified("album/3.png", {100, 100}, "PNG")}, PhotoPost::Mode::DirectPost);
        const PublishStatus refused = outcome(png.publishId);
        QCOMPARE(refused.state, PublishStatus::State::Failed);
        QCOMPARE(refused.failReason, QString("file_format_check_failed"));

        QString error;
        photoPost({QUrl("https://cdn.example.com/1.jpg")}, PhotoPost::Mode::DirectPost, &error);
        QCOMPARE(error, QString("platform.url_ownership_unverified"));
    }

    void videoPullFromTheVerifiedHost()
    {
        const QString videoId = pulledVideo("clip.mp4", "PUBLIC_TO_EVERYONE");
        if (videoId.isEmpty() && !QFile::exists(m_server->verifiedMediaDir() + "/clip.mp4"))
            QSKIP("ffmpeg with libx264 is not available");
        QCOMPARE(videoId.size(), 19);
        Waiter<QList<VideoItem>> videos;
        m_api->queryVideos({videoId}, {"id", "title"}, videos.callback());
        QVERIFY(videos.wait());
        QVERIFY2(videos->ok(), qPrintable(errorOf(videos)));
        QCOMPARE((*videos)->size(), 1);
        QCOMPARE((*videos)->first().title, QString("Pulled by the client"));

        Waiter<UploadTicket> inbox;
        m_api->initInboxUpload(VideoSource::pullFromUrl(m_server->verifiedMediaUrl("clip.mp4")),
                               inbox.callback());
        QVERIFY(inbox.wait());
        QVERIFY2(inbox->ok(), qPrintable(errorOf(inbox)));
        QCOMPARE(outcome((*inbox)->publishId).state, PublishStatus::State::SendToUserInbox);
    }

    void campaignFromInvitationToReport()
    {
        Waiter<QList<Campaign>> list;
        m_campaigns->listInvitations(list.callback());
        QVERIFY(list.wait());
        QVERIFY2(list->ok(), qPrintable(errorOf(list)));
        QCOMPARE((*list)->size(), 2);
        Campaign lumen, northwind;
        for (const Campaign &c : **list)
            (c.brandName == "Lumen Coffee" ? lumen : northwind) = c;
        QCOMPARE(lumen.status, CampaignStatus::Invited);
        QCOMPARE(lumen.offer.price->toDecimalString(), QString("1500.00"));
        QCOMPARE(lumen.offer.price->currency(), QString("EUR"));
        QCOMPARE(northwind.offer.price->minorUnits(), qint64(120000));
        QCOMPARE(northwind.offer.price->currency(), QString("JPY"));
        QCOMPARE(lumen.expiresAt.toSecsSinceEpoch() - lumen.invitedAt.toSecsSinceEpoch(), 7 * 86400);

        Waiter<Campaign> declined;
        m_campaigns->declineInvitation(northwind.id, "Booked", declined.callback());
        QVERIFY(declined.wait());
        QCOMPARE((*declined)->status, CampaignStatus::Declined);
        Waiter<Campaign> again;
        m_campaigns->acceptInvitation(northwind.id, again.callback());
        QVERIFY(again.wait());
        QCOMPARE(again->error().code, QString("platform.campaign_state_conflict"));
        Waiter<Campaign> unknown;
        m_campaigns->acceptInvitation("1234567890123456789", unknown.callback());
        QVERIFY(unknown.wait());
        QCOMPARE(unknown->error().code, QString("platform.campaign_not_found"));

        Waiter<Campaign> accepted;
        m_campaigns->acceptInvitation(lumen.id, accepted.callback());
        QVERIFY(accepted.wait());
        QCOMPARE((*accepted)->stage, CampaignStage::Draft);

        // Draft 1 from the verified host: the brand asks for changes once.
        Waiter<Deliverable> draft;
        m_campaigns->submitDeliverable(
            lumen.id, DeliverableSubmission::draftFromUrl(verified("d1.jpg", {64, 48})), draft.callback());
        QVERIFY(draft.wait());
        QVERIFY2(draft->ok(), qPrintable(errorOf(draft)));
        QCOMPARE((*draft)->review, ReviewStatus::Submitted);
        m_server->advanceClock(kHourMs);
        Waiter<CampaignReviewState> state;
        m_campaigns->reviewState(lumen.id, state.callback());
        QVERIFY(state.wait());
        QCOMPARE((*state)->deliverables.size(), 1);
        QCOMPARE((*state)->deliverables.first().review, ReviewStatus::ChangesRequested);
        QVERIFY((*state)->deliverables.first().feedback.contains("first 3 seconds"));

        // Draft 2: an upload that reached the inbox.
        const UploadTicket inbox = photoPost({verified("d2.jpg", {640, 640})}, PhotoPost::Mode::MediaUpload);
        QCOMPARE(outcome(inbox.publishId).state, PublishStatus::State::SendToUserInbox);
        Waiter<Deliverable> second;
        m_campaigns->submitDeliverable(lumen.id, DeliverableSubmission::draftFromInbox(inbox.publishId),
                                       second.callback());
        QVERIFY(second.wait());
        QVERIFY2(second->ok(), qPrintable(errorOf(second)));
        m_server->advanceClock(kHourMs);

        // The posted video, pulled from the verified host after the approval.
        const QString videoId = pulledVideo("final.mp4", "PUBLIC_TO_EVERYONE");
        if (videoId.isEmpty())
            QSKIP("ffmpeg with libx264 is not available");
        Waiter<Deliverable> post;
        m_campaigns->submitDeliverable(lumen.id, DeliverableSubmission::postedVideo(videoId),
                                       post.callback());
        QVERIFY(post.wait());
        QVERIFY2(post->ok(), qPrintable(errorOf(post)));
        m_server->advanceClock(kHourMs);

        Waiter<QList<Campaign>> after;
        m_campaigns->listInvitations(after.callback());
        QVERIFY(after.wait());
        const Campaign done = (*after)->at((*after)->at(0).id == lumen.id ? 0 : 1);
        QCOMPARE(done.status, CampaignStatus::Completed);
        QCOMPARE(done.stage, CampaignStage::Report);
        QCOMPARE(done.draftReview, ReviewStatus::Approved);
        QCOMPARE(done.postReview, ReviewStatus::Approved);
        QVERIFY(done.report.has_value());
        QCOMPARE(done.report->videoId, videoId);
        QVERIFY(done.report->viewCount >= 0);
        QCOMPARE(done.report->adAuthorizationEnd.toSecsSinceEpoch()
                         - done.report->reportTime.toSecsSinceEpoch()
                     > 29 * 86400,
                 true);
    }

    void expiredInvitationAfterATokenRefresh()
    {
        Waiter<QList<Campaign>> list;
        m_campaigns->listInvitations(list.callback());
        QVERIFY(list.wait());
        const QString lumen =
            (*list)->at(0).brandName == "Lumen Coffee" ? (*list)->at(0).id : (*list)->at(1).id;
        m_server->advanceClock(25 * kHourMs); // the invitation lapses; so does the access token
        const int refreshes = m_api->refreshCount();
        Waiter<Campaign> accepted;
        m_campaigns->acceptInvitation(lumen, accepted.callback());
        QVERIFY(accepted.wait());
        QCOMPARE(accepted->error().code, QString("platform.campaign_invitation_expired"));
        QCOMPARE(m_api->refreshCount(), refreshes + 1);
    }
};

QTEST_GUILESS_MAIN(TestPlatformSandbox)
#include "tst_platformsandbox.moc"
