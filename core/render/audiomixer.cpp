#include "core/render/audiomixer.h"

#include <algorithm>
#include <cmath>

namespace montaj {

AudioMixer::AudioMixer(ProjectState project, int sampleRate, int channels)
    : m_project(std::move(project))
    , m_rate(sampleRate)
    , m_channels(channels)
{
    qint64 us = 0;
    for (const Clip &c : m_project.clips) {
        m_clipStart << toFrames(us);
        us += c.durationUs();
    }
    m_total = toFrames(us);
    m_clipStart << m_total;
}

AudioMixer::~AudioMixer() = default;

qint64 AudioMixer::toFrames(qint64 us) const
{
    return qint64(std::llround(double(us) * m_rate / 1e6));
}

Result<qint64> AudioMixer::mix(float *out, qint64 frames)
{
    frames = std::min(frames, m_total - m_position);
    if (frames <= 0)
        return qint64(0);
    std::fill(out, out + frames * m_channels, 0.0f);
    if (auto clips = addClips(out, m_position, frames); !clips)
        return clips.error();
    if (auto music = addMusic(out, m_position, frames); !music)
        return music.error();
    for (qint64 i = 0; i < frames * m_channels; ++i) // a soft limit instead of wrapping distortion
        out[i] = std::clamp(out[i], -1.0f, 1.0f);
    m_position += frames;
    return frames;
}

void AudioMixer::seekToFrame(qint64 frame)
{
    m_position = std::clamp<qint64>(frame, 0, m_total);
    // addClips() and addMusic() open their decoders again at exactly the new position.
    m_openClip = -1;
    m_clipDecoder.reset();
    m_musicStarted = false;
    m_musicDecoder.reset();
}

Result<void> AudioMixer::addClips(float *out, qint64 from, qint64 frames)
{
    qint64 done = 0;
    while (done < frames) {
        const qint64 at = from + done;
        const auto next = std::upper_bound(m_clipStart.begin(), m_clipStart.end(), at);
        const int index = int(std::distance(m_clipStart.begin(), next)) - 1;
        if (index < 0 || index >= m_project.clips.size())
            break;
        const Clip &clip = m_project.clips[index];
        const qint64 span = std::min(frames - done, m_clipStart[index + 1] - at);
        if (clip.sourceHasAudio && !clip.muted && clip.volume > 0) {
            if (m_openClip != index) {
                m_clipDecoder.reset();
                auto decoder = AudioDecoder::open(clip.mediaPath, m_rate, m_channels);
                if (!decoder && decoder.error().code != QLatin1String("media.no_audio"))
                    return decoder.error();
                if (decoder) {
                    m_clipDecoder = std::move(decoder).value();
                    const qint64 offsetUs =
                        qint64(std::llround(double(at - m_clipStart[index]) * 1e6 / m_rate));
                    if (auto sought = m_clipDecoder->seek(clip.inUs + offsetUs); !sought)
                        return sought;
                }
                m_openClip = index;
            }
            if (m_clipDecoder) {
                m_scratch.assign(size_t(span * m_channels), 0.0f);
                auto got = m_clipDecoder->read(m_scratch.data(), span);
                if (!got)
                    return got.error();
                const auto gain = float(clip.volume);
                float *dst = out + done * m_channels;
                for (qint64 i = 0; i < *got * m_channels; ++i)
                    dst[i] += m_scratch[size_t(i)] * gain;
            }
        } else if (m_openClip != index) {
            m_clipDecoder.reset();
            m_openClip = index;
        }
        done += span;
    }
    return {};
}

Result<void> AudioMixer::addMusic(float *out, qint64 from, qint64 frames)
{
    const MusicTrack &music = m_project.music;
    if (!music.isSet() || music.volume <= 0)
        return {};
    const qint64 start = toFrames(music.startUs);
    const qint64 available =
        music.sourceDurationUs > 0 ? toFrames(music.sourceDurationUs - music.sourceInUs) : m_total;
    const qint64 end = std::min(m_total, start + available);
    const qint64 first = std::max(from, start);
    const qint64 last = std::min(from + frames, end);
    if (first >= last)
        return {};
    if (!m_musicStarted) {
        auto decoder = AudioDecoder::open(music.path, m_rate, m_channels);
        if (!decoder)
            return decoder.error();
        m_musicDecoder = std::move(decoder).value();
        const qint64 offsetUs = qint64(std::llround(double(first - start) * 1e6 / m_rate));
        if (auto sought = m_musicDecoder->seek(music.sourceInUs + offsetUs); !sought)
            return sought;
        m_musicStarted = true;
    }
    const qint64 count = last - first;
    m_scratch.assign(size_t(count * m_channels), 0.0f);
    auto got = m_musicDecoder->read(m_scratch.data(), count);
    if (!got)
        return got.error();
    const qint64 fadeIn = toFrames(music.fadeInUs);
    const qint64 fadeOut = toFrames(music.fadeOutUs);
    float *dst = out + (first - from) * m_channels;
    for (qint64 i = 0; i < *got; ++i) {
        const qint64 t = first + i;
        double gain = music.volume;
        if (fadeIn > 0 && t - start < fadeIn)
            gain *= double(t - start) / double(fadeIn);
        if (fadeOut > 0 && end - t < fadeOut)
            gain *= double(end - t) / double(fadeOut);
        for (int c = 0; c < m_channels; ++c)
            dst[i * m_channels + c] += m_scratch[size_t(i * m_channels + c)] * float(gain);
    }
    return {};
}

} // namespace montaj
