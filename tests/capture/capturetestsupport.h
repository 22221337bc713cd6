#pragma once

// Helpers shared by the capture tests: decode what a take wrote (frame counts even for a file cut
// short by a kill, pictures at an index), read the synthetic pattern's frame code, and wait for a
// recorder's signals.

#include "core/capture/recorder.h"
#include "core/capture/syntheticsource.h"

#include <QImage>
#include <QSignalSpy>
#include <QString>
#include <QTest>

namespace montaj::test {

struct DecodeCount
{
    int frames = 0;        // pictures that decoded
    qint64 lastPtsUs = -1; // time of the last one
    bool audio = false;    // the file has a sound stream
};

// Decodes every picture it can, stopping quietly at the first unreadable place.
DecodeCount countDecodableFrames(const QString &path);
// The picture with this index (0-based, decode order = display order: no B-frames in takes).
QImage decodedFrame(const QString &path, int index);
// The 16-bit frame number the synthetic pattern drew into `image` (same size as the pattern).
int readFrameCode(const QImage &image);
// A colour's rough hue for assertions: 'r', 'g', 'b', 'w', 'k' (black), or '?'.
char colourClass(QRgb c);

// Waits for one emission of `spy` (up to timeoutMs), true if it came.
inline bool waitFor(QSignalSpy &spy, int count = 1, int timeoutMs = 10'000)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, timeoutMs);
}

} // namespace montaj::test
