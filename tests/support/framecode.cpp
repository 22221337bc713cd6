#include "tests/support/framecode.h"

namespace montaj::test {

QByteArray FrameCode::grayFrame(int number, QSize size)
{
    QByteArray frame(qsizetype(size.width()) * size.height(), char(16));
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const int bit = (y * 4 / size.height()) * 4 + (x * 4 / size.width());
            if (number & (1 << bit))
                frame[qsizetype(y) * size.width() + x] = char(235);
        }
    }
    return frame;
}

int FrameCode::read(const QImage &image)
{
    int number = 0;
    for (int bit = 0; bit < kBits; ++bit) {
        const int cx = (bit % 4) * image.width() / 4 + image.width() / 8;
        const int cy = (bit / 4) * image.height() / 4 + image.height() / 8;
        if (qGray(image.pixel(cx, cy)) > 128)
            number |= 1 << bit;
    }
    return number;
}

} // namespace montaj::test
