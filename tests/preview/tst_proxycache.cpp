#include "core/media/videodecoder.h"
#include "core/preview/framegrid.h"
#include "core/preview/previewrenderer.h"
#include "core/preview/proxycache.h"
#include "tests/preview/previewtestsupport.h"
#include "tests/support/framecode.h"
#include "tests/support/mediafixtures.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using montaj::test::clipOf;
using montaj::test::FrameCode;
using montaj::test::MediaFixtures;

namespace {

// 12 frame-coded frames of 720×1280: larger than a proxy's 540-pixel short side.
QString tallCoded()
{
    return MediaFixtures::frameCoded(QStringLiteral("preview_tall_h264.mp4"),
                                     {QStringLiteral("-c:v"), QStringLiteral("libx264"),
                                      QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                                      QStringLiteral("-g"), QStringLiteral("6"), QStringLiteral("-pix_fmt"),
                                      QStringLiteral("yuv420p")},
                                     12, 30, QSize(720, 1280));
}

// 20 s of 960×540 test pattern: long enough to be cancelled while its proxy is being made.
QString longSource()
{
    const QString path = QDir(MediaFixtures::dir()).filePath(QStringLiteral("preview_long_540p.mp4"));
    if (QFileInfo::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial.mp4");
    if (!MediaFixtures::ffmpeg({"-f", "lavfi", "-i", "testsrc=s=960x540:r=30:d=20", "-c:v", "libx264",
                                "-preset", "ultrafast", "-pix_fmt", "yuv420p", partial})
        || !QFile::rename(partial, path))
        return {};
    return path;
}

QString readyProxyOf(ProxyCache &cache, const QString &source)
{
    cache.request(source);
    if (!cache.waitForIdle(60000))
        return {};
    return cache.readyProxy(source);
}

} // namespace

class TestProxyCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString folder() const { return m_dir.filePath(QStringLiteral("proxies")); }

private Q_SLOTS:
    void proxySizes()
    {
        ProxyCache cache(folder());
        Q_UNUSED(cache);
        QCOMPARE(ProxyCache::kShortSide, 540);
    }

