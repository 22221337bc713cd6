#include "core/filters/facetracker.h"
#include "core/filters/filterregistry.h"
#include "core/filters/filterstack.h"
#include "core/media/videodecoder.h"
#include "tests/filters/filtertestsupport.h"
#include "tests/support/mediafixtures.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace montaj;

namespace {

constexpr int kW = 540, kH = 960;

const cv::Mat &background()
{
    static const cv::Mat scene = filtertest::scene(kW, kH, 5);
    return scene;
}

cv::Mat faceFrame(cv::Point2f centre, float width = 190)
{
    cv::Mat frame = background().clone();
    filtertest::drawFace(frame, centre, width);
    return frame;
}

double meanAbsDiff(const cv::Mat &a, const cv::Mat &b)
{
    return cv::norm(a, b, cv::NORM_L1) / double(a.total() * size_t(a.channels()));
}

// A 16:9 frame whose pixels tell their own x (B = x mod 256, G = 50 · (x / 256)), with a bright
// disc at `blobX`: the only thing that moves.
cv::Mat codedFrame(int blobX)
{
    static const cv::Mat coded = [] {
        cv::Mat m(720, 1280, CV_8UC3);
        for (int y = 0; y < m.rows; ++y)
            for (int x = 0; x < m.cols; ++x)
                m.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x & 255), uchar(50 * (x >> 8)), 0);
        return m;
    }();
    cv::Mat frame = coded.clone();
    cv::circle(frame, cv::Point(blobX, 400), 45, cv::Scalar(255, 255, 255), cv::FILLED);
    return frame;
}

int cropXOf(const cv::Mat &out)
{
    const cv::Vec3b p = out.at<cv::Vec3b>(0, 0);
    return p[0] + 256 * (p[1] / 50);
}

} // namespace

class TestFaceFilters : public QObject
{
    Q_OBJECT

