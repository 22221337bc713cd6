#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>

namespace montaj {

// A strip of small pictures spread over a clip, for the timeline and the media bin. Fast mode takes
// the keyframe nearest each point (one decode each); exact mode takes the precise frame.
class Thumbnailer
{
    Q_DECLARE_TR_FUNCTIONS(Thumbnailer)

public:
    enum class Mode { Fast, Exact };
    // `count` pictures, each fitting `size`, at the middle of `count` equal slices of the video.
    static Result<QList<QImage>> strip(const QString &path, int count, QSize size, Mode mode = Mode::Fast);
};

} // namespace montaj
