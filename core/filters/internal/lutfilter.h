#pragma once

#include "core/filters/cubelut.h"
#include "core/filters/filter.h"

namespace montaj {

// A 3D LUT from a .cube file, trilinear, mixed with the original by `intensity` (0 leaves the
// frame bit-identical). Private to core/filters.
class LutFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(LutFilter)

public:
    QString id() const override { return QStringLiteral("lut"); }
    QString displayName() const override { return tr("LUT (.cube)"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;

    // The instance for an already loaded table (tests and benchmarks).
    static std::unique_ptr<FilterInstance> instanceFor(const CubeLut &lut, double intensity);
};

} // namespace montaj
