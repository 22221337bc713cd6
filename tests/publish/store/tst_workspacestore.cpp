// The workspace store's editing half against SQLite and a real PostgreSQL server: schema and
// migrations, accounts, posts (create, edit with optimistic concurrency, lifecycle, history,
// filters), settings and bulk import.
#include "core/publish/postlifecycle.h"
#include "tests/publish/store/workspacefixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace montaj;

namespace {
const QString kAlice = QStringLiteral("user:alice");
const QString kBob = QStringLiteral("user:bob");
} // namespace

class TestWorkspaceStore : public QObject
{
    Q_OBJECT

private:
    WorkspaceFixture m_fx;
    int m_accounts = 0;

    // A post in `state`, reached the way people and workers reach it (worker states on an account of
    // their own, so the claim takes this post and no other).
    Post postIn(WorkspaceStore &store, const QString &sharedAccountId, PostState state)
    {
        const QDateTime due = WorkspaceFixture::baseTime().addSecs(-60);
        const bool direct = state == PostState::Draft || state == PostState::NeedsApproval
                            || state == PostState::Approved || state == PostState::Scheduled;
        const QString accountId =
            direct || state == PostState::Cancelled
                ? sharedAccountId
                : WorkspaceFixture::addAccount(store, QStringLiteral("w%1").arg(++m_accounts)).id;
        Post p = WorkspaceFixture::scheduledPost(accountId, due);
        p.state = direct ? state : PostState::Scheduled;
        auto created = store.createPost(p, kAlice);
        if (!created || direct)
            return created.valueOr(Post{});
        if (state == PostState::Cancelled)
            return store.transition(created->id, PostState::Cancelled, kAlice).valueOr(Post{});
        auto claimed =
            store.claimDue(QStringLiteral("w1"), due.addSecs(60), 1, std::chrono::seconds(3600), {accountId});
        if (!claimed || claimed->size() != 1)
            return {};
        const ClaimedPost &c = claimed->first();
        if (state == PostState::Publishing)
            return c.post;
        if (state == PostState::Failed)
            return store
                .markFailed(c.post.id, c.leaseToken, QStringLiteral("platform.x"), QStringLiteral("x"))
                .valueOr(Post{});
        return store.markPublished(c.post.id, c.leaseToken, QStringLiteral("p_pub_1"), QStringLiteral("7001"))
            .valueOr(Post{});
    }

private Q_SLOTS:
    void initTestCase_data() { WorkspaceFixture::addBackendRows(); }
    void init() { MONTAJ_WORKSPACE_INIT(m_fx); }
    void cleanup() { m_fx.cleanup(); }

