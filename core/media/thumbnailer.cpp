#include "core/media/thumbnailer.h"

#include "core/media/videodecoder.h"

namespace montaj {

Result<QList<QImage>> Thumbnailer::strip(const QString &path, int count, QSize size, Mode mode)
{
    if (count <= 0 || size.isEmpty())
        return Error(QStringLiteral("media.invalid_argument"),
                     tr("A thumbnail strip needs a count and a size."));
    auto decoder = VideoDecoder::open(path);
    if (!decoder)
        return decoder.error();
    VideoDecoder &d = **decoder;
    FrameConverter converter;
    QList<QImage> images;
    images.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qint64 at = qint64((double(i) + 0.5) * double(d.durationUs()) / count);
        auto frame = mode == Mode::Fast ? d.keyframeNear(at) : d.frameAt(at);
        if (!frame)
            return frame.error();
        images.append(converter.toImage(*frame, d.rotation(), d.displaySize(), size, Qt::KeepAspectRatio));
    }
    return images;
}

} // namespace montaj
