#include "core/media/videodecoder.h"
#include "core/preview/framegrid.h"
#include "core/preview/previewrenderer.h"
#include "core/preview/timecode.h"
#include "core/render/exportjob.h"
#include "core/render/safezones.h"
#include "tests/preview/previewtestsupport.h"
#include "tests/support/framecode.h"
#include "tests/support/mediafixtures.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using montaj::test::clipOf;
using montaj::test::FrameCode;
using montaj::test::MediaFixtures;

namespace {

ProjectState portraitProject()
{
    ProjectState project; // 1080×1920 at 30 fps by default
    project.clips << clipOf(test::portraitCoded(), 0, 2'000'000);
    return project;
}

TextOverlay caption(const QString &text)
{
    TextOverlay o;
    o.id = QStringLiteral("caption");
    o.text = text;
    o.position = QPointF(0.5, 0.3);
    o.box = true;
    o.startUs = 0;
    o.endUs = 60'000'000;
    return o;
}

int codeAt(PreviewRenderer &r, qint64 us)
{
    auto image = r.render(us);
    return image ? FrameCode::read(*image) : -1;
}

} // namespace

class TestPreviewRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void sizesKeepTheCanvasAspect()
    {
        QCOMPARE(PreviewRenderer::defaultSizeFor({1080, 1920}), QSize(540, 960));
        QCOMPARE(PreviewRenderer::defaultSizeFor({1920, 1080}), QSize(960, 540));
        QCOMPARE(PreviewRenderer::defaultSizeFor({1080, 1350}), QSize(540, 676));
        QCOMPARE(PreviewRenderer::defaultSizeFor({360, 640}), QSize(360, 640));
        QCOMPARE(PreviewRenderer::fitToCanvas({1080, 1920}, {400, 400}), QSize(226, 400));
        QCOMPARE(PreviewRenderer::fitToCanvas({1080, 1920}, {4000, 4000}), QSize(1080, 1920));
    }

    void frameGridRoundsLikeTheExport()
    {
        const FrameGrid grid{30, 1, 2'000'000};
        QCOMPARE(grid.frameCount(), 60);
        QCOMPARE(grid.timeOf(1), 33'334);
        QCOMPARE(grid.indexAt(33'333), 0);
        QCOMPARE(grid.indexAt(33'334), 1);
        QCOMPARE(grid.indexAt(2'000'000), 59);
        const FrameGrid ntsc{30000, 1001, 1'001'000};
        QCOMPARE(ntsc.frameCount(), 30);
        QCOMPARE(ntsc.indexAt(ntsc.timeOf(29)), 29);
        QCOMPARE(ntsc.indexAt(ntsc.timeOf(29) - 1), 28);
    }

    void timecodes()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(Timecode::format(0, 30, 1, c), QStringLiteral("00:00:00:00"));
        QCOMPARE(Timecode::format(966'667, 30, 1, c), QStringLiteral("00:00:00:29")); // frame 29's start
        QCOMPARE(Timecode::format(966'666, 30, 1, c), QStringLiteral("00:00:00:28"));
        QCOMPARE(Timecode::format(1'000'000, 30, 1, c), QStringLiteral("00:00:01:00"));
        QCOMPARE(Timecode::format(3'723'500'000, 30, 1, c), QStringLiteral("01:02:03:15"));
        QCOMPARE(Timecode::format(1'001'000, 30000, 1001, c), QStringLiteral("00:00:01:00")); // 30 frames
        QCOMPARE(Timecode::format(-5, 30, 1, c), QStringLiteral("00:00:00:00"));
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        const QString text = Timecode::format(966'667, 30, 1, arabic);
        QVERIFY(text.endsWith(arabic.toString(29)));
        QVERIFY(text.startsWith(arabic.toString(0)));
    }

    void safeZonesStayOnTheVideo()
    {
        const QList<SafeZones::Zone> zones = SafeZones::tiktok();
        QCOMPARE(zones.size(), 3);
        const QRectF video(0, 0, 1, 1);
        for (const SafeZones::Zone &z : zones) {
            QVERIFY(video.contains(z.rect));
            QVERIFY(!z.rect.isEmpty());
            QVERIFY(!SafeZones::label(z.kind).isEmpty());
            QVERIFY(!z.rect.intersects(SafeZones::tiktokSafeRect()));
        }
        QVERIFY(video.contains(SafeZones::tiktokSafeRect()));
    }

    void everyFrameIsExactInAnyOrder()
    {
        PreviewRenderer r;
        r.setProject(portraitProject());
        QCOMPARE(r.outputSize(), QSize(540, 960));
        const FrameGrid grid{30, 1, r.durationUs()};
        QList<int> order(60);
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
        for (int n : order)
            QCOMPARE(codeAt(r, grid.timeOf(n)), n);
        QCOMPARE(codeAt(r, grid.timeOf(7) - 1), 6); // the last microsecond of frame 6
        QCOMPARE(codeAt(r, 2'000'000), 59);         // the end shows the last frame
        QCOMPARE(codeAt(r, 90'000'000), 59);
        QCOMPARE(codeAt(r, -40), 0);
    }

    void cutsPlayBackToBack()
    {
        ProjectState project;
        project.clips << clipOf(test::portraitCoded(), 1'000'000, 1'500'000) // frames 30..44
                      << clipOf(test::portraitCoded(), 200'000, 500'000);    // frames 6..14
        PreviewRenderer r;
        r.setProject(project);
        const FrameGrid grid{30, 1, r.durationUs()};
        QCOMPARE(grid.frameCount(), 24);
        QCOMPARE(codeAt(r, grid.timeOf(0)), 30);
        QCOMPARE(codeAt(r, grid.timeOf(14)), 44);
        QCOMPARE(codeAt(r, grid.timeOf(15)), 6);
        QCOMPARE(codeAt(r, grid.timeOf(23)), 14);
        QCOMPARE(codeAt(r, grid.timeOf(3)), 33); // back into the first clip
    }

    // The preview frame against the export's frame scaled to the preview size, with PSNR as video
    // tools give it, per Y, U and V plane: every plane at least 35 dB on footage-like pictures. Over
    // R, G and B the same pictures score lower (about 34 dB): the YUV→RGB matrix multiplies the
    // chroma error by 1.6–1.9 in R and B. Saturated colour bars, 4:2:0's worst case, are held to
    // 35 dB on luma and 30 dB on chroma (their edges go through one more chroma resampling and an
    // encode in the export).
    void looksLikeTheExport_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QSize>("sourceSize");
        QTest::addColumn<int>("fit");
        QTest::addColumn<QRectF>("crop");
        QTest::addColumn<double>("minChroma");
        const QRectF whole(0, 0, 1, 1);
        QTest::newRow("portrait fill")
            << "mandelbrot" << QSize(360, 640) << int(FitMode::Fill) << whole << 35.0;
        QTest::newRow("landscape fit")
            << "mandelbrot" << QSize(640, 360) << int(FitMode::Fit) << whole << 35.0;
        QTest::newRow("crop") << "mandelbrot" << QSize(640, 360) << int(FitMode::Crop)
                              << QRectF(0.1, 0.2, 0.5, 0.6) << 35.0;
        QTest::newRow("bars fill") << "testsrc" << QSize(360, 640) << int(FitMode::Fill) << whole << 30.0;
    }

    void looksLikeTheExport()
    {
        QFETCH(QString, pattern);
        QFETCH(QSize, sourceSize);
        QFETCH(int, fit);
        QFETCH(QRectF, crop);
        QFETCH(double, minChroma);
        const QString source = test::colourSource(sourceSize, pattern);
        QVERIFY(!source.isEmpty());
        ProjectState project;
        project.canvas.background = QColor(20, 40, 120);
        Clip clip = clipOf(source, 200'000, 600'000, FitMode(fit)); // 12 frames keep the export short
        clip.cropRect = crop;
        project.clips << clip;
        project.overlays << caption(QStringLiteral("Montaj preview — مرحبا"));

        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        const QString out = m_dir.filePath(QStringLiteral("export_%1.mp4").arg(tag));
        ExportJob job(project, *ExportPreset::find(QStringLiteral("tiktok-1080p30")), out);
        const auto exported = job.run();
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().toString()));
        auto decoded = VideoDecoder::open(out);
        QVERIFY(decoded.ok());

        PreviewRenderer r;
        r.setProject(project);
        const FrameGrid grid{30, 1, r.durationUs()};
        for (int n : {0, 6, 11}) {
            const auto preview = r.render(grid.timeOf(n));
            QVERIFY(preview.ok());
            QCOMPARE(preview->size(), QSize(540, 960));
            const auto reference = (*decoded)->imageAtIndex(n, QSize(540, 960), Qt::IgnoreAspectRatio);
            QVERIFY(reference.ok());
            const test::PlanePsnr db = test::psnrYuv(*preview, *reference);
            const double rgb = test::psnr(*preview, *reference);
            const QString figures = QStringLiteral("frame %1: Y %2 U %3 V %4 dB (RGB %5 dB)")
                                        .arg(n)
                                        .arg(db.y, 0, 'f', 2)
                                        .arg(db.u, 0, 'f', 2)
                                        .arg(db.v, 0, 'f', 2)
                                        .arg(rgb, 0, 'f', 2);
            QVERIFY2(db.y >= 35.0 && std::min(db.u, db.v) >= minChroma, qPrintable(figures));
            if (n == 0)
                qInfo("%s: %s", QTest::currentDataTag(), qPrintable(figures));
        }
    }

    void stillsAndSoundOnlyClips()
    {
        ProjectState project;
        project.canvas.background = QColor(200, 30, 30);
        Clip still = clipOf(MediaFixtures::still(QStringLiteral("png")), 0, 1'000'000, FitMode::Fit);
        still.sourceDurationUs = 3'600'000'000;
        Clip tone =
            clipOf(MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"}), 0, 1'000'000);
        QVERIFY(!tone.sourceHasVideo);
        project.clips << still << tone;
        PreviewRenderer r;
        r.setProject(project);
        const QImage a = *r.render(0);
        const QImage b = *r.render(500'000); // the same still picture, from the cache
        QCOMPARE(a, b);
        QCOMPARE(r.stats().conversions, 1);
        // 64×48 fitted on 9:16: a band of background above, the picture in the middle.
        QCOMPARE(a.pixelColor(270, 20), QColor(200, 30, 30));
        QVERIFY(a.pixelColor(270, 480) != QColor(200, 30, 30));
        const QImage sound = *r.render(1'500'000);
        QCOMPARE(sound.pixelColor(0, 0), QColor(200, 30, 30));
        QCOMPARE(sound.pixelColor(270, 480), QColor(200, 30, 30));
        QCOMPARE(sound.pixelColor(539, 959), QColor(200, 30, 30));
    }

    void emptyTimelineIsTheBackground()
    {
        PreviewRenderer r;
        ProjectState project;
        project.canvas.background = Qt::white;
        r.setProject(project);
        const auto frame = r.render(0);
        QVERIFY(frame.ok());
        QCOMPARE(frame->pixelColor(10, 10), QColor(Qt::white));
    }

    void missingOrBrokenMediaIsAnError()
    {
        for (const QString &path : {m_dir.filePath(QStringLiteral("gone.mp4")),
                                    MediaFixtures::broken("garbage"), MediaFixtures::broken("truncated")}) {
            ProjectState project;
            Clip c;
            c.id = QStringLiteral("x");
            c.mediaPath = path;
            c.outUs = 1'000'000;
            c.sourceDurationUs = 1'000'000;
            c.sourceSize = QSize(360, 640);
            project.clips << c;
            project.overlays << caption(QStringLiteral("still drawn"));
            PreviewRenderer r;
            r.setProject(project);
            const auto frame = r.render(100'000);
            QVERIFY2(!frame.ok(), qPrintable(path));
            QVERIFY(!frame.error().code.isEmpty());
            QVERIFY(!frame.error().message.isEmpty());
            const QImage placeholder = r.placeholder(100'000);
            QCOMPARE(placeholder.size(), QSize(540, 960));
            QCOMPARE(placeholder.pixelColor(5, 5), QColor(Qt::black));
            QVERIFY(!r.render(200'000).ok()); // still an error, not a crash, on every frame
        }
    }

    void overlaysAreCachedPerValueAndSize()
    {
        ProjectState project = portraitProject();
        project.overlays << caption(QStringLiteral("one"));
        PreviewRenderer r;
        r.setProject(project);
        QVERIFY(r.render(0).ok());
        QVERIFY(r.render(33'334).ok());
        QCOMPARE(r.stats().overlayRenders, 1);
        project.overlays[0].text = QStringLiteral("two");
        r.setProject(project);
        QVERIFY(r.render(0).ok());
        QCOMPARE(r.stats().overlayRenders, 2);
        r.setOutputSize(QSize(270, 480));
        const auto small = r.render(0);
        QCOMPARE(small->size(), QSize(270, 480));
        QCOMPARE(r.stats().overlayRenders, 3);
        project.overlays[0].text = QStringLiteral("one");
        r.setProject(project);
        r.setOutputSize(QSize(540, 960));
        QVERIFY(r.render(0).ok());
        QCOMPARE(r.stats().overlayRenders, 3); // still cached
    }

    void filterRunsBeforeOverlays()
    {
        ProjectState project = portraitProject();
        PreviewRenderer r;
        r.setProject(project);
        qint64 seen = -1;
        r.setFilter([&seen](QImage &frame, qint64 us) {
            seen = us;
            frame.fill(Qt::green);
        });
        const QImage frame = *r.render(500'000);
        QCOMPARE(seen, 500'000);
        QCOMPARE(frame.pixelColor(100, 100), QColor(Qt::green));
    }
};

// QGuiApplication (offscreen, no display): text overlays need the font database.
QTEST_MAIN(TestPreviewRenderer)
#include "tst_previewrenderer.moc"
