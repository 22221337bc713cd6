#pragma once

#include "core/filters/filter.h"

namespace montaj {

// Detail and texture: sharpen (unsharp mask on luma), blur (Gaussian), vignette and film grain
// (deterministic: the noise is a hash of seed, frame index and position). Radii and grain size are
// in full-resolution pixels, scaled by FilterContext::scale. Private to core/filters.

class SharpenFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(SharpenFilter)

public:
    QString id() const override { return QStringLiteral("sharpen"); }
    QString displayName() const override { return tr("Sharpen"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

class BlurFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(BlurFilter)

public:
    QString id() const override { return QStringLiteral("blur"); }
    QString displayName() const override { return tr("Blur"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

class VignetteFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(VignetteFilter)

public:
    QString id() const override { return QStringLiteral("vignette"); }
    QString displayName() const override { return tr("Vignette"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

class GrainFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(GrainFilter)

public:
    QString id() const override { return QStringLiteral("grain"); }
    QString displayName() const override { return tr("Film grain"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

} // namespace montaj
