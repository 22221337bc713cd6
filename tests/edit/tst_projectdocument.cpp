#include "edittesthelpers.h"

#include "core/edit/projectdocument.h"
#include "core/edit/projectvalidator.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

#include <cmath>
#include <limits>

using namespace montaj;

class TestProjectDocument : public QObject
{
    Q_OBJECT

private:
    static QString media(const char *name) { return QStringLiteral("/media/") + QLatin1String(name); }

    // Three clips: a (10 s source), b (4 s), c (6 s), in that order.
    static QStringList addThree(ProjectDocument &doc)
    {
        QStringList ids;
        ids << *doc.addClip(videoClip(media("a.mp4"), 10 * kSecondUs));
        ids << *doc.addClip(videoClip(media("b.mp4"), 4 * kSecondUs));
        ids << *doc.addClip(videoClip(media("c.mp4"), 6 * kSecondUs));
        return ids;
    }

    static QStringList order(const ProjectDocument &doc)
    {
        QStringList names;
        for (const Clip &clip : doc.clips())
            names << clip.mediaPath.section(QLatin1Char('/'), -1);
        return names;
    }

private Q_SLOTS:
    void defaults()
    {
        ProjectDocument doc;
        QCOMPARE(doc.canvas().size, QSize(1080, 1920));
        QCOMPARE(doc.canvas().fpsNum, 30);
        QCOMPARE(doc.canvas().fpsDen, 1);
        QCOMPARE(doc.canvas().background, QColor(Qt::black));
        QVERIFY(doc.clips().isEmpty());
        QVERIFY(doc.overlays().isEmpty());
        QVERIFY(!doc.music().isSet());
        QCOMPARE(doc.durationUs(), 0);
        QVERIFY(!doc.clipIndexAt(0));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.filePath().isEmpty());

