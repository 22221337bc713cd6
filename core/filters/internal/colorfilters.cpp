#include "core/filters/internal/colorfilters.h"

#include "core/filters/internal/pixelops.h"

#include <opencv2/core.hpp>
#include <opencv2/core/hal/intrin.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace montaj {

namespace {

double num(const QVariantMap &params, const char *name)
{
    return params.value(QLatin1String(name)).toDouble();
}

// A fixed curve per channel; FilterStack fuses neighbouring ones.
class CurveInstance final : public FilterInstance
{
public:
    explicit CurveInstance(cv::Mat curves)
        : m_curves(std::move(curves))
    {}
    Result<void> apply(cv::Mat &bgr, const FilterContext &) override
    {
        PixelOps::applyCurves(bgr, m_curves);
        return {};
    }
    const cv::Mat *channelCurves() const override { return &m_curves; }

private:
    cv::Mat m_curves;
};

std::unique_ptr<FilterInstance> curveInstance(const std::function<double(int, int)> &f)
{
    return std::make_unique<CurveInstance>(PixelOps::curves(f));
}

// Vibrance per pixel: c' = c + (gain(pixel) − 1) · (c − Y), with gain − 1 in Q10 from a table
// indexed by the pixel's chroma range (max − min).
class ChromaGainInstance final : public FilterInstance
{
public:
    explicit ChromaGainInstance(std::array<int, 256> gainQ10)
        : m_gain(gainQ10)
    {
        m_curves = PixelOps::curves([](int, int v) { return v; });
    }
    bool absorbCurves(const cv::Mat &curves) override
    {
        m_curves = PixelOps::composeCurves(m_curves, curves);
        return true;
    }
    Result<void> apply(cv::Mat &bgr, const FilterContext &) override
    {
        const int cols = bgr.cols;
        const uint8_t *t = m_curves.ptr<uint8_t>(); // input curves (identity unless absorbed)
        PixelOps::forRows(bgr.rows, [&](int first, int end) {
            for (int y = first; y < end; ++y) {
                uint8_t *p = bgr.ptr<uint8_t>(y);
                for (int x = 0; x < cols; ++x, p += 3) {
                    const int b = t[p[0] * 3], g = t[p[1] * 3 + 1], r = t[p[2] * 3 + 2];
                    const int range = std::max({b, g, r}) - std::min({b, g, r});
                    const int s = m_gain[size_t(range)];
                    const int y4 = PixelOps::lumaQ4(b, g, r);
                    p[0] = PixelOps::clamp8(b + ((s * (b * 16 - y4) + 8192) >> 14));
                    p[1] = PixelOps::clamp8(g + ((s * (g * 16 - y4) + 8192) >> 14));
                    p[2] = PixelOps::clamp8(r + ((s * (r * 16 - y4) + 8192) >> 14));
                }
            }
        });
        return {};
    }

private:
    std::array<int, 256> m_gain;
    cv::Mat m_curves;
};

// Per pixel: the same offset, from a table indexed by luma (Q4), added to B, G and R.
class LumaOffsetInstance final : public FilterInstance
{
public:
    explicit LumaOffsetInstance(std::vector<int> offsets)
        : m_offsets(std::move(offsets))
    {}
    Result<void> apply(cv::Mat &bgr, const FilterContext &) override
    {
        const int cols = bgr.cols;
        PixelOps::forRows(bgr.rows, [&](int first, int end) {
            for (int y = first; y < end; ++y) {
                uint8_t *p = bgr.ptr<uint8_t>(y);
                for (int x = 0; x < cols; ++x, p += 3) {
                    const int d = m_offsets[size_t(PixelOps::lumaQ4(p[0], p[1], p[2]))];
                    p[0] = PixelOps::clamp8(p[0] + d);
                    p[1] = PixelOps::clamp8(p[1] + d);
                    p[2] = PixelOps::clamp8(p[2] + d);
                }
            }
        });
        return {};
    }

private:
    std::vector<int> m_offsets;
};

// Saturation, 16 pixels at a time in 16-bit lanes (OpenCV universal intrinsics; the scalar tail
// does the same integer steps, so every pixel gets the same bits whichever path it takes):
// Y7 = 27 R + 92 G + 9 B (BT.709 weights in Q7), d = 128 c − Y7, t = (d · K) >> 16 with
// K = (s − 1) · 2048 (so t = (s − 1)(c − Y) in quarter levels), c' = c + (t + 2) >> 2.
class SaturationInstance final : public FilterInstance
{
public:
    explicit SaturationInstance(double amount)
        : m_k(int16_t(std::lround((amount - 1) * 2048)))
    {}
    bool absorbCurves(const cv::Mat &curves) override
    {
        m_curves = m_curves.empty() ? curves.clone() : PixelOps::composeCurves(m_curves, curves);
        return true;
    }
    Result<void> apply(cv::Mat &bgr, const FilterContext &) override
    {
        const int cols = bgr.cols;
        const int16_t k = m_k;
        const uint8_t *t = m_curves.empty() ? nullptr : m_curves.ptr<uint8_t>();
        PixelOps::forRows(bgr.rows, [=, &bgr](int first, int end) {
            for (int y = first; y < end; ++y) {
                uint8_t *row = bgr.ptr<uint8_t>(y);
                if (t) // absorbed curves: map the row first, while it is in cache
                    for (int x = 0; x < cols * 3; x += 3) {
                        row[x] = t[row[x] * 3];
                        row[x + 1] = t[row[x + 1] * 3 + 1];
                        row[x + 2] = t[row[x + 2] * 3 + 2];
                    }
                int x = 0;
                const cv::v_int16x8 kk = cv::v_setall_s16(k), wr = cv::v_setall_s16(27),
                                    wg = cv::v_setall_s16(92), wb = cv::v_setall_s16(9),
                                    two = cv::v_setall_s16(2);
                for (; x + 16 <= cols; x += 16) {
                    cv::v_uint8x16 b8, g8, r8;
                    cv::v_load_deinterleave(row + x * 3, b8, g8, r8);
                    cv::v_uint16x8 bl, bh, gl, gh, rl, rh;
                    cv::v_expand(b8, bl, bh);
                    cv::v_expand(g8, gl, gh);
                    cv::v_expand(r8, rl, rh);
                    cv::v_int16x8 c[2][3] = {{cv::v_reinterpret_as_s16(bl), cv::v_reinterpret_as_s16(gl),
                                              cv::v_reinterpret_as_s16(rl)},
                                             {cv::v_reinterpret_as_s16(bh), cv::v_reinterpret_as_s16(gh),
                                              cv::v_reinterpret_as_s16(rh)}};
                    for (auto &half : c) {
                        const cv::v_int16x8 y7 = cv::v_mul_wrap(half[2], wr) + cv::v_mul_wrap(half[1], wg)
                                                 + cv::v_mul_wrap(half[0], wb);
                        for (auto &ch : half) {
                            const cv::v_int16x8 d = (ch << 7) - y7;
                            ch = ch + ((cv::v_mul_hi(d, kk) + two) >> 2);
                        }
                    }
                    cv::v_store_interleave(row + x * 3, cv::v_pack_u(c[0][0], c[1][0]),
                                           cv::v_pack_u(c[0][1], c[1][1]), cv::v_pack_u(c[0][2], c[1][2]));
                }
                for (; x < cols; ++x) {
                    uint8_t *p = row + x * 3;
                    const int y7 = 27 * p[2] + 92 * p[1] + 9 * p[0];
                    for (int ch = 0; ch < 3; ++ch) {
                        const int d = (p[ch] << 7) - y7;
                        p[ch] = PixelOps::clamp8(p[ch] + ((((d * k) >> 16) + 2) >> 2));
                    }
                }
            }
        });
        return {};
    }

private:
    int16_t m_k;
    cv::Mat m_curves; // absorbed curves, or empty
};

} // namespace

