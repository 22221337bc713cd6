// TimelineEdits against a real ProjectDocument: each verb's resulting ProjectState is compared
// whole with a state built by hand, is exactly one undo step (one `changed`), and undo / redo bring
// back the exact states before and after. Refused requests change nothing and push nothing.

#include "edittesthelpers.h"

#include "core/edit/timelineedits.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace montaj;

namespace {

constexpr qint64 kS = kSecondUs;

QString describe(const ProjectState &s)
{
    QStringList lines;
    for (const Clip &c : s.clips)
        lines << QStringLiteral("clip %1 %2 [%3,%4)").arg(c.id, c.mediaPath).arg(c.inUs).arg(c.outUs);
    for (const TextOverlay &o : s.overlays)
        lines << QStringLiteral("text %1 '%2' [%3,%4)").arg(o.id, o.text).arg(o.startUs).arg(o.endUs);
    if (s.music.isSet())
        lines << QStringLiteral("music %1 at %2").arg(s.music.path).arg(s.music.startUs);
    return lines.join(QLatin1String("; "));
}

} // namespace

// The state is exactly `expected`, the edit added one undo step, and undo / redo go back and forth.
#define EXPECT_ONE_STEP(doc, before, expected, stepsBefore)                                                  \
    do {                                                                                                     \
        QVERIFY2(                                                                                            \
            (doc).state() == (expected),                                                                     \
            qPrintable(                                                                                      \
                QStringLiteral("\n got:  %1\n want: %2").arg(describe((doc).state()), describe(expected)))); \
        QCOMPARE((doc).undoStack()->count(), (stepsBefore) + 1);                                             \
        (doc).undoStack()->undo();                                                                           \
        QVERIFY2((doc).state() == (before), qPrintable(describe((doc).state())));                            \
        (doc).undoStack()->redo();                                                                           \
        QVERIFY2((doc).state() == (expected), qPrintable(describe((doc).state())));                          \
    } while (false)

class TestTimelineEdits : public QObject
{
    Q_OBJECT

private:
    // Clips a [0,10), b [10,14), c [14,20); texts t1 [2,5), t2 [11,13) (inside b), t3 [12,16)
    // (across the b|c cut), t4 [15,18); music from 12 s.
    struct Fixture
    {
        ProjectDocument doc;
        TimelineEdits edits{doc};
        QString a, b, c, t1, t2, t3, t4;

        Fixture()
        {
            a = *doc.addClip(videoClip(u"/media/a.mp4"_qs, 10 * kS));
            b = *doc.addClip(videoClip(u"/media/b.mp4"_qs, 4 * kS));
            c = *doc.addClip(videoClip(u"/media/c.mp4"_qs, 6 * kS));
            t1 = *doc.addOverlay(textOverlay(u"one"_qs, 2 * kS, 5 * kS));
            t2 = *doc.addOverlay(textOverlay(u"two"_qs, 11 * kS, 13 * kS));
            t3 = *doc.addOverlay(textOverlay(u"three"_qs, 12 * kS, 16 * kS));
            t4 = *doc.addOverlay(textOverlay(u"four"_qs, 15 * kS, 18 * kS));
            MusicTrack music = musicTrack(u"/media/song.mp3"_qs);
            music.startUs = 12 * kS;
            (void)doc.setMusic(music);
        }
        int steps() const { return doc.undoStack()->count(); }
        qsizetype clipAt(const QString &id) const { return *doc.clipIndex(id); }
        qsizetype textAt(const QString &id) const
        {
            for (qsizetype i = 0; i < doc.overlays().size(); ++i)
                if (doc.overlays().at(i).id == id)
                    return i;
            return -1;
        }
    };

    static void setSpan(ProjectState &s, qsizetype overlay, qint64 startUs, qint64 endUs)
    {
        s.overlays[overlay].startUs = startUs;
        s.overlays[overlay].endUs = endUs;
    }

private Q_SLOTS:
    void deleteClosesTheGapAndKeepsTimes()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        QSignalSpy changed(&f.doc, &ProjectDocument::changed);
        EXPECT_OK(f.edits.deleteItems({f.b, f.t1, f.b}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.doc.undoStack()->text(f.steps() - 1), u"Delete 2 item(s)"_qs);
        ProjectState expected = before;
        expected.clips.removeAt(1);
        expected.overlays.removeAt(0);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        QCOMPARE(f.doc.durationUs(), 16 * kS);
    }

