// The publisher's exactly-once guarantees against a real sandbox: retryable 5xx faults back off and
// still publish once; an init whose reply was lost (drop_reply) is looked up on the platform before a
// new one; a post left behind by a dead worker (InitSent, or uploaded but not recorded) is finished by
// the next publisher without a duplicate; a publisher stopped mid-upload hands over its progress; a
// lost lease is abandoned silently; the publisher pauses while the platform cannot be reached and
// resumes when it can. Duplicates are counted on the platform (videos with the post's title).

#include "core/platform/chunkplan.h"
#include "core/platform/uploader.h"
#include "core/publish/publisher/creatorcheck.h"
#include "tests/publish/publisher/publishertestkit.h"
#include "tests/support/mediafixtures.h"
#include "tests/support/postgrestestserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace montaj;
using namespace montaj::test;

namespace {

int countOf(const QStringList &notes, const QString &note)
{
    return int(notes.count(note));
}

} // namespace

class TestPublisherRecovery : public QObject
{
    Q_OBJECT

private:
    PublisherKit m_kit;
    PostgresTestServer m_postgres;

    // Claims `post` as a worker that is about to die, with a lease that runs out in one second.
    ClaimedPost claimAsDeadWorker(const QString &postId)
    {
        auto claimed =
            m_kit.store->claimDue("dead-worker", QDateTime::currentDateTimeUtc(), 5, std::chrono::seconds(1));
        if (!claimed)
            return {};
        for (const ClaimedPost &c : *claimed)
            if (c.post.id == postId)
                return c;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qRegisterMetaType<PublishStage>();
        if (PublisherKit::okVideo().isEmpty())
            QSKIP("ffmpeg with libx264 is not available");
    }

    void init()
    {
        SandboxOptions options = PublisherKit::sandboxOptions();
        const QByteArray test = QTest::currentTestFunction();
        if (test == "lostLeaseIsAbandonedSilently")
            options.moderationDelayMs = 4000; // the post sits in processing while its lease is stolen
        if (test == "retryableFaultsStillPublishOnce")
            options.seed =
                55; // with p = 0.5 the init draws go F F S S S F…: two failures, whatever the order
        QVERIFY(m_kit.setUp(options));
    }
    void cleanup() { m_kit.tearDown(); }

