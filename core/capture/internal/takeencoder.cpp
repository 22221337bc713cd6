#include "core/capture/internal/takeencoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace montaj {
namespace {

constexpr qint64 kAudioSlackUs = 100'000; // sound this far off its expected time is re-aligned

} // namespace

TakeEncoder::~TakeEncoder() = default;

Result<std::unique_ptr<TakeEncoder>> TakeEncoder::create(const TakePlan &plan)
{
    std::unique_ptr<TakeEncoder> e(new TakeEncoder);
    e->m_plan = plan;
    if (plan.video.fpsNum <= 0 || plan.video.fpsDen <= 0 || plan.video.size.isEmpty())
        return Error(QStringLiteral("capture.bad_settings"),
                     tr("The recording needs an output size and a frame rate."));
    auto writer = MediaWriter::create(plan.path, plan.video, plan.audio, plan.container);
    if (!writer)
        return writer.error();
    e->m_writer = std::move(writer).value();
    if (plan.limitUs > 0)
        e->m_lastSlot = e->slotsUntil(plan.startUs + plan.limitUs);
    return e;
}

double TakeEncoder::fps() const
{
    return double(m_plan.video.fpsNum) / m_plan.video.fpsDen;
}

qint64 TakeEncoder::slotsUntil(qint64 us) const
{
    return qint64(std::llround(double(us - m_plan.startUs) * fps() / 1e6));
}

void TakeEncoder::setStop(qint64 stopUs)
{
    m_stopUs = std::min(m_stopUs, stopUs);
    m_lastSlot = std::min(m_lastSlot, std::max<qint64>(0, slotsUntil(m_stopUs)));
}

qint64 TakeEncoder::audioLimit() const
{
    if (m_lastSlot == INT64_MAX)
        return INT64_MAX;
    return m_lastSlot * m_plan.audio.sampleRate * m_plan.video.fpsDen / m_plan.video.fpsNum;
}

Result<void> TakeEncoder::writeSlot()
{
    if (auto written = m_writer->writeVideo(m_next); !written)
        return written;
    ++m_next;
    ++m_stats.framesEncoded;
    return {};
}

Result<void> TakeEncoder::addVideo(const VideoFrame &frame)
{
    if (frame.timeUs < m_plan.startUs || frame.timeUs >= m_stopUs || full())
        return {};
    QElapsedTimer timer;
    timer.start();
    // Where the frame falls on the grid, relative to the next free slot (FFmpeg's CFR rule).
    const double offset = double(frame.timeUs - m_plan.startUs) * fps() / 1e6 - double(m_next);
    if (offset < -1.1) {
        ++m_stats.framesDropped;
        return {};
    }
    qint64 repeats = offset > 1.1 ? qint64(std::llround(offset)) : 0;
    if (m_havePicture) {
        for (; repeats > 0 && !full(); --repeats) {
            if (auto written = writeSlot(); !written)
                return written;
            ++m_stats.framesDuplicated;
        }
        if (full()) {
            ++m_stats.framesDropped;
            return {};
        }
    }
    if (!m_framer.convert(frame.image, m_plan.framing, m_writer->frameToFill()))
        return Error(QStringLiteral("capture.bad_frame"),
                     tr("A captured picture could not be converted for recording."),
                     {{QStringLiteral("format"), int(frame.image.format())}});
    // The first picture also fills the slots before it (the source started after the take).
    const bool first = !m_havePicture;
    m_havePicture = true;
    for (qint64 copies = first ? repeats + 1 : 1; copies > 0 && !full(); --copies) {
        if (auto written = writeSlot(); !written)
            return written;
        if (copies > 1)
            ++m_stats.framesDuplicated;
    }
    m_encodeMsTotal += double(timer.nsecsElapsed()) / 1e6;
    m_stats.encodeMsAverage = m_stats.framesEncoded ? m_encodeMsTotal / double(m_stats.framesEncoded) : 0;
    return {};
}

Result<void> TakeEncoder::writeAudio(const float *samples, qint64 frames)
{
    frames = std::min(frames, audioLimit() - m_audioWritten);
    if (frames <= 0)
        return {};
    if (auto written = m_writer->writeAudio(samples, frames); !written)
        return written;
    m_audioWritten += frames;
    m_stats.audioFrames = m_audioWritten;
    return {};
}

Result<void> TakeEncoder::writeSilence(qint64 frames)
{
    const std::vector<float> silence(size_t(std::max<qint64>(0, std::min<qint64>(frames, 4800)))
                                     * size_t(m_plan.audio.channels));
    while (frames > 0) {
        const qint64 n = std::min<qint64>(frames, 4800);
        if (auto written = writeAudio(silence.data(), n); !written)
            return written;
        frames -= n;
    }
    return {};
}