    void deleteRefusesUnknownIdsAndIgnoresNothing()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        const int steps = f.steps();
        const auto result = f.edits.deleteItems({f.a, u"ghost"_qs});
        EXPECT_ERROR(result, "edit.item_not_found");
        QCOMPARE(result.error().context.value(u"id"_qs).toString(), u"ghost"_qs);
        EXPECT_OK(f.edits.deleteItems({}));
        QVERIFY(f.doc.state() == before);
        QCOMPARE(f.steps(), steps);
    }

    void rippleDeleteMovesLaterItemsLeft()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        QSignalSpy changed(&f.doc, &ProjectDocument::changed);
        EXPECT_OK(f.edits.rippleDelete({f.b}));
        QCOMPARE(changed.count(), 1);
        ProjectState expected = before;
        expected.clips.removeAt(1);
        setSpan(expected, 2, 10 * kS, 12 * kS); // t3 across the cut: shortened by the part inside b
        setSpan(expected, 3, 11 * kS, 14 * kS); // t4 after b: 4 s earlier
        expected.overlays.removeAt(1);          // t2 lay wholly inside b
        expected.music.startUs = 10 * kS;       // started inside b: now where b was
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
    }

    void rippleDeleteSeveralClipsAndTexts()
    {
        Fixture f;
        MusicTrack music = f.doc.music();
        music.startUs = 19 * kS;
        EXPECT_OK(f.doc.setMusic(music));
        const ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.rippleDelete({f.c, f.a, f.t3}));
        // Cuts [0,10) and [14,20): t1 inside a goes, t2 [11,13) → [1,3), t3 listed, t4 [15,18)
        // inside c goes, the music at 19 s lands at 14 − 10 = 4 s.
        ProjectState expected = before;
        expected.clips = {before.clips.at(1)};
        expected.overlays = {before.overlays.at(1)};
        setSpan(expected, 0, 1 * kS, 3 * kS);
        expected.music.startUs = 4 * kS;
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
    }

    void rippleDeleteOfTextOnlyRemovesIt()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.rippleDelete({f.t2}));
        ProjectState expected = before;
        expected.overlays.removeAt(1);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
    }

    void splitTheClipUnderThePlayhead()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        const auto right = f.edits.split(12 * kS);
        QVERIFY(right);
        QCOMPARE(right->size(), 1);
        ProjectState expected = before;
        Clip rightClip = expected.clips.at(1);
        rightClip.id = right->first();
        rightClip.inUs = 2 * kS;
        expected.clips[1].outUs = 2 * kS;
        expected.clips.insert(2, rightClip);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        QCOMPARE(f.doc.durationUs(), 20 * kS);
    }

    void splitRefusesCutsAndEmptyTime()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        const int steps = f.steps();
        const auto atCut = f.edits.split(10 * kS);
        EXPECT_ERROR(atCut, "edit.nothing_to_split");
        QCOMPARE(atCut.error().context.value(u"timelineUs"_qs).toLongLong(), 10 * kS);
        EXPECT_ERROR(f.edits.split(20 * kS), "edit.nothing_to_split");
        EXPECT_ERROR(f.edits.split(0), "edit.nothing_to_split");
        EXPECT_ERROR(f.edits.split(3 * kS, {f.t2, f.b}), "edit.nothing_to_split"); // neither spans 3 s
        EXPECT_ERROR(f.edits.split(3 * kS, {u"ghost"_qs}), "edit.item_not_found");
        QVERIFY(f.doc.state() == before);
        QCOMPARE(f.steps(), steps);
    }

    void splitSelectedClipAndTextTogether()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        QSignalSpy changed(&f.doc, &ProjectDocument::changed);
        const auto right = f.edits.split(13 * kS, {f.b, f.t3, f.t1}); // t1 [2,5) is not under 13 s
        QVERIFY(right);
        QCOMPARE(right->size(), 2);
        QCOMPARE(changed.count(), 1);
        ProjectState expected = before;
        Clip rightClip = expected.clips.at(1);
        rightClip.id = right->at(0);
        rightClip.inUs = 3 * kS;
        expected.clips[1].outUs = 3 * kS;
        expected.clips.insert(2, rightClip);
        TextOverlay rightText = expected.overlays.at(2);
        rightText.id = right->at(1);
        rightText.startUs = 13 * kS;
        expected.overlays[2].endUs = 13 * kS;
        expected.overlays.insert(3, rightText); // right above its left half
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        QCOMPARE(f.doc.undoStack()->text(f.steps() - 1), u"Split 2 item(s)"_qs);
    }

    void moveClipToIndex()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.moveClip(f.c, 0));
        ProjectState expected = before;
        expected.clips.move(2, 0);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        EXPECT_ERROR(f.edits.moveClip(f.c, 3), "edit.index_out_of_range");
    }

    void trimToThePlayheadLikeQAndW()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.trimStartTo(12 * kS)); // b [10,14) loses its first 2 s
        ProjectState expected = before;
        expected.clips[1].inUs = 2 * kS;
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        QCOMPARE(f.doc.durationUs(), 18 * kS);

        const ProjectState middle = f.doc.state();
        EXPECT_OK(f.edits.trimEndTo(11 * kS)); // b is now [10,12) over source [2,4): keep [2,3)
        expected.clips[1].outUs = 3 * kS;
        EXPECT_ONE_STEP(f.doc, middle, expected, f.steps() - 1);

        const int steps = f.steps();
        EXPECT_ERROR(f.edits.trimStartTo(10 * kS), "edit.nothing_to_trim"); // on the cut
        EXPECT_ERROR(f.edits.trimEndTo(30 * kS), "edit.nothing_to_trim");
        QCOMPARE(f.steps(), steps);
    }

    void trimToThePlayheadOfSelectedTexts()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.trimEndTo(16 * kS, {f.t4, f.t1, f.c})); // t4 and c span 16 s, t1 does not
        ProjectState expected = before;
        expected.overlays[3].endUs = 16 * kS;
        expected.clips[2].outUs = 2 * kS;
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        QCOMPARE(f.doc.undoStack()->text(f.steps() - 1), u"Trim end"_qs);
    }

    void trimEdgesToAnyTime()
    {
        Fixture f;
        EXPECT_OK(f.edits.trimStartTo(12 * kS)); // b: source [2,4) at [10,12)
        ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.trimStart(f.b, 9 * kS)); // pulling the start edge left brings back 1 s
        ProjectState expected = before;
        expected.clips[1].inUs = 1 * kS;
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);

        before = f.doc.state();
        EXPECT_OK(f.edits.trimStart(f.t3, 11 * kS));
        expected.overlays[2].startUs = 11 * kS;
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        QCOMPARE(f.doc.undoStack()->text(f.steps() - 1), u"Trim text"_qs);

        before = f.doc.state();
        EXPECT_OK(f.edits.trimEnd(f.t3, 25 * kS)); // text may outlast the clips
        expected.overlays[2].endUs = 25 * kS;
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);

        const int steps = f.steps();
        const auto beyond = f.edits.trimStart(f.b, 7 * kS); // would need source from −2 s
        EXPECT_ERROR(beyond, "edit.trim_beyond_source");
        QCOMPARE(beyond.error().context.value(u"timelineUs"_qs).toLongLong(), 7 * kS);
        QCOMPARE(beyond.error().context.value(u"clipId"_qs).toString(), f.b);
        EXPECT_ERROR(f.edits.trimEnd(f.b, 10 * kS), "edit.zero_length");
        EXPECT_ERROR(f.edits.trimEnd(f.t3, 11 * kS), "edit.overlay_invalid_time");
        EXPECT_ERROR(f.edits.trimStart(f.t1, -1), "edit.overlay_invalid_time");
        EXPECT_ERROR(f.edits.trimStart(u"ghost"_qs, 0), "edit.item_not_found");
        QCOMPARE(f.steps(), steps);
        EXPECT_OK(f.edits.trimEnd(f.t3, 25 * kS)); // unchanged: nothing pushed
        QCOMPARE(f.steps(), steps);
    }

    void moveTextKeepsLengthAndStopsAtZero()
    {
        Fixture f;
        ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.moveOverlay(f.t1, -3 * kS));
        ProjectState expected = before;
        setSpan(expected, 0, 0, 3 * kS);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        QCOMPARE(f.doc.undoStack()->text(f.steps() - 1), u"Move text"_qs);

        before = f.doc.state();
        EXPECT_OK(f.edits.moveOverlay(f.t1, 7 * kS));
        setSpan(expected, 0, 7 * kS, 10 * kS);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        EXPECT_ERROR(f.edits.moveOverlay(f.a, 0), "edit.item_not_found");
    }

    void nudgeTextsByFrames()
    {
        Fixture f;
        ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.nudge({f.t1, f.t2, f.a}, -3)); // 30 fps: 100 ms; the clip stays
        ProjectState expected = before;
        setSpan(expected, 0, 1'900'000, 4'900'000);
        setSpan(expected, 1, 10'900'000, 12'900'000);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);

        before = f.doc.state();
        EXPECT_OK(f.edits.nudge({f.t1, f.t2}, -1000)); // stops when t1 reaches 0, t2 keeps the gap
        setSpan(expected, 0, 0, 3 * kS);
        setSpan(expected, 1, 9 * kS, 11 * kS);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);

        const int steps = f.steps();
        EXPECT_OK(f.edits.nudge({f.t1}, -1)); // already at 0
        EXPECT_ERROR(f.edits.nudge({f.a, f.b}, 1), "edit.nothing_to_nudge");
        QCOMPARE(f.steps(), steps);
    }

    void framesAtFractionalRates()
    {
        Canvas ntsc;
        ntsc.fpsNum = 30000;
        ntsc.fpsDen = 1001;
        QCOMPARE(TimelineEdits::framesToUs(ntsc, 1), 33'367);
        QCOMPARE(TimelineEdits::framesToUs(ntsc, 30), 1'001'000);
        QCOMPARE(TimelineEdits::framesToUs(ntsc, -1), -33'367);
        Canvas pal;
        pal.fpsNum = 25;
        QCOMPARE(TimelineEdits::framesToUs(pal, 2), 80'000);
    }

    void moveMusic()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        EXPECT_OK(f.edits.moveMusic(-2 * kS));
        ProjectState expected = before;
        expected.music.startUs = 0;
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        EXPECT_OK(f.doc.clearMusic());
        EXPECT_ERROR(f.edits.moveMusic(kS), "edit.no_music");
    }

    void insertClipsAsOneStep()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        QSignalSpy changed(&f.doc, &ProjectDocument::changed);
        const auto ids = f.edits.insertClips(
            {videoClip(u"/media/x/../d.mp4"_qs, 2 * kS), videoClip(u"/media/e.mp4"_qs, 3 * kS)}, 1);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 2);
        QCOMPARE(changed.count(), 1);
        ProjectState expected = before;
        Clip d = videoClip(u"/media/d.mp4"_qs, 2 * kS);
        d.id = ids->at(0);
        Clip e = videoClip(u"/media/e.mp4"_qs, 3 * kS);
        e.id = ids->at(1);
        expected.clips.insert(1, d);
        expected.clips.insert(2, e);
        EXPECT_ONE_STEP(f.doc, before, expected, f.steps() - 1);
        QCOMPARE(f.doc.undoStack()->text(f.steps() - 1), u"Insert 2 clip(s)"_qs);
    }

    void insertClipsChecksEveryClipFirst()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        const int steps = f.steps();
        const auto relative =
            f.edits.insertClips({videoClip(u"/media/d.mp4"_qs), videoClip(u"media/e.mp4"_qs)});
        EXPECT_ERROR(relative, "edit.media_path_relative");
        QCOMPARE(relative.error().context.value(u"field"_qs).toString(), u"clips[1]"_qs);
        Clip taken = videoClip(u"/media/d.mp4"_qs);
        taken.id = f.t1;
        EXPECT_ERROR(f.edits.insertClips({taken}), "edit.duplicate_id");
        EXPECT_ERROR(f.edits.insertClips({videoClip(u"/media/d.mp4"_qs)}, 4), "edit.index_out_of_range");
        const auto none = f.edits.insertClips({});
        QVERIFY(none && none->isEmpty());
        QVERIFY(f.doc.state() == before);
        QCOMPARE(f.steps(), steps);
    }

    void editsComposeInsideAnOuterMacro()
    {
        Fixture f;
        const ProjectState before = f.doc.state();
        const int steps = f.steps();
        f.doc.undoStack()->beginMacro(u"Drop"_qs);
        QVERIFY(f.edits.insertClips({videoClip(u"/media/d.mp4"_qs)}, 0));
        EXPECT_OK(f.edits.moveOverlay(f.t4, 0));
        f.doc.undoStack()->endMacro();
        QCOMPARE(f.steps(), steps + 1);
        f.doc.undoStack()->undo();
        QVERIFY(f.doc.state() == before);
    }
};

QTEST_GUILESS_MAIN(TestTimelineEdits)
#include "tst_timelineedits.moc"