QList<FilterParam> ExposureFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("ev"), tr("Exposure (stops)"), -3, 3, 0, 0.05)};
}

bool ExposureFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "ev") == 0;
}

Result<std::unique_ptr<FilterInstance>> ExposureFilter::create(const QVariantMap &params) const
{
    const double gain = std::pow(2.0, num(params, "ev") / 2.2);
    return curveInstance([gain](int, int v) { return v * gain; });
}

QList<FilterParam> ContrastFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("amount"), tr("Contrast"), 0, 2, 1, 0.01)};
}

bool ContrastFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "amount") == 1;
}

Result<std::unique_ptr<FilterInstance>> ContrastFilter::create(const QVariantMap &params) const
{
    const double k = num(params, "amount");
    return curveInstance([k](int, int v) { return (v - 127.5) * k + 127.5; });
}

QList<FilterParam> TemperatureFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("temperature"), tr("Temperature"), -1, 1, 0, 0.01),
            FilterParam::number(QStringLiteral("tint"), tr("Tint"), -1, 1, 0, 0.01)};
}

bool TemperatureFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "temperature") == 0 && num(params, "tint") == 0;
}

Result<std::unique_ptr<FilterInstance>> TemperatureFilter::create(const QVariantMap &params) const
{
    const double t = num(params, "temperature");
    const double m = num(params, "tint");
    // Warm: more red, less blue. Magenta: less green, a little more red and blue.
    const std::array<double, 3> gain{(1 - 0.2 * t) * (1 + 0.05 * m), 1 - 0.15 * m,
                                     (1 + 0.2 * t) * (1 + 0.05 * m)};
    return curveInstance([gain](int c, int v) { return v * gain[size_t(c)]; });
}

