// The workspace store's publishing half against SQLite and a real PostgreSQL server: claims of due
// posts, back-off, expired leases taken over, fencing, atomic completion, the missed-post policy,
// and concurrent claimers (threads with connections of their own) that never share a post.
#include "tests/publish/store/workspacefixture.h"

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace montaj;
using std::chrono::seconds;

namespace {
const QString kAlice = QStringLiteral("user:alice");
const seconds kLease{60};
} // namespace

class TestWorkspaceLeases : public QObject
{
    Q_OBJECT

private:
    WorkspaceFixture m_fx;

    static QStringList ids(const QList<ClaimedPost> &claimed)
    {
        QStringList list;
        for (const ClaimedPost &c : claimed)
            list << c.post.id;
        return list;
    }

private Q_SLOTS:
    void initTestCase_data() { WorkspaceFixture::addBackendRows(); }
    void init() { MONTAJ_WORKSPACE_INIT(m_fx); }
    void cleanup() { m_fx.cleanup(); }

    void claimsOnlyDuePosts()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto a = WorkspaceFixture::addAccount(*store, "alice");
        const auto b = WorkspaceFixture::addAccount(*store, "bob");
        const QDateTime now = WorkspaceFixture::baseTime();
        const Post due = *store->createPost(WorkspaceFixture::scheduledPost(a.id, now.addSecs(-60)), kAlice);
        const Post later =
            *store->createPost(WorkspaceFixture::scheduledPost(a.id, now.addSecs(3600)), kAlice);
        Post draft = WorkspaceFixture::scheduledPost(a.id, now.addSecs(-60));
        draft.state = PostState::Approved;
        QVERIFY(store->createPost(draft, kAlice));
        const Post other = *store->createPost(WorkspaceFixture::scheduledPost(b.id, now), kAlice);

        auto onlyB = store->claimDue("w1", now, 10, kLease, {b.id});
        QVERIFY(onlyB);
        QCOMPARE(ids(*onlyB), QStringList({other.id}));

        auto claimed = store->claimDue("w1", now, 10, kLease);
        QVERIFY(claimed);
        QCOMPARE(ids(*claimed), QStringList({due.id}));
        const ClaimedPost &c = claimed->first();
        QCOMPARE(toString(c.post.state), toString(PostState::Publishing));
        QCOMPARE(c.post.attempts, 1);
        QCOMPARE(c.post.version, 2);
        QCOMPARE(c.leaseUntil, now.addSecs(60));
        QVERIFY(!c.leaseToken.isEmpty());
        QCOMPARE(toString(c.progress.stage), toString(PublishStage::NotStarted));
        QCOMPARE(toString(store->post(due.id)->state), toString(PostState::Publishing));