    void sameFrameAtTheSameTime_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("h264 with B-frames") << MediaFixtures::h264();
        QTest::newRow("variable frame rate") << MediaFixtures::variableFrameRate();
        QTest::newRow("portrait") << test::portraitCoded();
    }

    void sameFrameAtTheSameTime()
    {
        QFETCH(QString, source);
        QVERIFY(!source.isEmpty());
        ProxyCache cache(folder());
        QSignalSpy ready(&cache, &ProxyCache::ready);
        const QString proxy = readyProxyOf(cache, source);
        QVERIFY2(!proxy.isEmpty(),
                 qPrintable(cache.error(source) ? cache.error(source)->toString() : QString()));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(cache.status(source), ProxyCache::Status::Ready);
        QVERIFY(proxy.startsWith(folder()));

        auto original = VideoDecoder::open(source);
        auto copy = VideoDecoder::open(proxy);
        QVERIFY(original.ok() && copy.ok());
        QCOMPARE((*copy)->rotation(), 0);
        const qint64 frames = *(*original)->frameCount();
        QCOMPARE(*(*copy)->frameCount(), frames);
        for (qint64 n = 0; n < frames; ++n)
            QCOMPARE(*(*copy)->timeOfIndex(n), *(*original)->timeOfIndex(n));
        // At any time — frame starts, the microsecond before, random — the frame on screen: the
        // last one starting at or before it (from the original's frame index, the ground truth).
        QList<qint64> starts;
        QList<int> codes;
        for (qint64 n = 0; n < frames; ++n) {
            starts << *(*original)->timeOfIndex(n);
            codes << FrameCode::read(*(*original)->imageAtIndex(n));
        }
        QList<qint64> times;
        for (qint64 n = 1; n < frames; n += 7)
            times << starts[n] << starts[n] - 1;
        for (int i = 0; i < 20; ++i)
            times << qint64(QRandomGenerator::global()->bounded(3'100'000));
        for (qint64 us : times) {
            const auto on = std::upper_bound(starts.begin(), starts.end(), us);
            const int expected = codes[std::max<qsizetype>(0, std::distance(starts.begin(), on) - 1)];
            const int got = FrameCode::read(*(*copy)->imageAt(us));
            QVERIFY2(got == expected,
                     qPrintable(QStringLiteral("at %1 us: %2, not %3").arg(us).arg(got).arg(expected)));
        }
        // All-intra: a seek decodes the frame itself and little else.
        auto fresh = VideoDecoder::open(proxy);
        for (qint64 us : {2'000'000, 500'000, 2'900'000, 1'000'000})
            QVERIFY((*fresh)->frameAt(us).ok());
        QVERIFY2((*fresh)->stats().framesDecoded <= 8,
                 qPrintable(QString::number((*fresh)->stats().framesDecoded)));
    }

    void uprightAndAtMostTheShortSide()
    {
        ProxyCache cache(folder());
        const QString tall = readyProxyOf(cache, tallCoded());
        QVERIFY(!tall.isEmpty());
        auto d = VideoDecoder::open(tall);
        QCOMPARE((*d)->displaySize(), QSize(540, 960));
        QCOMPARE(FrameCode::read(*(*d)->imageAtIndex(11)), 11);

        const QString rotated = readyProxyOf(cache, MediaFixtures::rotated(90));
        QVERIFY(!rotated.isEmpty());
        auto r = VideoDecoder::open(rotated);
        QCOMPARE((*r)->rotation(), 0);
        QCOMPARE((*r)->displaySize(), QSize(240, 320)); // small already: not enlarged
        const QImage picture = *(*r)->imageAt(0);
        QVERIFY(picture.pixelColor(200, 40).red() > 180); // red quadrant turned to the top right
        QVERIFY(picture.pixelColor(40, 40).blue() > 180);
    }

    void keptByPathSizeAndModificationTime()
    {
        const QString copy = m_dir.filePath(QStringLiteral("mine.mp4"));
        QVERIFY(QFile::copy(MediaFixtures::h264(), copy));
        QString first;
        {
            ProxyCache cache(folder());
            first = readyProxyOf(cache, copy);
            QVERIFY(!first.isEmpty());
        }
        ProxyCache again(folder());
        QSignalSpy status(&again, &ProxyCache::statusChanged);
        again.request(copy);
        QCOMPARE(again.status(copy), ProxyCache::Status::Ready); // found on disk, nothing to make
        QCOMPARE(again.readyProxy(copy), first);
        QVERIFY(again.isIdle());

        // The file changes: its proxy no longer applies, and a new one is made.
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        f.close();
        QVERIFY(again.readyProxy(copy).isEmpty());
        QVERIFY(again.proxyFileFor(copy) != first);
        const QString second = readyProxyOf(again, copy);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
    }

    void brokenMediaFailWithAnError()
    {
        ProxyCache cache(folder());
        QSignalSpy failed(&cache, &ProxyCache::failed);
        const QStringList broken{MediaFixtures::broken("garbage"),
                                 MediaFixtures::broken("truncated"),
                                 MediaFixtures::broken("text"),
                                 MediaFixtures::broken("zero"),
                                 m_dir.filePath(QStringLiteral("missing.mp4")),
                                 MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"})};
        cache.request(broken);
        QVERIFY(cache.waitForIdle(60000));
        for (const QString &path : broken) {
            QCOMPARE(cache.status(path), ProxyCache::Status::Failed);
            QVERIFY(cache.error(path).has_value());
            QVERIFY(!cache.error(path)->code.isEmpty());
            QVERIFY(cache.readyProxy(path).isEmpty());
        }
        QCOMPARE(failed.count(), broken.size());
        cache.request(broken.first()); // the same file: the answer stands, no second attempt
        QVERIFY(cache.isIdle());
        QCOMPARE(failed.count(), broken.size());

        const QString still = MediaFixtures::still(QStringLiteral("png"));
        cache.request(still);
        QVERIFY(cache.waitForIdle(60000));
        QCOMPARE(cache.status(still), ProxyCache::Status::NotNeeded);
    }

    void oneAtATimeAndCancellable()
    {
        QTemporaryDir own;
        ProxyCache cache(own.path());
        const QString a = longSource(), b = test::portraitCoded(), c = tallCoded();
        QVERIFY(!a.isEmpty());
        cache.request(QStringList{a, b, c});
        QCOMPARE(cache.status(a), ProxyCache::Status::Building);
        QCOMPARE(cache.status(b), ProxyCache::Status::Queued);
        QCOMPARE(cache.status(c), ProxyCache::Status::Queued);
        cache.cancel(b);
        QCOMPARE(cache.status(b), ProxyCache::Status::None);
        QSignalSpy progress(&cache, &ProxyCache::progress);
        QVERIFY(progress.wait(10000)); // under way
        cache.cancel(a);               // the running job
        QVERIFY(cache.waitForIdle(60000));
        QCOMPARE(cache.status(a), ProxyCache::Status::None);
        QCOMPARE(cache.status(c), ProxyCache::Status::Ready);
        // Nothing half-written is left behind.
        const QStringList files = QDir(own.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files, QStringList{QFileInfo(cache.readyProxy(c)).fileName()});
    }

    void rendererUsesTheProxyWhenReady()
    {
        ProxyCache cache(folder());
        ProjectState project;
        project.clips << clipOf(test::portraitCoded(), 0, 2'000'000);
        PreviewRenderer renderer;
        renderer.setProxies(cache.index());
        renderer.setProject(project);
        const FrameGrid grid{30, 1, renderer.durationUs()};
        QCOMPARE(FrameCode::read(*renderer.render(grid.timeOf(13))), 13);
        QCOMPARE(renderer.stats().proxyFrames, 0);
        QVERIFY(!readyProxyOf(cache, project.clips.first().mediaPath).isEmpty());
        for (int n : {13, 40, 2, 59}) {
            const auto frame = renderer.render(grid.timeOf(n));
            QVERIFY(frame.ok());
            QCOMPARE(frame->size(), QSize(540, 960));
            QCOMPARE(FrameCode::read(*frame), n);
        }
        QCOMPARE(renderer.stats().proxyFrames, 4);
    }
};

QTEST_GUILESS_MAIN(TestProxyCache)
#include "tst_proxycache.moc"