QList<FilterParam> SaturationFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("amount"), tr("Saturation"), 0, 2, 1, 0.01)};
}

bool SaturationFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "amount") == 1;
}

Result<std::unique_ptr<FilterInstance>> SaturationFilter::create(const QVariantMap &params) const
{
    return std::unique_ptr<FilterInstance>(std::make_unique<SaturationInstance>(num(params, "amount")));
}

QList<FilterParam> VibranceFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("amount"), tr("Vibrance"), -1, 1, 0, 0.01)};
}

bool VibranceFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "amount") == 0;
}

Result<std::unique_ptr<FilterInstance>> VibranceFilter::create(const QVariantMap &params) const
{
    const double v = num(params, "amount");
    std::array<int, 256> gain;
    for (int range = 0; range < 256; ++range) {
        const double muted = 1.0 - range / 255.0; // 1 for grey, 0 for a fully saturated colour
        gain[size_t(range)] = int(std::lround(v * muted * muted * 1024));
    }
    return std::unique_ptr<FilterInstance>(std::make_unique<ChromaGainInstance>(gain));
}

QList<FilterParam> ToneFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("highlights"), tr("Highlights"), -1, 1, 0, 0.01),
            FilterParam::number(QStringLiteral("shadows"), tr("Shadows"), -1, 1, 0, 0.01)};
}

bool ToneFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "highlights") == 0 && num(params, "shadows") == 0;
}

Result<std::unique_ptr<FilterInstance>> ToneFilter::create(const QVariantMap &params) const
{
    const double h = num(params, "highlights");
    const double s = num(params, "shadows");
    std::vector<int> offsets(4081);
    for (size_t i = 0; i < offsets.size(); ++i) {
        const double y = double(i) / 4080.0;
        // Bumps peaking at a third (shadows) and two thirds (highlights) of the range, ±45 levels.
        const double shadow = 1.2 * y * (1 - y) * (1 - y);
        const double highlight = 1.2 * y * y * (1 - y);
        offsets[i] = int(std::lround(255.0 * (s * shadow + h * highlight)));
    }
    return std::unique_ptr<FilterInstance>(std::make_unique<LumaOffsetInstance>(std::move(offsets)));
}

} // namespace montaj
