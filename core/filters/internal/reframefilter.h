#pragma once

#include "core/filters/filter.h"

namespace montaj {

// Auto-reframe, 16:9 → 9:16 (or 4:5, 1:1): crops a window of the target aspect that follows the
// largest tracked face, else the centre of salient motion, else holds. The window's centre moves
// along a smoothed path — a dead zone (small subject moves do not move it), a critically damped
// spring and a speed limit — so it never jitters; the path depends only on the frames, so it is
// deterministic. The output frame is the crop (another size than the input). Private to core/filters.
class ReframeFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(ReframeFilter)

public:
    explicit ReframeFilter(QString cascadePath)
        : m_cascadePath(std::move(cascadePath))
    {}
    QString id() const override { return QStringLiteral("reframe"); }
    QString displayName() const override { return tr("Auto-reframe"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &) const override { return false; }
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;

private:
    QString m_cascadePath;
};

} // namespace montaj
