#include "core/platform/chunkplan.h"
#include "core/platform/platformprofile.h"
#include "core/platform/postrules.h"
#include "core/platform/scopereport.h"
#include "core/platform/uploadstate.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

namespace {

QByteArray builtIn(const QString &id)
{
    QFile file(QStringLiteral(":/montaj/platform/profiles/%1.json").arg(id));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPlatformProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiktokGlobal()
    {
        const auto profile = PlatformProfile::load("tiktok");
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
        QCOMPARE(profile->id(), QStringLiteral("tiktok"));
        QCOMPARE(profile->authorizeUrl(), QUrl("https://www.tiktok.com/v2/auth/authorize/"));
        QCOMPARE(profile->apiBaseUrl(), QUrl("https://open.tiktokapis.com"));
        QCOMPARE(profile->endpoint("/v2/oauth/token/"), QUrl("https://open.tiktokapis.com/v2/oauth/token/"));
        QVERIFY(profile->endpointsConfigured());
        const RateLimits &rates = profile->rateLimits();
        QCOMPARE(rates.limitFor("creator_info"), 20);
        QCOMPARE(rates.limitFor("video_init"), 6);
        QCOMPARE(rates.limitFor("inbox_init"), 6);
        QCOMPARE(rates.limitFor("content_init"), 6);
        QCOMPARE(rates.limitFor("status_fetch"), 30);
        QCOMPARE(rates.limitFor("user_info"), 600);
        QCOMPARE(rates.limitFor("video_list"), 600);
        QCOMPARE(rates.limitFor("video_query"), 600);
        const MediaLimits &media = profile->mediaLimits();
        QCOMPARE(media.minFps, 23);
        QCOMPARE(media.maxFps, 60);
        QCOMPARE(media.minSidePx, 360);
        QCOMPARE(media.maxSidePx, 4096);
        QCOMPARE(media.maxDurationSec, 600);
        QCOMPARE(media.maxTitleUtf16, 2200);
        QCOMPARE(media.maxPhotoCount, 35);
        QCOMPARE(media.containers, QStringList({"mp4", "webm", "mov"}));
        QVERIFY(profile->tokenProfile().rotatesRefreshToken);
        QVERIFY(!profile->displayName().isEmpty());
    }

    void tiktokUsIsSeparateAndUnconfigured()
    {
        const auto us = PlatformProfile::load("tiktok-us");
        QVERIFY(us.ok());
        QCOMPARE(us->id(), QStringLiteral("tiktok-us"));
        QCOMPARE(us->endpointMode(), PlatformProfile::EndpointMode::Placeholder);
        QVERIFY(!us->endpointsConfigured());
        QVERIFY(us->apiBaseUrl().host().endsWith(".invalid")); // can never reach a real host
        QVERIFY(us->authorizeUrl().host().endsWith(".invalid"));
        QVERIFY(builtIn("tiktok-us").contains("PLACEHOLDER"));
        QVERIFY(us->displayName() != PlatformProfile::load("tiktok")->displayName());

        const auto configured = us->withEndpoints(QUrl("https://auth.us.example/v2/auth/authorize/"),
                                                  QUrl("https://api.us.example/prefix"));
        QVERIFY(configured.ok());
        QVERIFY(configured->endpointsConfigured());
        QCOMPARE(configured->id(), QStringLiteral("tiktok-us"));
        QCOMPARE(configured->endpoint("/v2/user/info/"), QUrl("https://api.us.example/prefix/v2/user/info/"));
        const auto insecure =
            us->withEndpoints(QUrl("http://auth.us.example/"), QUrl("https://api.us.example"));
        QCOMPARE(insecure.error().code, QStringLiteral("platform.profile_insecure_endpoint"));
    }

    void sandboxTakesItsBaseAtRunTime()
    {
        const auto missing = PlatformProfile::load("sandbox");
        QCOMPARE(missing.error().code, QStringLiteral("platform.profile_needs_base_url"));
        const auto sandbox = PlatformProfile::load("sandbox", QUrl("http://127.0.0.1:48123"));
        QVERIFY(sandbox.ok());
        QCOMPARE(sandbox->authorizeUrl(), QUrl("http://127.0.0.1:48123/v2/auth/authorize/"));
        QCOMPARE(sandbox->endpoint("/v2/post/publish/video/init/"),
                 QUrl("http://127.0.0.1:48123/v2/post/publish/video/init/"));
        QCOMPARE(PlatformProfile::load("sandbox", QUrl("http://127.0.0.1:48123/"))->apiBaseUrl(),
                 QUrl("http://127.0.0.1:48123"));
    }

    void plainHttpToAnotherHostIsRefused()
    {
        const auto remote = PlatformProfile::load("sandbox", QUrl("http://sandbox.example.com"));
        QVERIFY(!remote.ok());
        QCOMPARE(remote.error().code, QStringLiteral("platform.profile_insecure_endpoint"));
        QVERIFY(PlatformProfile::load("sandbox", QUrl("https://sandbox.example.com")).ok());
    }

    void unknownProfile()
    {
        QCOMPARE(PlatformProfile::load("myspace").error().code, QStringLiteral("platform.profile_unknown"));
        QCOMPARE(PlatformProfile::builtInIds(), QStringList({"sandbox", "tiktok", "tiktok-us"}));
    }

    void invalidDocumentsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("with");
        QTest::newRow("schema") << "schema"
                                << "montaj.platform-profile"
                                << "other";
        QTest::newRow("id") << "id"
                            << "\"id\": \"tiktok\""
                            << "\"id\": \"Tik Tok\"";
        QTest::newRow("mode") << "endpoints.mode"
                              << "\"fixed\""
                              << "\"magic\"";
        QTest::newRow("rate") << "rateLimitsPerMinute.status_fetch"
                              << "\"status_fetch\": 30"
                              << "\"status_fetch\": 0";
        QTest::newRow("fps") << "media.minFps"
                             << "\"minFps\": 23"
                             << "\"minFps\": 90";
        QTest::newRow("token") << "token.rotatesRefreshToken"
                               << "\"rotatesRefreshToken\": true"
                               << "\"rotatesRefreshToken\": 1";
    }

