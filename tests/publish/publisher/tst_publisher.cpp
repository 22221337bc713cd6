// The publisher against a real sandbox on loopback and a real SQLite workspace: a due video post
// published exactly once with its ids and history, posts not yet due left alone, refusals from
// creator_info, the media rules and the platform failing the post with the reason, projects rendered
// at publish time, photo carousels, the one-publisher lock of a SQLite workspace, and the two
// AccountSessions.

#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"
#include "core/media/mediaprobe.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/platformprofile.h"
#include "core/publish/publisher/tokenstoreaccountsessions.h"
#include "tests/publish/publisher/publishertestkit.h"
#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace montaj;
using namespace montaj::test;

namespace {

QString errorCodeOf(const QSignalSpy &failed, int index = 0)
{
    return failed.value(index).value(1).value<Error>().code;
}

} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private:
    PublisherKit m_kit;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qRegisterMetaType<PublishStage>();
        if (PublisherKit::okVideo().isEmpty())
            QSKIP("ffmpeg with libx264 is not available");
    }

    void init() { QVERIFY(m_kit.setUp()); }
    void cleanup() { m_kit.tearDown(); }

    void publishesADueVideoExactlyOnce()
    {
        const Post due =
            m_kit.create(m_kit.videoPost(1, PublisherKit::okVideo(), "Sunrise over the ridge #fyp"));
        const Post later = m_kit.create(m_kit.videoPost(1, PublisherKit::okVideo(), "Tomorrow's post", 3600));
        QVERIFY(!due.id.isEmpty() && !later.id.isEmpty());
        auto publisher = m_kit.publisher();
        QSignalSpy started(publisher.get(), &Publisher::postStarted);
        QSignalSpy progress(publisher.get(), &Publisher::postProgress);
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QSignalSpy stopped(publisher.get(), &Publisher::stopped);
        QVERIFY(publisher->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 15000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(published.first().value(0).toString(), due.id);

        const Post row = m_kit.reload(due.id);
        QCOMPARE(toString(row.state), toString(PostState::Published));
        QVERIFY(!row.publishId.isEmpty());
        QCOMPARE(row.platformPostId.size(), 19);
        QCOMPARE(published.first().value(1).toString(), row.platformPostId);
        QCOMPARE(row.attempts, 1);
        QCOMPARE(m_kit.notes(due.id),
                 QStringList({"created", "claimed", "init_sent", "init_ok", "uploaded", "published"}));
        QCOMPARE(started.count(), 1);
        bool sawUpload = false;
        for (const QList<QVariant> &p : std::as_const(progress))
            sawUpload |= p.value(1).value<PublishStage>() == PublishStage::Uploading;
        QVERIFY(sawUpload);

        QTest::qWait(600); // a few more claim rounds: nothing else is due
        QCOMPARE(published.count(), 1);
        QCOMPARE(started.count(), 1);
        const Post untouched = m_kit.reload(later.id);
        QCOMPARE(toString(untouched.state), toString(PostState::Scheduled));
        QCOMPARE(untouched.attempts, 0);
        QCOMPARE(m_kit.videosTitled(1, "Sunrise over the ridge #fyp"), 1);
        QVERIFY(!QFile::exists(QDir(m_kit.options().workDir).filePath(due.id + ".upload.json")));

        publisher->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 5000);
        QVERIFY(!publisher->isOffline());
    }

    void creatorInfoRefusalFailsWithTheReason()
    {
        // A public account does not offer "followers" (a private account's option).
        const Post post = m_kit.create(
            m_kit.videoPost(2, PublisherKit::okVideo(), "Wrong audience", -5, "FOLLOWER_OF_CREATOR"));
        Post noPrivacy = m_kit.videoPost(2, PublisherKit::okVideo(), "No audience chosen");
        noPrivacy.privacyLevel.clear();
        noPrivacy = m_kit.create(noPrivacy);
        auto publisher = m_kit.publisher();
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QVERIFY(publisher->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15000);
        const Post row = m_kit.reload(post.id);
        QCOMPARE(toString(row.state), toString(PostState::Failed));
        QCOMPARE(row.failCode, QString("publish.privacy_not_offered"));
        QVERIFY2(row.failReason.contains("FOLLOWER_OF_CREATOR") && row.failReason.contains("@creator_2"),
                 qPrintable(row.failReason));
        QVERIFY(!m_kit.notes(post.id).contains("init_sent")); // refused before anything was sent
        QCOMPARE(m_kit.reload(noPrivacy.id).failCode, QString("publish.privacy_missing"));
    }

    void mediaRefusalsFailWithTheReason()
    {
        const QString slow = PublisherKit::twelveFpsVideo();
        QVERIFY(!slow.isEmpty());
        const Post post = m_kit.create(m_kit.videoPost(1, slow, "Twelve frames a second"));
        Post missing = m_kit.create(m_kit.videoPost(1, m_kit.path("gone.mp4"), "Missing file"));
        auto publisher = m_kit.publisher();
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QVERIFY(publisher->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15000);
        const Post row = m_kit.reload(post.id);
        QCOMPARE(toString(row.state), toString(PostState::Failed));
        QCOMPARE(row.failCode, QString("platform.media_frame_rate_rejected"));
        QVERIFY2(row.failReason.contains("12") && row.failReason.contains("23"), qPrintable(row.failReason));
        const Post gone = m_kit.reload(missing.id);
        QCOMPARE(toString(gone.state), toString(PostState::Failed));
        QVERIFY2(gone.failCode.startsWith("media."), qPrintable(gone.failCode));
        QVERIFY(gone.failReason.contains("gone.mp4"));
    }

    void platformRefusalFailsWithItsReason()
    {
        QVERIFY(m_kit.sandbox->setFaultSpec("moderation_fail=1"));
        const Post post = m_kit.create(m_kit.videoPost(3, PublisherKit::okVideo(), "Refused by moderation"));
        auto publisher = m_kit.publisher();
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QSignalSpy retrying(publisher.get(), &Publisher::postRetrying);
        QVERIFY(publisher->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QCOMPARE(errorCodeOf(failed), QString("platform.spam_risk"));
        const Post row = m_kit.reload(post.id);
        QCOMPARE(toString(row.state), toString(PostState::Failed));
        QCOMPARE(row.failCode, QString("platform.spam_risk"));
        QVERIFY(!row.failReason.isEmpty());
        QCOMPARE(retrying.count(), 0);
        QCOMPARE(m_kit.notes(post.id).count("init_sent"), 1); // a permanent refusal is not sent again
    }

    void projectIsRenderedAndPublished()
    {
        const QString source = PublisherKit::okVideo();
        const Result<MediaInfo> info = MediaProbe::probe(source);
        QVERIFY(info.ok());
        ProjectDocument doc;
        Clip clip;
        clip.mediaPath = source;
        clip.inUs = 0;
        clip.outUs = info->durationUs;
        clip.sourceDurationUs = info->durationUs;
        clip.sourceSize = QSize(360, 640);
        clip.sourceHasAudio = false;
        QVERIFY(doc.setCanvas({QSize(360, 640), 30, 1, Qt::black}).ok());
        QVERIFY(doc.addClip(clip).ok());
        const QString projectPath = m_kit.path("clip.montaj");
        QVERIFY(ProjectFile::save(doc, projectPath).ok());

        Post post = m_kit.videoPost(2, QString(), "Rendered at publish time");
        post.kind = PostKind::Project;
        post.projectPath = projectPath;
        post = m_kit.create(post);
        auto publisher = m_kit.publisher();
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QVERIFY(publisher->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(published.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? "" : failed.first().value(1).value<Error>().toString()));
        QCOMPARE(toString(m_kit.reload(post.id).state), toString(PostState::Published));
        QCOMPARE(m_kit.videosTitled(2, "Rendered at publish time"), 1);
        // The rendered file was for this post only.
        QVERIFY(!QFile::exists(QDir(m_kit.options().workDir).filePath(post.id + ".mp4")));
    }

    void photoCarousels()
    {
        const QString still = MediaFixtures::still("jpg");
        QVERIFY(!still.isEmpty());
        QVERIFY(QFile::copy(still, m_kit.sandbox->verifiedMediaDir() + "/carousel-1.jpg"));
        Post online = m_kit.videoPost(1, QString(), "Three photos from the market");
        online.kind = PostKind::PhotoCarousel;
        online.photoTitle = "Market day";
        online.photoPaths = {m_kit.sandbox->verifiedMediaUrl("carousel-1.jpg").toString()};
        online = m_kit.create(online);
        Post local = online;
        local.id.clear();
        local.photoPaths = {still};
        local = m_kit.create(local);

        auto publisher = m_kit.publisher();
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QVERIFY(publisher->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(published.count() == 1 && failed.count() == 1, 15000);
        const Post done = m_kit.reload(online.id);
        QCOMPARE(toString(done.state), toString(PostState::Published));
        QVERIFY(done.publishId.startsWith("p_pub_url~v2."));
        QCOMPARE(done.platformPostId.size(), 19);
        const Post refused = m_kit.reload(local.id);
        QCOMPARE(refused.failCode, QString("publish.photo_not_online"));
        QVERIFY(refused.failReason.contains(QDir::toNativeSeparators(still)));
    }

    void missedPostsFollowTheWorkspacePolicy()
    {
        // Due two hours ago, while no publisher ran.
        const Post missed =
            m_kit.create(m_kit.videoPost(1, PublisherKit::okVideo(), "Missed while closed", -7200));
        QVERIFY(m_kit.store->setSetting("publish.missed_policy", "ask").ok());
        auto publisher = m_kit.publisher();
        QSignalSpy started(publisher.get(), &Publisher::postStarted);
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QVERIFY(publisher->start().ok());
        QTest::qWait(500);
        QCOMPARE(started.count(), 0); // Ask: left for a person to decide
        QCOMPARE(toString(m_kit.reload(missed.id).state), toString(PostState::Scheduled));

        QVERIFY(m_kit.store->setSetting("publish.missed_policy", "publish_now").ok());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 15000);
        QCOMPARE(m_kit.videosTitled(1, "Missed while closed"), 1);

        QVERIFY(m_kit.store->setSetting("publish.missed_policy", "skip").ok());
        const Post skipped = m_kit.create(m_kit.videoPost(2, PublisherKit::okVideo(), "Skipped", -7200));
        QTRY_COMPARE_WITH_TIMEOUT(toString(m_kit.reload(skipped.id).state), toString(PostState::Failed),
                                  5000);
        QCOMPARE(m_kit.reload(skipped.id).failCode, QString("publish.missed"));
        QCOMPARE(published.count(), 1);
        QCOMPARE(m_kit.videosTitled(2, "Skipped"), 0);
    }

    void sqliteWorkspaceHasOnePublisher()
    {
        auto first = m_kit.publisher();
        QVERIFY(first->start().ok());
        auto second = m_kit.publisher();
        const Result<void> refused = second->start();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString("publish.locked"));
        QVERIFY2(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().context.value("file").toString().endsWith("workspace.sqlite.publisher.lock"));
        QCOMPARE(first->start().error().code, QString("publish.already_running"));

        QSignalSpy stopped(first.get(), &Publisher::stopped);
        first->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 5000);
        QVERIFY(second->start().ok()); // the lock went with the first one
    }

    void tokenStoreSessions()
    {
        auto profile = PlatformProfile::load("sandbox", m_kit.sandbox->baseUrl());
        QVERIFY(profile.ok());
        MemoryTokenStore tokens;
        const ClientCredentials app{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()};
        TokenStoreAccountSessions sessions(&tokens, m_kit.http.get(),
                                           [&](const QString &id) -> Result<PlatformApp> {
                                               if (id != "sandbox")
                                                   return Error("publish.unknown_profile", "no app");
                                               return PlatformApp{*profile, app};
                                           });
        WorkspaceAccount account = m_kit.accounts.value(0);
        const auto acquire = [&] {
            return await<PlatformApi *>([&](std::function<void(Result<PlatformApi *>)> done) {
                sessions.acquire(account, std::move(done));
            });
        };
        // Never signed in on this machine.
        account.openId = "7000000000000000001";
        Result<PlatformApi *> none = acquire();
        QVERIFY(!none);
        QCOMPARE(none.error().code, QString("publish.not_signed_in"));
        QVERIFY(none.error().message.contains("@creator_1"));

        // Signed in once (the refresh token is in the store): the session is restored from it.
        TikTokApi signer(*profile, app, m_kit.http.get(), &tokens);
        const Result<AccountSession> session =
            await<AccountSession>([&](std::function<void(Result<AccountSession>)> done) {
                SandboxAccountSessions::signIn(&signer, m_kit.http.get(), "creator_1",
                                               SandboxAccountSessions::defaultScopes(), std::move(done));
            });
        QVERIFY2(session.ok(), qPrintable(session.ok() ? "" : session.error().toString()));
        QCOMPARE(tokens.size(), 1);
        account.openId = session->openId;
        Result<PlatformApi *> restored = acquire();
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? "" : restored.error().toString()));
        QCOMPARE((*restored)->session().openId, session->openId);
        const Result<CreatorInfo> creator =
            await<CreatorInfo>([&](std::function<void(Result<CreatorInfo>)> done) {
                (*restored)->creatorInfo(std::move(done));
            });
        QVERIFY(creator.ok());
        QCOMPARE(creator->username, QString("creator_1"));
        QCOMPARE(acquire().valueOr(nullptr), *restored); // kept for the next post

        // The sandbox sessions check the account they signed in.
        WorkspaceAccount wrong = m_kit.accounts.value(1);
        wrong.openId = session->openId; // creator_1's id on creator_2's row
        Result<PlatformApi *> mismatch =
            await<PlatformApi *>([&](std::function<void(Result<PlatformApi *>)> done) {
                m_kit.sessions->acquire(wrong, std::move(done));
            });
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, QString("publish.account_mismatch"));
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
