#include "edittesthelpers.h"

#include "core/edit/missingmedia.h"
#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace montaj;

class TestProjectFile : public QObject
{
    Q_OBJECT

private:
    static void touch(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("media");
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeAll(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // A document that sets every field away from its default.
    static std::unique_ptr<ProjectDocument> richDocument(const QString &mediaDir)
    {
        auto doc = std::make_unique<ProjectDocument>();
        Canvas canvas = ProjectDocument::canvasFor(CanvasPreset::Portrait4x5);
        canvas.fpsNum = 30000;
        canvas.fpsDen = 1001;
        canvas.background = QColor(12, 34, 56, 200);
        (void)doc->setCanvas(canvas);
        Clip a = videoClip(mediaDir + u"/clips/a.mp4"_qs, 12345678);
        a.inUs = 1000001;
        a.outUs = 9876543;
        a.sourceSize = QSize(1080, 1920);
        a.fit = FitMode::Crop;
        a.cropRect = QRectF(0.125, 0.1, 0.5, 0.75);
        a.volume = 1.25;
        const QString aId = *doc->addClip(a);
        Clip voice = videoClip(mediaDir + u"/voice over.m4a"_qs, 3 * kSecondUs);
        voice.sourceHasVideo = false;
        voice.sourceSize = QSize();
        voice.muted = true;
        voice.fit = FitMode::Fit;
        (void)doc->addClip(voice);
        (void)doc->splitClip(aId, 2 * kSecondUs);
        TextOverlay t = textOverlay(u"Ça marche — \"quoted\" \\ مرحبا 👋"_qs, 500000, 2500000);
        t.fontFamily = u"Noto Naskh Arabic"_qs;
        t.fontSize = 0.0625;
        t.bold = false;
        t.color = QColor(255, 200, 0, 255);
        t.outlineColor = QColor(1, 2, 3, 4);
        t.outlineWidth = 0.1;
        t.box = true;
        t.boxColor = QColor(10, 10, 10, 128);
        t.position = QPointF(0.3, 0.15);
        (void)doc->addOverlay(t);
        MusicTrack m = musicTrack(mediaDir + u"/music/song.mp3"_qs, 180 * kSecondUs);
        m.sourceInUs = 15 * kSecondUs;
        m.startUs = 250000;
        m.volume = 0.35;
        m.fadeInUs = 1500000;
        m.fadeOutUs = 3 * kSecondUs;
        (void)doc->setMusic(m);
        (void)doc->setClipFilters(
            aId, {FilterSettings{u"exposure"_qs, {{u"stops"_qs, 0.5}}, true},
                  FilterSettings{
                      u"lut"_qs, {{u"file"_qs, u"looks/teal.cube"_qs}, {u"intensity"_qs, 0.75}}, false}});
        return doc;
    }

private Q_SLOTS:
    void saveLoadRoundTripIsByteIdentical()
    {
        QTemporaryDir dir;
        const QString media = dir.filePath(u"media"_qs);
        auto doc = richDocument(media);
        QCOMPARE(doc->undoStack()->count(), 7);
        QVERIFY(doc->isModified());
        const QString path = dir.filePath(u"project.montaj"_qs);
        EXPECT_OK(ProjectFile::save(*doc, path));
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->filePath(), QFileInfo(path).absoluteFilePath());
        const QByteArray saved = readAll(path);
        QCOMPARE(saved, ProjectFile::toJson(*doc, dir.path()));

        auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        ProjectDocument &again = *loaded.value();
        QCOMPARE(again.state(), doc->state());
        QCOMPARE(again.filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!again.isModified());
        QCOMPARE(again.undoStack()->count(), 0);
        QCOMPARE(again.clips().size(), 3);
        QCOMPARE(again.clips().at(0).cropRect, QRectF(0.125, 0.1, 0.5, 0.75));
        QCOMPARE(again.overlays().at(0).boxColor, QColor(10, 10, 10, 128));
        QCOMPARE(again.music().fadeInUs, 1500000);

        const QString resaved = dir.filePath(u"copy.montaj"_qs);
        EXPECT_OK(ProjectFile::save(again, resaved));
        QCOMPARE(readAll(resaved), saved);
    }

    void jsonLayout()
    {
        QTemporaryDir dir;
        auto doc = richDocument(dir.filePath(u"media"_qs));
        const QByteArray json = ProjectFile::toJson(*doc, dir.path());
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"schema"_qs).toString(), u"montaj.project"_qs);
        QCOMPARE(root.value(u"schemaVersion"_qs).toInteger(), ProjectFile::kSchemaVersion);
        // Times are written as whole numbers, never in exponent or fraction form.
        QVERIFY2(json.contains("\"inUs\": 1000001"), json.constData());
        QVERIFY(json.contains("\"outUs\": 9876543"));
        QVERIFY(json.contains("\"sourceDurationUs\": 180000000"));
        QVERIFY(json.contains("\"fit\": \"crop\""));
        QVERIFY(json.contains("\"background\": \"#c80c2238\""));
        QVERIFY(json.contains("\"media\": \"media/clips/a.mp4\""));
        QVERIFY(json.contains("\"media\": \"media/voice over.m4a\""));
        QVERIFY(!json.contains(dir.path().toUtf8()));
        // Without a base folder every path stays absolute.
        QVERIFY(
            ProjectFile::toJson(*doc, QString()).contains(dir.filePath(u"media/clips/a.mp4"_qs).toUtf8()));
    }

    void relativePathsFollowTheProjectFolder()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"first"_qs);
        const QString outside = root.filePath(u"shared/outside.mp4"_qs);
        touch(folder + u"/media/inside.mp4"_qs);
        touch(outside);
        ProjectDocument doc;
        (void)doc.addClip(videoClip(folder + u"/media/inside.mp4"_qs));
        (void)doc.addClip(videoClip(outside));
        EXPECT_OK(ProjectFile::save(doc, folder + u"/p.montaj"_qs));
        const QByteArray json = readAll(folder + u"/p.montaj"_qs);
        QVERIFY(json.contains("\"media\": \"media/inside.mp4\""));
        QVERIFY(json.contains(QByteArray(QByteArray("\"media\": \"") + outside.toUtf8() + '"')));

        QVERIFY(QDir().rename(folder, root.filePath(u"moved"_qs)));
        const auto loaded = ProjectFile::load(root.filePath(u"moved/p.montaj"_qs));
        QVERIFY(loaded);
        QCOMPARE(loaded.value()->clips().at(0).mediaPath, root.filePath(u"moved/media/inside.mp4"_qs));
        QCOMPARE(loaded.value()->clips().at(1).mediaPath, outside);
        QVERIFY(MissingMedia::find(*loaded.value()).isEmpty());
    }

    void missingMediaSearchAndRelinkIsUndoable()
    {
        QTemporaryDir root;
        const QString project = root.filePath(u"p/p.montaj"_qs);
        const QString a = root.filePath(u"old/a.mp4"_qs);
        const QString b = root.filePath(u"old/B.mp4"_qs);
        const QString kept = root.filePath(u"p/kept.mp4"_qs);
        const QString song = root.filePath(u"old/song.mp3"_qs);
        for (const QString &f : {a, b, kept, song})
            touch(f);
        ProjectDocument doc;
        const QString a1 = *doc.addClip(videoClip(a));
        (void)doc.addClip(videoClip(b));
        (void)doc.addClip(videoClip(kept));
        const QString a2 = *doc.addClip(videoClip(a));
        (void)doc.setMusic(musicTrack(song));
        EXPECT_OK(ProjectFile::save(doc, project));
        QVERIFY(MissingMedia::find(doc).isEmpty());

        // The media folder moves away; the user finds the files elsewhere.
        QVERIFY(QDir(root.filePath(u"old"_qs)).removeRecursively());
        touch(root.filePath(u"found/deep/er/a.mp4"_qs));
        touch(root.filePath(u"found/a.mp4"_qs));     // shallower: wins
        touch(root.filePath(u"found/sub/b.mp4"_qs)); // differs in case only
        touch(root.filePath(u"found/sub/song.mp3"_qs));
        auto loaded = ProjectFile::load(project);
        QVERIFY(loaded);
        ProjectDocument &d = *loaded.value();
        QCOMPARE(MissingMedia::find(d), (QStringList{a, b, song}));

        const QHash<QString, QString> found = MissingMedia::searchFolder(d, root.filePath(u"found"_qs));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.value(a), root.filePath(u"found/a.mp4"_qs));
        QCOMPARE(found.value(b), root.filePath(u"found/sub/b.mp4"_qs));
        QCOMPARE(found.value(song), root.filePath(u"found/sub/song.mp3"_qs));
        QVERIFY(MissingMedia::searchFolder(d, root.filePath(u"nowhere"_qs)).isEmpty());

        const QByteArray before = snapshot(d);
        EXPECT_ERROR(d.relinkMedia(root.filePath(u"unused.mp4"_qs), found.value(a)), "edit.media_not_used");
        EXPECT_ERROR(d.relinkMedia(a, root.filePath(u"found/none.mp4"_qs)), "edit.relink_target_missing");
        QCOMPARE(d.undoStack()->count(), 0);

        EXPECT_OK(d.relinkMedia(a, found.value(a)));
        QCOMPARE(d.undoStack()->count(), 1); // both clips using a.mp4 in one command
        QCOMPARE(d.undoStack()->text(0), u"Relink media"_qs);
        QCOMPARE(d.clip(a1)->mediaPath, found.value(a));
        QCOMPARE(d.clip(a2)->mediaPath, found.value(a));
        QCOMPARE(MissingMedia::find(d), (QStringList{b, song}));
        EXPECT_OK(d.relinkMedia(song, found.value(song)));
        QCOMPARE(d.music().path, found.value(song));
        QVERIFY(d.isModified());

        d.undoStack()->undo();
        d.undoStack()->undo();
        QCOMPARE(snapshot(d), before);
        QCOMPARE(MissingMedia::find(d), (QStringList{a, b, song}));
        d.undoStack()->redo();
        QCOMPARE(d.clip(a2)->mediaPath, found.value(a));
    }

    void mediaBinImportsRelinksAndRoundTrips()
    {
        QTemporaryDir root;
        const QString project = root.filePath(u"p/p.montaj"_qs);
        const QString inside = root.filePath(u"p/media/in.mp4"_qs);
        const QString outside = root.filePath(u"elsewhere/out.wav"_qs);
        const QString used = root.filePath(u"p/used.mp4"_qs);
        for (const QString &f : {inside, outside, used})
            touch(f);
        ProjectDocument doc;
        EXPECT_ERROR(doc.addMedia({root.filePath(u"nope.mp4"_qs)}), "edit.media_missing");
        EXPECT_ERROR(doc.addMedia({u"relative.mp4"_qs}), "edit.media_missing");
        QCOMPARE(doc.undoStack()->count(), 0);

        EXPECT_OK(doc.addMedia({inside, outside, inside}));
        QCOMPARE(doc.media(), (QStringList{inside, outside}));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->text(0), u"Import media"_qs);
        EXPECT_OK(doc.addMedia({outside})); // already listed: nothing to do
        QCOMPARE(doc.undoStack()->count(), 1);
        (void)doc.addClip(videoClip(used));

        // Stored relative to the project inside its folder, absolute outside; read back equal.
        EXPECT_OK(ProjectFile::save(doc, project));
        const QByteArray json = ProjectFile::toJson(doc, root.filePath(u"p"_qs));
        QVERIFY(json.contains("\"media/in.mp4\""));
        QVERIFY(json.contains(outside.toUtf8()));
        auto loaded = ProjectFile::load(project);
        QVERIFY(loaded);
        QCOMPARE((*loaded)->media(), (QStringList{inside, outside}));

        // A bin file that moved is missing (after the timeline's), and relinks with undo.
        QVERIFY(QFile::remove(outside));
        QVERIFY(QFile::remove(used));
        QCOMPARE(MissingMedia::find(**loaded), (QStringList{used, outside}));
        const QString moved = root.filePath(u"moved/out.wav"_qs);
        touch(moved);
        EXPECT_OK((*loaded)->relinkMedia(outside, moved));
        QCOMPARE((*loaded)->media(), (QStringList{inside, moved}));
        (*loaded)->undoStack()->undo();
        QCOMPARE((*loaded)->media(), (QStringList{inside, outside}));
        // Relinking onto a file the bin lists already keeps one entry, and undo restores both.
        EXPECT_OK((*loaded)->relinkMedia(outside, inside));
        QCOMPARE((*loaded)->media(), (QStringList{inside}));
        (*loaded)->undoStack()->undo();
        QCOMPARE((*loaded)->media(), (QStringList{inside, outside}));

        EXPECT_ERROR(doc.removeMedia(used), "edit.media_not_in_bin");
        EXPECT_OK(doc.removeMedia(inside));
        QCOMPARE(doc.media(), (QStringList{outside}));
        QCOMPARE(doc.clips().size(), 1); // the timeline keeps its clips
        doc.undoStack()->undo();
        QCOMPARE(doc.media(), (QStringList{inside, outside}));

        // A bin entry of the wrong type names the field.
        QByteArray bad = json;
        bad.replace("\"media/in.mp4\"", "42");
        const auto refused = ProjectFile::fromJson(bad, root.filePath(u"p"_qs), u"bad.montaj"_qs);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"media[0]"_qs)
                     || refused.error().context.value(u"field"_qs).toString().contains(u"media[0]"_qs),
                 qPrintable(refused.error().toString()));
    }

    void malformedJsonNamesLineAndColumn()
    {
        const QByteArray json = "{\n"
                                "  \"schema\": \"montaj.project\",\n"
                                "  \"schemaVersion\": 1,\n"
                                "  \"clips\": [ oops ]\n"
                                "}\n";
        const auto r = ProjectFile::fromJson(json, QString(), u"broken.montaj"_qs);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"edit.json_malformed"_qs);
        QCOMPARE(r.error().context.value(u"file"_qs).toString(), u"broken.montaj"_qs);
        QCOMPARE(r.error().context.value(u"line"_qs).toInt(), 4);
        QCOMPARE(r.error().context.value(u"column"_qs).toInt(), 14); // the "o" of oops
        QVERIFY(r.error().toString().contains(u"line: 4"_qs));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.montaj"_qs);
        writeAll(path, QStringLiteral("{\n\"é\": [ oops ]}").toUtf8()); // columns count characters, not bytes
        const auto loaded = ProjectFile::load(path);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, u"edit.json_malformed"_qs);
        QCOMPARE(loaded.error().context.value(u"file"_qs).toString(), path);
        QCOMPARE(loaded.error().context.value(u"line"_qs).toInt(), 2);
        QCOMPARE(loaded.error().context.value(u"column"_qs).toInt(), 8);
    }

    void captionsRoundTrip()
    {
        ProjectState state;
        state.clips.append(videoClip(u"/media/a.mp4"_qs));
        state.captions.language = u"ar"_qs;
        state.captions.style.preset = CaptionPreset::WordHighlight;
        state.captions.style.highlightColor = QColor(1, 2, 3, 250);
        state.captions.style.maxLines = 3;
        state.captions.output = CaptionOutput{false, true};
        CaptionCue cue{1000001, 2500000, u"مرحبا بالعالم 2024\nÊtre déçu"_qs, {}};
        cue.words = {{1000001, 1500000, u"مرحبا"_qs}, {1500000, 2500000, u"بالعالم"_qs}};
        state.captions.cues = {cue, CaptionCue{3000000, 4000000, u"plain"_qs, {}}};
        state.clips.first().id = u"clip-a"_qs;
        auto doc = ProjectDocument::fromState(state);
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        const QByteArray json = ProjectFile::toJson(*doc.value(), QString());
        QVERIFY(json.contains("\"wordHighlight\""));
        auto back = ProjectFile::fromJson(json, QString(), u"c.montaj"_qs);
        QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back.value()->state().captions, state.captions);

        // A version 1 file (no captions, no filters) still opens.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        root.remove(u"captions"_qs);
        root.insert(u"schemaVersion"_qs, 1);
        auto v1 = ProjectFile::fromJson(QJsonDocument(root).toJson(), QString(), u"v1.montaj"_qs);
        QVERIFY(v1);
        QVERIFY(v1.value()->state().captions.isEmpty());

        // A cue without its times is refused with the field named.
        QJsonObject broken = QJsonDocument::fromJson(json).object();
        QJsonObject captions = broken.value(u"captions"_qs).toObject();
        QJsonArray cues = captions.value(u"cues"_qs).toArray();
        QJsonObject first = cues.at(1).toObject();
        first.remove(u"endUs"_qs);
        cues.replace(1, first);
        captions.insert(u"cues"_qs, cues);
        broken.insert(u"captions"_qs, captions);
        auto bad = ProjectFile::fromJson(QJsonDocument(broken).toJson(), QString(), u"b.montaj"_qs);
        QVERIFY(!bad);
        QVERIFY2(bad.error().toString().contains(u"captions.cues[1].endUs"_qs),
                 qPrintable(bad.error().toString()));
    }

    void futureSchemaIsRefused()
    {
        ProjectDocument doc;
        (void)doc.addClip(videoClip(u"/media/a.mp4"_qs));
        QJsonObject root = QJsonDocument::fromJson(snapshot(doc)).object();
        root.insert(u"schemaVersion"_qs, ProjectFile::kSchemaVersion + 1);
        const auto r = ProjectFile::fromJson(QJsonDocument(root).toJson(), QString(), u"future.montaj"_qs);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"edit.schema_too_new"_qs);
        QCOMPARE(r.error().context.value(u"schemaVersion"_qs).toInt(), ProjectFile::kSchemaVersion + 1);
        QCOMPARE(r.error().context.value(u"supported"_qs).toInt(), ProjectFile::kSchemaVersion);
        QCOMPARE(r.error().context.value(u"file"_qs).toString(), u"future.montaj"_qs);

        root.insert(u"schemaVersion"_qs, u"1"_qs);
        EXPECT_ERROR(ProjectFile::fromJson(QJsonDocument(root).toJson(), QString(), u"x"_qs),
                     "edit.schema_invalid");
        root.insert(u"schemaVersion"_qs, 1);
        root.insert(u"schema"_qs, u"other.format"_qs);
        EXPECT_ERROR(ProjectFile::fromJson(QJsonDocument(root).toJson(), QString(), u"x"_qs),
                     "edit.not_a_project");
        EXPECT_ERROR(ProjectFile::fromJson("[1, 2]", QString(), u"x"_qs), "edit.not_a_project");
    }

    void truncatedFilesAreRefusedWithoutCrashing()
    {
        QTemporaryDir dir;
        auto doc = richDocument(dir.filePath(u"media"_qs));
        const QByteArray json = ProjectFile::toJson(*doc, dir.path());
        QVERIFY(json.size() > 1000);
        // Every prefix is refused; none crashes. (The last byte is a newline: dropping it is fine.)
        for (qsizetype n = 0; n < json.size() - 1; ++n) {
            const auto r = ProjectFile::fromJson(json.left(n), dir.path(), u"cut.montaj"_qs);
            QVERIFY2(!r, qPrintable(QString::number(n)));
            QVERIFY(!r.error().code.isEmpty());
        }
        const QString path = dir.filePath(u"cut.montaj"_qs);
        writeAll(path, json.left(json.size() / 2));
        const auto r = ProjectFile::load(path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"edit.json_malformed"_qs);
        QVERIFY(r.error().context.value(u"line"_qs).toInt() > 1);

        EXPECT_ERROR(ProjectFile::load(dir.filePath(u"absent.montaj"_qs)), "edit.file_open_failed");
    }

    void invalidValuesNameTheField()
    {
        ProjectDocument doc;
        (void)doc.addClip(videoClip(u"/media/a.mp4"_qs, 10 * kSecondUs));
        const QByteArray good = snapshot(doc);

        const auto fails = [&](const QByteArray &from, const QByteArray &to, const char *code,
                               const QString &field) {
            QByteArray json = good;
            QVERIFY2(json.contains(from), from.constData());
            json.replace(from, to);
            const auto r = ProjectFile::fromJson(json, QString(), u"v.montaj"_qs);
            QVERIFY2(!r, to.constData());
            QCOMPARE(r.error().code, QString::fromLatin1(code));
            QCOMPARE(r.error().context.value(u"field"_qs).toString(), field);
            QCOMPARE(r.error().context.value(u"file"_qs).toString(), u"v.montaj"_qs);
        };
        fails("\"inUs\": 0", "\"inUs\": 1.5", "edit.json_invalid_field", u"clips[0].inUs"_qs);
        fails("\"inUs\": 0", "\"inUs\": \"0\"", "edit.json_invalid_field", u"clips[0].inUs"_qs);
        fails("\"inUs\": 0,", "", "edit.json_missing_field", u"clips[0].inUs"_qs);
        fails("\"outUs\": 10000000", "\"outUs\": 10000001", "edit.trim_beyond_source", u"clips[0]"_qs);
        fails("\"fit\": \"fill\"", "\"fit\": \"stretch\"", "edit.json_invalid_field", u"clips[0].fit"_qs);
        fails("\"durationUs\": 10000000", "\"durationUs\": 1e300", "edit.json_invalid_field",
              u"clips[0].source.durationUs"_qs);
        fails("\"volume\": 1", "\"volume\": 7", "edit.invalid_volume", u"clips[0]"_qs);
        fails("\"background\": \"#ff000000\"", "\"background\": \"black\"", "edit.json_invalid_field",
              u"canvas.background"_qs);
        fails("\"media\": \"/media/a.mp4\"", "\"media\": \"\"", "edit.json_invalid_field",
              u"clips[0].media"_qs);
        fails("\"clips\": [", "\"clips\": [ 3, ", "edit.json_invalid_field", u"clips[0]"_qs);
    }

    void saveFailureKeepsTheDocumentModified()
    {
        QTemporaryDir dir;
        ProjectDocument doc;
        (void)doc.addClip(videoClip(u"/media/a.mp4"_qs));
        const QString path = dir.filePath(u"no/such/folder/p.montaj"_qs);
        const auto r = ProjectFile::save(doc, path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"edit.write_failed"_qs);
        QCOMPARE(r.error().context.value(u"file"_qs).toString(), path);
        QVERIFY(doc.isModified());
        QVERIFY(doc.filePath().isEmpty());

        // A folder in the way fails too (even for root), and the folder survives.
        const QString folder = dir.filePath(u"taken.montaj"_qs);
        QVERIFY(QDir().mkpath(folder));
        EXPECT_ERROR(ProjectFile::save(doc, folder), "edit.write_failed");
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(doc.isModified());
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
