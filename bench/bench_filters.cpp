// Filters: the stack exposure + contrast + saturation + 33-point LUT + sharpen per frame at
// 1080×1920 (export) and 540×960 (proxy preview), median of N; face detection amortized per frame
// at 540×960 (FaceTracker: detector every few frames, tracking between); 3D-LUT throughput against
// the ffmpeg CLI's lut3d (trilinear) on the same raw rgb24 frames in the same run, ffmpeg's time
// being its lut3d run minus its no-filter run over the same input.

#include "bench/benchsupport.h"
#include "core/filters/facetracker.h"
#include "core/filters/filterregistry.h"
#include "core/filters/filterstack.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace montaj;

namespace {

// A deterministic picture with gradients, soft shapes and fine texture (a stand-in for video).
cv::Mat picture(int width, int height, int seed)
{
    cv::Mat img(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(40 + 150 * y / height), uchar(60 + 120 * x / width),
                                                uchar(200 - 120 * (x + y) / (width + height)));
    cv::RNG rng{uint64_t(seed)};
    for (int i = 0; i < 40; ++i)
        cv::circle(img, cv::Point(rng.uniform(0, width), rng.uniform(0, height)), rng.uniform(10, width / 6),
                   cv::Scalar(rng.uniform(20, 235), rng.uniform(20, 235), rng.uniform(20, 235)), cv::FILLED,
                   cv::LINE_AA);
    cv::Mat noise(img.size(), CV_8UC3);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 12);
    img += noise;
    cv::GaussianBlur(img, img, cv::Size(), 1.0);
    return img;
}

// A schematic frontal face the Haar cascade finds (see tests/filters/filtertestsupport.cpp).
void drawFace(cv::Mat &img, cv::Point c, int w)
{
    const int h = w * 13 / 10;
    cv::ellipse(img, cv::Point(c.x, c.y - h * 35 / 100), cv::Size(w * 55 / 100, h * 4 / 10), 0, 180, 360,
                cv::Scalar(30, 35, 45), cv::FILLED, cv::LINE_AA);
    cv::ellipse(img, c, cv::Size(w / 2, h / 2), 0, 0, 360, cv::Scalar(150, 175, 215), cv::FILLED,
                cv::LINE_AA);
    for (int s : {-1, 1}) {
        const cv::Point eye(c.x + s * w / 5, c.y - h * 8 / 100);
        cv::ellipse(img, eye, cv::Size(w * 11 / 100, w * 55 / 1000), 0, 0, 360, cv::Scalar(235, 235, 235),
                    cv::FILLED, cv::LINE_AA);
        cv::circle(img, eye, w * 45 / 1000, cv::Scalar(40, 45, 60), cv::FILLED, cv::LINE_AA);
        cv::ellipse(img, cv::Point(eye.x, eye.y - w * 11 / 100), cv::Size(w * 13 / 100, w * 3 / 100), 0, 180,
                    360, cv::Scalar(30, 35, 45), cv::FILLED, cv::LINE_AA);
    }
    cv::line(img, cv::Point(c.x - w * 4 / 100, c.y - h * 3 / 100),
             cv::Point(c.x - w * 6 / 100, c.y + h * 12 / 100), cv::Scalar(110, 130, 170), w * 3 / 100 + 1,
             cv::LINE_AA);
    cv::ellipse(img, cv::Point(c.x, c.y + h * 26 / 100), cv::Size(w * 17 / 100, w * 6 / 100), 0, 0, 180,
                cv::Scalar(70, 70, 150), w * 4 / 100 + 1, cv::LINE_AA);
}

bool writeCube(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out << "TITLE \"bench teal-orange\"\nLUT_3D_SIZE 33\n";
    for (int b = 0; b < 33; ++b)
        for (int g = 0; g < 33; ++g)
            for (int r = 0; r < 33; ++r) {
                const double R = r / 32.0, G = g / 32.0, B = b / 32.0,
                             l = 0.2126 * R + 0.7152 * G + 0.0722 * B;
                out << QString::number(std::clamp(l + 1.3 * (R - l) + 0.04, 0.0, 1.0), 'f', 6) << ' '
                    << QString::number(std::clamp(l + 0.9 * (G - l), 0.0, 1.0), 'f', 6) << ' '
                    << QString::number(std::clamp(l + 1.2 * (B - l) - 0.03, 0.0, 1.0), 'f', 6) << '\n';
            }
    return true;
}

