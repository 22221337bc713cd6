#pragma once

#include "core/foundation/error.h"

#include <QImage>
#include <QList>
#include <QMetaType>
#include <QSize>
#include <QString>

#include <chrono>
#include <functional>
#include <vector>

namespace montaj {

// The clock every capture source stamps its frames and samples with: microseconds of the steady
// (monotonic) clock, so video and sound from different sources line up.
inline qint64 captureClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

// Where a source reports a failure after a good start (unplugged, grab failed), once, from any thread.
using CaptureErrorHandler = std::function<void(const Error &error)>;

// One picture from a video source: upright, packed 32-bit RGB (Format_RGB32, ARGB32 or
// RGBX8888), stamped with captureClockUs() at the moment it was captured.
struct VideoFrame
{
    QImage image;
    qint64 timeUs = 0;
    qint64 number = 0; // the source's own count, from 0
};

// A run of sound from an audio source: interleaved float samples in [-1, 1]; timeUs is the
// captureClockUs() of the first sample.
struct AudioChunk
{
    std::vector<float> samples;
    int sampleRate = 48000;
    int channels = 2;
    qint64 timeUs = 0;
    qint64 frames() const { return channels ? qint64(samples.size()) / channels : 0; }
};

// How a source picture of another shape fills the output: CentreCrop cuts the sides (or top and
// bottom) away, Fit shows all of it with black bars.
enum class Framing { CentreCrop, Fit };

// Frame accounting of one take (or the take in progress). Every captured frame is either encoded
// or dropped; duplicated frames fill the constant-rate grid where the source left a gap.
struct CaptureStats
{
    qint64 framesCaptured = 0;   // delivered by the source while recording
    qint64 framesEncoded = 0;    // written to the file, duplicates included
    qint64 framesDuplicated = 0; // copies of the previous picture for slots with no new frame
    qint64 framesDropped = 0;    // captured but not written (queue full, or two in one slot)
    qint64 droppedQueueFull = 0; // of framesDropped: the encoder was behind and the queue full
    double encodeMsAverage = 0;  // conversion + encoding per written frame, on the encoder thread
    qint64 audioFrames = 0;      // sample frames written (per channel)
};

// One recorded take: a finished, playable file ready to become a clip.
struct Take
{
    QString path;
    qint64 durationUs = 0;
    bool autoStopped = false; // the length limit ended it
    CaptureStats stats;
};

} // namespace montaj

Q_DECLARE_METATYPE(montaj::Take)
Q_DECLARE_METATYPE(montaj::CaptureStats)