    FilterRegistry m_registry = FilterRegistry::withBuiltins();

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(FilterRegistry::defaultFaceCascadePath()))
            QSKIP(qPrintable("missing " + FilterRegistry::defaultFaceCascadePath()
                             + " (Debian package opencv-data): the face filters cannot be tested"));
    }

    void detectorFindsTheDrawnFace()
    {
        auto tracker = FaceTracker::create(FilterRegistry::defaultFaceCascadePath(), {});
        QVERIFY(tracker.ok());
        const QList<QRectF> faces = (*tracker)->detect(faceFrame({270, 420}));
        QCOMPARE(faces.size(), 1);
        QVERIFY(std::abs(faces[0].center().x() - 270.0 / kW) < 0.05);
        QVERIFY(std::abs(faces[0].center().y() - 440.0 / kH) < 0.05);
        QVERIFY((*tracker)->detect(background()).isEmpty());
    }

    void missingCascadeIsAClearError()
    {
        const auto registry =
            FilterRegistry::withBuiltins("/nonexistent/haarcascade_frontalface_default.xml");
        for (const char *id : {"face_privacy", "reframe"}) {
            auto stack = FilterStack::create(registry, {{id, {}, true}});
            QVERIFY(!stack.ok());
            QCOMPARE(stack.error().code, QString("filters.cascade_missing"));
            QCOMPARE(stack.error().context.value("file").toString(),
                     QString("/nonexistent/haarcascade_frontalface_default.xml"));
            QVERIFY(stack.error().message.contains("opencv-data"));
        }
        auto skin = FilterStack::create(registry, {{"skin_smooth", {{"amount", 0.5}}, true}});
        QVERIFY(!skin.ok());
        // Following motion only needs no cascade.
        QVERIFY(FilterStack::create(registry, {{"reframe", {{"follow", "motion"}}, true}}).ok());
    }

    void privacyHidesAStillFaceWithoutFlicker()
    {
        const cv::Mat frame = faceFrame({270, 420});
        auto stack = FilterStack::create(m_registry, {{"face_privacy", {}, true}});
        QVERIFY(stack.ok());
        cv::Mat first;
        for (qint64 i = 0; i < 20; ++i) {
            cv::Mat out = frame.clone();
            QVERIFY(stack.value().apply(out, FilterContext{i * 33333, i, 30, 1}).ok());
            const cv::Rect eyes(200, 370, 140, 50);
            QVERIFY2(meanAbsDiff(out(eyes), frame(eyes)) > 8, qPrintable(QString("frame %1").arg(i)));
            const cv::Rect far(0, 800, 540, 160);
            QCOMPARE(cv::norm(out(far), frame(far), cv::NORM_INF), 0.0);
            if (i == 0)
                first = out;
            else // the same box on every frame: nothing flickers
                QCOMPARE(cv::norm(out, first, cv::NORM_INF), 0.0);
        }
    }

    void privacyFollowsAMovingFaceOnEveryFrame_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("pixelate") << "pixelate";
        QTest::newRow("blur") << "blur";
    }
    void privacyFollowsAMovingFaceOnEveryFrame()
    {
        QFETCH(QString, mode);
        QList<cv::Mat> runs[2];
        for (int run = 0; run < 2; ++run) {
            auto stack = FilterStack::create(m_registry, {{"face_privacy", {{"mode", mode}}, true}});
            QVERIFY(stack.ok());
            for (qint64 i = 0; i < 30; ++i) {
                const cv::Point2f centre(170.0f + 6.0f * float(i), 420.0f + 2.0f * float(i));
                const cv::Mat frame = faceFrame(centre);
                cv::Mat out = frame.clone();
                QVERIFY(stack.value().apply(out, FilterContext{i * 33333, i, 30, 1}).ok());
                const cv::Rect eyes(int(centre.x) - 60, int(centre.y) - 45, 120, 40);
                QVERIFY2(meanAbsDiff(out(eyes), frame(eyes)) > 6, qPrintable(QString("frame %1").arg(i)));
                runs[run] << out;
            }
        }
        for (qsizetype i = 0; i < runs[0].size(); ++i) // deterministic
            QCOMPARE(cv::norm(runs[0][i], runs[1][i], cv::NORM_INF), 0.0);
    }

    void skinSmoothingSoftensTheFaceOnly()
    {
        cv::Mat frame = faceFrame({270, 420}, 220);
        // Skin texture to smooth: ±noise on the face.
        cv::Mat noise(frame.size(), CV_16SC3);
        cv::RNG(3).fill(noise, cv::RNG::NORMAL, 0, 7);
        cv::Mat mask(frame.size(), CV_8UC1, cv::Scalar(0));
        cv::ellipse(mask, cv::Point(270, 420), cv::Size(100, 130), 0, 0, 360, cv::Scalar(255), cv::FILLED);
        cv::Mat noisy16;
        frame.convertTo(noisy16, CV_16SC3);
        cv::add(noisy16, noise, noisy16, mask);
        noisy16.convertTo(frame, CV_8UC3);

        auto stack = FilterStack::create(m_registry, {{"skin_smooth", {{"amount", 1.0}}, true}});
        QVERIFY(stack.ok());
        QVERIFY(stack->isRetouched());
        cv::Mat out = frame.clone();
        QVERIFY(stack.value().apply(out, FilterContext{}).ok());
        const auto roughness = [](const cv::Mat &patch) {
            cv::Mat smooth;
            cv::GaussianBlur(patch, smooth, cv::Size(), 2);
            return meanAbsDiff(patch, smooth);
        };
        const cv::Rect cheek(300, 440, 40, 30);
        qInfo("cheek roughness %.2f → %.2f", roughness(frame(cheek)), roughness(out(cheek)));
        QVERIFY(roughness(out(cheek)) < 0.6 * roughness(frame(cheek)));
        const cv::Rect far(0, 800, 540, 160);
        QCOMPARE(cv::norm(out(far), frame(far), cv::NORM_INF), 0.0);
    }

    void reframeFollowsMotionSmoothly()
    {
        QList<int> paths[2];
        for (int run = 0; run < 2; ++run) {
            auto stack = FilterStack::create(m_registry, {{"reframe", {{"follow", "motion"}}, true}});
            QVERIFY(stack.ok());
            for (qint64 i = 0; i < 150; ++i) {
                const int blobX = i < 15 ? 640 : std::min(1100, 640 + 12 * int(i - 15)); // moves, then stops
                cv::Mat out = codedFrame(blobX);
                QVERIFY(stack.value().apply(out, FilterContext{i * 33333, i, 30, 1}).ok());
                QCOMPARE(out.cols, 406); // 720 · 9/16, even
                QCOMPARE(out.rows, 720);
                paths[run] << cropXOf(out);
            }
        }
        QCOMPARE(paths[0], paths[1]); // deterministic
        const QList<int> &x = paths[0];
        const double maxStep = 0.5 * 1280 / 30.0 + 1; // max_speed 0.5 frame widths per second
        int largestStep = 0, largestJerk = 0;
        for (qsizetype i = 1; i < x.size(); ++i) {
            const int step = x[i] - x[i - 1];
            QVERIFY2(step >= -1, qPrintable(QString("moved back at frame %1").arg(i))); // no overshoot
            QVERIFY2(step <= maxStep, qPrintable(QString("step %1 at frame %2").arg(step).arg(i)));
            largestStep = std::max(largestStep, step);
            if (i > 1)
                largestJerk = std::max(largestJerk, std::abs(step - (x[i - 1] - x[i - 2])));
        }
        qInfo("reframe path: start %d, end %d, largest step %d px, largest change of step %d px", x.first(),
              x.last(), largestStep, largestJerk);
        QVERIFY(largestJerk <= 4); // no jitter
        for (int i = 1; i < 15; ++i)
            QCOMPARE(x[i], x[0]);                       // a still subject: a still frame
        QCOMPARE(x.first() + 203, 640);                 // nothing moved yet: the centre
        QVERIFY(std::abs(x.last() + 203 - 1100) <= 40); // caught up once the subject stopped
    }

    void reframeFollowsAFace()
    {
        auto stack = FilterStack::create(m_registry, {{"reframe", {{"follow", "faces"}}, true}});
        QVERIFY(stack.ok());
        int cropX = 0;
        for (qint64 i = 0; i < 90; ++i) {
            cv::Mat frame(720, 1280, CV_8UC3, cv::Scalar(90, 110, 100));
            for (int x = 0; x < frame.cols; ++x)
                frame.at<cv::Vec3b>(0, x) = cv::Vec3b(uchar(x & 255), uchar(50 * (x >> 8)), 0);
            filtertest::drawFace(frame, cv::Point2f(950, 380), 200);
            QVERIFY(stack.value().apply(frame, FilterContext{i * 33333, i, 30, 1}).ok());
            cropX = cropXOf(frame);
        }
        QVERIFY2(std::abs(cropX + 203 - 950) <= 40, qPrintable(QString::number(cropX)));
    }

    void chromaKeyReplacesTheScreen()
    {
        QTemporaryDir dir;
        cv::Mat frame = filtertest::scene(kW, kH, 9);
        const cv::Rect screen(0, 0, kW / 2, kH);
        frame(screen).setTo(cv::Scalar(40, 200, 50)); // a lit green screen, not pure green
        auto colour =
            FilterStack::create(m_registry, {{"chroma_key", {{"background_color", "#ff0000"}}, true}});
        QVERIFY(colour.ok());
        cv::Mat out = frame.clone();
        QVERIFY(colour.value().apply(out, {}).ok());
        QCOMPARE(out.at<cv::Vec3b>(100, 100), cv::Vec3b(0, 0, 255));

        const QString background = dir.filePath("beach.png");
        QVERIFY(cv::imwrite(background.toStdString(), cv::Mat(100, 100, CV_8UC3, cv::Scalar(200, 150, 100))));
        auto image = FilterStack::create(m_registry, {{"chroma_key", {{"background", background}}, true}});
        QVERIFY(image.ok());
        out = frame.clone();
        QVERIFY(image.value().apply(out, {}).ok());
        QCOMPARE(out.at<cv::Vec3b>(500, 50), cv::Vec3b(200, 150, 100));
        // The subject's side keeps its colours where they are far from the key.
        int kept = 0, total = 0;
        for (int y = 0; y < kH; y += 7)
            for (int x = kW / 2 + 10; x < kW; x += 7) {
                const cv::Vec3b p = frame.at<cv::Vec3b>(y, x);
                if (p[1] > std::max(p[0], p[2]))
                    continue; // greenish: spill suppression may touch it
                ++total;
                kept += out.at<cv::Vec3b>(y, x) == p;
            }
        QVERIFY2(kept > total * 95 / 100, qPrintable(QString("%1 of %2").arg(kept).arg(total)));
    }

    void chromaKeyPlaysABackgroundClip()
    {
        // A video background plays along with the keyed clip, frame for frame, and loops.
        const QString clipPath = montaj::test::MediaFixtures::h264(); // 3 s, frame number in the pixels
        cv::Mat frame = filtertest::scene(kW, kH, 9);
        frame(cv::Rect(0, 0, kW / 2, kH)).setTo(cv::Scalar(40, 200, 50));
        auto stack = FilterStack::create(m_registry, {{"chroma_key", {{"background", clipPath}}, true}});
        QVERIFY2(stack.ok(), qPrintable(stack.ok() ? QString() : stack.error().toString()));
        auto reference = VideoDecoder::open(clipPath);
        QVERIFY(reference.ok());
        const QSize source = (*reference)->displaySize();
        const double k = std::max(double(kW) / source.width(), double(kH) / source.height());
        const QSize cover(std::max(kW, int(std::ceil(source.width() * k))),
                          std::max(kH, int(std::ceil(source.height() * k))));
        const auto expected = [&](qint64 us) {
            const cv::Mat m = *(*reference)->matAt(us, cover, Qt::IgnoreAspectRatio);
            return m(cv::Rect((m.cols - kW) / 2, (m.rows - kH) / 2, kW, kH)).clone();
        };
        const auto keyedAt = [&](qint64 us, qint64 index) {
            cv::Mat out = frame.clone();
            const auto applied = stack.value().apply(out, FilterContext{us, index, 30, 1});
            return applied.ok() ? out : cv::Mat();
        };
        const cv::Mat first = keyedAt(0, 0), later = keyedAt(1'000'000, 30);
        const cv::Mat looped = keyedAt((*reference)->durationUs() + 1'000'000, 120);
        QVERIFY(!first.empty() && !later.empty() && !looped.empty());
        const cv::Rect screen(20, 20, kW / 2 - 40, kH - 40); // well inside the green
        QCOMPARE(cv::norm(first(screen), expected(0)(screen), cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(later(screen), expected(1'000'000)(screen), cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(first(screen), later(screen), cv::NORM_INF) > 0); // it moves
        QCOMPARE(cv::norm(looped(screen), later(screen), cv::NORM_INF), 0.0);

        // A background that is not a video says which file and why.
        const QString broken = montaj::test::MediaFixtures::broken(QStringLiteral("truncated"));
        auto bad = FilterStack::create(m_registry, {{"chroma_key", {{"background", broken}}, true}});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().toString().contains(QFileInfo(broken).fileName()),
                 qPrintable(bad.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestFaceFilters)
#include "tst_facefilters.moc"