    void retryableFaultsStillPublishOnce()
    {
        // Inits answer 500 internal_error: the publish may or may not exist, so each retry looks on
        // the platform first. Only inits draw from the fault generator, so the outcomes are fixed.
        QVERIFY(m_kit.sandbox->setFaultSpec("error_rate=/v2/post/publish/video/init/:0.5"));
        QStringList ids;
        for (int i = 1; i <= 3; ++i)
            ids << m_kit.create(m_kit.videoPost(i, PublisherKit::okVideo(), QString("Fault drill %1").arg(i)))
                       .id;
        auto publisher = m_kit.publisher();
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QSignalSpy retrying(publisher.get(), &Publisher::postRetrying);
        QVERIFY(publisher->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(published.count() + failed.count() >= 3, 40000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(published.count(), 3);
        QCOMPARE(retrying.count(), 2);
        for (const QList<QVariant> &r : std::as_const(retrying))
            QCOMPARE(r.value(2).value<Error>().code, QString("platform.internal_error"));
        int inits = 0;
        for (int i = 1; i <= 3; ++i) {
            const Post row = m_kit.reload(ids[i - 1]);
            QCOMPARE(toString(row.state), toString(PostState::Published));
            QCOMPARE(row.platformPostId.size(), 19);
            QCOMPARE(m_kit.videosTitled(i, QString("Fault drill %1").arg(i)), 1);
            inits += countOf(m_kit.notes(row.id), "init_sent");
        }
        QCOMPARE(inits, 3 + retrying.count());
    }

    void lostInitReplyIsCheckedNotResent()
    {
        // The first init is performed by the sandbox, then its reply is lost.
        QVERIFY(m_kit.sandbox->setFaultSpec("drop_reply=/v2/post/publish/video/init/:1"));
        const Post post = m_kit.create(m_kit.videoPost(1, PublisherKit::okVideo(), "Reply lost in transit"));
        auto publisher = m_kit.publisher();
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        int initsSeen = 0;
        connect(publisher.get(), &Publisher::postProgress, this, [&](const QString &, PublishStage stage) {
            if (stage == PublishStage::InitSent && ++initsSeen == 2)
                QVERIFY(m_kit.sandbox->setFaultSpec("")); // the second init's reply arrives
        });
        QVERIFY(publisher->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(published.count() + failed.count() > 0, 20000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(initsSeen, 2);
        const QStringList notes = m_kit.notes(post.id);
        QCOMPARE(countOf(notes, "init_sent"), 2);
        QCOMPARE(countOf(notes, "not_on_platform"), 1); // looked before initialising again
        QCOMPARE(countOf(notes, "init_ok"), 1);
        QCOMPARE(toString(m_kit.reload(post.id).state), toString(PostState::Published));
        QCOMPARE(m_kit.videosTitled(1, "Reply lost in transit"), 1);
    }

    void lostPhotoInitIsNotRiskedAgain()
    {
        // Photos are pulled on init alone and the Display API does not list them: after a lost reply
        // the publisher cannot prove anything, so it asks the user instead of posting twice.
        QVERIFY(QFile::copy(MediaFixtures::still("jpg"), m_kit.sandbox->verifiedMediaDir() + "/p.jpg"));
        QVERIFY(m_kit.sandbox->setFaultSpec("drop_reply=/v2/post/publish/content/init/:1"));
        Post post = m_kit.videoPost(2, QString(), "Photo whose answer was lost");
        post.kind = PostKind::PhotoCarousel;
        post.photoTitle = "Lost";
        post.photoPaths = {m_kit.sandbox->verifiedMediaUrl("p.jpg").toString()};
        post = m_kit.create(post);
        auto publisher = m_kit.publisher();
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QVERIFY(publisher->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        const Post row = m_kit.reload(post.id);
        QCOMPARE(row.failCode, QString("publish.unsure"));
        QVERIFY(row.failReason.contains("@creator_2"));
        QCOMPARE(countOf(m_kit.notes(post.id), "init_sent"), 1);
    }

    void takeoverAfterInitSentInitialisesOnce()
    {
        const Post post =
            m_kit.create(m_kit.videoPost(2, PublisherKit::okVideo(), "Worker died after init_sent"));
        ClaimedPost dead = claimAsDeadWorker(post.id);
        QVERIFY(!dead.leaseToken.isEmpty());
        dead.progress.stage = PublishStage::InitSent;
        dead.progress.initSentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_kit.store->saveProgress(post.id, dead.leaseToken, dead.progress, "init_sent").ok());
        QTest::qWait(1100); // its lease runs out

        auto publisher = m_kit.publisher();
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QVERIFY(publisher->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 20000);
        const QStringList notes = m_kit.notes(post.id);
        QVERIFY(notes.contains("lease_taken_over"));
        QCOMPARE(countOf(notes, "not_on_platform"), 1);
        QCOMPARE(countOf(notes, "init_ok"), 1);
        QCOMPARE(m_kit.reload(post.id).attempts, 1); // a takeover is not a new attempt
        QCOMPARE(m_kit.videosTitled(2, "Worker died after init_sent"), 1);
        // The dead worker's token is fenced out.
        QCOMPARE(m_kit.store->saveProgress(post.id, dead.leaseToken, dead.progress).error().code,
                 QString("publish.lease_lost"));
    }

    void takeoverAfterUploadFinishesWithoutNewInit()
    {
        const QString caption = "Uploaded, then the worker died";
        const Post post = m_kit.create(m_kit.videoPost(3, PublisherKit::okVideo(), caption));
        ClaimedPost dead = claimAsDeadWorker(post.id);
        QVERIFY(!dead.leaseToken.isEmpty());
        // The dead worker got as far as a complete upload, but never recorded that it finished.
        PlatformApi *api = m_kit.api(3);
        QVERIFY(api);
        const QString file = PublisherKit::okVideo();
        const Result<ChunkPlan> plan = ChunkPlan::forFile(QFileInfo(file).size());
        QVERIFY(plan.ok());
        dead.progress.stage = PublishStage::InitSent;
        dead.progress.initSentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_kit.store->saveProgress(post.id, dead.leaseToken, dead.progress, "init_sent").ok());
        const Result<UploadTicket> ticket =
            await<UploadTicket>([&](std::function<void(Result<UploadTicket>)> done) {
                api->initDirectPost(CreatorCheck::postInfo(post), VideoSource::fileUpload(*plan),
                                    std::move(done));
            });
        QVERIFY(ticket.ok());
        Uploader uploader(m_kit.http.get());
        QSignalSpy uploaded(&uploader, &Uploader::finished);
        QVERIFY(uploader.start(*ticket, file, *plan).ok());
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 10000);
        UploadState state = uploader.state();
        state.confirmedBytes = 0; // the last answer never made it into the row
        dead.progress.stage = PublishStage::Uploading;
        dead.progress.publishId = ticket->publishId;
        dead.progress.uploadState = state.toJson();
        QVERIFY(m_kit.store->saveProgress(post.id, dead.leaseToken, dead.progress, "init_ok").ok());
        QTest::qWait(1100);

        auto publisher = m_kit.publisher();
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy progress(publisher.get(), &Publisher::postProgress);
        QVERIFY(publisher->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 20000);
        const Post row = m_kit.reload(post.id);
        QCOMPARE(row.publishId, ticket->publishId); // the dead worker's publish, not a new one
        QCOMPARE(row.platformPostId.size(), 19);
        QCOMPARE(countOf(m_kit.notes(post.id), "init_sent"), 1);
        for (const QList<QVariant> &p : std::as_const(progress))
            QVERIFY(p.value(1).value<PublishStage>() != PublishStage::InitSent);
        QCOMPARE(m_kit.videosTitled(3, caption), 1);
    }

    void stoppedMidUploadAnotherPublisherFinishes()
    {
        QVERIFY(m_kit.sandbox->setFaultSpec("latency=300ms"));
        const QString caption = "Handed over mid-upload";
        const Post post = m_kit.create(m_kit.videoPost(1, PublisherKit::okVideo(), caption));
        QString publishId;
        {
            auto first = m_kit.publisher();
            QSignalSpy stopped(first.get(), &Publisher::stopped);
            QSignalSpy published(first.get(), &Publisher::postPublished);
            bool stopping = false;
            connect(first.get(), &Publisher::postProgress, this, [&](const QString &, PublishStage stage) {
                if (stage == PublishStage::Uploading && !stopping) {
                    stopping = true;
                    first->stop();
                }
            });
            QVERIFY(first->start().ok());
            QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 20000);
            QCOMPARE(published.count(), 0);
            const Post row = m_kit.reload(post.id);
            QCOMPARE(toString(row.state), toString(PostState::Publishing));
            QVERIFY(m_kit.notes(post.id).contains("lease_released"));
            QCOMPARE(countOf(m_kit.notes(post.id), "init_ok"), 1);
            auto claimed = m_kit.store->post(post.id);
            QVERIFY(claimed.ok());
        }
        QVERIFY(m_kit.sandbox->setFaultSpec(""));
        auto second = m_kit.publisher();
        QSignalSpy published(second.get(), &Publisher::postPublished);
        QVERIFY(second->start().ok());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 20000);
        const QStringList notes = m_kit.notes(post.id);
        QCOMPARE(countOf(notes, "init_sent"), 1); // resumed, never initialised again
        QCOMPARE(countOf(notes, "published"), 1);
        QCOMPARE(m_kit.videosTitled(1, caption), 1);
    }

