// History files: every count, duration and time shape of the scraped layout, repeated ids, the
// creation time in an id's top bits, broken rows reported with their line and column, Montaj's own
// layout written and read back, and profiles kept apart.

#include "core/reach/historycsv.h"
#include "core/reach/reachtext.h"

#include <QTest>
#include <QTimeZone>

using namespace montaj;

namespace {

const QByteArray kHeader =
    "\xEF\xBB\xBFuser_name,user_nfollower,vid_id,vid_caption,vid_postTime,vid_scrapeTime,vid_duration,"
    "vid_nview,vid_nlike,vid_ncomment,vid_nshare,vid_nsave,vid_hashtags,vid_url\n";

QByteArray row(const QByteArray &fields)
{
    return fields + "\n";
}

} // namespace

class TestReachHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsInEveryShape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("plain") << "987" << qint64(987);
        QTest::newRow("thousands") << "213.1K" << qint64(213100);
        QTest::newRow("millions") << "1.6M" << qint64(1600000);
        QTest::newRow("whole K") << "18K" << qint64(18000);
        QTest::newRow("billions") << "2B" << qint64(2000000000);
        QTest::newRow("lower case") << "3.5k" << qint64(3500);
        QTest::newRow("grouped") << "1,234,567" << qint64(1234567);
        QTest::newRow("decimal comma") << "1,6M" << qint64(1600000);
        QTest::newRow("label for zero") << "Share" << qint64(0);
        QTest::newRow("spaces") << " 42 " << qint64(42);
    }
    void countsInEveryShape()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto value = ReachText::parseCount(text);
        QVERIFY(value.has_value());
        QCOMPARE(*value, expected);
    }

    void malformedCountsAndDurations()
    {
        QVERIFY(!ReachText::parseCount(u"").has_value());
        QVERIFY(!ReachText::parseCount(u"12x").has_value());
        QVERIFY(!ReachText::parseCount(u"-5").has_value());
        QVERIFY(!ReachText::parseCount(u"K").has_value());
        QCOMPARE(ReachText::parseDuration(u"01:02").value(), 62);
        QCOMPARE(ReachText::parseDuration(u"00:00").value(), 0);
        QCOMPARE(ReachText::parseDuration(u"1:01:05").value(), 3665);
        QCOMPARE(ReachText::parseDuration(u"45").value(), 45);
        QVERIFY(!ReachText::parseDuration(u"1:75").has_value());
        QVERIFY(!ReachText::parseDuration(u"a:10").has_value());
        QVERIFY(!ReachText::parseDuration(u"1:2:3:4").has_value());
        QVERIFY(!ReachText::parseDuration(u"").has_value());
    }

    void hashtagsTimesAndIds()
    {
        QCOMPARE(ReachText::parseHashtags(u"xuhuong, #FYP,fyp , trend"),
                 QStringList({"xuhuong", "fyp", "trend"}));
        QCOMPARE(ReachText::hashtagsInCaption(u"Nấu ăn #MónNgon và #fyp!"), QStringList({"mónngon", "fyp"}));
        const QDateTime utc = ReachText::parseTime(u"2023-10-09 12:52:03");
        QCOMPARE(utc, QDateTime(QDate(2023, 10, 9), QTime(12, 52, 3), QTimeZone::utc()));
        // A scrape time at UTC+7 is 7 hours earlier in UTC.
        QCOMPARE(ReachText::parseTime(u"2025-06-08 08:32:29", 7 * 3600),
                 QDateTime(QDate(2025, 6, 8), QTime(1, 32, 29), QTimeZone::utc()));
        QCOMPARE(ReachText::parseTime(u"2025-06-08T10:00:00+02:00"),
                 QDateTime(QDate(2025, 6, 8), QTime(8, 0), QTimeZone::utc()));
        // id >> 32 is the creation time.
        QCOMPARE(ReachText::timeFromVideoId(u"7287940695992651009").toSecsSinceEpoch(),
                 qint64(7287940695992651009ULL >> 32));
        QCOMPARE(ReachText::timeFromVideoId(u"7287940695992651009"),
                 QDateTime(QDate(2023, 10, 9), QTime(12, 52, 3), QTimeZone::utc()));
        QVERIFY(!ReachText::timeFromVideoId(u"abc").isValid());
    }

    void readsTheScrapedLayout()
    {
        const QByteArray csv =
            kHeader
            + row("ann,200.2K,7287940695992651009,\"Hi, there #fun\",2023-10-09 12:52:03,2025-06-08 08:32:29,"
                  "01:02,922.9K,24.8K,179,Share,1814,\"xuhuong, fyp\",https://www.tiktok.com/@ann/video/1")
            // The same video scraped again later: the later observation wins.
            + row("ann,200.2K,7287940695992651009,\"Hi, there #fun\",2023-10-09 12:52:03,2025-06-09 00:22:22,"
                  "01:02,1M,25K,180,3,1900,\"xuhuong, fyp\",https://www.tiktok.com/@ann/video/1")
            // No post time: the id's top 32 bits give it. No duration: a photo post.
            + row("ann,200.2K,7289776440227220737,photos,,2025-06-08 08:32:44,,3.1M,127.3K,266,346,6003,,"
                  "https://www.tiktok.com/@ann/photo/2")
            + row("bob,12K,7281985568089705730,x,2023-09-23 11:43:06,2025-06-08 "
                  "08:33:03,00:15,5.8M,1,2,3,4,,u");
        HistoryCsv::Options options;
        const auto imported = HistoryCsv::read(csv, "dev.csv", options);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        QCOMPARE(imported->layout, HistoryImport::Layout::Scraped);
        QCOMPARE(imported->rows, 4);
        QCOMPARE(imported->duplicateRows, 1);
        QCOMPARE(imported->brokenRows, 0);
        QCOMPARE(imported->histories.size(), 2);
        const ReachHistory &ann = imported->histories[0];
        QCOMPARE(ann.creator, QString("ann"));
        QCOMPARE(ann.profileId, QString("tiktok"));
        QCOMPARE(ann.followers, qint64(200200));
        QCOMPARE(ann.videos.size(), 2);
        const ReachVideo &first = ann.videos[0];
        QCOMPARE(first.id, QString("7287940695992651009"));
        QCOMPARE(first.views, qint64(1000000)); // the later scrape
        QCOMPARE(first.shares, qint64(3));
        QCOMPARE(first.durationSec, 62);
        QCOMPARE(first.observedAtUtc, QDateTime(QDate(2025, 6, 8), QTime(17, 22, 22), QTimeZone::utc()));
        QCOMPARE(first.hashtags, QStringList({"xuhuong", "fyp"}));
        QCOMPARE(first.caption, QString("Hi, there #fun"));
        const ReachVideo &photo = ann.videos[1];
        QVERIFY(photo.isPhoto);
        QCOMPARE(photo.durationSec, -1);
        QCOMPARE(photo.postedAtUtc, ReachText::timeFromVideoId(u"7289776440227220737"));
        QCOMPARE(photo.hashtags, QStringList()); // none listed, none in the caption
    }

    void brokenRowsAreReportedWithTheirLines()
    {
        const QByteArray csv =
            kHeader
            + row("ann,1K,7287940695992651009,a,2023-10-09 12:52:03,2025-06-08 08:32:29,01:02,9,1,1,1,1,,u")
            + row("ann,1K,7287940695992651010,b,2023-10-10 12:52:03,2025-06-08 08:32:29,01:02,12x,1,1,1,1,,u")
            + row("ann,1K,7287940695992651011,c,2023-10-11 12:52:03,2025-06-08 08:32:29,1:75,9,1,1,1,1,,u")
            + row("ann,1K,7287940695992651012,d,yesterday,2025-06-08 08:32:29,01:02,9,1,1,1,1,,u")
            + row("ann,1K,7287940695992651013,e,2023-10-12 12:52:03")
            + row("ann,1K,7287940695992651014,f,2023-10-13 12:52:03,2025-06-08 08:32:29,01:02,7,1,1,1,1,,u");
        const auto imported = HistoryCsv::read(csv, "dev.csv", HistoryCsv::Options{});
        QVERIFY(imported.ok());
        QCOMPARE(imported->brokenRows, 4);
        QCOMPARE(imported->problems.size(), 4);
        const auto at = [&](int i, const char *key) {
            return imported->problems[i].context.value(key).toString();
        };
        QCOMPARE(imported->problems[0].code, QString("reach.bad_count"));
        QCOMPARE(at(0, "line"), QString("3"));
        QCOMPARE(at(0, "column"), QString("vid_nview"));
        QCOMPARE(at(0, "file"), QString("dev.csv"));
        QCOMPARE(imported->problems[1].code, QString("reach.bad_duration"));
        QCOMPARE(at(1, "line"), QString("4"));
        QCOMPARE(imported->problems[2].code, QString("reach.bad_time"));
        QCOMPARE(at(2, "line"), QString("5"));
        QCOMPARE(at(2, "column"), QString("vid_postTime"));
        QCOMPARE(imported->problems[3].code, QString("reach.column_count"));
        QCOMPARE(at(3, "line"), QString("6"));
        QVERIFY(imported->problems[0].toString().contains("12x"));
        QCOMPARE(imported->histories.size(), 1);
        QCOMPARE(imported->histories[0].videos.size(), 2);
    }

    void unknownHeaderAndNothingUsable()
    {
        auto r = HistoryCsv::read("a,b,c\n1,2,3\n", "x.csv", HistoryCsv::Options{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString("reach.unknown_layout"));
        r = HistoryCsv::read("", "x.csv", HistoryCsv::Options{});
        QCOMPARE(r.error().code, QString("reach.empty_file"));
        r = HistoryCsv::read(QByteArray(kHeader
                                        + row("ann,1K,7287940695992651009,a,2023-10-09 12:52:03,"
                                              "2025-06-08 08:32:29,01:02,0,1,1,1,1,,u")),
                             "x.csv", HistoryCsv::Options{});
        QCOMPARE(r.error().code, QString("reach.no_videos")); // zero views is not usable
        // An unterminated quote stops the file at that line.
        r = HistoryCsv::read(
            QByteArray(kHeader + row("ann,1K,7287940695992651009,\"open,2023-10-09 12:52:03")), "x.csv",
            HistoryCsv::Options{});
        QVERIFY(!r.ok());
    }

    void montajLayoutRoundTripsAndKeepsProfilesApart()
    {
        ReachHistory global;
        global.profileId = "tiktok";
        global.creator = "ann";
        global.followers = 1200;
        ReachVideo v;
        v.id = "7300000000000000001";
        v.postedAtUtc = QDateTime(QDate(2025, 1, 2), QTime(20, 0), QTimeZone::utc());
        v.observedAtUtc = QDateTime(QDate(2025, 2, 1), QTime(8, 0), QTimeZone::utc());
        v.views = 15000;
        v.likes = 900;
        v.durationSec = 31;
        v.caption = "=SUM(A1) \"quoted\", with comma\nand a line";
        v.hashtags = {"food", "fyp"};
        v.hasCaptions = true;
        v.disclosed = false;
        global.videos = {v};
        ReachHistory us = global;
        us.profileId = "tiktok-us";
        us.videos[0].views = 99;
        const QByteArray written = HistoryCsv::write({global, us});
        QVERIFY(written.startsWith("profile,creator,followers,video_id,posted_at,observed_at"));
        QVERIFY(written.contains("'=SUM(A1)")); // no formula for spreadsheets
        const auto read = HistoryCsv::read(written, "export.csv", HistoryCsv::Options{});
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->layout, HistoryImport::Layout::Montaj);
        QCOMPARE(read->histories.size(), 2); // same creator, two profiles: two histories
        QCOMPARE(read->histories[0].profileId, QString("tiktok"));
        QCOMPARE(read->histories[1].profileId, QString("tiktok-us"));
        const ReachVideo &back = read->histories[0].videos[0];
        QCOMPARE(back.id, v.id);
        QCOMPARE(back.postedAtUtc, v.postedAtUtc);
        QCOMPARE(back.observedAtUtc, v.observedAtUtc);
        QCOMPARE(back.views, qint64(15000));
        QCOMPARE(back.likes, qint64(900));
        QCOMPARE(back.comments, qint64(-1));
        QCOMPARE(back.durationSec, 31);
        QCOMPARE(back.caption, QString("'") + v.caption);
        QCOMPARE(back.hashtags, v.hashtags);
        QCOMPARE(back.hasCaptions, std::optional<bool>(true));
        QCOMPARE(back.disclosed, std::optional<bool>(false));
        QCOMPARE(read->histories[0].followers, qint64(1200));
        QCOMPARE(read->histories[1].videos[0].views, qint64(99));
    }
};

QTEST_GUILESS_MAIN(TestReachHistory)
#include "tst_reachhistory.moc"