        // Held: nobody else gets it; the later post is not due yet. An empty claim writes nothing.
        const quint64 writes = store->writeCount();
        QVERIFY(store->claimDue("w2", now.addSecs(30), 10, kLease)->isEmpty());
        QCOMPARE(store->writeCount(), writes);
        // An hour on: the later post is due, and both leases have expired.
        auto atLast = store->claimDue("w2", now.addSecs(3600), 10, seconds(600));
        QVERIFY(atLast);
        QCOMPARE(ids(*atLast), QStringList({due.id, other.id, later.id}));
        // max is honoured
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->createPost(WorkspaceFixture::scheduledPost(a.id, now.addSecs(-i)), kAlice));
        QCOMPARE(store->claimDue("w3", now, 2, kLease)->size(), 2);
        QCOMPARE(store->claimDue("w3", now, 2, kLease)->size(), 1);
        QCOMPARE(store->claimDue("w3", now, 0, kLease)->size(), 0);
    }

    void backsOffAndCountsAttempts()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto a = WorkspaceFixture::addAccount(*store, "alice");
        const QDateTime now = WorkspaceFixture::baseTime();
        const Post p = *store->createPost(WorkspaceFixture::scheduledPost(a.id, now), kAlice);
        auto first = store->claimDue("w1", now, 1, kLease);
        QCOMPARE(first->size(), 1);
        auto retried = store->retryLater(p.id, first->first().leaseToken, now.addSecs(300),
                                         "platform.rate_limited", "Too many requests");
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().toString()));
        QCOMPARE(toString(retried->state), toString(PostState::Scheduled));
        QCOMPARE(retried->nextAttemptUtc, now.addSecs(300));
        QCOMPARE(retried->failCode, QStringLiteral("platform.rate_limited"));
        QCOMPARE(store->history(p.id)->last().note, QStringLiteral("retry_scheduled"));

        QVERIFY(store->claimDue("w1", now.addSecs(60), 1, kLease)->isEmpty());
        auto second = store->claimDue("w1", now.addSecs(301), 1, kLease);
        QCOMPARE(ids(*second), QStringList({p.id}));
        QCOMPARE(second->first().post.attempts, 2);
        QCOMPARE(store->history(p.id)->last().detail.value("attempt").toInt(), 2);
        // The retry is not "missed" although the original time is long past (it waited for its back-off).
        QVERIFY(store->missedPosts(now.addSecs(301), std::chrono::minutes(15))->isEmpty());
    }

    void takesOverExpiredLeasesAndFencesTheLoser()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto a = WorkspaceFixture::addAccount(*store, "alice");
        const QDateTime now = WorkspaceFixture::baseTime();
        const Post p = *store->createPost(WorkspaceFixture::scheduledPost(a.id, now), kAlice);
        const ClaimedPost first = store->claimDue("crashed", now, 1, kLease)->first();
        QVERIFY(store->claimDue("w2", now.addSecs(59), 1, kLease)->isEmpty());

        auto taken = store->claimDue("w2", now.addSecs(61), 1, kLease);
        QVERIFY(taken);
        QCOMPARE(ids(*taken), QStringList({p.id}));
        const ClaimedPost second = taken->first();
        QVERIFY(second.leaseToken != first.leaseToken);
        QCOMPARE(second.post.attempts, 1); // a takeover is not a new attempt
        QCOMPARE(second.leaseUntil, now.addSecs(121));
        const PostEvent takeover = store->history(p.id)->last();
        QCOMPARE(takeover.note, QStringLiteral("lease_taken_over"));
        QCOMPARE(takeover.actor, QStringLiteral("worker:w2"));
        QCOMPARE(takeover.detail.value("previous_worker").toString(), QStringLiteral("crashed"));

        // The first holder is fenced out of every write.
        PublishProgress progress;
        progress.stage = PublishStage::Uploading;
        progress.publishId = "stale";
        const QString old = first.leaseToken;
        QCOMPARE(store->saveProgress(p.id, old, progress).error().code, QStringLiteral("publish.lease_lost"));
        QCOMPARE(store->renewLease(p.id, old, kLease).error().code, QStringLiteral("publish.lease_lost"));
        QCOMPARE(store->markPublished(p.id, old, "stale", "1").error().code,
                 QStringLiteral("publish.lease_lost"));
        QCOMPARE(store->markFailed(p.id, old, "x", "x").error().code, QStringLiteral("publish.lease_lost"));
        QCOMPARE(store->retryLater(p.id, old, now, "x", "x").error().code,
                 QStringLiteral("publish.lease_lost"));
        QCOMPARE(store->releaseLease(p.id, old).error().code, QStringLiteral("publish.lease_lost"));
        QCOMPARE(store->releaseLease(p.id, QString()).error().code, QStringLiteral("publish.lease_lost"));
        QCOMPARE(store->post(p.id)->publishId, QString());

        // The new holder works.
        auto renewed = store->renewLease(p.id, second.leaseToken, seconds(600));
        QVERIFY(renewed);
        QVERIFY(*renewed > QDateTime::currentDateTimeUtc().addSecs(590));
        QVERIFY(store->markFailed(p.id, second.leaseToken, "platform.spam_risk", "Spam risk"));
        const Post failed = *store->post(p.id);
        QCOMPARE(toString(failed.state), toString(PostState::Failed));
        QCOMPARE(failed.failCode, QStringLiteral("platform.spam_risk"));
        QCOMPARE(failed.failReason, QStringLiteral("Spam risk"));
        // Once finished, the lease is gone: even the last holder cannot write.
        QCOMPARE(store->saveProgress(p.id, second.leaseToken, progress).error().code,
                 QStringLiteral("publish.lease_lost"));
    }

    void persistsProgressAndReleases()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto a = WorkspaceFixture::addAccount(*store, "alice");
        const QDateTime now = WorkspaceFixture::baseTime();
        const Post p = *store->createPost(WorkspaceFixture::scheduledPost(a.id, now), kAlice);
        const ClaimedPost first = store->claimDue("w1", now, 1, kLease)->first();
        PublishProgress progress;
        progress.stage = PublishStage::Uploading;
        progress.publishId = "v_inbox_file~v2.123";
        progress.initSentAt = now.addSecs(2);
        progress.uploadState = {{"next_offset", 10485760}, {"url", "https://upload.example/x"}};
        progress.renderedPath = "/tmp/render.mp4";
        QVERIFY(store->saveProgress(p.id, first.leaseToken, progress)); // no note: no event
        QCOMPARE(store->history(p.id)->last().note, QStringLiteral("claimed"));

        QVERIFY(store->releaseLease(p.id, first.leaseToken));
        QCOMPARE(toString(store->post(p.id)->state), toString(PostState::Publishing));
        QCOMPARE(store->history(p.id)->last().note, QStringLiteral("lease_released"));
        // Released: claimable at once (same "now"), resuming where the first worker stopped.
        auto again = store->claimDue("w2", now, 1, kLease);
        QCOMPARE(ids(*again), QStringList({p.id}));
        const ClaimedPost &second = again->first();
        QCOMPARE(second.post.attempts, 1);
        QCOMPARE(toString(second.progress.stage), toString(PublishStage::Uploading));
        QCOMPARE(second.progress.publishId, progress.publishId);
        QCOMPARE(second.progress.initSentAt, progress.initSentAt);
        QCOMPARE(second.progress.uploadState, progress.uploadState);
        QCOMPARE(second.progress.renderedPath, progress.renderedPath);
        QCOMPARE(second.post.publishId, progress.publishId);
    }

    void marksPublishedAtomically()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto a = WorkspaceFixture::addAccount(*store, "alice");
        const QDateTime now = WorkspaceFixture::baseTime();
        const Post p = *store->createPost(WorkspaceFixture::scheduledPost(a.id, now), kAlice);
        const ClaimedPost c = store->claimDue("w1", now, 1, kLease)->first();
        auto published = store->markPublished(p.id, c.leaseToken, "v_pub_url~v2.7", "7350000000000000042",
                                              {{"status", "PUBLISH_COMPLETE"}});
        QVERIFY2(published, qPrintable(published ? QString() : published.error().toString()));
        QCOMPARE(toString(published->state), toString(PostState::Published));
        QCOMPARE(published->publishId, QStringLiteral("v_pub_url~v2.7"));
        QCOMPARE(published->platformPostId, QStringLiteral("7350000000000000042"));
        const Post stored = *store->post(p.id);
        QCOMPARE(toString(stored.state), toString(PostState::Published));
        QCOMPARE(stored.publishId, published->publishId);
        QCOMPARE(stored.platformPostId, published->platformPostId);
        const PostEvent last = store->history(p.id)->last();
        QCOMPARE(last.note, QStringLiteral("published"));
        QCOMPARE(last.detail.value("post_id").toString(), QStringLiteral("7350000000000000042"));
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM posts WHERE lease_token IS NULL AND state = 'published'")
                     .toInt(),
                 1);
        // Twice is refused: the lease ended with the first.
        QCOMPARE(store->markPublished(p.id, c.leaseToken, "other", "1").error().code,
                 QStringLiteral("publish.lease_lost"));
        QVERIFY(store->claimDue("w1", now.addSecs(3600), 1, kLease)->isEmpty());
    }

    void appliesMissedPolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("ask") << "ask";
        QTest::newRow("skip") << "skip";
        QTest::newRow("publish_now") << "publish_now";
    }

    void appliesMissedPolicy()
    {
        QFETCH(QString, policy);
        const MissedPostPolicy mode = missedPostPolicyFromString(policy).value();
        auto store = m_fx.open();
        QVERIFY(store);
        QVERIFY(store->setSetting("publish.missed_policy", policy));
        const auto a = WorkspaceFixture::addAccount(*store, "alice");
        const QDateTime now = WorkspaceFixture::baseTime();
        const Post old =
            *store->createPost(WorkspaceFixture::scheduledPost(a.id, now.addSecs(-3600)), kAlice);
        const Post recent =
            *store->createPost(WorkspaceFixture::scheduledPost(a.id, now.addSecs(-60)), kAlice);
        QCOMPARE(store->missedPosts(now, std::chrono::minutes(15))->size(), 1);
        QCOMPARE(store->missedPosts(now, std::chrono::minutes(15))->first().id, old.id);

        // One at a time: a skipped post must not use up the batch.
        auto claimed = store->claimDue("w1", now, 1, kLease, {}, std::chrono::minutes(15));
        QVERIFY(claimed);
        switch (mode) {
        case MissedPostPolicy::Ask:
            QCOMPARE(ids(*claimed), QStringList({recent.id}));
            QCOMPARE(toString(store->post(old.id)->state), toString(PostState::Scheduled));
            // Still waiting for a person; never claimed, however often workers look.
            QVERIFY(store->claimDue("w1", now, 10, kLease, {}, std::chrono::minutes(15))->isEmpty());
            QCOMPARE(store->missedPosts(now, std::chrono::minutes(15))->first().id, old.id);
            break;
        case MissedPostPolicy::Skip: {
            QCOMPARE(ids(*claimed), QStringList({recent.id}));
            const Post skipped = *store->post(old.id);
            QCOMPARE(toString(skipped.state), toString(PostState::Failed));
            QCOMPARE(skipped.failCode, QStringLiteral("publish.missed"));
            QVERIFY(!skipped.failReason.isEmpty());
            const PostEvent e = store->history(old.id)->last();
            QCOMPARE(e.note, QStringLiteral("missed"));
            QCOMPARE(toString(e.to), toString(PostState::Failed));
            QVERIFY(store->missedPosts(now, std::chrono::minutes(15))->isEmpty());
            break;
        }
        case MissedPostPolicy::PublishNow:
            QCOMPARE(ids(*claimed), QStringList({old.id}));
            QCOMPARE(ids(*store->claimDue("w1", now, 1, kLease, {}, std::chrono::minutes(15))),
                     QStringList({recent.id}));
            QVERIFY(store->history(old.id)->last().detail.value("missed").toBool());
            QVERIFY(!store->history(recent.id)->last().detail.contains("missed"));
            break;
        }
    }

    void concurrentOpenMigratesOnce()
    {
        std::atomic_int opened = 0;
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i)
            threads << QThread::create([this, &opened]() {
                auto store = WorkspaceStore::open(m_fx.location());
                if (store && (*store)->schemaVersion() == WorkspaceStore::latestSchemaVersion())
                    ++opened;
                else if (!store)
                    qWarning() << store.error().toString();
            });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(opened.load(), 4);
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM schema_migrations").toInt(), 1);
    }

    void concurrentClaimersNeverShareAPost()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto a = WorkspaceFixture::addAccount(*store, "alice");
        const QDateTime now = WorkspaceFixture::baseTime();
        QList<Post> posts;
        for (int i = 0; i < 500; ++i)
            posts << WorkspaceFixture::scheduledPost(a.id, now.addSecs(-i));
        QVERIFY(store->createPosts(posts, kAlice));

        const int workers = m_fx.isPostgres() ? 4 : 2;
        QMutex mutex;
        QStringList claimedIds;
        QStringList errors;
        QList<int> perWorker(workers, 0);
        std::atomic_int ready = 0;
        QList<QThread *> threads;
        for (int w = 0; w < workers; ++w)
            threads << QThread::create([&, w]() {
                auto mine = WorkspaceStore::open(m_fx.location());
                ++ready;
                if (!mine) {
                    QMutexLocker lock(&mutex);
                    errors << mine.error().toString();
                    return;
                }
                while (ready.load() < workers) // all connected: claim at the same time
                    QThread::yieldCurrentThread();
                for (;;) {
                    auto batch = (*mine)->claimDue(QStringLiteral("w%1").arg(w), now, 5, kLease);
                    QMutexLocker lock(&mutex);
                    if (!batch) {
                        errors << batch.error().toString();
                        return;
                    }
                    if (batch->isEmpty())
                        return;
                    claimedIds << ids(*batch);
                    perWorker[w] += int(batch->size());
                }
            });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        qInfo() << "claims per worker:" << perWorker;
        QCOMPARE(claimedIds.size(), 500);
        QCOMPARE(QSet<QString>(claimedIds.cbegin(), claimedIds.cend()).size(), 500);
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM posts WHERE state = 'publishing'").toInt(), 500);
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM post_events WHERE note = 'claimed'").toInt(), 500);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLeases)
#include "tst_workspaceleases.moc"