    void expiredUploadUrlInitialisesAgain()
    {
        const QString caption = "Upload URL ran out";
        const Post post = m_kit.create(m_kit.videoPost(3, PublisherKit::okVideo(), caption));
        auto publisher = m_kit.publisher();
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        bool advanced = false;
        connect(publisher.get(), &Publisher::postProgress, this, [&](const QString &, PublishStage stage) {
            if (stage == PublishStage::Uploading && !advanced) {
                advanced = true;
                m_kit.sandbox->advanceClock(2 * 3600 * 1000); // the chunk arrives after the hour: 403
            }
        });
        QVERIFY(publisher->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(published.count() + failed.count() > 0, 20000);
        QCOMPARE(failed.count(), 0);
        const QStringList notes = m_kit.notes(post.id);
        QCOMPARE(countOf(notes, "reinit"), 1); // the old publish can never complete: a new one
        QCOMPARE(countOf(notes, "init_sent"), 2);
        QCOMPARE(m_kit.videosTitled(3, caption), 1);
        const auto events = m_kit.store->history(post.id);
        QVERIFY(events.ok());
        for (const PostEvent &e : *events)
            if (e.note == "reinit")
                QCOMPARE(e.detail.value("reason").toString(), QString("platform.upload_url_expired"));
    }

    void lostLeaseIsAbandonedSilently()
    {
        const QString caption = "Lease stolen while processing";
        const Post post = m_kit.create(m_kit.videoPost(2, PublisherKit::okVideo(), caption));
        PublisherOptions options = m_kit.options();
        options.leaseFor = std::chrono::seconds(2);
        auto publisher = m_kit.publisher(options);
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy failed(publisher.get(), &Publisher::postFailed);
        QSignalSpy retrying(publisher.get(), &Publisher::postRetrying);
        bool processing = false;
        connect(publisher.get(), &Publisher::postProgress, this, [&](const QString &, PublishStage stage) {
            processing |= stage == PublishStage::Processing;
        });
        QVERIFY(publisher->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(processing, 15000);

        // This thread (publisher, sandbox and all) stalls past the lease; another worker takes over.
        QThread::msleep(2300);
        auto stolen =
            m_kit.store->claimDue("thief", QDateTime::currentDateTimeUtc(), 1, std::chrono::seconds(60));
        QVERIFY(stolen.ok());
        QCOMPARE(stolen->size(), 1);
        const ClaimedPost thief = stolen->first();
        QCOMPARE(toString(thief.progress.stage), toString(PublishStage::Processing));
        QTest::qWait(1500); // the publisher notices at its next renewal and leaves without a word
        QCOMPARE(published.count() + failed.count() + retrying.count(), 0);
        QCOMPARE(toString(m_kit.reload(post.id).state), toString(PostState::Publishing));
        QVERIFY(m_kit.notes(post.id).contains("lease_taken_over"));

        // The thief gives it back: the publisher takes it again and finishes it, once.
        QVERIFY(m_kit.store->releaseLease(post.id, thief.leaseToken).ok());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 20000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(countOf(m_kit.notes(post.id), "init_sent"), 1);
        QCOMPARE(m_kit.videosTitled(2, caption), 1);
    }

    void twoWorkersShareAPostgresWorkspace()
    {
        if (PostgresTestServer::skipRequested())
            QSKIP("MONTAJ_TEST_NO_POSTGRES is set");
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.error()));
        const QUrl database = m_postgres.createDatabase("publisher");
        QVERIFY2(database.isValid(), qPrintable(m_postgres.error()));
        QVERIFY(
            m_kit.openWorkspace(WorkspaceLocation::parse(database.toString()).valueOr(WorkspaceLocation())));
        // Lost init replies and failing status calls, two workers with their own sign-ins.
        QVERIFY(m_kit.sandbox->setFaultSpec(
            "drop_reply=/v2/post/publish/video/init/:0.25;error_rate=/v2/post/publish/status/fetch/:0.2"));
        QStringList captions;
        for (int i = 0; i < 9; ++i) {
            captions << QString("Agency post %1").arg(i);
            QVERIFY(!m_kit.create(m_kit.videoPost(1 + i % 3, PublisherKit::okVideo(), captions.last()))
                         .id.isEmpty());
        }
        SandboxAccountSessions otherSessions(
            m_kit.sandbox->baseUrl(),
            ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()},
            m_kit.http.get());
        PublisherOptions a = m_kit.options();
        a.workerId = "worker-a";
        a.workDir = m_kit.path("work-a");
        PublisherOptions b = a;
        b.workerId = "worker-b";
        b.workDir = m_kit.path("work-b");
        auto first = m_kit.publisher(a);
        auto second = m_kit.publisher(b, &otherSessions);
        QSignalSpy publishedA(first.get(), &Publisher::postPublished);
        QSignalSpy publishedB(second.get(), &Publisher::postPublished);
        QSignalSpy failedA(first.get(), &Publisher::postFailed);
        QSignalSpy failedB(second.get(), &Publisher::postFailed);
        QVERIFY(first->start().ok());
        QVERIFY(second->start().ok()); // no lock on PostgreSQL: leases share the work
        // A guard, not a speed check: random faults with backoff took from 10 to 60 s here.
        QTRY_VERIFY_WITH_TIMEOUT(
            publishedA.count() + publishedB.count() + failedA.count() + failedB.count() >= 9, 150000);
        QCOMPARE(failedA.count() + failedB.count(), 0);
        QCOMPARE(publishedA.count() + publishedB.count(), 9);
        QVERIFY(publishedA.count() > 0 && publishedB.count() > 0);
        QSet<QString> posts;
        for (const QSignalSpy *spy : {&publishedA, &publishedB})
            for (const QList<QVariant> &p : *spy)
                posts.insert(p.value(0).toString());
        QCOMPARE(posts.size(), 9); // each post published by one worker only
        for (int i = 0; i < 9; ++i)
            QCOMPARE(m_kit.videosTitled(1 + i % 3, captions[i]), 1);
        first.reset();
        second.reset();
        m_kit.store.reset();
        m_postgres.dropDatabase(database);
    }

    void offlinePausesAndResumes()
    {
        m_kit.resetSessions(); // creator_2 signs in for the first time during the outage
        auto publisher = m_kit.publisher();
        QSignalSpy published(publisher.get(), &Publisher::postPublished);
        QSignalSpy offline(publisher.get(), &Publisher::offlineChanged);
        QVERIFY(publisher->start().ok());
        m_kit.create(m_kit.videoPost(1, PublisherKit::okVideo(), "Before the outage"));
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 15000);

        m_kit.stopSandbox();
        const Post during =
            m_kit.create(m_kit.videoPost(1, PublisherKit::okVideo(), "Sent after the outage"));
        const Post signedOut =
            m_kit.create(m_kit.videoPost(2, PublisherKit::okVideo(), "First post of creator 2"));
        QTRY_VERIFY_WITH_TIMEOUT(publisher->isOffline(), 20000);
        QCOMPARE(offline.count(), 1);
        QCOMPARE(offline.first().value(0).toBool(), true);
        // While offline nothing new is claimed.
        const Post later = m_kit.create(m_kit.videoPost(3, PublisherKit::okVideo(), "Due while offline"));
        QTest::qWait(700);
        QCOMPARE(toString(m_kit.reload(later.id).state), toString(PostState::Scheduled));
        QCOMPARE(published.count(), 1);

        QVERIFY(m_kit.restartSandbox());
        QTRY_COMPARE_WITH_TIMEOUT(published.count(), 4, 30000);
        QCOMPARE(offline.count(), 2);
        QCOMPARE(offline.last().value(0).toBool(), false);
        QVERIFY(!publisher->isOffline());
        QCOMPARE(m_kit.videosTitled(1, "Sent after the outage"), 1);
        QCOMPARE(m_kit.videosTitled(2, "First post of creator 2"), 1);
        QCOMPARE(m_kit.videosTitled(3, "Due while offline"), 1);
        QCOMPARE(toString(m_kit.reload(during.id).state), toString(PostState::Published));
        QCOMPARE(toString(m_kit.reload(signedOut.id).state), toString(PostState::Published));
    }
};

QTEST_GUILESS_MAIN(TestPublisherRecovery)
#include "tst_publisherrecovery.moc"
