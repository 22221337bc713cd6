// The follow-up of published posts against the sandbox over real HTTP: an account's published posts
// are followed once each (never another account's, never a draft), their counters are read in
// batches of 20 until every followed post has one (video/query takes 20 ids), each reading teaches
// the calibration and is saved, a failed reading says why and keeps what was read, and reach data
// that cannot be read is moved aside rather than saved over.

#include "core/platform/tiktokapi.h"
#include "core/reach/platformhistory.h"
#include "sandboxsession.h"
#include "ui/reach/reachfollowup.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::ui;

class TestReachFollowUp : public QObject
{
    Q_OBJECT

    reachtest::SandboxSession m_sandbox;
    ReachHistory m_history;
    WorkspaceAccount m_account;

    QList<Post> publishedPosts(int count, const QString &accountId) const
    {
        QList<Post> posts;
        for (int i = 0; i < count; ++i) {
            const ReachVideo &v = m_history.videos[m_history.videos.size() - 1 - i];
            Post p;
            p.id = QStringLiteral("post-%1-%2").arg(accountId).arg(i);
            p.accountId = accountId;
            p.kind = PostKind::VideoFile;
            p.caption = v.caption;
            // Published in the last days (counters are read for a month after posting), as a
            // video the sandbox knows.
            p.scheduled.utc = QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1));
            p.state = PostState::Published;
            p.platformPostId = v.id;
            p.updatedAt = p.scheduled.utc;
            posts.append(p);
        }
        return posts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>("montaj::Error");
        const auto started = m_sandbox.start({"user.info.basic", "user.info.stats", "video.list"});
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));

        std::optional<Result<ReachHistory>> got;
        PlatformHistory::fetch(*m_sandbox.api, PlatformHistory::kDefaultMaxVideos, "montaj_demo",
                               [&got](Result<ReachHistory> h) { got.emplace(std::move(h)); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
        QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().toString()));
        m_history = got->value();
        QVERIFY(m_history.videos.size() >= 30);
        m_account.id = QStringLiteral("acc-demo");
        m_account.profileId = QStringLiteral("sandbox");
        m_account.username = QStringLiteral("montaj_demo");
        m_account.timeZone = QStringLiteral("Europe/Paris");
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void followsOnceAndReadsEveryCounter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("reach/reach.json");
        ReachFollowUp following(path);
        QVERIFY(following.keptAs().isEmpty() && following.isWritable());
        // 25 published posts of the account (more than one video/query holds), one draft, and a
        // published post of another account.
        QList<Post> posts = publishedPosts(25, m_account.id);
        Post draft = posts.first();
        draft.id = QStringLiteral("draft");
        draft.state = PostState::Draft;
        posts.append(draft);
        posts.append(publishedPosts(1, QStringLiteral("someone-else")));
        const auto added = following.followPublished(m_account, m_history, posts);
        QVERIFY2(added.ok() && *added, added.ok() ? "" : qPrintable(added.error().toString()));
        QCOMPARE(following.store().tracked("sandbox", "montaj_demo").size(), 25);
        const auto again = following.followPublished(m_account, m_history, posts);
        QVERIFY(again.ok() && !*again);
        QCOMPARE(following.store().tracked("sandbox", "montaj_demo").size(), 25);

        QSignalSpy reading(&following, &ReachFollowUp::readingChanged);
        QSignalSpy read(&following, &ReachFollowUp::countersRead);
        QSignalSpy failed(&following, &ReachFollowUp::failed);
        QVERIFY(following.readCounters(*m_sandbox.api, m_account));
        QVERIFY(following.isReading());
        QVERIFY(!following.readCounters(*m_sandbox.api, m_account)); // one reading at a time
        QTRY_VERIFY_WITH_TIMEOUT(read.count() + failed.count() > 0, 15000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(read.first().at(0).toString(), QString("sandbox"));
        QCOMPARE(read.first().at(1).toString(), QString("montaj_demo"));
        QVERIFY(!following.isReading());
        QCOMPARE(reading.count(), 2);
        // Every followed post has its count — the last five came in a second request.
        const QList<TrackedPost> tracked = following.store().tracked("sandbox", "montaj_demo");
        for (const TrackedPost &t : tracked)
            QVERIFY2(!t.actuals.isEmpty(), qPrintable(t.videoId));
        // Saved, and what was read taught the calibration.
        const auto saved = ReachStore::load(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved->tracked("sandbox", "montaj_demo").size(), 25);
        QVERIFY(!saved->tracked("sandbox", "montaj_demo").first().actuals.isEmpty());
        QVERIFY(!saved->calibration("sandbox", "montaj_demo").observations().isEmpty());
    }

    void aFailedReadingSaysWhy()
    {
        QTemporaryDir dir;
        ReachFollowUp following(dir.filePath("reach.json"));
        QVERIFY(following.followPublished(m_account, m_history, publishedPosts(3, m_account.id)).ok());
        // An app that is not signed in: the platform refuses, the reading ends and says so.
        auto profile = PlatformProfile::load("sandbox", m_sandbox.server->baseUrl());
        MemoryTokenStore noTokens;
        TikTokApi signedOut(
            *profile, ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()},
            m_sandbox.http.get(), &noTokens);
        QSignalSpy failed(&following, &ReachFollowUp::failed);
        QVERIFY(following.readCounters(signedOut, m_account));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() > 0, 15000);
        QVERIFY(!failed.first().at(0).value<Error>().message.isEmpty());
        QVERIFY(!following.isReading());
        QCOMPARE(following.store().tracked("sandbox", "montaj_demo").size(), 3);
    }

    void nothingToReadIsNotARead()
    {
        QTemporaryDir dir;
        ReachFollowUp following(dir.filePath("reach.json"));
        QVERIFY(!following.readCounters(*m_sandbox.api, m_account));
        // A post published more than a month ago is followed but no longer read.
        QList<Post> old = publishedPosts(1, m_account.id);
        old.first().scheduled.utc =
            QDateTime::currentDateTimeUtc().addDays(-(ReachFollowUp::kFollowDays + 2));
        QVERIFY(following.followPublished(m_account, m_history, old).ok());
        QCOMPARE(following.store().tracked().size(), 1);
        QVERIFY(!following.readCounters(*m_sandbox.api, m_account));
        QVERIFY(!following.isReading());
    }

    void unreadableDataIsMovedAsideNotSavedOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("reach.json");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write("{ not json") > 0);
        }
        ReachFollowUp following(path);
        QVERIFY(following.isWritable());
        QVERIFY(following.keptAs().startsWith(path + ".damaged-"));
        QVERIFY(following.followPublished(m_account, m_history, publishedPosts(2, m_account.id)).ok());
        QFile kept(following.keptAs());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ not json"));
        QCOMPARE(ReachStore::load(path)->tracked().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReachFollowUp)
#include "tst_reachfollowup.moc"
