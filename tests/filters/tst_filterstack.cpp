#include "core/filters/filterframehook.h"
#include "core/filters/filterregistry.h"
#include "core/filters/filterstack.h"
#include "core/filters/projectfilters.h"
#include "tests/filters/filtertestsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

extern "C" {
#include <libavutil/frame.h>
}

using namespace montaj;

namespace {

// Identity parameters for every filter that has them (the defaults, and a few explicit ones).
QList<FilterSettings> identityStack()
{
    return {{"exposure", {}, true},
            {"exposure", {{"ev", 0}}, true},
            {"contrast", {{"amount", 1}}, true},
            {"saturation", {}, true},
            {"vibrance", {}, true},
            {"temperature", {}, true},
            {"tone", {}, true},
            {"lut", {}, true},
            {"sharpen", {}, true},
            {"blur", {}, true},
            {"vignette", {}, true},
            {"grain", {}, true},
            {"skin_smooth", {}, true},
            {"face_privacy", {}, false}, // disabled
            {"reframe", {}, false},
            {"chroma_key", {}, false}};
}

QList<FilterSettings> busyStack(const QString &lutPath)
{
    return {{"exposure", {{"ev", 0.3}}, true},
            {"contrast", {{"amount", 1.15}}, true},
            {"temperature", {{"temperature", 0.2}}, true},
            {"saturation", {{"amount", 1.2}}, true},
            {"vibrance", {{"amount", 0.3}}, true},
            {"tone", {{"shadows", 0.3}, {"highlights", -0.2}}, true},
            {"lut", {{"file", lutPath}, {"intensity", 0.8}}, true},
            {"sharpen", {{"amount", 0.8}, {"radius", 1.5}}, true},
            {"vignette", {{"amount", 0.3}}, true}};
}

QString warmLut(const QTemporaryDir &dir)
{
    const QString path = dir.filePath("warm.cube");
    filtertest::writeCube(path, 33, [](double r, double g, double b) {
        return cv::Vec3d(std::pow(r, 0.9), 0.05 + 0.9 * g, 0.9 * std::pow(b, 1.1));
    });
    return path;
}

} // namespace

class TestFilterStack : public QObject
{
    Q_OBJECT

    FilterRegistry m_registry = FilterRegistry::withBuiltins();

private Q_SLOTS:
    void registryListsEveryBuiltin()
    {
        const QStringList ids = m_registry.ids();
        for (const char *id :
             {"exposure", "contrast", "saturation", "vibrance", "temperature", "tone", "lut", "sharpen",
              "blur", "vignette", "grain", "skin_smooth", "face_privacy", "reframe", "chroma_key"})
            QVERIFY2(ids.contains(id), id);
        for (const Filter *f : m_registry.filters()) {
            QVERIFY(!f->displayName().isEmpty());
            for (const FilterParam &p : f->parameters()) {
                QVERIFY(!p.label.isEmpty());
                QVERIFY2(f->resolveParams({}).ok(), qPrintable(f->id())); // defaults are valid
                if (p.type == FilterParam::Type::Number)
                    QVERIFY(p.minimum <= p.defaultValue.toDouble() && p.defaultValue.toDouble() <= p.maximum);
            }
        }
    }

    void identityParametersLeaveFramesBitIdentical()
    {
        auto stack = FilterStack::create(m_registry, identityStack());
        QVERIFY2(stack.ok(), qPrintable(stack.ok() ? QString() : stack.error().toString()));
        QVERIFY(stack->isIdentity());
        QCOMPARE(stack->passCount(), 0);
        const cv::Mat frame = filtertest::scene(540, 960);
        cv::Mat out = frame.clone();
        QVERIFY(stack.value().apply(out, {}).ok());
        QCOMPARE(cv::norm(out, frame, cv::NORM_INF), 0.0);
        // Each filter on its own, through Filter::apply, as well.
        for (const FilterSettings &s : identityStack()) {
            if (!s.enabled)
                continue;
            cv::Mat one = frame.clone();
            QVERIFY(m_registry.find(s.id)->apply(one, s.params, {}).ok());
            QVERIFY2(cv::norm(one, frame, cv::NORM_INF) == 0.0, qPrintable(s.id));
        }
        // A QImage too, in its own format.
        QImage image(64, 48, QImage::Format_ARGB32);
        image.fill(QColor(10, 200, 30, 128));
        const QImage before = image;
        QVERIFY(stack.value().apply(image, FilterContext{}).ok());
        QCOMPARE(image, before);
    }

