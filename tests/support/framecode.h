#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace montaj::test {

// A picture that carries its own frame number as a 4×4 grid of black/white blocks (bit i of the
// number is block i, row by row), robust to compression and scaling, so a decoder test can read
// back which frame it got.
class FrameCode
{
public:
    static constexpr int kBits = 16;
    // One gray (8-bit) frame of the given size showing `number`.
    static QByteArray grayFrame(int number, QSize size);
    // Reads the number back from a decoded picture of any size (upright, not mirrored).
    static int read(const QImage &image);
};

} // namespace montaj::test
