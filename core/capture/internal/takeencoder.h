#pragma once

#include "core/capture/capturetypes.h"
#include "core/capture/internal/yuvframer.h"
#include "core/foundation/result.h"
#include "core/media/mediawriter.h"

#include <QCoreApplication>

#include <memory>

namespace montaj {

// Everything one take's file needs to be written.
struct TakePlan
{
    QString path;
    VideoEncodeSettings video;
    AudioEncodeSettings audio; // audio.enabled false: a picture-only file
    ContainerSettings container;
    Framing framing = Framing::CentreCrop;
    qint64 startUs = 0; // captureClockUs() of the take's first instant
    qint64 limitUs = 0; // the take's length limit; 0: none
};

// Writes one take: captured frames onto a constant-rate grid (a frame lands in the next slot;
// one that comes when its slot is already taken is dropped, a gap is filled by repeating the
// previous picture — both counted), sound converted to the writer's rate and channels and lined
// up with the picture on the capture clock, everything ending at the stop time or the length limit
// to the frame. Single-threaded: the recorder's encoder thread owns it. Internal to Recorder.
class TakeEncoder
{
    Q_DECLARE_TR_FUNCTIONS(TakeEncoder)

public:
    static Result<std::unique_ptr<TakeEncoder>> create(const TakePlan &plan);
    ~TakeEncoder();
    TakeEncoder(const TakeEncoder &) = delete;
    TakeEncoder &operator=(const TakeEncoder &) = delete;

    const TakePlan &plan() const { return m_plan; }
    Result<void> addVideo(const VideoFrame &frame);
    Result<void> addAudio(const AudioChunk &chunk);
    // Nothing captured at or after stopUs belongs to the take.
    void setStop(qint64 stopUs);
    // The grid is full: the length limit (or the stop time) is reached.
    bool full() const { return m_next >= m_lastSlot; }
    // Pads the picture (and the sound) up to the end and completes the file.
    Result<Take> finish();
    // Encoded, duplicated, dropped (slot taken or past the end), encode time, audio written.
    CaptureStats stats() const { return m_stats; }
    qint64 framesWritten() const { return m_next; }

private:
    TakeEncoder() = default;
    double fps() const;
    qint64 slotsUntil(qint64 us) const; // grid slots from the start up to a capture time
    Result<void> writeSlot();           // the current picture into the next slot
    Result<void> writeAudio(const float *samples, qint64 frames);
    Result<void> writeSilence(qint64 frames);
    qint64 audioLimit() const; // sample frames the file's sound may hold

    TakePlan m_plan;
    std::unique_ptr<MediaWriter> m_writer;
    YuvFramer m_framer;
    bool m_havePicture = false;
    qint64 m_next = 0;             // next slot on the grid
    qint64 m_lastSlot = INT64_MAX; // slots the take may hold
    qint64 m_stopUs = INT64_MAX;
    bool m_audioStarted = false;
    qint64 m_audioWritten = 0; // sample frames at the writer's rate
    SwrPtr m_swr;
    int m_swrRate = 0, m_swrChannels = 0;
    std::vector<float> m_converted;
    double m_encodeMsTotal = 0;
    CaptureStats m_stats;
};

} // namespace montaj
