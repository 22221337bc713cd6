// History from the platform: the sandbox's demo creator (60 videos over 120 days, 3 of them
// private) read through the real client (OAuth with the sandbox's auto-approval, video/list pages,
// user/info), estimated, and its counters read again with video/query.

#include "core/platform/tiktokapi.h"
#include "core/reach/platformhistory.h"
#include "core/reach/reachestimator.h"
#include "sandboxsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace montaj;

class TestReachPlatform : public QObject
{
    Q_OBJECT

    reachtest::SandboxSession m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>("montaj::Error");
        const auto started = m_sandbox.start({"user.info.basic", "user.info.stats", "video.list"});
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void demoCreatorsHistoryIsEstimated()
    {
        std::optional<Result<ReachHistory>> got;
        PlatformHistory::fetch(*m_sandbox.api, PlatformHistory::kDefaultMaxVideos, "montaj_demo",
                               [&got](Result<ReachHistory> h) { got.emplace(std::move(h)); });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
        QVERIFY2(got->ok(), got->ok() ? "" : qPrintable(got->error().toString()));
        const ReachHistory history = got->value();
        QCOMPARE(history.profileId, QString("sandbox"));
        QCOMPARE(history.creator, QString("montaj_demo"));
        QVERIFY(history.isNormalized());
        QVERIFY2(history.videos.size() >= 50 && history.videos.size() <= 57,
                 qPrintable(QString::number(history.videos.size()))); // private videos are not listed
        QVERIFY(history.followers > 0);
        for (const ReachVideo &v : history.videos) {
            QVERIFY(v.views > 0);
            QVERIFY(v.durationSec > 0);
            QVERIFY(!v.hashtags.isEmpty()); // the demo captions carry two #tags
        }
        ReachDraft draft;
        draft.profileId = "sandbox";
        draft.postAtUtc = QDateTime::currentDateTimeUtc().addSecs(3600);
        draft.durationSec = 40;
        draft.caption = "Ten-minute dinner #cooking #fyp";
        const auto e = ReachEstimator().estimate(history, draft);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().toString()));
        QCOMPARE(e->historyCount, int(history.videos.size()));
        QVERIFY(e->horizons[2].p50 > 100 && e->horizons[2].p50 < 1e8);
        draft.profileId = "tiktok";
        QCOMPARE(ReachEstimator().estimate(history, draft).error().code, QString("reach.profile_mismatch"));

        // After publishing, the counters of given videos.
        const QStringList ids{history.videos[0].id, history.videos[1].id};
        std::optional<Result<QList<ReachVideo>>> counters;
        PlatformHistory::fetchCounters(*m_sandbox.api, ids, [&counters](Result<QList<ReachVideo>> r) {
            counters.emplace(std::move(r));
        });
        QTRY_VERIFY_WITH_TIMEOUT(counters.has_value(), 15000);
        QVERIFY(counters->ok());
        QCOMPARE(counters->value().size(), 2);
        QVERIFY(counters->value()[0].views >= history.videos[0].views);
    }
};

QTEST_GUILESS_MAIN(TestReachPlatform)
#include "tst_reachplatform.moc"
