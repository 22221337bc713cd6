#pragma once

#include "core/foundation/result.h"
#include "core/media/mediainfo.h"

#include <QCoreApplication>

namespace montaj {

// Reads what a media file holds (MediaInfo) and checks that Montaj can actually use it: a picture
// decodes, dimensions are sane, codecs are supported. Every failure is an Error naming the file
// and the reason. Not for decoding frames (VideoDecoder) or sound (AudioDecoder).
class MediaProbe
{
    Q_DECLARE_TR_FUNCTIONS(MediaProbe)

public:
    static Result<MediaInfo> probe(const QString &path);
};

} // namespace montaj
