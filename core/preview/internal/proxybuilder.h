#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>

namespace montaj {

// Writes one proxy: every frame of the source's picture, upright, scaled so its short side is at
// most `shortSide` (never enlarged), encoded all-intra (H.264, every frame a keyframe, so an exact
// seek decodes one frame) with each frame's start time copied from the source to the microsecond —
// the proxy and the original show the same frame at the same time, also for variable frame rates.
// No sound. The file appears under its name only when complete. Runs on the calling thread.
class ProxyBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProxyBuilder)

public:
    enum class Outcome { Built, NotNeeded }; // NotNeeded: a still picture (one frame)

    static QSize proxySize(QSize display, int shortSide);
    static Result<Outcome> build(const QString &source, const QString &target, int shortSide,
                                 const std::atomic<bool> &cancelled,
                                 const std::function<void(double)> &progress = {});
};

} // namespace montaj