// CPU time of the whole process (every thread), in ms: less sensitive than wall time to other
// processes on a busy machine.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0; // median
    double cpuMs = 0;  // median
};

Timing stackMedian(const QList<FilterSettings> &settings, const QList<cv::Mat> &frames, double scale,
                   int runs)
{
    auto stack = FilterStack::create(FilterRegistry::withBuiltins(), settings);
    if (!stack)
        qFatal("bench_filters: %s", qPrintable(stack.error().toString()));
    QList<double> wall, cpu;
    QElapsedTimer timer;
    for (int i = 0; i < runs + 3; ++i) {
        cv::Mat frame = frames[i % frames.size()].clone();
        const double cpu0 = cpuMs();
        timer.start();
        if (!stack.value().apply(frame, FilterContext{i * 33333LL, i, 30, scale}))
            qFatal("bench_filters: the stack failed");
        if (i >= 3) { // the first frames warm the caches and the thread pool
            wall << double(timer.nsecsElapsed()) / 1e6;
            cpu << cpuMs() - cpu0;
        }
    }
    return {bench::median(wall), bench::median(cpu)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(5, QString::fromLocal8Bit(argv[1]).toInt()) : 40;
    const QDir media(bench::mediaDir());
    const QString cube = media.filePath(QStringLiteral("bench_teal_orange_33.cube"));
    if (!writeCube(cube)) {
        std::fprintf(stderr, "bench_filters: cannot write %s\n", qPrintable(cube));
        return 1;
    }
    std::printf("OpenCV threads: %d\n", cv::getNumThreads());

    // 1. The stack at export and proxy size.
    const QList<FilterSettings> stack{{QStringLiteral("exposure"), {{QStringLiteral("ev"), 0.3}}, true},
                                      {QStringLiteral("contrast"), {{QStringLiteral("amount"), 1.1}}, true},
                                      {QStringLiteral("saturation"), {{QStringLiteral("amount"), 1.2}}, true},
                                      {QStringLiteral("lut"), {{QStringLiteral("file"), cube}}, true},
                                      {QStringLiteral("sharpen"), {{QStringLiteral("amount"), 0.6}}, true}};
    QList<cv::Mat> full, proxy;
    for (int i = 0; i < 4; ++i) {
        full << picture(1080, 1920, i + 1);
        cv::Mat small;
        cv::resize(full.last(), small, cv::Size(540, 960), 0, 0, cv::INTER_AREA);
        proxy << small;
    }
    for (const FilterSettings &one : stack) {
        const Timing t = stackMedian({one}, full, 1.0, runs / 2);
        std::printf("  %-10s 1080x1920: %6.2f ms wall, %6.2f ms CPU (all threads)\n", qPrintable(one.id),
                    t.wallMs, t.cpuMs);
    }
    const Timing t1080 = stackMedian(stack, full, 1.0, runs);
    const Timing t540 = stackMedian(stack, proxy, 0.5, runs);
    const double stack1080 = t1080.wallMs, stack540 = t540.wallMs;
    std::printf(
        "stack exposure+contrast+saturation+LUT33+sharpen, median of %d frames: 1080x1920 %.2f ms wall "
        "(%.2f ms CPU; target 20), 540x960 %.2f ms wall (%.2f ms CPU; target 5)\n",
        runs, stack1080, t1080.cpuMs, stack540, t540.cpuMs);

    // 2. Face detection amortized over a clip at proxy size: a face drifting across the frame.
    auto tracker = FaceTracker::create(FilterRegistry::defaultFaceCascadePath(), FaceTracker::Options{});
    double faceMs = -1;
    if (!tracker) {
        std::printf("face detection skipped: %s\n", qPrintable(tracker.error().toString()));
    } else {
        const int frames = 120;
        QList<cv::Mat> clip;
        for (int i = 0; i < frames; ++i) {
            cv::Mat f = proxy[i % proxy.size()].clone();
            drawFace(f, cv::Point(180 + i, 420 + i / 3), 180);
            clip << f;
        }
        QElapsedTimer timer;
        const double cpu0 = cpuMs();
        timer.start();
        qsizetype found = 0;
        for (int i = 0; i < frames; ++i)
            found += (*tracker)->update(clip[i], i).size();
        faceMs = double(timer.nsecsElapsed()) / 1e6 / frames;
        const double faceCpuMs = (cpuMs() - cpu0) / frames;
        std::printf(
            "face detection 540x960: %.2f ms wall (%.2f ms CPU) per frame amortized over %d frames (%lld "
            "detector runs, faces on %.0f%% of frames; target 8)\n",
            faceMs, faceCpuMs, frames, (*tracker)->detectorRuns(), 100.0 * double(found) / frames);
    }

    // 3. LUT throughput vs ffmpeg lut3d on the same raw frames.
    const int lutFrames = 30;
    const QString raw = QDir(QDir::tempPath()).filePath(QStringLiteral("montaj_bench_filters_1080x1920.rgb"));
    {
        QFile file(raw);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "bench_filters: cannot write %s\n", qPrintable(raw));
            return 1;
        }
        for (int i = 0; i < lutFrames; ++i) {
            cv::Mat rgb;
            cv::cvtColor(full[i % full.size()], rgb, cv::COLOR_BGR2RGB);
            file.write(reinterpret_cast<const char *>(rgb.data), qint64(rgb.total() * rgb.elemSize()));
        }
    }
    auto lut = FilterStack::create(FilterRegistry::withBuiltins(),
                                   {{QStringLiteral("lut"), {{QStringLiteral("file"), cube}}, true}});
    QList<cv::Mat> lutInput;
    for (int i = 0; i < lutFrames; ++i)
        lutInput << full[i % full.size()].clone();
    for (int i = 0; i < 3; ++i)
        (void)lut.value().apply(lutInput[i], FilterContext{});
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < lutFrames; ++i)
        if (!lut.value().apply(lutInput[i], FilterContext{}))
            return 1;
    const double lutFps = lutFrames / (double(timer.nsecsElapsed()) / 1e9);
    const QStringList input{QStringLiteral("-v"),       QStringLiteral("error"),
                            QStringLiteral("-f"),       QStringLiteral("rawvideo"),
                            QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"),
                            QStringLiteral("-s"),       QStringLiteral("1080x1920"),
                            QStringLiteral("-i"),       raw};
    const QStringList sink{QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")};
    QList<double> withLut, without;
    for (int i = 0; i < 3; ++i) {
        without << bench::runTimed(QStringLiteral("ffmpeg"), input + sink);
        withLut << bench::runTimed(
            QStringLiteral("ffmpeg"),
            input
                + QStringList{QStringLiteral("-vf"),
                              QStringLiteral("lut3d=file='%1':interp=trilinear").arg(cube)}
                + sink);
    }
    QFile::remove(raw);
    if (bench::percentile(without, 0) < 0 || bench::percentile(withLut, 0) < 0) {
        std::fprintf(stderr, "bench_filters: the ffmpeg CLI failed\n");
        return 1;
    }
    const double ffmpegLutSeconds = std::max(1e-6, bench::median(withLut) - bench::median(without));
    const double ffmpegLutFps = lutFrames / ffmpegLutSeconds;
    std::printf(
        "LUT 33 trilinear 1080x1920: montaj %.1f frames/s; ffmpeg lut3d %.1f frames/s (run %.3f s minus "
        "no-filter run %.3f s, %d frames, medians of 3)\n",
        lutFps, ffmpegLutFps, bench::median(withLut), bench::median(without), lutFrames);

    std::printf(
        "BENCH filters stack_1080_ms=%.2f stack_540_ms=%.2f face_ms=%.2f lut_fps=%.1f ffmpeg_lut_fps=%.1f "
        "lut_ratio=%.2f\n",
        stack1080, stack540, faceMs, lutFps, ffmpegLutFps, lutFps / ffmpegLutFps);
    return 0;
}