    void neighbouringCurvesAreFusedExactly()
    {
        const QList<FilterSettings> settings{{"exposure", {{"ev", 0.4}}, true},
                                             {"contrast", {{"amount", 1.3}}, true},
                                             {"temperature", {{"temperature", -0.3}, {"tint", 0.2}}, true}};
        auto fused = FilterStack::create(m_registry, settings);
        QVERIFY(fused.ok());
        QCOMPARE(fused->passCount(), 1);
        const cv::Mat frame = filtertest::scene(270, 480);
        cv::Mat a = frame.clone(), b = frame.clone();
        QVERIFY(fused.value().apply(a, {}).ok());
        for (const FilterSettings &s : settings) // one at a time: the same bits
            QVERIFY(m_registry.find(s.id)->apply(b, s.params, {}).ok());
        QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(a, frame, cv::NORM_INF) > 10);

        // Curves before saturation, and before a LUT, are read through in the same pass.
        QTemporaryDir dir;
        const QString lut = warmLut(dir);
        for (const char *next : {"saturation", "vibrance", "lut"}) {
            QList<FilterSettings> chain = settings;
            chain << (QString(next) == "lut" ? FilterSettings{"lut", {{"file", lut}}, true}
                                             : FilterSettings{next, {{"amount", 0.6}}, true});
            auto absorbed = FilterStack::create(m_registry, chain);
            QVERIFY(absorbed.ok());
            QCOMPARE(absorbed->passCount(), 1);
            cv::Mat c = frame.clone(), d = frame.clone();
            QVERIFY(absorbed.value().apply(c, {}).ok());
            for (const FilterSettings &s : chain)
                QVERIFY(m_registry.find(s.id)->apply(d, s.params, {}).ok());
            QVERIFY2(cv::norm(c, d, cv::NORM_INF) == 0.0, next);
        }
    }

    void vectorAndScalarPathsAgree()
    {
        // Widths that are not multiples of 16 leave pixels to the scalar tails: a pixel must get the
        // same bits whichever path takes it (columns 32–36 are vector work at width 48, tail at 37).
        QTemporaryDir dir;
        const cv::Mat wide = filtertest::scene(48, 64, 4);
        const cv::Mat narrow = wide(cv::Rect(0, 0, 37, 64)).clone();
        for (const FilterSettings &s : busyStack(warmLut(dir))) {
            cv::Mat a = wide.clone(), b = narrow.clone();
            QVERIFY(m_registry.find(s.id)->apply(a, s.params, {}).ok());
            QVERIFY(m_registry.find(s.id)->apply(b, s.params, {}).ok());
            if (s.id == "sharpen" || s.id == "vignette")
                continue; // neighbourhood / position dependent: not comparable across widths
            QVERIFY2(cv::norm(a(cv::Rect(0, 0, 37, 64)), b, cv::NORM_INF) == 0.0, qPrintable(s.id));
        }
        // Sharpen: the same luma detail on every column, so vector and tail see equal inputs.
        cv::Mat stripes(8, 37, CV_8UC3);
        for (int x = 0; x < 37; ++x)
            stripes.col(x).setTo(cv::Scalar(x % 2 ? 200 : 40, x % 2 ? 190 : 50, x % 2 ? 180 : 60));
        QVERIFY(m_registry.find("sharpen")->apply(stripes, {{"amount", 1.3}, {"threshold", 3}}, {}).ok());
        for (int x = 2; x + 2 < 37; ++x)
            QCOMPARE(stripes.at<cv::Vec3b>(4, x), stripes.at<cv::Vec3b>(4, x % 2 ? 3 : 2));
    }

    void sameInputSameBits()
    {
        QTemporaryDir dir;
        QList<FilterSettings> settings = busyStack(warmLut(dir));
        settings << FilterSettings{"grain", {{"amount", 0.5}, {"seed", 7}}, true}
                 << FilterSettings{"blur", {{"radius", 1.5}}, true}
                 << FilterSettings{"chroma_key", {{"key", "#2080ff"}, {"background_color", "#102030"}}, true};
        const cv::Mat frame = filtertest::scene(1080, 1920);
        cv::Mat first;
        for (int run = 0; run < 3; ++run) {
            auto stack = FilterStack::create(m_registry, settings);
            QVERIFY(stack.ok());
            cv::Mat out;
            for (qint64 i = 0; i < 3; ++i) { // frame 2 of a fresh stack each run
                out = frame.clone();
                QVERIFY(stack.value().apply(out, FilterContext{i * 33333, i, 30, 1.0}).ok());
            }
            if (run == 0)
                first = out;
            else
                QCOMPARE(cv::norm(out, first, cv::NORM_INF), 0.0);
        }
        QVERIFY(filtertest::psnr(first, frame) < 30); // it did change the picture
        // Grain follows the frame index: another frame, other grain.
        auto grain = FilterStack::create(m_registry, {{"grain", {{"amount", 0.5}}, true}});
        cv::Mat g0 = frame.clone(), g1 = frame.clone(), g0again = frame.clone();
        QVERIFY(grain.value().apply(g0, FilterContext{0, 10, 30, 1}).ok());
        QVERIFY(grain.value().apply(g1, FilterContext{0, 11, 30, 1}).ok());
        QVERIFY(grain.value().apply(g0again, FilterContext{0, 10, 30, 1}).ok());
        QCOMPARE(cv::norm(g0, g0again, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(g0, g1, cv::NORM_INF) > 0);
    }

    void proxyLooksLikeTheExport()
    {
        QTemporaryDir dir;
        const QList<FilterSettings> settings = busyStack(warmLut(dir));
        const cv::Mat full = filtertest::scene(1080, 1920);
        cv::Mat proxy;
        cv::resize(full, proxy, cv::Size(540, 960), 0, 0, cv::INTER_AREA);

        auto exportStack = FilterStack::create(m_registry, settings);
        auto proxyStack = FilterStack::create(m_registry, settings);
        cv::Mat exported = full.clone();
        QVERIFY(exportStack.value().apply(exported, FilterContext{0, 0, 30, 1.0}).ok());
        cv::Mat downscaled;
        cv::resize(exported, downscaled, proxy.size(), 0, 0, cv::INTER_AREA);
        QVERIFY(proxyStack.value().apply(proxy, FilterContext{0, 0, 30, 0.5}).ok());
        const double db = filtertest::psnr(downscaled, proxy);
        qInfo("proxy vs downscaled export: %.2f dB", db);
        QVERIFY2(db >= 35, qPrintable(QString::number(db)));
    }

    void errorsNameTheFilter()
    {
        auto unknown = FilterStack::create(m_registry, {{"exposure", {}, true}, {"sepia", {}, true}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QString("filters.unknown_filter"));
        QCOMPARE(unknown.error().context.value("filter").toString(), QString("sepia"));
        QCOMPARE(unknown.error().context.value("index").toInt(), 1);
        QVERIFY(unknown.error().message.contains("sepia"));

        auto range = FilterStack::create(m_registry, {{"exposure", {{"ev", 9}}, true}});
        QVERIFY(!range.ok());
        QCOMPARE(range.error().code, QString("filters.invalid_param"));
        QCOMPARE(range.error().context.value("param").toString(), QString("ev"));

        auto key = FilterStack::create(m_registry, {{"contrast", {{"strength", 2}}, true}});
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QString("filters.unknown_param"));

        auto choice = FilterStack::create(m_registry, {{"face_privacy", {{"mode", "emoji"}}, true}});
        QVERIFY(!choice.ok());
        QCOMPARE(choice.error().code, QString("filters.invalid_param"));

        auto colour = FilterStack::create(m_registry, {{"chroma_key", {{"key", "greenish"}}, true}});
        QVERIFY(!colour.ok());

        auto background =
            FilterStack::create(m_registry, {{"chroma_key", {{"background", "/nonexistent.png"}}, true}});
        QVERIFY(!background.ok());
        QCOMPARE(background.error().code, QString("filters.background_missing"));
    }

    void retouchedFlag()
    {
        QVERIFY(!m_registry.isRetouched(QList<FilterSettings>{{"exposure", {{"ev", 1}}, true}}));
        QVERIFY(!m_registry.isRetouched(QList<FilterSettings>{{"skin_smooth", {{"amount", 0.0}}, true}}));
        QVERIFY(!m_registry.isRetouched(QList<FilterSettings>{{"skin_smooth", {{"amount", 0.5}}, false}}));
        QVERIFY(m_registry.isRetouched(QList<FilterSettings>{{"skin_smooth", {{"amount", 0.5}}, true}}));
        ProjectState project;
        Clip plain, retouched;
        plain.id = "a";
        retouched.id = "b";
        retouched.filters = {{"skin_smooth", {{"amount", 0.4}}, true}};
        project.clips = {plain};
        QVERIFY(!m_registry.isRetouched(project));
        project.clips << retouched;
        QVERIFY(m_registry.isRetouched(project));
        auto stack = FilterStack::create(m_registry, retouched.filters);
        QVERIFY(stack.ok());
        QVERIFY(stack->isRetouched());
        QVERIFY(m_registry.find("skin_smooth")->isRetouching());
        QVERIFY(!m_registry.find("face_privacy")->isRetouching());
    }

    void frameHookFiltersOnlyTheClipsPicture()
    {
        // A 16:9 clip fitted into a 9:16 canvas: letterbox bars above and below its picture.
        ProjectState project;
        project.canvas.size = QSize(360, 640);
        Clip first, second;
        first.id = "first";
        first.outUs = 1'000'000;
        first.sourceSize = QSize(640, 360);
        first.fit = FitMode::Fit;
        first.filters = {{"exposure", {{"ev", 1}}, true}};
        second = first;
        second.id = "second";
        second.filters = {{"exposure", {{"ev", 0}}, true}};
        project.clips = {first, second};
        auto hook = FilterFrameHook::create(m_registry, project);
        QVERIFY(hook.ok());
        QVERIFY(!(*hook)->isIdentity());

        AVFrame *frame = av_frame_alloc();
        frame->format = 0; // AV_PIX_FMT_YUV420P
        frame->width = 360;
        frame->height = 640;
        QCOMPARE(av_frame_get_buffer(frame, 0), 0);
        for (int p = 0; p < 3; ++p) {
            const int rows = p == 0 ? 640 : 320, cols = p == 0 ? 360 : 180;
            for (int y = 0; y < rows; ++y)
                for (int x = 0; x < cols; ++x)
                    frame->data[p][y * frame->linesize[p] + x] =
                        uint8_t(p == 0 ? 60 + (x + y) % 100 : 128 + (x % 7));
        }
        const auto lumaAt = [&](int x, int y) { return int(frame->data[0][y * frame->linesize[0] + x]); };
        const int barBefore = lumaAt(100, 10), pictureBefore = lumaAt(100, 320);
        QVERIFY((*hook)->process(frame, 500'000).ok()); // first clip: brighter picture, bars untouched
        QCOMPARE(lumaAt(100, 10), barBefore);
        QVERIFY(lumaAt(100, 320) > pictureBefore + 10);

        // The second clip's identity stack leaves the frame bit-identical.
        QByteArray before;
        for (int p = 0; p < 3; ++p)
            before += QByteArray(reinterpret_cast<const char *>(frame->data[p]),
                                 frame->linesize[p] * (p ? 320 : 640));
        QVERIFY((*hook)->process(frame, 1'500'000).ok());
        QByteArray after;
        for (int p = 0; p < 3; ++p)
            after += QByteArray(reinterpret_cast<const char *>(frame->data[p]),
                                frame->linesize[p] * (p ? 320 : 640));
        QCOMPARE(after, before);
        av_frame_free(&frame);
    }

    void reframedClipCoversTheCanvas()
    {
        ProjectState project;
        project.canvas.size = QSize(360, 640);
        Clip clip;
        clip.id = "wide";
        clip.outUs = 1'000'000;
        clip.sourceSize = QSize(640, 360);
        clip.fit = FitMode::Fit; // letterboxed: a 360×202 picture between black bars
        clip.filters = {{"reframe", {{"follow", "motion"}}, true}};
        project.clips = {clip};
        ProjectFilters filters(m_registry);
        QVERIFY(filters.setProject(project).ok());
        const auto target = filters.targetAt(0, QSize(360, 640));
        QCOMPARE(target.region.width, 360);
        QVERIFY(target.region.height > 190 && target.region.height < 215);
        QImage canvas(360, 640, QImage::Format_RGB32);
        canvas.fill(Qt::black);
        const cv::Mat scene = filtertest::scene(360, target.region.height, 2);
        for (int y = 0; y < scene.rows; ++y)
            for (int x = 0; x < scene.cols; ++x) {
                const cv::Vec3b p = scene.at<cv::Vec3b>(y, x);
                canvas.setPixel(x, target.region.y + y, qRgb(p[2], p[1], p[0]));
            }
        QVERIFY(filters.apply(canvas, 0).ok());
        QCOMPARE(canvas.size(), QSize(360, 640));
        QVERIFY(canvas.pixelColor(180, 5) != QColor(Qt::black)); // the crop now fills the bars
        QVERIFY(canvas.pixelColor(180, 635) != QColor(Qt::black));
    }

    void previewAppliesTheClipAtItsScale()
    {
        ProjectState project;
        project.canvas.size = QSize(1080, 1920);
        Clip clip;
        clip.id = "c";
        clip.outUs = 2'000'000;
        clip.sourceSize = QSize(1080, 1920);
        clip.filters = {{"vignette", {{"amount", 0.8}}, true}};
        project.clips = {clip};
        ProjectFilters filters(m_registry);
        QVERIFY(filters.setProject(project).ok());
        QImage preview(540, 960, QImage::Format_RGB32);
        preview.fill(QColor(200, 200, 200));
        QVERIFY(filters.apply(preview, 40'000).ok());
        QCOMPARE(preview.format(), QImage::Format_RGB32);
        QCOMPARE(preview.pixelColor(270, 480), QColor(200, 200, 200));
        QVERIFY(preview.pixelColor(2, 2).red() < 120);
        const auto target = filters.targetAt(40'000, QSize(540, 960));
        QCOMPARE(target.context.scale, 0.5);
        QCOMPARE(target.context.frameIndex, qint64(1));

        // Unchanged settings keep the stack (and its state); a bad one is refused, naming the clip.
        const FilterStack *kept = filters.targetAt(0, QSize(540, 960)).stack;
        QVERIFY(filters.setProject(project).ok());
        QCOMPARE(filters.targetAt(0, QSize(540, 960)).stack, kept);
        project.clips[0].filters = {{"nope", {}, true}};
        auto refused = filters.setProject(project);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().context.value("clip").toString(), QString("c"));
    }
};

QTEST_GUILESS_MAIN(TestFilterStack)
#include "tst_filterstack.moc"
