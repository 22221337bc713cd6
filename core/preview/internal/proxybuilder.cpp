#include "core/preview/internal/proxybuilder.h"

#include "core/media/mediawriter.h"
#include "core/media/videodecoder.h"
#include "core/render/canvascompositor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace montaj {
namespace {

// MediaWriter numbers frames in units of 1/fps: at a "rate" of one million per second a frame's
// number is its start time in microseconds, which keeps the source's timing exactly.
constexpr int kMicrosecondTicks = 1'000'000;

int even(double v)
{
    return std::max(2, int(std::lround(v / 2.0)) * 2);
}

} // namespace

QSize ProxyBuilder::proxySize(QSize display, int shortSide)
{
    if (display.isEmpty())
        return {};
    const int shorter = std::min(display.width(), display.height());
    const double k = shorter > shortSide ? double(shortSide) / shorter : 1.0;
    return QSize(even(display.width() * k), even(display.height() * k));
}

Result<ProxyBuilder::Outcome> ProxyBuilder::build(const QString &source, const QString &target, int shortSide,
                                                  const std::atomic<bool> &cancelled,
                                                  const std::function<void(double)> &progress)
{
    auto opened = VideoDecoder::open(source, 1); // one thread: playback keeps the other cores
    if (!opened)
        return opened.error();
    VideoDecoder &decoder = **opened;
    auto count = decoder.frameCount();
    if (!count)
        return count.error();
    if (*count <= 1)
        return Outcome::NotNeeded;
    const QSize size = proxySize(decoder.displaySize(), shortSide);
    if (size.isEmpty())
        return Error(QStringLiteral("preview.proxy_failed"), tr("The video has no picture size."),
                     {{QStringLiteral("file"), source}});

    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(
            QStringLiteral("preview.proxy_folder"),
            tr("Cannot create the proxy folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())),
            {{QStringLiteral("file"), target}});
    const QString partial =
        info.dir().filePath(QStringLiteral(".") + info.completeBaseName() + QStringLiteral(".partial.mp4"));
    VideoEncodeSettings video;
    video.size = size;
    video.fpsNum = kMicrosecondTicks;
    video.fpsDen = 1;
    video.keyframeSeconds = 1.0 / kMicrosecondTicks; // every frame a keyframe
    video.crf = 20;
    video.preset = QStringLiteral("ultrafast"); // also the cheapest to decode (no CABAC, no deblocking)
    video.threads = 1;
    AudioEncodeSettings audio;
    audio.enabled = false;
    auto writer = MediaWriter::create(partial, video, audio);
    if (!writer)
        return writer.error();

    CanvasCompositor compositor(size, Qt::black);
    const auto fail = [&partial](Error error) {
        QFile::remove(partial);
        return error;
    };
    qint64 lastUs = -1;
    for (qint64 n = 0; n < *count; ++n) {
        if (cancelled.load())
            return fail(
                Error(QStringLiteral("preview.proxy_cancelled"), tr("Making the proxy was cancelled.")));
        auto at = decoder.timeOfIndex(n);
        if (!at)
            return fail(at.error());
        if (*at <= lastUs) // a repeated timestamp cannot be shown anyway
            continue;
        auto frame = decoder.frameAtIndex(n);
        if (!frame)
            return fail(frame.error());
        if (auto composed = compositor.compose(*frame, decoder.rotation(), decoder.displaySize(),
                                               FitMode::Fill, QRectF(0, 0, 1, 1), (*writer)->frameToFill());
            !composed)
            return fail(composed.error());
        if (auto written = (*writer)->writeVideo(*at); !written)
            return fail(written.error());
        lastUs = *at;
        if (progress && (n % 15 == 0 || n + 1 == *count))
            progress(double(n + 1) / double(*count));
    }
    if (auto finished = (*writer)->finish(); !finished)
        return fail(finished.error());
    writer.value().reset(); // closes the file before it is renamed
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return fail(Error(QStringLiteral("preview.proxy_failed"),
                          tr("The proxy could not be saved as %1.").arg(QDir::toNativeSeparators(target)),
                          {{QStringLiteral("file"), target}}));
    return Outcome::Built;
}

} // namespace montaj
