#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"
#include "core/media/audiodecoder.h"

#include <QHash>

#include <memory>

namespace montaj {

// The project's sound as one stream of interleaved float samples: each clip's own sound over its
// range (volume, mute; silence where a clip has none or its source runs short), with the music
// track mixed in at its volume and fades. Produced in order, in chunks of any size, so the
// exporter can keep sound and picture in step, from the start or from any sample (the preview's
// player seeks). Not a player itself and not a level meter.
class AudioMixer
{
public:
    AudioMixer(ProjectState project, int sampleRate = 48000, int channels = 2);
    ~AudioMixer();

    int sampleRate() const { return m_rate; }
    int channels() const { return m_channels; }
    qint64 totalFrames() const { return m_total; }
    qint64 position() const { return m_position; }

    // The next `frames` sample frames (fewer only at the very end).
    Result<qint64> mix(float *out, qint64 frames);

    // The next mix() starts at this sample frame (clamped to [0, totalFrames()]) and gives exactly
    // the samples a mix from the start would give there. Files are reopened lazily at the new place.
    void seekToFrame(qint64 frame);
    // The same at a timeline time, rounded to the nearest sample frame.
    void seek(qint64 timelineUs) { seekToFrame(toFrames(timelineUs)); }

private:
    Result<void> addClips(float *out, qint64 from, qint64 frames);
    Result<void> addMusic(float *out, qint64 from, qint64 frames);
    qint64 toFrames(qint64 us) const;

    ProjectState m_project;
    int m_rate;
    int m_channels;
    QList<qint64> m_clipStart; // in sample frames, plus the end
    qint64 m_total = 0;
    qint64 m_position = 0;
    int m_openClip = -1;
    std::unique_ptr<AudioDecoder> m_clipDecoder;
    std::unique_ptr<AudioDecoder> m_musicDecoder;
    bool m_musicStarted = false;
    std::vector<float> m_scratch;
};

} // namespace montaj
