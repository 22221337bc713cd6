#include "core/media/audiodecoder.h"
#include "core/media/mediaprobe.h"
#include "core/media/videodecoder.h"
#include "core/render/exportcheck.h"
#include "core/render/exportjob.h"
#include "tests/support/framecode.h"
#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace montaj;
using montaj::test::FrameCode;
using montaj::test::MediaFixtures;

namespace {

Clip clipOf(const QString &path, qint64 inUs, qint64 outUs, FitMode fit = FitMode::Fit)
{
    const auto info = MediaProbe::probe(path);
    Clip c;
    c.id = QStringLiteral("c%1_%2").arg(inUs).arg(outUs);
    c.mediaPath = info->path;
    c.inUs = inUs;
    c.outUs = outUs;
    c.sourceDurationUs = info->durationUs;
    c.sourceHasVideo = info->hasVideo();
    c.sourceHasAudio = info->hasAudio();
    c.sourceSize = info->hasVideo() ? info->videoStreams.first().displaySize : QSize();
    c.fit = fit;
    return c;
}

const ExportPreset &tiktok()
{
    return *ExportPreset::find(QStringLiteral("tiktok-1080p30"));
}

// The picture area of a 320×240 source fitted on a 1080×1920 canvas: 1080×810, centred.
QImage pictureArea(const QImage &canvas)
{
    return canvas.copy(0, 555, 1080, 810);
}

Result<ExportResult> exportTo(const ProjectState &project, const QString &out,
                              const ExportPreset &preset = tiktok())
{
    ExportJob job(project, preset, out);
    return job.run();
}

float peakOf(const QString &path, qint64 fromUs, qint64 toUs)
{
    auto d = AudioDecoder::open(path, 48000, 2); // both channels as they are, no downmix
    if (!d || !(*d)->seek(fromUs))
        return -1;
    std::vector<float> samples(size_t((toUs - fromUs) * 48 / 1000 * 2));
    const auto got = (*d)->read(samples.data(), qint64(samples.size() / 2));
    float peak = 0;
    for (qint64 i = 0; i < got.valueOr(0) * 2; ++i)
        peak = std::max(peak, std::abs(samples[size_t(i)]));
    return peak;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void everyFrameLandsWhereItBelongs()
    {
        ProjectState project;
        project.clips << clipOf(MediaFixtures::h264(), 0, 3'000'000);
        const auto result = exportTo(project, out(QStringLiteral("frames.mp4")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->frames, 90);
        auto d = VideoDecoder::open(result->outputPath);
        QVERIFY(d.ok());
        QCOMPARE(*(*d)->frameCount(), 90);
        for (int n = 0; n < 90; ++n)
            QCOMPARE(FrameCode::read(pictureArea(*(*d)->imageAtIndex(n))), n);
    }

    void splitAndTrimmedClipsPlayBackToBack()
    {
        ProjectState project; // frames 60..74, then 10..19
        project.clips << clipOf(MediaFixtures::h264(), 2'000'000, 2'500'000)
                      << clipOf(MediaFixtures::h264(), 333'334, 666'667);
        const auto result = exportTo(project, out(QStringLiteral("cuts.mp4")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        auto d = VideoDecoder::open(result->outputPath);
        QCOMPARE(*(*d)->frameCount(), 25);
        QCOMPARE(FrameCode::read(pictureArea(*(*d)->imageAtIndex(0))), 60);
        QCOMPARE(FrameCode::read(pictureArea(*(*d)->imageAtIndex(14))), 74);
        QCOMPARE(FrameCode::read(pictureArea(*(*d)->imageAtIndex(15))), 10);
        QCOMPARE(FrameCode::read(pictureArea(*(*d)->imageAtIndex(24))), 19);
    }

    void exportMeetsItsPresetWhenProbedAgain()
    {
        for (const QString &id : {QStringLiteral("tiktok-1080p30"), QStringLiteral("tiktok-1080p60"),
                                  QStringLiteral("instagram-reels"), QStringLiteral("youtube-shorts"),
                                  QStringLiteral("keep-source")}) {
            const ExportPreset &preset = *ExportPreset::find(id);
            const auto info = MediaProbe::probe(MediaFixtures::rotated(90));
            const ProjectState project = ExportJob::projectForMedia(*info, preset, FitMode::Fill);
            const QString path = out(id + QStringLiteral(".mp4"));
            const auto result = exportTo(project, path, preset);
            if (id == QLatin1String("keep-source")) {
                // 240×320 is below the platform's 360-pixel minimum: refused before encoding.
                QVERIFY(!result.ok());
                QCOMPARE(result.error().code, QStringLiteral("render.picture_size"));
                QVERIFY(!QFile::exists(path));
                continue;
            }
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
            const auto probed = MediaProbe::probe(path);
            QVERIFY(probed.ok());
            const QList<Error> problems = ExportCheck::checkFile(*probed, preset);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
            QCOMPARE(probed->videoStreams.first().rotation, 0);
            QCOMPARE(probed->audioStreams.size(), 1); // silence where the source has none
            QVERIFY(!QFile::exists(ExportJob::partialPathFor(path)));
        }
    }

    void phoneRotationComesOutUpright()
    {
        ProjectState project;
        project.clips << clipOf(MediaFixtures::rotated(90), 0, 500'000, FitMode::Fit);
        const auto result = exportTo(project, out(QStringLiteral("upright.mp4")));
        QVERIFY(result.ok());
        auto d = VideoDecoder::open(result->outputPath);
        const QImage frame = *(*d)->imageAt(0);
        // 240×320 fitted on 1080×1920: 1080×1440 centred; the red quadrant is top-right.
        QVERIFY(frame.pixelColor(1000, 300).red() > 180);
        QVERIFY(frame.pixelColor(80, 300).blue() > 180);
        QVERIFY(frame.pixelColor(540, 100).value() < 40); // the band above the picture
    }

    void soundFollowsVolumeMuteAndMusic()
    {
        const QString tone = MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"});
        const QString video = MediaFixtures::h264();
        ProjectState project;
        Clip loud = clipOf(video, 0, 1'000'000); // the video has no sound: silence
        Clip half = clipOf(tone, 0, 1'000'000);
        half.volume = 0.5;
        Clip muted = clipOf(tone, 0, 1'000'000);
        muted.muted = true;
        project.clips << loud << half << muted;
        const auto result = exportTo(project, out(QStringLiteral("sound.mp4")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(peakOf(result->outputPath, 100'000, 900'000) < 0.01f);
        const float halfPeak = peakOf(result->outputPath, 1'100'000, 1'900'000);
        QVERIFY2(std::abs(halfPeak - 0.25f) < 0.03f, qPrintable(QString::number(halfPeak)));
        QVERIFY(peakOf(result->outputPath, 2'100'000, 2'900'000) < 0.01f);

        project.music = MusicTrack{tone, 0, 0, 1.0, 1'000'000, 0, 2'000'000};
        const auto withMusic = exportTo(project, out(QStringLiteral("music.mp4")));
        QVERIFY(withMusic.ok());
        const float early = peakOf(withMusic->outputPath, 100'000, 200'000); // fading in: ~0.05–0.1
        const float later = peakOf(withMusic->outputPath, 800'000, 900'000); // ~0.4–0.45
        QVERIFY2(early < 0.12f && later > 0.35f, qPrintable(QStringLiteral("%1 %2").arg(early).arg(later)));
        QVERIFY(peakOf(withMusic->outputPath, 2'100'000, 2'900'000) < 0.01f); // music ended at 2 s
    }

    void textOverlayIsBurnedInForItsSpan()
    {
        ProjectState project;
        project.clips << clipOf(MediaFixtures::h264(), 0, 1'000'000);
        TextOverlay text;
        text.id = QStringLiteral("t1");
        text.text = QStringLiteral("مرحبا Montaj");
        text.position = QPointF(0.5, 0.1);
        text.startUs = 500'000;
        text.endUs = 1'000'000;
        project.overlays << text;
        const auto result = exportTo(project, out(QStringLiteral("text.mp4")));
        QVERIFY(result.ok());
        auto d = VideoDecoder::open(result->outputPath);
        const auto brightIn = [](const QImage &image) {
            int bright = 0;
            for (int y = 150; y < 234; ++y)
                for (int x = 0; x < image.width(); x += 2)
                    bright += qGray(image.pixel(x, y)) > 200;
            return bright;
        };
        QCOMPARE(brightIn(*(*d)->imageAtIndex(5)), 0);
        QVERIFY(brightIn(*(*d)->imageAtIndex(20)) > 500);
    }

    void rulesAreCheckedBeforeEncoding()
    {
        ProjectState empty;
        QCOMPARE(exportTo(empty, out(QStringLiteral("e.mp4"))).error().code,
                 QStringLiteral("render.empty_project"));

        ProjectState tooLong; // a still shown for eleven minutes
        Clip still = clipOf(MediaFixtures::still(QStringLiteral("png")), 0, 11LL * 60 * 1'000'000);
        tooLong.clips << still;
        const auto refused = exportTo(tooLong, out(QStringLiteral("long.mp4")));
        QCOMPARE(refused.error().code, QStringLiteral("render.too_long"));
        QVERIFY(refused.error().message.contains(QStringLiteral("600")));
        QVERIFY(!QFile::exists(out(QStringLiteral("long.mp4"))));

        ProjectState forCreator;
        forCreator.clips << clipOf(MediaFixtures::h264(), 0, 3'000'000);
        ExportJob job(forCreator, tiktok(), out(QStringLiteral("creator.mp4")));
        job.setCreatorMaxDurationUs(2'000'000);
        QCOMPARE(job.run().error().code, QStringLiteral("render.too_long_for_creator"));

        ProjectState missing;
        Clip gone = clipOf(MediaFixtures::h264(), 0, 1'000'000);
        gone.mediaPath = QStringLiteral("/nonexistent/gone.mp4");
        missing.clips << gone;
        const auto lost = exportTo(missing, out(QStringLiteral("m.mp4")));
        QCOMPARE(lost.error().code, QStringLiteral("render.missing_media"));
        QCOMPARE(lost.error().context.value(QStringLiteral("file")).toString(), gone.mediaPath);
    }

    void cancellingLeavesNothingBehind()
    {
        ProjectState project;
        project.clips << clipOf(MediaFixtures::h264(), 0, 3'000'000);
        const QString path = out(QStringLiteral("cancelled.mp4"));
        ExportJob job(project, tiktok(), path);
        job.setProgressCallback([&](const ExportProgress &p) {
            if (p.frame == 10)
                job.cancel();
        });
        const auto result = job.run();
        QCOMPARE(result.error().code, QStringLiteral("render.cancelled"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(ExportJob::partialPathFor(path)));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
