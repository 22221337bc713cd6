#pragma once

#include <QList>
#include <QString>

namespace montaj::bench {

// The peer for frame-accurate seeking inside one process: FFmpeg's own libraries used directly,
// with nothing of Montaj in between — seek to the keyframe before each position, skip pictures
// nothing refers to, stop at the frame that covers the position (draining the decoder as soon as
// the next packet is past it). What an exact software decoder costs on this machine.
struct LibavSeekRun
{
    QList<double> ms;           // one per position
    double framesPerSeek = 0.0; // pictures the decoder produced, on average
    QString error;              // empty on success
};

LibavSeekRun libavSeeks(const QString &file, const QList<qint64> &positionsUs, int threads);

} // namespace montaj::bench