        QCOMPARE(ProjectDocument::canvasFor(CanvasPreset::Vertical9x16).size, QSize(1080, 1920));
        QCOMPARE(ProjectDocument::canvasFor(CanvasPreset::Square1x1).size, QSize(1080, 1080));
        QCOMPARE(ProjectDocument::canvasFor(CanvasPreset::Portrait4x5).size, QSize(1080, 1350));
        QCOMPARE(ProjectDocument::canvasFor(CanvasPreset::Landscape16x9).size, QSize(1920, 1080));
    }

    void addClipAppendsInsertsAndGeneratesIds()
    {
        ProjectDocument doc;
        const auto a = doc.addClip(videoClip(media("a.mp4"), 10 * kSecondUs));
        QVERIFY(a);
        QVERIFY(!QUuid::fromString(*a).isNull());
        const auto b = doc.addClip(videoClip(media("b.mp4"), 4 * kSecondUs));
        const auto c = doc.addClip(videoClip(media("c.mp4"), 6 * kSecondUs), 0);
        QVERIFY(b && c);
        QVERIFY(*a != *b && *b != *c && *a != *c);
        QCOMPARE(order(doc), (QStringList{u"c.mp4"_qs, u"a.mp4"_qs, u"b.mp4"_qs}));
        QCOMPARE(doc.clips().at(1).id, *a);
        QCOMPARE(doc.clip(*b)->outUs, 4 * kSecondUs);
        QCOMPARE(doc.durationUs(), 20 * kSecondUs);
        QCOMPARE(doc.undoStack()->count(), 3);
        QCOMPARE(doc.undoStack()->text(0), u"Add clip"_qs);
        QVERIFY(doc.isModified());

        Clip withId = videoClip(media("d.mp4"));
        withId.id = u"my-id"_qs;
        QCOMPARE(*doc.addClip(withId, 1), u"my-id"_qs);
        QCOMPARE(doc.clips().at(1).id, u"my-id"_qs);
        // Paths are cleaned.
        QCOMPARE(doc.clip(*doc.addClip(videoClip(u"/media/x/../e.mp4"_qs)))->mediaPath, u"/media/e.mp4"_qs);
    }

    void addClipValidates()
    {
        ProjectDocument doc;
        const QString existing = *doc.addClip(videoClip(media("a.mp4")));
        const QByteArray before = snapshot(doc);
        QSignalSpy changed(&doc, &ProjectDocument::changed);

        Clip c = videoClip(QString());
        EXPECT_ERROR(doc.addClip(c), "edit.clip_missing_media");
        EXPECT_ERROR(doc.addClip(videoClip(u"media/rel.mp4"_qs)), "edit.media_path_relative");
        c = videoClip(media("b.mp4"));
        c.sourceDurationUs = 0;
        c.outUs = 0;
        EXPECT_ERROR(doc.addClip(c), "edit.invalid_source_duration");
        c = videoClip(media("b.mp4"), 5 * kSecondUs);
        c.outUs = 5 * kSecondUs + 1;
        EXPECT_ERROR(doc.addClip(c), "edit.trim_beyond_source");
        c = videoClip(media("b.mp4"));
        c.inUs = -1;
        EXPECT_ERROR(doc.addClip(c), "edit.trim_beyond_source");
        c = videoClip(media("b.mp4"));
        c.inUs = c.outUs = kSecondUs;
        EXPECT_ERROR(doc.addClip(c), "edit.zero_length");
        c = videoClip(media("b.mp4"));
        c.sourceSize = QSize();
        EXPECT_ERROR(doc.addClip(c), "edit.invalid_source_size");
        c.sourceHasVideo = false;
        EXPECT_OK(doc.addClip(c)); // audio only: no size needed
        QVERIFY(doc.undoStack()->canUndo());
        doc.undoStack()->undo();
        c.sourceHasAudio = false;
        EXPECT_ERROR(doc.addClip(c), "edit.source_without_streams");
        c = videoClip(media("b.mp4"));
        c.volume = 4.5;
        EXPECT_ERROR(doc.addClip(c), "edit.invalid_volume");
        c.volume = std::numeric_limits<double>::quiet_NaN();
        EXPECT_ERROR(doc.addClip(c), "edit.invalid_volume");
        c = videoClip(media("b.mp4"));
        c.cropRect = QRectF(0.5, 0, 0.6, 1);
        EXPECT_ERROR(doc.addClip(c), "edit.invalid_crop");
        EXPECT_ERROR(doc.addClip(videoClip(media("b.mp4")), 2), "edit.index_out_of_range");
        EXPECT_ERROR(doc.addClip(videoClip(media("b.mp4")), -2), "edit.index_out_of_range");
        c = videoClip(media("b.mp4"));
        c.id = existing;
        EXPECT_ERROR(doc.addClip(c), "edit.duplicate_id");

        QCOMPARE(snapshot(doc), before);
        QCOMPARE(doc.clips().size(), 1);
        QCOMPARE(changed.count(), 2); // only the audio-only add and its undo
        QCOMPARE(doc.undoStack()->index(), 1);
    }

    void removeClip()
    {
        ProjectDocument doc;
        const QStringList ids = addThree(doc);
        const QByteArray before = snapshot(doc);
        EXPECT_OK(doc.removeClip(ids[1]));
        QCOMPARE(order(doc), (QStringList{u"a.mp4"_qs, u"c.mp4"_qs}));
        QCOMPARE(doc.undoStack()->text(3), u"Remove clip"_qs);
        QVERIFY(!doc.clip(ids[1]));
        EXPECT_ERROR(doc.removeClip(ids[1]), "edit.clip_not_found");
        EXPECT_ERROR(doc.removeClip(u"nope"_qs), "edit.clip_not_found");
        doc.undoStack()->undo();
        QCOMPARE(snapshot(doc), before);
        QCOMPARE(doc.clips().at(1).id, ids[1]);
    }

    void moveClip()
    {
        ProjectDocument doc;
        const QStringList ids = addThree(doc);
        const QByteArray before = snapshot(doc);
        EXPECT_OK(doc.moveClip(ids[0], 2));
        QCOMPARE(order(doc), (QStringList{u"b.mp4"_qs, u"c.mp4"_qs, u"a.mp4"_qs}));
        QCOMPARE(doc.clipStartUs(2), 10 * kSecondUs);
        QCOMPARE(doc.undoStack()->text(3), u"Move clip"_qs);
        EXPECT_OK(doc.moveClip(ids[2], 0));
        QCOMPARE(order(doc), (QStringList{u"c.mp4"_qs, u"b.mp4"_qs, u"a.mp4"_qs}));

        const int count = doc.undoStack()->count();
        EXPECT_OK(doc.moveClip(ids[1], 1)); // already there: nothing to undo
        QCOMPARE(doc.undoStack()->count(), count);
        EXPECT_ERROR(doc.moveClip(ids[1], 3), "edit.index_out_of_range");
        EXPECT_ERROR(doc.moveClip(ids[1], -1), "edit.index_out_of_range");
        EXPECT_ERROR(doc.moveClip(u"nope"_qs, 0), "edit.clip_not_found");

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(snapshot(doc), before);
    }

    void trimLimits()
    {
        ProjectDocument doc;
        const QString id = *doc.addClip(videoClip(media("a.mp4"), 10 * kSecondUs));
        EXPECT_OK(doc.trimClip(id, 1 * kSecondUs, 6 * kSecondUs));
        QCOMPARE(doc.clip(id)->inUs, 1 * kSecondUs);
        QCOMPARE(doc.clip(id)->outUs, 6 * kSecondUs);
        QCOMPARE(doc.clip(id)->durationUs(), 5 * kSecondUs);
        QCOMPARE(doc.durationUs(), 5 * kSecondUs);
        QCOMPARE(doc.undoStack()->text(1), u"Trim clip"_qs);

        const QByteArray trimmed = snapshot(doc);
        EXPECT_ERROR(doc.trimClip(id, -1, 6 * kSecondUs), "edit.trim_beyond_source");
        EXPECT_ERROR(doc.trimClip(id, 0, 10 * kSecondUs + 1), "edit.trim_beyond_source");
        EXPECT_ERROR(doc.trimClip(id, 5 * kSecondUs, 5 * kSecondUs), "edit.zero_length");
        EXPECT_ERROR(doc.trimClip(id, 6 * kSecondUs, 5 * kSecondUs), "edit.zero_length");
        EXPECT_ERROR(doc.trimClip(u"nope"_qs, 0, kSecondUs), "edit.clip_not_found");
        const auto error = doc.trimClip(id, 0, 11 * kSecondUs);
        QCOMPARE(error.error().context.value(u"clipId"_qs).toString(), id);
        QCOMPARE(error.error().context.value(u"sourceDurationUs"_qs).toLongLong(), 10 * kSecondUs);
        QCOMPARE(snapshot(doc), trimmed);
        QCOMPARE(doc.undoStack()->count(), 2);

        EXPECT_OK(doc.trimClip(id, 1 * kSecondUs, 6 * kSecondUs)); // unchanged: no command
        QCOMPARE(doc.undoStack()->count(), 2);
        EXPECT_OK(doc.trimClip(id, 0, 10 * kSecondUs));                  // the whole source is allowed
        EXPECT_OK(doc.trimClip(id, 10 * kSecondUs - 1, 10 * kSecondUs)); // one microsecond is allowed
        QCOMPARE(doc.durationUs(), 1);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(snapshot(doc), trimmed);
    }

    void splitAndUndoRestoresOneClip()
    {
        ProjectDocument doc;
        const QString a = *doc.addClip(videoClip(media("a.mp4"), 10 * kSecondUs));
        const QString b = *doc.addClip(videoClip(media("b.mp4"), 4 * kSecondUs));
        EXPECT_OK(doc.trimClip(a, 2 * kSecondUs, 8 * kSecondUs)); // a: 0–6 s on the timeline
        EXPECT_OK(doc.setClipVolume(a, 0.5));
        EXPECT_OK(doc.setClipFit(a, FitMode::Crop, QRectF(0.1, 0.2, 0.5, 0.6)));
        const QByteArray before = snapshot(doc);
        const Clip original = *doc.clip(a);

        const auto right = doc.splitClip(a, 2500000);
        QVERIFY(right);
        QVERIFY(*right != a && *right != b);
        QCOMPARE(doc.clips().size(), 3);
        QCOMPARE(doc.undoStack()->text(doc.undoStack()->index() - 1), u"Split clip"_qs);
        const Clip &left = doc.clips().at(0);
        const Clip &r = doc.clips().at(1);
        QCOMPARE(left.id, a);
        QCOMPARE(left.inUs, 2 * kSecondUs);
        QCOMPARE(left.outUs, 4500000);
        QCOMPARE(r.id, *right);
        QCOMPARE(r.inUs, 4500000);
        QCOMPARE(r.outUs, 8 * kSecondUs);
        QCOMPARE(r.volume, 0.5);
        QCOMPARE(r.fit, FitMode::Crop);
        QCOMPARE(r.cropRect, QRectF(0.1, 0.2, 0.5, 0.6));
        QCOMPARE(r.mediaPath, original.mediaPath);
        QCOMPARE(doc.clips().at(2).id, b);
        QCOMPARE(doc.durationUs(), 10 * kSecondUs);
        QCOMPARE(*doc.clipIndexAt(2499999), 0);
        QCOMPARE(*doc.clipIndexAt(2500000), 1);
        const QByteArray after = snapshot(doc);

        doc.undoStack()->undo();
        QCOMPARE(doc.clips().size(), 2);
        QCOMPARE(doc.clips().at(0), original);
        QCOMPARE(snapshot(doc), before);
        doc.undoStack()->redo();
        QCOMPARE(snapshot(doc), after); // same id for the right half
    }

    void splitOutsideClipIsRefused()
    {
        ProjectDocument doc;
        const QString a = *doc.addClip(videoClip(media("a.mp4"), 6 * kSecondUs));
        const QString b = *doc.addClip(videoClip(media("b.mp4"), 4 * kSecondUs));
        const QByteArray before = snapshot(doc);
        EXPECT_ERROR(doc.splitClip(a, 0), "edit.split_outside_clip");              // its start
        EXPECT_ERROR(doc.splitClip(a, 6 * kSecondUs), "edit.split_outside_clip");  // its end
        EXPECT_ERROR(doc.splitClip(a, 7 * kSecondUs), "edit.split_outside_clip");  // inside b
        EXPECT_ERROR(doc.splitClip(b, 5 * kSecondUs), "edit.split_outside_clip");  // inside a
        EXPECT_ERROR(doc.splitClip(b, 10 * kSecondUs), "edit.split_outside_clip"); // past the end
        EXPECT_ERROR(doc.splitClip(u"nope"_qs, kSecondUs), "edit.clip_not_found");
        const auto error = doc.splitClip(b, 3 * kSecondUs);
        QCOMPARE(error.error().context.value(u"clipStartUs"_qs).toLongLong(), 6 * kSecondUs);
        QCOMPARE(error.error().context.value(u"clipEndUs"_qs).toLongLong(), 10 * kSecondUs);
        QCOMPARE(snapshot(doc), before);
        QCOMPARE(doc.undoStack()->count(), 2);
        EXPECT_OK(doc.splitClip(b, 6 * kSecondUs + 1));
        QCOMPARE(doc.clips().at(1).durationUs(), 1);
    }

    void timelineQueries()
    {
        ProjectDocument doc;
        (void)doc.addClip(videoClip(media("a.mp4"), 3 * kSecondUs));
        (void)doc.addClip(videoClip(media("b.mp4"), 5 * kSecondUs));
        (void)doc.addClip(videoClip(media("c.mp4"), 2 * kSecondUs));
        QCOMPARE(doc.durationUs(), 10 * kSecondUs);
        QCOMPARE(doc.clipStartUs(0), 0);
        QCOMPARE(doc.clipStartUs(1), 3 * kSecondUs);
        QCOMPARE(doc.clipStartUs(2), 8 * kSecondUs);
        QCOMPARE(doc.clipStartUs(3), 10 * kSecondUs);
        QCOMPARE(*doc.clipIndexAt(0), 0);
        QCOMPARE(*doc.clipIndexAt(3 * kSecondUs - 1), 0);
        QCOMPARE(*doc.clipIndexAt(3 * kSecondUs), 1);
        QCOMPARE(*doc.clipIndexAt(10 * kSecondUs - 1), 2);
        QVERIFY(!doc.clipIndexAt(10 * kSecondUs));
        QVERIFY(!doc.clipIndexAt(-1));
        QCOMPARE(*doc.clipIndex(doc.clips().at(2).id), 2);
        QVERIFY(!doc.clipIndex(u"nope"_qs));
    }

    void clipProperties()
    {
        ProjectDocument doc;
        const QString id = *doc.addClip(videoClip(media("a.mp4")));
        EXPECT_OK(doc.setClipFit(id, FitMode::Crop, QRectF(0.25, 0, 0.5, 1)));
        QCOMPARE(doc.clip(id)->fit, FitMode::Crop);
        QCOMPARE(doc.clip(id)->cropRect, QRectF(0.25, 0, 0.5, 1));
        EXPECT_OK(doc.setClipFit(id, FitMode::Fit));
        QCOMPARE(doc.clip(id)->fit, FitMode::Fit);
        QCOMPARE(doc.clip(id)->cropRect, QRectF(0, 0, 1, 1));
        EXPECT_ERROR(doc.setClipFit(id, FitMode::Crop, QRectF(0.6, 0, 0.5, 1)), "edit.invalid_crop");
        EXPECT_ERROR(doc.setClipFit(id, FitMode::Crop, QRectF(0, 0, 0, 1)), "edit.invalid_crop");
        EXPECT_ERROR(doc.setClipFit(id, FitMode::Crop, QRectF(-0.1, 0, 0.5, 1)), "edit.invalid_crop");
        EXPECT_ERROR(doc.setClipFit(u"nope"_qs, FitMode::Fit), "edit.clip_not_found");

        EXPECT_OK(doc.setClipVolume(id, 2.5));
        QCOMPARE(doc.clip(id)->volume, 2.5);
        EXPECT_OK(doc.setClipVolume(id, 0));
        EXPECT_OK(doc.setClipVolume(id, ProjectValidator::kMaxVolume));
        EXPECT_ERROR(doc.setClipVolume(id, 4.01), "edit.invalid_volume");
        EXPECT_ERROR(doc.setClipVolume(id, -0.1), "edit.invalid_volume");
        EXPECT_ERROR(doc.setClipVolume(id, std::numeric_limits<double>::infinity()), "edit.invalid_volume");
        EXPECT_ERROR(doc.setClipVolume(u"nope"_qs, 1), "edit.clip_not_found");
        QCOMPARE(doc.clip(id)->volume, 4.0);

        EXPECT_OK(doc.setClipMuted(id, true));
        QVERIFY(doc.clip(id)->muted);
        QCOMPARE(doc.undoStack()->text(doc.undoStack()->count() - 1), u"Mute clip"_qs);
        EXPECT_OK(doc.setClipMuted(id, false));
        QCOMPARE(doc.undoStack()->text(doc.undoStack()->count() - 1), u"Unmute clip"_qs);
        EXPECT_ERROR(doc.setClipMuted(u"nope"_qs, true), "edit.clip_not_found");
        // add, fit ×2, volume ×3, mute, unmute
        QCOMPARE(doc.undoStack()->count(), 8);
        QCOMPARE(doc.undoStack()->text(1), u"Change clip framing"_qs);
        QCOMPARE(doc.undoStack()->text(3), u"Change clip volume"_qs);
    }

    void overlays()
    {
        ProjectDocument doc;
        const QByteArray empty = snapshot(doc);
        const auto id = doc.addOverlay(textOverlay(u"Hello"_qs, 0, 2 * kSecondUs));
        QVERIFY(id);
        QCOMPARE(doc.overlays().size(), 1);
        QCOMPARE(doc.overlay(*id)->text, u"Hello"_qs);
        QCOMPARE(doc.overlay(*id)->fontFamily, u"Noto Sans"_qs);
        QCOMPARE(doc.undoStack()->text(0), u"Add text"_qs);

        TextOverlay edited = *doc.overlay(*id);
        edited.text = u"مرحبا"_qs;
        edited.color = QColor(255, 200, 0);
        edited.box = true;
        edited.position = QPointF(0.5, 0.1);
        EXPECT_OK(doc.updateOverlay(edited));
        QCOMPARE(*doc.overlay(*id), edited);
        QCOMPARE(doc.undoStack()->text(1), u"Edit text"_qs);
        EXPECT_OK(doc.updateOverlay(edited)); // unchanged
        QCOMPARE(doc.undoStack()->count(), 2);

        const QByteArray before = snapshot(doc);
        TextOverlay bad = edited;
        bad.endUs = bad.startUs;
        EXPECT_ERROR(doc.updateOverlay(bad), "edit.overlay_invalid_time");
        bad.endUs = bad.startUs - 1;
        EXPECT_ERROR(doc.updateOverlay(bad), "edit.overlay_invalid_time");
        EXPECT_ERROR(doc.addOverlay(textOverlay(u"x"_qs, -1, kSecondUs)), "edit.overlay_invalid_time");
        EXPECT_ERROR(doc.addOverlay(textOverlay(u"x"_qs, 3 * kSecondUs, 2 * kSecondUs)),
                     "edit.overlay_invalid_time");
        EXPECT_ERROR(doc.addOverlay(textOverlay(QString(), 0, kSecondUs)), "edit.overlay_empty_text");
        EXPECT_ERROR(doc.addOverlay(textOverlay(u"  "_qs, 0, kSecondUs)), "edit.overlay_empty_text");
        bad = edited;
        bad.fontSize = 0;
        EXPECT_ERROR(doc.updateOverlay(bad), "edit.overlay_invalid_font_size");
        bad = edited;
        bad.fontFamily.clear();
        EXPECT_ERROR(doc.updateOverlay(bad), "edit.overlay_invalid_font");
        bad = edited;
        bad.position = QPointF(1.2, 0.5);
        EXPECT_ERROR(doc.updateOverlay(bad), "edit.overlay_invalid_position");
        bad = edited;
        bad.outlineWidth = -0.1;
        EXPECT_ERROR(doc.updateOverlay(bad), "edit.overlay_invalid_outline");
        bad = edited;
        bad.color = QColor();
        EXPECT_ERROR(doc.updateOverlay(bad), "edit.overlay_invalid_color");
        bad = edited;
        bad.id = u"nope"_qs;
        EXPECT_ERROR(doc.updateOverlay(bad), "edit.overlay_not_found");
        EXPECT_ERROR(doc.removeOverlay(u"nope"_qs), "edit.overlay_not_found");
        TextOverlay sameId = textOverlay(u"x"_qs, 0, kSecondUs);
        sameId.id = *id;
        EXPECT_ERROR(doc.addOverlay(sameId), "edit.duplicate_id");
        QCOMPARE(snapshot(doc), before);

        EXPECT_OK(doc.removeOverlay(*id));
        QVERIFY(doc.overlays().isEmpty());
        QCOMPARE(doc.undoStack()->text(2), u"Remove text"_qs);
        doc.undoStack()->undo();
        QCOMPARE(snapshot(doc), before);
        doc.undoStack()->setIndex(0);
        QCOMPARE(snapshot(doc), empty);
    }

    void music()
    {
        ProjectDocument doc;
        EXPECT_OK(doc.clearMusic()); // nothing to clear: no command
        QCOMPARE(doc.undoStack()->count(), 0);

        MusicTrack m = musicTrack(u"/media/song.mp3"_qs, 30 * kSecondUs);
        m.sourceInUs = 5 * kSecondUs;
        m.fadeInUs = kSecondUs;
        m.fadeOutUs = 2 * kSecondUs;
        m.volume = 0.6;
        EXPECT_OK(doc.setMusic(m));
        QVERIFY(doc.music().isSet());
        QCOMPARE(doc.music(), m);
        QCOMPARE(doc.undoStack()->text(0), u"Set music"_qs);

        MusicTrack bad = m;
        bad.path.clear();
        EXPECT_ERROR(doc.setMusic(bad), "edit.music_missing_media");
        bad = m;
        bad.sourceInUs = 30 * kSecondUs;
        EXPECT_ERROR(doc.setMusic(bad), "edit.music_beyond_source");
        bad = m;
        bad.startUs = -1;
        EXPECT_ERROR(doc.setMusic(bad), "edit.music_invalid_start");
        bad = m;
        bad.fadeOutUs = 25 * kSecondUs + 1; // longer than the 25 s that play
        EXPECT_ERROR(doc.setMusic(bad), "edit.music_invalid_fade");
        bad = m;
        bad.fadeInUs = -1;
        EXPECT_ERROR(doc.setMusic(bad), "edit.music_invalid_fade");
        bad = m;
        bad.volume = 5;
        EXPECT_ERROR(doc.setMusic(bad), "edit.invalid_volume");
        bad = m;
        bad.sourceDurationUs = 0;
        EXPECT_ERROR(doc.setMusic(bad), "edit.invalid_source_duration");
        QCOMPARE(doc.music(), m);

        EXPECT_OK(doc.clearMusic());
        QVERIFY(!doc.music().isSet());
        QCOMPARE(doc.undoStack()->text(1), u"Remove music"_qs);
        doc.undoStack()->undo();
        QCOMPARE(doc.music(), m);
    }

    void canvas()
    {
        ProjectDocument doc;
        EXPECT_OK(doc.setCanvas(ProjectDocument::canvasFor(CanvasPreset::Square1x1)));
        QCOMPARE(doc.canvas().size, QSize(1080, 1080));
        QCOMPARE(doc.undoStack()->text(0), u"Change canvas"_qs);
        Canvas c = doc.canvas();
        c.fpsNum = 60000;
        c.fpsDen = 1001;
        c.background = QColor(10, 20, 30);
        EXPECT_OK(doc.setCanvas(c));
        QCOMPARE(doc.canvas(), c);

        Canvas bad = c;
        bad.size = QSize(0, 1920);
        EXPECT_ERROR(doc.setCanvas(bad), "edit.invalid_canvas_size");
        bad.size = QSize(9000, 1920);
        EXPECT_ERROR(doc.setCanvas(bad), "edit.invalid_canvas_size");
        bad = c;
        bad.fpsNum = 0;
        EXPECT_ERROR(doc.setCanvas(bad), "edit.invalid_frame_rate");
        bad.fpsNum = 30;
        bad.fpsDen = 0;
        EXPECT_ERROR(doc.setCanvas(bad), "edit.invalid_frame_rate");
        bad.fpsNum = 1000;
        bad.fpsDen = 1;
        EXPECT_ERROR(doc.setCanvas(bad), "edit.invalid_frame_rate");
        bad = c;
        bad.background = QColor();
        EXPECT_ERROR(doc.setCanvas(bad), "edit.invalid_background");
        QCOMPARE(doc.canvas(), c);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.canvas(), Canvas());
    }

    void undoRedoRoundTripRestoresExactState()
    {
        ProjectDocument doc;
        QList<QByteArray> states{snapshot(doc)};
        const auto step = [&](bool ok) {
            QVERIFY(ok);
            states << snapshot(doc);
            QCOMPARE(doc.undoStack()->index(), states.size() - 1);
        };
        const QString a = *doc.addClip(videoClip(media("a.mp4"), 10 * kSecondUs));
        step(true);
        const QString b = *doc.addClip(videoClip(media("b.mp4"), 4 * kSecondUs));
        step(true);
        step(bool(doc.trimClip(a, kSecondUs, 9 * kSecondUs)));
        const auto right = doc.splitClip(a, 3 * kSecondUs);
        step(bool(right));
        step(bool(doc.moveClip(b, 0)));
        step(bool(doc.setClipFit(*right, FitMode::Fit)));
        step(bool(doc.setClipVolume(b, 1.5)));
        step(bool(doc.setClipMuted(a, true)));
        const auto title = doc.addOverlay(textOverlay(u"Title"_qs, 0, 3 * kSecondUs));
        step(bool(title));
        TextOverlay t = *doc.overlay(*title);
        t.fontSize = 0.08;
        step(bool(doc.updateOverlay(t)));
        step(bool(doc.setMusic(musicTrack(u"/media/song.mp3"_qs))));
        step(bool(doc.setCanvas(ProjectDocument::canvasFor(CanvasPreset::Portrait4x5))));
        step(bool(doc.removeClip(*right)));
        step(bool(doc.removeOverlay(*title)));
        step(bool(doc.clearMusic()));
        QCOMPARE(doc.undoStack()->count(), 15);
        QCOMPARE(states.size(), 16);
        for (qsizetype i = 1; i < states.size(); ++i)
            QVERIFY2(states[i] != states[i - 1], qPrintable(QString::number(i)));

        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            doc.undoStack()->undo();
            QCOMPARE(snapshot(doc), states[i]);
        }
        QVERIFY(!doc.isModified());
        for (qsizetype i = 1; i < states.size(); ++i) {
            doc.undoStack()->redo();
            QCOMPARE(snapshot(doc), states[i]);
        }
        QVERIFY(doc.isModified());
    }

    void macroComposesIntoOneUndoStep()
    {
        ProjectDocument doc;
        const QString a = *doc.addClip(videoClip(media("a.mp4"), 10 * kSecondUs));
        const QByteArray before = snapshot(doc);
        QSignalSpy changed(&doc, &ProjectDocument::changed);

        doc.undoStack()->beginMacro(u"Cut out the middle"_qs);
        const auto middle = doc.splitClip(a, 4 * kSecondUs);
        QVERIFY(middle);
        const auto tail = doc.splitClip(*middle, 6 * kSecondUs);
        QVERIFY(tail);
        EXPECT_OK(doc.removeClip(*middle));
        EXPECT_ERROR(doc.trimClip(*tail, 0, 0), "edit.zero_length"); // a refused verb adds nothing
        EXPECT_OK(doc.setClipVolume(*tail, 0.5));
        doc.undoStack()->endMacro();

        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.undoStack()->text(1), u"Cut out the middle"_qs);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(doc.clips().size(), 2);
        QCOMPARE(doc.clips().at(0).outUs, 4 * kSecondUs);
        QCOMPARE(doc.clips().at(1).inUs, 6 * kSecondUs);
        QCOMPARE(doc.clips().at(1).volume, 0.5);
        QCOMPARE(doc.durationUs(), 8 * kSecondUs);
        const QByteArray after = snapshot(doc);

        doc.undoStack()->undo();
        QCOMPARE(snapshot(doc), before);
        QCOMPARE(changed.count(), 2);
        doc.undoStack()->redo();
        QCOMPARE(snapshot(doc), after);
        QCOMPARE(changed.count(), 3);
    }

    void changedAndModifiedSignals()
    {
        ProjectDocument doc;
        QSignalSpy changed(&doc, &ProjectDocument::changed);
        QSignalSpy modified(&doc, &ProjectDocument::modifiedChanged);
        const QString a = *doc.addClip(videoClip(media("a.mp4")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        QVERIFY(doc.isModified());

        EXPECT_ERROR(doc.trimClip(a, 0, 0), "edit.zero_length");
        EXPECT_OK(doc.setClipVolume(a, 1.0)); // no change
        QCOMPARE(changed.count(), 1);

        doc.undoStack()->undo();
        QCOMPARE(changed.count(), 2);
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.last().at(0).toBool(), false);
        doc.undoStack()->redo();
        QCOMPARE(changed.count(), 3);
        doc.undoStack()->setClean();
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.last().at(0).toBool(), false);
        QCOMPARE(changed.count(), 3);
    }

    void fromStateValidates()
    {
        ProjectState state;
        Clip clip = videoClip(media("a.mp4"));
        clip.id = u"same"_qs;
        state.clips << clip;
        TextOverlay overlay = textOverlay(u"x"_qs, 0, kSecondUs);
        overlay.id = u"same"_qs;
        state.overlays << overlay;
        const auto dup = ProjectDocument::fromState(state);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, u"edit.duplicate_id"_qs);
        QCOMPARE(dup.error().context.value(u"field"_qs).toString(), u"overlays[0]"_qs);

        state.overlays.clear();
        state.clips[0].outUs = 20 * kSecondUs;
        const auto beyond = ProjectDocument::fromState(state);
        QVERIFY(!beyond);
        QCOMPARE(beyond.error().code, u"edit.trim_beyond_source"_qs);
        QCOMPARE(beyond.error().context.value(u"field"_qs).toString(), u"clips[0]"_qs);

        state.clips[0].outUs = 5 * kSecondUs;
        const auto ok = ProjectDocument::fromState(state);
        QVERIFY(ok);
        QCOMPARE(ok.value()->state(), state);
        QVERIFY(!ok.value()->isModified());
        QCOMPARE(ok.value()->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