    void opensMigratesAndReopens()
    {
        QCOMPARE(WorkspaceStore::latestSchemaVersion(), 1);
        {
            auto store = m_fx.open();
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), WorkspaceStore::latestSchemaVersion());
            QCOMPARE(store->location().display(), m_fx.location().display());
            QVERIFY(store->accounts()->isEmpty());
        }
        auto again = m_fx.open();
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), 1);
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM schema_migrations").toInt(), 1);
        QCOMPARE(m_fx.rawValue("SELECT MAX(version) FROM schema_migrations").toInt(), 1);
        if (!m_fx.isPostgres()) // WAL is a property of the file
            QCOMPARE(m_fx.rawValue("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    }

    void reportsOpenFailures()
    {
        WorkspaceLocation bad = m_fx.location();
        if (m_fx.isPostgres()) {
            // Connection options from the URL reach libpq (quoted), and a password is never shown.
            QUrl url = bad.postgresUrl;
            url.setPassword("hunter2");
            url.setQuery("sslmode=disable&application_name=montaj test");
            auto withOptions = WorkspaceStore::open(*WorkspaceLocation::parse(url.toString()));
            QVERIFY2(withOptions, qPrintable(withOptions ? QString() : withOptions.error().toString()));
            url.setPort(1);
            bad = *WorkspaceLocation::parse(url.toString());
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot open workspace"));
        } else {
            bad.sqlitePath = "/proc/montaj-no-such-dir/ws.sqlite";
        }
        auto store = WorkspaceStore::open(bad);
        QVERIFY(!store);
        QCOMPARE(store.error().code, QStringLiteral("workspace.open_failed"));
        QVERIFY(!store.error().message.isEmpty());
        QVERIFY2(!store.error().toString().contains("hunter2"), qPrintable(store.error().toString()));
    }

    void refusesNewerSchema()
    {
        QVERIFY(m_fx.open());
        QVERIFY(m_fx.rawExec("INSERT INTO schema_migrations (version, applied_at) VALUES (2, 'future')"));
        auto store = WorkspaceStore::open(m_fx.location());
        QVERIFY(!store);
        QCOMPARE(store.error().code, QStringLiteral("workspace.too_new"));
        QCOMPARE(store.error().context.value("schema").toInt(), 2);
        QCOMPARE(store.error().context.value("supported").toInt(), 1);
    }

    void accountsCrud()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const WorkspaceAccount a = WorkspaceFixture::addAccount(*store, "alice");
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.createdAt.isValid());
        const WorkspaceAccount b = WorkspaceFixture::addAccount(*store, "bob");
        auto all = store->accounts();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);

        auto read = store->account(a.id);
        QVERIFY(read);
        QCOMPARE(read->username, QStringLiteral("alice"));
        QCOMPARE(read->displayName, QStringLiteral("ALICE"));
        QCOMPARE(read->timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(read->postingSlots, QStringList({"09:00", "18:30"}));
        QCOMPARE(read->createdAt, a.createdAt);
        QCOMPARE(store->accountByOpenId("sandbox", b.openId)->id, b.id);
        QCOMPARE(store->accountByOpenId("tiktok", b.openId).error().code,
                 QStringLiteral("workspace.not_found"));

        WorkspaceAccount changed = *read;
        changed.displayName = "Alice A.";
        changed.postingSlots = {};
        QVERIFY(store->saveAccount(changed));
        QCOMPARE(store->account(a.id)->displayName, QStringLiteral("Alice A."));
        QVERIFY(store->account(a.id)->postingSlots.isEmpty());

        WorkspaceAccount twin = b;
        twin.id.clear();
        QCOMPARE(store->saveAccount(twin).error().code, QStringLiteral("workspace.account_exists"));

        QVERIFY(
            store->createPost(WorkspaceFixture::scheduledPost(a.id, WorkspaceFixture::baseTime()), kAlice));
        auto inUse = store->removeAccount(a.id);
        QVERIFY(!inUse);
        QCOMPARE(inUse.error().code, QStringLiteral("workspace.account_in_use"));
        QVERIFY(store->removeAccount(b.id));
        QCOMPARE(store->account(b.id).error().code, QStringLiteral("workspace.not_found"));
        QCOMPARE(store->removeAccount(b.id).error().code, QStringLiteral("workspace.not_found"));
        QCOMPARE(store->accounts()->size(), 1);
    }

    void createsAndReadsEveryField()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto account = WorkspaceFixture::addAccount(*store, "alice");
        Post p;
        p.accountId = account.id;
        p.kind = PostKind::PhotoCarousel;
        p.photoPaths = {"/p/1.jpg", "/p/2 é.jpg"};
        p.caption = "Ünïcode caption #tag 🎬";
        p.photoTitle = "Title";
        p.privacyLevel = "SELF_ONLY";
        p.allowComment = true;
        p.allowStitch = true;
        p.brandContent = true;
        p.isAigc = true;
        p.coverMs = 2;
        p.scheduled = {"2030-03-31T02:30", "Europe/Paris",
                       QDateTime(QDate(2030, 3, 31), QTime(0, 30), Qt::UTC)};
        p.dealId = "deal-1";
        p.state = PostState::Scheduled;
        p.publishId = "must be cleared";
        auto created = store->createPost(p, kAlice);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QVERIFY(!created->id.isEmpty());
        QCOMPARE(created->version, 1);
        auto read = store->post(created->id);
        QVERIFY(read);
        const Post &r = *read;
        QCOMPARE(r.accountId, account.id);
        QCOMPARE(toString(r.kind), toString(PostKind::PhotoCarousel));
        QCOMPARE(r.photoPaths, p.photoPaths);
        QCOMPARE(r.caption, p.caption);
        QCOMPARE(r.photoTitle, p.photoTitle);
        QCOMPARE(r.privacyLevel, p.privacyLevel);
        QCOMPARE(r.allowComment, true);
        QCOMPARE(r.allowDuet, false);
        QCOMPARE(r.allowStitch, true);
        QCOMPARE(r.brandOrganic, false);
        QCOMPARE(r.brandContent, true);
        QCOMPARE(r.isAigc, true);
        QCOMPARE(r.coverMs, 2);
        QCOMPARE(r.scheduled.localDateTime, p.scheduled.localDateTime);
        QCOMPARE(r.scheduled.timeZone, p.scheduled.timeZone);
        QCOMPARE(r.scheduled.utc, p.scheduled.utc);
        QCOMPARE(r.dealId, p.dealId);
        QCOMPARE(toString(r.state), toString(PostState::Scheduled));
        QCOMPARE(r.publishId, QString());
        QCOMPARE(r.mediaPath, QString());
        QCOMPARE(r.createdBy, kAlice);
        QCOMPARE(r.createdAt, created->createdAt);
        QCOMPARE(r.version, 1);
        QCOMPARE(store->post("no-such-id").error().code, QStringLiteral("workspace.not_found"));

        Post orphan = p;
        orphan.accountId = "no-such-account";
        QCOMPARE(store->createPost(orphan, kAlice).error().code, QStringLiteral("workspace.not_found"));
        Post timeless = p;
        timeless.scheduled = {};
        QCOMPARE(store->createPost(timeless, kAlice).error().code, QStringLiteral("workspace.no_time"));
        Post published = p;
        published.state = PostState::Published;
        QCOMPARE(store->createPost(published, kAlice).error().code, QStringLiteral("publish.bad_transition"));
    }

    void editsWithOptimisticConcurrency()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto account = WorkspaceFixture::addAccount(*store, "alice");
        const Post created = *store->createPost(
            WorkspaceFixture::scheduledPost(account.id, WorkspaceFixture::baseTime()), kAlice);

        Post mine = created;
        mine.caption = "new caption";
        mine.allowDuet = true;
        auto saved = store->updatePost(mine, kBob);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->caption, QStringLiteral("new caption"));
        QVERIFY(saved->allowDuet);

        // Someone else still holds version 1.
        Post theirs = created;
        theirs.caption = "their caption";
        auto conflict = store->updatePost(theirs, kAlice);
        QCOMPARE(conflict.error().code, QStringLiteral("workspace.conflict"));
        QCOMPARE(store->post(created.id)->caption, QStringLiteral("new caption"));

        // Nothing changed: no new version, no event.
        QCOMPARE(store->updatePost(*saved, kBob)->version, 2);

        Post moved = *saved;
        moved.scheduled.localDateTime = "2031-01-01T10:00:00";
        moved.scheduled.utc = QDateTime(QDate(2031, 1, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(store->updatePost(moved, kBob)->version, 3);

        auto history = store->history(created.id);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        const PostEvent &edit = history->at(1);
        QCOMPARE(edit.note, QStringLiteral("edited"));
        QCOMPARE(edit.actor, kBob);
        QCOMPARE(stateText(edit.from), toString(PostState::Scheduled));
        QCOMPARE(toString(edit.to), toString(PostState::Scheduled));
        QCOMPARE(edit.detail.value("fields").toArray(), QJsonArray({"caption", "allow_duet"}));
        const PostEvent &reschedule = history->at(2);
        QCOMPARE(reschedule.detail.value("fields").toArray(), QJsonArray({"scheduled"}));
        QCOMPARE(reschedule.detail.value("scheduled_to").toString(),
                 QStringLiteral("2031-01-01T10:00:00 UTC"));

        // A scheduled post needs a time.
        Post timeless = *store->post(created.id);
        timeless.scheduled = {};
        QCOMPARE(store->updatePost(timeless, kBob).error().code, QStringLiteral("workspace.no_time"));

        // Publishing, Published and Cancelled posts are locked.
        for (PostState state : {PostState::Publishing, PostState::Published, PostState::Cancelled}) {
            Post locked = postIn(*store, account.id, state);
            QVERIFY2(!locked.id.isEmpty(), qPrintable(toString(state)));
            locked.caption = "late edit";
            QCOMPARE(store->updatePost(locked, kBob).error().code, QStringLiteral("workspace.post_locked"));
        }
    }

    void movesThroughTheLifecycle()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto account = WorkspaceFixture::addAccount(*store, "alice");
        const QList<PostState> people = {PostState::Draft,    PostState::NeedsApproval,
                                         PostState::Approved, PostState::Scheduled,
                                         PostState::Failed,   PostState::Cancelled};
        const QList<PostState> all = people + QList<PostState>{PostState::Publishing, PostState::Published};
        int allowed = 0;
        for (PostState from : all) {
            for (PostState to : all) {
                const bool workerMove = to == PostState::Publishing || to == PostState::Published
                                        || from == PostState::Publishing;
                if (workerMove || from == to)
                    continue;
                const Post p = postIn(*store, account.id, from);
                QVERIFY2(p.state == from, qPrintable(toString(from)));
                auto moved = store->transition(p.id, to, kBob, {}, {{"why", "test"}});
                const QString what = toString(from) + " -> " + toString(to);
                if (PostLifecycle::canMove(from, to)) {
                    ++allowed;
                    QVERIFY2(moved, qPrintable(what + ": " + (moved ? QString() : moved.error().toString())));
                    QCOMPARE(toString(moved->state), toString(to));
                    QCOMPARE(moved->version, p.version + 1);
                    const PostEvent last = store->history(p.id)->last();
                    QCOMPARE(stateText(last.from), toString(from));
                    QCOMPARE(toString(last.to), toString(to));
                    QCOMPARE(last.actor, kBob);
                    QCOMPARE(last.note, toString(to));
                    QCOMPARE(last.detail.value("why").toString(), QStringLiteral("test"));
                    if (from == PostState::Failed)
                        QVERIFY(moved->failCode.isEmpty());
                } else {
                    QVERIFY2(!moved, qPrintable(what));
                    QCOMPARE(moved.error().code, QStringLiteral("publish.bad_transition"));
                    QCOMPARE(toString(store->post(p.id)->state), toString(from));
                }
            }
        }
        QCOMPARE(allowed, 18);

        // Publishing and Published are the publisher's moves.
        const Post draft = postIn(*store, account.id, PostState::Scheduled);
        QCOMPARE(store->transition(draft.id, PostState::Publishing, kBob).error().code,
                 QStringLiteral("publish.bad_transition"));
        // A post a worker holds cannot be failed by a person while the lease lives.
        const Post held = postIn(*store, account.id, PostState::Publishing);
        QCOMPARE(store->transition(held.id, PostState::Failed, kBob).error().code,
                 QStringLiteral("workspace.post_locked"));
        // Scheduling needs a time.
        Post timeless = WorkspaceFixture::scheduledPost(account.id, {});
        timeless.state = PostState::Draft;
        timeless.scheduled = {};
        const Post noTime = *store->createPost(timeless, kAlice);
        QCOMPARE(store->transition(noTime.id, PostState::Scheduled, kBob).error().code,
                 QStringLiteral("workspace.no_time"));
        QCOMPARE(store->transition("missing", PostState::Draft, kBob).error().code,
                 QStringLiteral("workspace.not_found"));
    }

    void deletesDraftsAndCancelsOthers()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto account = WorkspaceFixture::addAccount(*store, "alice");
        const Post draft = postIn(*store, account.id, PostState::Draft);
        QVERIFY(store->deletePost(draft.id, kBob));
        QCOMPARE(store->post(draft.id).error().code, QStringLiteral("workspace.not_found"));
        QVERIFY(store->history(draft.id)->isEmpty());

        const Post scheduled = postIn(*store, account.id, PostState::Scheduled);
        QVERIFY(store->deletePost(scheduled.id, kBob));
        QCOMPARE(toString(store->post(scheduled.id)->state), toString(PostState::Cancelled));
        QCOMPARE(store->history(scheduled.id)->last().note, QStringLiteral("deleted"));

        const Post published = postIn(*store, account.id, PostState::Published);
        QCOMPARE(store->deletePost(published.id, kBob).error().code,
                 QStringLiteral("publish.bad_transition"));
    }

    void recordsHistory()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto account = WorkspaceFixture::addAccount(*store, "alice");
        const QDateTime due = WorkspaceFixture::baseTime();
        Post p = WorkspaceFixture::scheduledPost(account.id, due);
        p.state = PostState::NeedsApproval;
        const Post created = *store->createPost(p, kAlice);
        QVERIFY(store->transition(created.id, PostState::Approved, kBob, "approved", {{"comment", "ok"}}));
        QVERIFY(store->transition(created.id, PostState::Scheduled, kAlice));
        auto claimed = store->claimDue("host-1", due, 1, std::chrono::seconds(60));
        QVERIFY(claimed);
        QCOMPARE(claimed->size(), 1);
        const QString token = claimed->first().leaseToken;
        PublishProgress progress;
        progress.stage = PublishStage::InitSent;
        progress.initSentAt = due;
        QVERIFY(store->saveProgress(created.id, token, progress, "init_sent", {{"source", "FILE_UPLOAD"}}));
        QVERIFY(store->markPublished(created.id, token, "v_pub_9", "7300000000000000001",
                                     {{"status", "PUBLISH_COMPLETE"}}));

        auto history = store->history(created.id);
        QVERIFY(history);
        QStringList notes;
        for (const PostEvent &e : *history)
            notes << e.note;
        QCOMPARE(notes,
                 QStringList({"created", "approved", "scheduled", "claimed", "init_sent", "published"}));
        const auto &h = *history;
        QCOMPARE(h[0].actor, kAlice);
        QVERIFY(!h[0].from.has_value());
        QCOMPARE(toString(h[0].to), toString(PostState::NeedsApproval));
        QCOMPARE(h[1].actor, kBob);
        QCOMPARE(h[1].detail.value("comment").toString(), QStringLiteral("ok"));
        QCOMPARE(h[3].actor, QStringLiteral("worker:host-1"));
        QCOMPARE(stateText(h[3].from), toString(PostState::Scheduled));
        QCOMPARE(toString(h[3].to), toString(PostState::Publishing));
        QCOMPARE(h[3].detail.value("attempt").toInt(), 1);
        QCOMPARE(h[4].detail.value("source").toString(), QStringLiteral("FILE_UPLOAD"));
        QCOMPARE(h[4].detail.value("stage").toString(), QStringLiteral("init_sent"));
        QCOMPARE(toString(h[5].to), toString(PostState::Published));
        QCOMPARE(h[5].detail.value("publish_id").toString(), QStringLiteral("v_pub_9"));
        QCOMPARE(h[5].detail.value("post_id").toString(), QStringLiteral("7300000000000000001"));
        QCOMPARE(h[5].detail.value("status").toString(), QStringLiteral("PUBLISH_COMPLETE"));
        for (int i = 1; i < h.size(); ++i) {
            QVERIFY(h[i].id > h[i - 1].id);
            QVERIFY(h[i].at >= h[i - 1].at);
            QCOMPARE(h[i].postId, created.id);
        }
    }

    void filtersAndOrdersPosts()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto a = WorkspaceFixture::addAccount(*store, "alice");
        const auto b = WorkspaceFixture::addAccount(*store, "bob");
        const QDateTime t = QDateTime(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);
        Post draft = WorkspaceFixture::scheduledPost(a.id, {}, "draft");
        draft.scheduled = {};
        draft.state = PostState::Draft;
        QVERIFY(store->createPost(draft, kAlice));
        QVERIFY(store->createPost(WorkspaceFixture::scheduledPost(b.id, t.addDays(2), "b+2"), kAlice));
        QVERIFY(store->createPost(WorkspaceFixture::scheduledPost(a.id, t, "a+0"), kAlice));
        QVERIFY(store->createPost(WorkspaceFixture::scheduledPost(a.id, t.addDays(1), "a+1"), kAlice));
        // A minute after a+1: posts created within the same millisecond at the same time have no
        // meaningful order between them.
        Post approved = WorkspaceFixture::scheduledPost(b.id, t.addDays(1).addSecs(60), "b+1");
        approved.state = PostState::Approved;
        QVERIFY(store->createPost(approved, kAlice));

        const auto captions = [&store](const PostFilter &f) {
            QStringList list;
            const QList<Post> posts = store->posts(f).value();
            for (const Post &p : posts)
                list << p.caption;
            return list;
        };
        QCOMPARE(captions({}), QStringList({"a+0", "a+1", "b+1", "b+2", "draft"}));
        PostFilter range;
        range.fromUtc = t.addDays(1);
        range.toUtc = t.addDays(2); // exclusive
        QCOMPARE(captions(range), QStringList({"a+1", "b+1", "draft"}));
        range.includeUnscheduled = false;
        QCOMPARE(captions(range), QStringList({"a+1", "b+1"}));
        PostFilter byAccount;
        byAccount.accountIds = {b.id};
        QCOMPARE(captions(byAccount), QStringList({"b+1", "b+2"}));
        PostFilter byState;
        byState.states = {PostState::Approved, PostState::Draft};
        QCOMPARE(captions(byState), QStringList({"b+1", "draft"}));
        PostFilter from;
        from.fromUtc = t.addDays(2);
        from.includeUnscheduled = false;
        QCOMPARE(captions(from), QStringList({"b+2"}));
        PostFilter none;
        none.includeUnscheduled = false;
        none.accountIds = {a.id};
        none.states = {PostState::Scheduled};
        QCOMPARE(captions(none), QStringList({"a+0", "a+1"}));
    }

    void keepsSettings()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        QCOMPARE(*store->setting("approval.required", "no"), QStringLiteral("no"));
        QCOMPARE(toString(store->missedPostPolicy()), toString(MissedPostPolicy::Ask));
        QVERIFY(store->setSetting("approval.required", "yes"));
        QVERIFY(store->setSetting("approval.required", "always"));
        QCOMPARE(*store->setting("approval.required"), QStringLiteral("always"));
        QVERIFY(store->setSetting("publish.missed_policy", toString(MissedPostPolicy::Skip)));
        QCOMPARE(toString(store->missedPostPolicy()), toString(MissedPostPolicy::Skip));
        QVERIFY(store->setSetting("publish.missed_policy", "nonsense"));
        QCOMPARE(toString(store->missedPostPolicy()), toString(MissedPostPolicy::Ask));
        QVERIFY(store->setSetting("empty", ""));
        QCOMPARE(*store->setting("empty", "fallback"), QString());
        auto other = m_fx.open();
        QCOMPARE(*other->setting("approval.required"), QStringLiteral("always"));
    }

    void importsInBulk()
    {
        auto store = m_fx.open();
        QVERIFY(store);
        const auto account = WorkspaceFixture::addAccount(*store, "alice");
        const QDateTime t = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        QList<Post> posts;
        for (int i = 0; i < 10000; ++i)
            posts << WorkspaceFixture::scheduledPost(account.id, t.addSecs(60 * i),
                                                     QStringLiteral("bulk %1").arg(i));
        QElapsedTimer timer;
        timer.start();
        auto created = store->createPosts(posts, "import:posts.csv");
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        qInfo("createPosts: 10000 posts in %lld ms (%s)", elapsed, m_fx.isPostgres() ? "postgres" : "sqlite");
        if (!m_fx.isPostgres())
            QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        QCOMPARE(created->size(), 10000);
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM posts").toInt(), 10000);
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM post_events WHERE note = 'created'").toInt(), 10000);
        auto all = store->posts();
        QVERIFY(all);
        QCOMPARE(all->size(), 10000);
        QCOMPARE(all->at(9999).caption, QStringLiteral("bulk 9999"));
        QCOMPARE(store->history(created->at(1234).id)->first().actor, QStringLiteral("import:posts.csv"));

        // All or nothing.
        QList<Post> broken = posts.mid(0, 50);
        broken[49].accountId = "no-such-account";
        QVERIFY(!store->createPosts(broken, "import:bad.csv"));
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM posts").toInt(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStore)
#include "tst_workspacestore.moc"