    void invalidDocumentsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, replace);
        QFETCH(QString, with);
        QString json = QString::fromUtf8(builtIn("tiktok"));
        QVERIFY(json.contains(replace));
        json.replace(replace, with);
        const auto profile = PlatformProfile::fromJson(json.toUtf8(), {}, "test.json");
        QVERIFY(!profile.ok());
        QVERIFY(profile.error().code == "platform.profile_invalid");
        if (field != "schema" && field != "id" && field != "endpoints.mode")
            QCOMPARE(profile.error().context.value("field").toString(), field);
        QVERIFY(!PlatformProfile::fromJson("[]").ok());
    }

    void scopesToFeatures()
    {
        const ScopeReport full = ScopeReport::compare(ScopeReport::allScopes(), ScopeReport::allScopes());
        QVERIFY(full.isComplete());
        QVERIFY(full.explanation().isEmpty());
        const ScopeReport partial = ScopeReport::compare(
            ScopeReport::allScopes(), ScopeReport::parseScopes("user.info.basic, video.list,"));
        QVERIFY(!partial.isComplete());
        QCOMPARE(partial.missingScopes(),
                 QStringList({"user.info.profile", "user.info.stats", "video.publish", "video.upload"}));
        QCOMPARE(partial.unavailableFeatures(),
                 QList<PlatformFeature>({PlatformFeature::DirectPosting, PlatformFeature::InboxDrafts,
                                         PlatformFeature::FollowerCounts, PlatformFeature::Profile}));
        QVERIFY(partial.allows(PlatformFeature::HistoryAndReach));
        QVERIFY(!partial.allows(PlatformFeature::DirectPosting));
        const QString text = partial.explanation();
        QVERIFY(text.contains("video.publish"));
        QVERIFY(text.contains(ScopeReport::featureName(PlatformFeature::DirectPosting)));
        QVERIFY(!text.contains(ScopeReport::featureName(PlatformFeature::HistoryAndReach)));
        QCOMPARE(ScopeReport::scopeFor(PlatformFeature::HistoryAndReach), QStringLiteral("video.list"));
        QCOMPARE(ScopeReport::scopeFor(PlatformFeature::InboxDrafts), QStringLiteral("video.upload"));
    }

    void postRules()
    {
        const MediaLimits limits = PlatformProfile::load("tiktok")->mediaLimits();
        PostInfo post;
        QCOMPARE(PostRules::checkPost(post, limits).error().code,
                 QStringLiteral("platform.post_privacy_required"));
        post.privacyLevel = "SELF_ONLY";
        QVERIFY(PostRules::checkPost(post, limits).ok());
        post.title = QString(2201, u'x');
        QCOMPARE(PostRules::checkPost(post, limits).error().code,
                 QStringLiteral("platform.post_title_too_long"));
        const QString emoji = QString::fromUcs4(U"\U0001F600"); // two UTF-16 units
        post.title = emoji.repeated(1100);                      // 2200 units: the limit
        QVERIFY(PostRules::checkPost(post, limits).ok());
        post.title += emoji;
        QVERIFY(!PostRules::checkPost(post, limits).ok());
        post.title.clear();
        post.brandContentToggle = true;
        QCOMPARE(PostRules::checkPost(post, limits).error().code,
                 QStringLiteral("platform.post_branded_private"));
        post.privacyLevel = "PUBLIC_TO_EVERYONE";
        QVERIFY(PostRules::checkPost(post, limits).ok());
        CreatorInfo creator;
        creator.privacyLevelOptions = {"FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "SELF_ONLY"};
        QCOMPARE(PostRules::checkPost(post, limits, &creator).error().code,
                 QStringLiteral("platform.post_privacy_unavailable"));
        post.privacyLevel = "MUTUAL_FOLLOW_FRIENDS";
        creator.commentDisabled = true;
        QCOMPARE(PostRules::checkPost(post, limits, &creator).error().code,
                 QStringLiteral("platform.post_interaction_unavailable"));
        post.disableComment = true;
        QVERIFY(PostRules::checkPost(post, limits, &creator).ok());

        QVERIFY(
            PostRules::checkSource(VideoSource::fileUpload(*ChunkPlan::forFile(50000123, 10000000)), limits)
                .ok());
        VideoSource bad = VideoSource::fileUpload(*ChunkPlan::forFile(50000123, 10000000));
        bad.totalChunkCount = 4;
        QCOMPARE(PostRules::checkSource(bad, limits).error().code,
                 QStringLiteral("platform.upload_plan_invalid"));
        bad = VideoSource::fileUpload(*ChunkPlan::forFile(limits.maxBytes + 1));
        QCOMPARE(PostRules::checkSource(bad, limits).error().code,
                 QStringLiteral("platform.video_too_large"));
        QCOMPARE(PostRules::checkSource(VideoSource::pullFromUrl(QUrl("http://x.example/v.mp4")), limits)
                     .error()
                     .code,
                 QStringLiteral("platform.pull_url_not_https"));
    }

    void uploadStateRoundTripHoldsNoTokens()
    {
        QTemporaryDir dir;
        UploadState state;
        state.publishId = "v_pub_file~v2.7345678901234567891";
        state.uploadUrl = QUrl("https://open-upload.tiktokapis.com/video/?upload_id=67&upload_token=Xza");
        state.filePath = dir.filePath("v.mp4");
        state.fileSize = 50000123;
        state.fileModified = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
        state.contentType = "video/mp4";
        state.chunkSize = 10000000;
        state.chunkCount = 5;
        state.confirmedBytes = 20000000;
        state.startedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 1), Qt::UTC);
        const QString path = dir.filePath("sub/upload.json");
        QVERIFY(state.save(path).ok());
        const auto loaded = UploadState::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->publishId, state.publishId);
        QCOMPARE(loaded->uploadUrl, state.uploadUrl);
        QCOMPARE(loaded->confirmedBytes, qint64(20000000));
        QCOMPARE(loaded->fileModified, state.fileModified);
        QCOMPARE(loaded->plan()->chunkCount(), 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"bytes_confirmed\": 20000000"));
        for (const char *word : {"access", "refresh", "secret", "verifier", "bearer"})
            QVERIFY2(!json.toLower().contains(word), word);

        QJsonObject broken = state.toJson();
        broken.insert("bytes_confirmed", 60000000);
        QCOMPARE(UploadState::fromJson(broken).error().code, QStringLiteral("platform.upload_state_invalid"));
        QCOMPARE(UploadState::load(dir.filePath("none.json")).error().code,
                 QStringLiteral("platform.upload_state_missing"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformProfile)
#include "tst_platformprofile.moc"