Result<void> TakeEncoder::addAudio(const AudioChunk &chunk)
{
    if (!m_plan.audio.enabled || chunk.sampleRate <= 0 || chunk.channels <= 0)
        return {};
    const int outRate = m_plan.audio.sampleRate, outChannels = m_plan.audio.channels;
    qint64 frames = chunk.frames();
    const auto usToFrames = [](qint64 us, int rate) { return qint64(std::llround(double(us) * rate / 1e6)); };
    qint64 skip = 0;
    if (!m_audioStarted) {
        const qint64 offsetUs = chunk.timeUs - m_plan.startUs;
        if (offsetUs + frames * 1'000'000 / chunk.sampleRate <= 0)
            return {};
        m_audioStarted = true;
        if (offsetUs < 0)
            skip = usToFrames(-offsetUs, chunk.sampleRate);
        else if (auto padded = writeSilence(usToFrames(offsetUs, outRate)); !padded)
            return padded;
    } else {
        const qint64 expectedUs = m_plan.startUs + m_audioWritten * 1'000'000 / outRate;
        const qint64 gapUs = chunk.timeUs - expectedUs;
        if (gapUs > kAudioSlackUs) { // the source skipped: keep the picture in sync with silence
            if (auto padded = writeSilence(usToFrames(gapUs, outRate)); !padded)
                return padded;
        } else if (gapUs < -kAudioSlackUs) { // overlaps what was written already
            skip = std::min(frames, usToFrames(-gapUs, chunk.sampleRate));
        }
    }
    if (m_stopUs != INT64_MAX)
        frames = std::min(frames, usToFrames(m_stopUs - chunk.timeUs, chunk.sampleRate));
    if (frames <= skip)
        return {};
    const float *in = chunk.samples.data() + skip * chunk.channels;
    const qint64 count = frames - skip;
    if (chunk.sampleRate == outRate && chunk.channels == outChannels)
        return writeAudio(in, count);

    if (!m_swr || m_swrRate != chunk.sampleRate || m_swrChannels != chunk.channels) {
        AVChannelLayout inLayout, outLayout;
        av_channel_layout_default(&inLayout, chunk.channels);
        av_channel_layout_default(&outLayout, outChannels);
        SwrContext *raw = nullptr;
        if (swr_alloc_set_opts2(&raw, &outLayout, AV_SAMPLE_FMT_FLT, outRate, &inLayout, AV_SAMPLE_FMT_FLT,
                                chunk.sampleRate, 0, nullptr)
                < 0
            || swr_init(raw) < 0) {
            swr_free(&raw);
            return Error(QStringLiteral("capture.audio_format"),
                         tr("The sound from the microphone could not be converted (%1 Hz, %2 channels).")
                             .arg(chunk.sampleRate)
                             .arg(chunk.channels));
        }
        m_swr.reset(raw);
        m_swrRate = chunk.sampleRate;
        m_swrChannels = chunk.channels;
    }
    const int outMax = swr_get_out_samples(m_swr.get(), int(count));
    m_converted.resize(size_t(std::max(0, outMax)) * size_t(outChannels));
    auto *out = reinterpret_cast<uint8_t *>(m_converted.data());
    const auto *src = reinterpret_cast<const uint8_t *>(in);
    const int got = swr_convert(m_swr.get(), &out, outMax, &src, int(count));
    if (got < 0)
        return Error(QStringLiteral("capture.audio_format"),
                     tr("The sound from the microphone could not be converted (%1 Hz, %2 channels).")
                         .arg(chunk.sampleRate)
                         .arg(chunk.channels));
    return writeAudio(m_converted.data(), got);
}

Result<Take> TakeEncoder::finish()
{
    if (!m_havePicture) {
        (void)m_writer->finish();
        m_writer.reset();
        QFile::remove(m_plan.path);
        return Error(QStringLiteral("capture.no_frames"),
                     tr("No picture arrived from the source during the take; nothing was recorded."),
                     {{QStringLiteral("file"), m_plan.path}});
    }
    // A source that stalled before the end leaves its last picture on screen until the end.
    while (m_lastSlot != INT64_MAX && m_next < m_lastSlot) {
        if (auto written = writeSlot(); !written)
            return written.error();
        ++m_stats.framesDuplicated;
    }
    m_lastSlot = m_next;
    if (m_plan.audio.enabled)
        if (auto padded = writeSilence(audioLimit() - m_audioWritten); !padded)
            return padded.error();
    if (auto finished = m_writer->finish(); !finished)
        return finished.error();
    Take take;
    take.path = QFileInfo(m_plan.path).absoluteFilePath();
    take.durationUs = m_next * 1'000'000 * m_plan.video.fpsDen / m_plan.video.fpsNum;
    take.stats = m_stats;
    return take;
}

} // namespace montaj
