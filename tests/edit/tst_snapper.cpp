// Snapper: the points a project offers, the nearest one within the tolerance, the items being
// dragged left out, the preference between equally near points, and spans snapping by either edge.

#include "edittesthelpers.h"

#include "core/edit/snapper.h"

#include <QTest>

using namespace montaj;

namespace {
constexpr qint64 kS = kSecondUs;
using Kind = Snapper::Kind;
} // namespace

class TestSnapper : public QObject
{
    Q_OBJECT

private:
    // Clips a [0,10) and b [10,14); text t [3,6); music from 8 s.
    static ProjectState project()
    {
        ProjectState s;
        Clip a = videoClip(u"/media/a.mp4"_qs, 10 * kS);
        a.id = u"a"_qs;
        Clip b = videoClip(u"/media/b.mp4"_qs, 4 * kS);
        b.id = u"b"_qs;
        s.clips = {a, b};
        TextOverlay t = textOverlay(u"hi"_qs, 3 * kS, 6 * kS);
        t.id = u"t"_qs;
        s.overlays = {t};
        s.music = musicTrack(u"/media/song.mp3"_qs);
        s.music.startUs = 8 * kS;
        return s;
    }

private Q_SLOTS:
    void pointsOfAProject()
    {
        const Snapper snapper(project(), 5 * kS, 1 * kS, 12 * kS);
        const QList<Snapper::Point> expected{
            {0, Kind::ClipStart, u"a"_qs},         {1 * kS, Kind::MarkIn, {}},
            {3 * kS, Kind::OverlayStart, u"t"_qs}, {5 * kS, Kind::Playhead, {}},
            {6 * kS, Kind::OverlayEnd, u"t"_qs},   {8 * kS, Kind::MusicStart, {}},
            {10 * kS, Kind::ClipStart, u"b"_qs},   {10 * kS, Kind::ClipEnd, u"a"_qs},
            {12 * kS, Kind::MarkOut, {}},          {14 * kS, Kind::ClipEnd, u"b"_qs},
        };
        QCOMPARE(snapper.points(), expected);
        QCOMPARE(Snapper().points().size(), 0);
    }

    void nearestWithinTolerance()
    {
        const Snapper snapper(project(), 5 * kS);
        auto s = snapper.snap(5'300'000, 400'000);
        QCOMPARE(s.timeUs, 5 * kS);
        QVERIFY(s.point);
        QCOMPARE(s.point->kind, Kind::Playhead);
        s = snapper.snap(5'700'000, 400'000); // the text's end (6 s) is nearer than the playhead
        QCOMPARE(s.timeUs, 6 * kS);
        QCOMPARE(s.point->itemId, u"t"_qs);
        s = snapper.snap(7 * kS, 400'000); // nothing within 0.4 s
        QCOMPARE(s.timeUs, 7 * kS);
        QVERIFY(!s.point);
        s = snapper.snap(7'600'000, 400'000); // the tolerance is inclusive
        QCOMPARE(s.timeUs, 8 * kS);
        QCOMPARE(s.point->kind, Kind::MusicStart);
        QVERIFY(!snapper.snap(5 * kS, -1).point);
    }

    void draggedItemsAreLeftOut()
    {
        const Snapper snapper(project());
        auto s = snapper.snap(3'100'000, 500'000, {u"t"_qs});
        QVERIFY(!s.point);
        QCOMPARE(s.timeUs, 3'100'000);
        // The a|b cut belongs to both clips: leaving out a still finds b's start.
        s = snapper.snap(9'800'000, 500'000, {u"a"_qs});
        QCOMPARE(s.point->itemId, u"b"_qs);
        QCOMPARE(s.point->kind, Kind::ClipStart);
        s = snapper.snap(9'800'000, 500'000, {u"a"_qs, u"b"_qs});
        QVERIFY(!s.point);
    }

    void equallyNearPrefersThePlayhead()
    {
        Snapper snapper(project(), 10 * kS);
        auto s = snapper.snap(10 * kS, 0);
        QCOMPARE(s.point->kind, Kind::Playhead);
        // 9 s lies between the music (8 s) and the cut (10 s): the playhead wins the tie.
        s = snapper.snap(9 * kS, kS);
        QCOMPARE(s.point->kind, Kind::Playhead);
        snapper.addPoint({9'500'000, Kind::ClipEnd, u"x"_qs});
        QCOMPARE(snapper.snap(9 * kS, kS).point->itemId, u"x"_qs);
        QCOMPARE(snapper.points().at(4).timeUs, 9'500'000);
    }

    void spansSnapByTheNearerEdge()
    {
        const Snapper snapper(project(), std::nullopt, std::nullopt, std::nullopt);
        // A 2 s span at [7.7, 9.7): its start is 0.3 s from the music, its end 0.3 s from the cut:
        // the start wins the tie.
        auto s = snapper.snapSpan(7'700'000, 9'700'000, 500'000);
        QCOMPARE(s.deltaUs, 300'000);
        QCOMPARE(s.point->kind, Kind::MusicStart);
        s = snapper.snapSpan(7'600'000, 9'800'000, 500'000); // the end is nearer now
        QCOMPARE(s.deltaUs, 200'000);
        QCOMPARE(s.point->kind, Kind::ClipStart); // b's start is preferred to a's end
        s = snapper.snapSpan(20 * kS, 21 * kS, 500'000);
        QCOMPARE(s.deltaUs, 0);
        QVERIFY(!s.point);
    }
};

QTEST_GUILESS_MAIN(TestSnapper)
#include "tst_snapper.moc"
