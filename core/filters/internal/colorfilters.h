#pragma once

#include "core/filters/filter.h"

namespace montaj {

// The colour adjustments: exposure, contrast, temperature/tint (fixed 8-bit curves per channel,
// fused by FilterStack), saturation, vibrance and highlights/shadows (per pixel, integer maths).
// Each leaves a frame bit-identical at its identity parameters. Private to core/filters.

// Exposure in stops, as a gain on gamma-2.2 encoded values: v · 2^(ev/2.2), which is 2^ev in light.
class ExposureFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(ExposureFilter)

public:
    QString id() const override { return QStringLiteral("exposure"); }
    QString displayName() const override { return tr("Exposure"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

// Contrast around mid-grey: (v − 127.5) · amount + 127.5 per channel.
class ContrastFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(ContrastFilter)

public:
    QString id() const override { return QStringLiteral("contrast"); }
    QString displayName() const override { return tr("Contrast"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

// White balance: temperature (blue ↔ amber) and tint (green ↔ magenta) as channel gains.
class TemperatureFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(TemperatureFilter)

public:
    QString id() const override { return QStringLiteral("temperature"); }
    QString displayName() const override { return tr("Temperature and tint"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

// Saturation around BT.709 luma: Y + amount · (c − Y); 0 is grey, 1 unchanged.
class SaturationFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(SaturationFilter)

public:
    QString id() const override { return QStringLiteral("saturation"); }
    QString displayName() const override { return tr("Saturation"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

// Saturation that spares colours already saturated: the gain falls with the pixel's chroma.
class VibranceFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(VibranceFilter)

public:
    QString id() const override { return QStringLiteral("vibrance"); }
    QString displayName() const override { return tr("Vibrance"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

// Lifts or lowers shadows and highlights by luma, adding the same offset to B, G and R.
class ToneFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(ToneFilter)

public:
    QString id() const override { return QStringLiteral("tone"); }
    QString displayName() const override { return tr("Highlights and shadows"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

} // namespace montaj
