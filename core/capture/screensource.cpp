#include "core/capture/screensource.h"

#include "core/media/ffmpeg.h"

extern "C" {
#include <libavdevice/avdevice.h>
#include <libavutil/time.h>
}

#include <QLocale>
#include <QLoggingCategory>

#include <cstring>
#include <mutex>

namespace montaj {
namespace {

Q_LOGGING_CATEGORY(lcScreen, "montaj.capture.screen")

void registerDevices()
{
    static std::once_flag once;
    std::call_once(once, [] { avdevice_register_all(); });
}

// The capture device of this platform and how to name what to grab (FFmpeg's device documentation).
struct DeviceChoice
{
    const char *format = nullptr;
    QString url;
};

DeviceChoice deviceFor(const ScreenTarget &t, AVDictionary **options)
{
    const QLocale c = QLocale::c();
    if (t.region.isValid() && !t.region.isEmpty())
        av_dict_set(
            options, "video_size",
            QStringLiteral("%1x%2").arg(t.region.width()).arg(t.region.height()).toLatin1().constData(), 0);
#if defined(Q_OS_WIN)
    // gdigrab: "desktop" or "hwnd=0x…", offsets for a region. (Untested branch.)
    if (t.region.isValid()) {
        av_dict_set(options, "offset_x", c.toString(t.region.x()).toLatin1().constData(), 0);
        av_dict_set(options, "offset_y", c.toString(t.region.y()).toLatin1().constData(), 0);
    }
    av_dict_set(options, "draw_mouse", t.drawMouse ? "1" : "0", 0);
    return {"gdigrab",
            t.windowId ? QStringLiteral("hwnd=0x%1").arg(t.windowId, 0, 16) : QStringLiteral("desktop")};
#elif defined(Q_OS_MACOS)
    // avfoundation: "Capture screen N" by index, no sound ("N:none"); no region option (the
    // recorder's framing crops). (Untested branch.)
    av_dict_set(options, "capture_cursor", t.drawMouse ? "1" : "0", 0);
    av_dict_set(options, "pixel_format", "bgr0", 0);
    return {
        "avfoundation",
        QStringLiteral("Capture screen %1:none").arg(t.display.isEmpty() ? QStringLiteral("0") : t.display)};
#else
    // x11grab (XCB): the display in the url, a region by grab_x/grab_y + video_size, or a window.
    if (t.region.isValid() && !t.region.isEmpty()) {
        av_dict_set(options, "grab_x", c.toString(t.region.x()).toLatin1().constData(), 0);
        av_dict_set(options, "grab_y", c.toString(t.region.y()).toLatin1().constData(), 0);
    }
    if (t.windowId)
        av_dict_set(options, "window_id", c.toString(t.windowId).toLatin1().constData(), 0);
    av_dict_set(options, "draw_mouse", t.drawMouse ? "1" : "0", 0);
    const QString display = t.display.isEmpty() ? qEnvironmentVariable("DISPLAY") : t.display;
    return {"x11grab", display};
#endif
}

void releasePacket(void *packet)
{
    auto *p = static_cast<AVPacket *>(packet);
    av_packet_free(&p);
}

} // namespace

void ScreenSource::InputCloser::operator()(AVFormatContext *c) const
{
    avformat_close_input(&c);
}

ScreenSource::ScreenSource(ScreenTarget target)
    : m_target(std::move(target))
{}

ScreenSource::~ScreenSource()
{
    stopVideo();
}

bool ScreenSource::isAvailable()
{
    registerDevices();
#if defined(Q_OS_WIN)
    return av_find_input_format("gdigrab") != nullptr;
#elif defined(Q_OS_MACOS)
    return av_find_input_format("avfoundation") != nullptr;
#else
    return av_find_input_format("x11grab") != nullptr;
#endif
}

QString ScreenSource::videoName() const
{
    if (m_target.windowId)
        return tr("Window %1").arg(m_target.windowId);
    if (m_target.region.isValid() && !m_target.region.isEmpty())
        return tr("Screen region %1×%2").arg(m_target.region.width()).arg(m_target.region.height());
    return tr("Screen");
}

Result<void> ScreenSource::startVideo(FrameHandler onFrame, CaptureErrorHandler onError)
{
    stopVideo();
    initFfmpegLogging();
    registerDevices();
    AVDictionary *options = nullptr;
    const DeviceChoice device = deviceFor(m_target, &options);
    const AVInputFormat *format = av_find_input_format(device.format);
    if (!format) {
        av_dict_free(&options);
        return Error(QStringLiteral("capture.no_screen_device"),
                     tr("This build cannot record the screen (FFmpeg has no %1 device).")
                         .arg(QString::fromLatin1(device.format)));
    }
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (device.url.isEmpty()) {
        av_dict_free(&options);
        return Error(QStringLiteral("capture.no_display"),
                     tr("There is no screen to record: no X11 display is set (DISPLAY)."));
    }
#endif
    av_dict_set(&options, "framerate", QLocale::c().toString(m_target.fps).toLatin1().constData(), 0);
    AVFormatContext *raw = nullptr;
    const QByteArray url = device.url.toLocal8Bit();
    const int rc = avformat_open_input(&raw, url.constData(), format, &options);
    av_dict_free(&options);
    if (rc < 0)
        return Error(QStringLiteral("capture.screen_unavailable"),
                     tr("The screen cannot be recorded (%1).").arg(ffmpegErrorText(rc)),
                     {{QStringLiteral("display"), device.url}});
    m_input.reset(raw);
    if (raw->nb_streams < 1 || raw->streams[0]->codecpar->codec_id != AV_CODEC_ID_RAWVIDEO) {
        m_input.reset();
        return Error(QStringLiteral("capture.screen_unavailable"),
                     tr("The screen capture device gave no pictures we can read."));
    }
    const AVCodecParameters *p = raw->streams[0]->codecpar;
    m_size = QSize(p->width, p->height);
    m_format = p->format;
    qCInfo(lcScreen) << "grabbing" << device.url << m_size << av_get_pix_fmt_name(AVPixelFormat(m_format));
    m_quit = false;
    m_thread = std::thread(
        [this, onFrame = std::move(onFrame), onError = std::move(onError)] { run(onFrame, onError); });
    return {};
}

void ScreenSource::stopVideo()
{
    m_quit = true;
    if (m_thread.joinable())
        m_thread.join();
    m_input.reset();
}

void ScreenSource::run(FrameHandler onFrame, CaptureErrorHandler onError)
{
    const auto format = AVPixelFormat(m_format);
    const bool direct =
        Q_BYTE_ORDER == Q_LITTLE_ENDIAN && (format == AV_PIX_FMT_BGR0 || format == AV_PIX_FMT_BGRA);
    SwsPtr sws;
    FramePtr rgb;
    for (qint64 number = 0; !m_quit; ++number) {
        AVPacket *packet = av_packet_alloc();
        const int rc = av_read_frame(m_input.get(), packet);
        if (rc == AVERROR(EAGAIN)) {
            av_packet_free(&packet);
            continue;
        }
        if (rc < 0) {
            av_packet_free(&packet);
            if (!m_quit)
                onError(Error(QStringLiteral("capture.screen_lost"),
                              tr("Screen recording stopped: %1").arg(ffmpegErrorText(rc))));
            return;
        }
        // The device stamps packets with the wall clock when grabbed: carry that age over.
        qint64 timeUs = captureClockUs();
        if (packet->pts != AV_NOPTS_VALUE) {
            const qint64 age = av_gettime() - packet->pts;
            if (age > 0 && age < 1'000'000)
                timeUs -= age;
        }
        const int w = m_size.width(), h = m_size.height();
        QImage image;
        if (direct && packet->size >= w * h * 4) {
            // No copy: the picture keeps the packet (and its shared-memory buffer) alive.
            image = QImage(packet->data, w, h, qsizetype(w) * 4, QImage::Format_RGB32, releasePacket, packet);
        } else {
            // Other depths (16-bit displays): convert through FFmpeg's padded buffer (swscale may
            // write past a line's end), then copy into the picture.
            uint8_t *srcData[4] = {};
            int srcLines[4] = {};
            av_image_fill_arrays(srcData, srcLines, packet->data, format, w, h, 1);
            sws.reset(sws_getCachedContext(sws.release(), w, h, format, w, h, AV_PIX_FMT_BGRA, SWS_POINT,
                                           nullptr, nullptr, nullptr));
            if (!rgb) {
                rgb = makeFrame();
                rgb->format = AV_PIX_FMT_BGRA;
                rgb->width = w;
                rgb->height = h;
                if (av_frame_get_buffer(rgb.get(), 64) < 0)
                    rgb.reset();
            }
            if (sws && rgb) {
                sws_scale(sws.get(), srcData, srcLines, 0, h, rgb->data, rgb->linesize);
                image = QImage(w, h, QImage::Format_RGB32);
                for (int y = 0; y < h; ++y)
                    std::memcpy(image.scanLine(y), rgb->data[0] + qsizetype(y) * rgb->linesize[0],
                                size_t(w) * 4);
            }
            av_packet_free(&packet);
        }
        if (!image.isNull())
            onFrame(VideoFrame{std::move(image), timeUs, number});
    }
}

} // namespace montaj
