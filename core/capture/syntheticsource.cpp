#include "core/capture/syntheticsource.h"

#include <QLocale>
#include <QPainter>

#include <array>
#include <cmath>
#include <numbers>

namespace montaj {
namespace {

// Segments a–g of each digit, bit 0 = a (top), clockwise, g (middle) last.
constexpr std::array<int, 10> kSegments = {0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f};

void drawDigit(QPainter &p, const QRect &cell, int digit, const QColor &colour)
{
    const int w = cell.width(), h = cell.height();
    const int t = std::max(2, w / 6); // stroke
    const int x = cell.x(), y = cell.y(), half = h / 2;
    const std::array<QRect, 7> segments = {QRect(x + t, y, w - 2 * t, t),                 // a
                                           QRect(x + w - t, y + t, t, half - t),          // b
                                           QRect(x + w - t, y + half, t, half - t),       // c
                                           QRect(x + t, y + h - t, w - 2 * t, t),         // d
                                           QRect(x, y + half, t, half - t),               // e
                                           QRect(x, y + t, t, half - t),                  // f
                                           QRect(x + t, y + half - t / 2, w - 2 * t, t)}; // g
    const int mask = kSegments[size_t(digit)];
    for (size_t s = 0; s < segments.size(); ++s)
        if (mask & (1 << s))
            p.fillRect(segments[s], colour);
}

void drawNumber(QPainter &p, QRect area, const QString &digits, const QColor &colour)
{
    const int n = int(digits.size());
    const int cellW = area.width() / std::max(1, n);
    for (int i = 0; i < n; ++i) {
        const QChar c = digits.at(i);
        const QRect cell(area.x() + i * cellW + cellW / 8, area.y(), cellW * 3 / 4, area.height());
        if (c.isDigit())
            drawDigit(p, cell, c.digitValue(), colour);
        else if (c == QLatin1Char(':') || c == QLatin1Char('.'))
            p.fillRect(QRect(cell.center().x() - cellW / 12, area.bottom() - cellW / 6, cellW / 6, cellW / 6),
                       colour);
    }
}

} // namespace

SyntheticSource::SyntheticSource()
    : SyntheticSource(Settings{})
{}

SyntheticSource::SyntheticSource(const Settings &settings)
    : m_settings(settings)
{
    const int w = settings.size.width(), h = settings.size.height();
    m_background = QImage(settings.size, QImage::Format_RGB32);
    m_background.fill(QColor(32, 32, 32));
    QPainter p(&m_background);
    p.fillRect(QRect(0, 0, w / 10, h), QColor(220, 30, 30));          // left: red
    p.fillRect(QRect(w - w / 10, 0, w / 10, h), QColor(30, 60, 220)); // right: blue
    p.fillRect(QRect(w / 10, 0, w - w / 5, h / 16), QColor(230, 210, 40));
}

SyntheticSource::~SyntheticSource()
{
    stopVideo();
    stopAudio();
}

QRect SyntheticSource::codeBlock(QSize size, int bit)
{
    const int side = size.width() * 8 / 10 / kCodeBits;
    return QRect(size.width() / 10 + bit * side, size.height() * 8 / 10, side, side);
}

QImage SyntheticSource::pattern(qint64 number) const
{
    QImage image = m_background.copy();
    const int w = image.width(), h = image.height();
    QPainter p(&image);
    // A white square sweeping between the bars and back every two seconds.
    const double fps = m_settings.fps > 0 ? m_settings.fps : 30.0;
    const double phase = std::fmod(double(number) / fps, 2.0);
    const double along = phase < 1.0 ? phase : 2.0 - phase;
    const int side = w / 6;
    const int travel = w - w / 5 - side;
    p.fillRect(QRect(w / 10 + int(along * travel), h * 55 / 100, side, side), Qt::white);

    const QLocale c = QLocale::c();
    const QString frameDigits = QStringLiteral("%1").arg(number % 1000000, 6, 10, QLatin1Char('0'));
    drawNumber(p, QRect(w / 10, h / 4, w * 8 / 10, w / 6), frameDigits, Qt::white);
    const qint64 totalFrames = number;
    const int ifps = std::max(1, int(std::lround(fps)));
    const qint64 seconds = totalFrames / ifps;
    const QString timecode = QStringLiteral("%1:%2.%3")
                                 .arg(c.toString(seconds / 60 % 100).rightJustified(2, QLatin1Char('0')))
                                 .arg(c.toString(seconds % 60).rightJustified(2, QLatin1Char('0')))
                                 .arg(c.toString(totalFrames % ifps).rightJustified(2, QLatin1Char('0')));
    drawNumber(p, QRect(w / 10, h * 38 / 100, w * 8 / 10, w / 7), timecode, QColor(120, 230, 120));

    for (int bit = 0; bit < kCodeBits; ++bit)
        p.fillRect(codeBlock(image.size(), bit), (number >> bit) & 1 ? Qt::white : Qt::black);
    return image;
}

QString SyntheticSource::videoName() const
{
    return tr("Test pattern");
}

QString SyntheticSource::audioName() const
{
    return tr("Test tone");
}

bool SyntheticSource::waitUntil(Runner &runner, qint64 dueUs)
{
    std::unique_lock lock(runner.mutex);
    for (;;) {
        if (runner.quit)
            return false;
        const qint64 now = captureClockUs();
        if (now >= dueUs)
            return true;
        runner.wake.wait_for(lock, std::chrono::microseconds(dueUs - now));
    }
}

void SyntheticSource::stopRunner(Runner &runner)
{
    {
        std::lock_guard lock(runner.mutex);
        runner.quit = true;
    }
    runner.wake.notify_all();
    if (runner.thread.joinable())
        runner.thread.join();
    runner.quit = false;
}

Result<void> SyntheticSource::startVideo(FrameHandler onFrame, CaptureErrorHandler)
{
    stopVideo();
    if (m_settings.size.isEmpty() || m_settings.fps <= 0)
        return Error(QStringLiteral("capture.bad_settings"),
                     tr("The test pattern needs a size and a frame rate."));
    const qint64 start = captureClockUs();
    m_video.thread = std::thread([this, onFrame = std::move(onFrame), start] { runVideo(onFrame, start); });
    return {};
}

void SyntheticSource::stopVideo()
{
    stopRunner(m_video);
}

void SyntheticSource::runVideo(FrameHandler onFrame, qint64 startUs)
{
    const double periodUs = 1e6 / m_settings.fps;
    for (qint64 n = 0;;) {
        const qint64 due = startUs + qint64(std::llround(double(n) * periodUs));
        if (!waitUntil(m_video, due))
            return;
        onFrame(VideoFrame{pattern(n), due, n});
        // A real camera does not wait for a slow consumer: frames whose time has passed are skipped.
        const qint64 late = captureClockUs() - startUs;
        n = std::max(n + 1, qint64(double(late) / periodUs));
    }
}

Result<void> SyntheticSource::startAudio(ChunkHandler onChunk, CaptureErrorHandler)
{
    stopAudio();
    if (m_settings.sampleRate <= 0 || m_settings.channels <= 0 || m_settings.chunkMs <= 0)
        return Error(QStringLiteral("capture.bad_settings"),
                     tr("The test tone needs a sample rate and channels."));
    const qint64 start = captureClockUs();
    m_audio.thread = std::thread([this, onChunk = std::move(onChunk), start] { runAudio(onChunk, start); });
    return {};
}

void SyntheticSource::stopAudio()
{
    stopRunner(m_audio);
}

void SyntheticSource::runAudio(ChunkHandler onChunk, qint64 startUs)
{
    const int rate = m_settings.sampleRate, channels = m_settings.channels;
    const qint64 perChunk = qint64(rate) * m_settings.chunkMs / 1000;
    for (qint64 chunk = 0;; ++chunk) {
        const qint64 first = chunk * perChunk;
        const qint64 firstUs = startUs + first * 1'000'000 / rate;
        // A chunk is delivered once its last sample has "been heard", as a sound card does.
        if (!waitUntil(m_audio, startUs + (first + perChunk) * 1'000'000 / rate))
            return;
        AudioChunk out;
        out.sampleRate = rate;
        out.channels = channels;
        out.timeUs = firstUs;
        out.samples.resize(size_t(perChunk * channels));
        for (qint64 i = 0; i < perChunk; ++i) {
            const double cycles = std::fmod(m_settings.toneHz * double(first + i) / rate, 1.0);
            const auto v = float(m_settings.toneAmplitude * std::sin(2.0 * std::numbers::pi * cycles));
            for (int c = 0; c < channels; ++c)
                out.samples[size_t(i * channels + c)] = v;
        }
        onChunk(std::move(out));
    }
}

} // namespace montaj
