#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>

namespace montaj {

// The loudness outline of a file's sound for drawing under a clip: per bucket, the lowest and
// highest sample of the mono mix. Not a level meter (no RMS, no LUFS).
class Waveform
{
    Q_DECLARE_TR_FUNCTIONS(Waveform)

public:
    struct Peak
    {
        float low = 0;
        float high = 0;
    };
    // `buckets` peaks spread evenly over the whole sound.
    static Result<QList<Peak>> peaks(const QString &path, int buckets);
};

} // namespace montaj
