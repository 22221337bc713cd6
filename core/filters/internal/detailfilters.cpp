#include "core/filters/internal/detailfilters.h"

#include "core/filters/internal/pixelops.h"

#include <opencv2/core.hpp>
#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

namespace montaj {

namespace {

double num(const QVariantMap &params, const char *name)
{
    return params.value(QLatin1String(name)).toDouble();
}

// Unsharp mask on luma: detail d = Y − blur(Y) (8-bit Gaussian, exact); B, G and R each get
// amount · d (zero where |d| ≤ threshold), 16 pixels at a time in 16-bit lanes: t = (64 d · A) >> 16
// with A = amount · 4096 (t = amount · d in quarter levels), add = (t + 2) >> 2. The scalar tail does
// the same integer steps.
class SharpenInstance final : public FilterInstance
{
public:
    SharpenInstance(double amount, double radius, double threshold)
        : m_radius(radius)
        , m_amount(int16_t(std::lround(amount * 4096)))
        , m_threshold(int16_t(std::floor(threshold)))
    {}
    Result<void> apply(cv::Mat &bgr, const FilterContext &context) override
    {
        cv::cvtColor(bgr, m_luma, cv::COLOR_BGR2GRAY);
        const double sigma = std::max(0.2, PixelOps::atScale(m_radius, context.scale));
        cv::GaussianBlur(m_luma, m_blurred, cv::Size(), sigma, sigma, cv::BORDER_REPLICATE);
        const int cols = bgr.cols;
        const int16_t amount = m_amount, threshold = m_threshold;
        const cv::Mat &luma = m_luma, &blurred = m_blurred;
        PixelOps::forRows(bgr.rows, [=, &bgr, &luma, &blurred](int first, int end) {
            const cv::v_int16x8 a = cv::v_setall_s16(amount), thr = cv::v_setall_s16(threshold),
                                two = cv::v_setall_s16(2), zero = cv::v_setzero_s16();
            for (int y = first; y < end; ++y) {
                uint8_t *row = bgr.ptr<uint8_t>(y);
                const uint8_t *l = luma.ptr<uint8_t>(y);
                const uint8_t *bl = blurred.ptr<uint8_t>(y);
                int x = 0;
                for (; x + 16 <= cols; x += 16) {
                    cv::v_uint16x8 l0, l1, b0, b1;
                    cv::v_expand(cv::v_load(l + x), l0, l1);
                    cv::v_expand(cv::v_load(bl + x), b0, b1);
                    cv::v_int16x8 add[2] = {cv::v_reinterpret_as_s16(l0) - cv::v_reinterpret_as_s16(b0),
                                            cv::v_reinterpret_as_s16(l1) - cv::v_reinterpret_as_s16(b1)};
                    for (auto &d : add) {
                        const cv::v_int16x8 keep = cv::v_reinterpret_as_s16(cv::v_abs(d)) > thr;
                        d = cv::v_select(keep, (cv::v_mul_hi(d << 6, a) + two) >> 2, zero);
                    }
                    cv::v_uint8x16 c8[3];
                    cv::v_load_deinterleave(row + x * 3, c8[0], c8[1], c8[2]);
                    for (auto &c : c8) {
                        cv::v_uint16x8 c0, c1;
                        cv::v_expand(c, c0, c1);
                        c = cv::v_pack_u(cv::v_reinterpret_as_s16(c0) + add[0],
                                         cv::v_reinterpret_as_s16(c1) + add[1]);
                    }
                    cv::v_store_interleave(row + x * 3, c8[0], c8[1], c8[2]);
                }
                for (; x < cols; ++x) {
                    const int d = l[x] - bl[x];
                    const int add = std::abs(d) > threshold ? ((((d * 64) * amount) >> 16) + 2) >> 2 : 0;
                    uint8_t *p = row + x * 3;
                    p[0] = PixelOps::clamp8(p[0] + add);
                    p[1] = PixelOps::clamp8(p[1] + add);
                    p[2] = PixelOps::clamp8(p[2] + add);
                }
            }
        });
        return {};
    }

private:
    double m_radius;
    int16_t m_amount, m_threshold;
    cv::Mat m_luma, m_blurred;
};

class BlurInstance final : public FilterInstance
{
public:
    explicit BlurInstance(double radius)
        : m_radius(radius)
    {}
    Result<void> apply(cv::Mat &bgr, const FilterContext &context) override
    {
        const double sigma = PixelOps::atScale(m_radius, context.scale);
        if (sigma >= 0.1)
            cv::GaussianBlur(bgr, bgr, cv::Size(), sigma, sigma, cv::BORDER_REPLICATE);
        return {};
    }

private:
    double m_radius;
};

// Gain per pixel (Q12) from the distance to the centre, built once per frame size.
class VignetteInstance final : public FilterInstance
{
public:
    VignetteInstance(double amount, double midpoint, double feather)
        : m_amount(amount)
        , m_midpoint(midpoint)
        , m_feather(feather)
    {}
    Result<void> apply(cv::Mat &bgr, const FilterContext &) override
    {
        if (m_gain.size() != bgr.size())
            buildGain(bgr.size());
        const int cols = bgr.cols;
        PixelOps::forRows(bgr.rows, [&](int first, int end) {
            for (int y = first; y < end; ++y) {
                uint8_t *p = bgr.ptr<uint8_t>(y);
                const uint16_t *g = m_gain.ptr<uint16_t>(y);
                for (int x = 0; x < cols; ++x, p += 3) {
                    const int k = g[x];
                    p[0] = PixelOps::clamp8((p[0] * k + 2048) >> 12);
                    p[1] = PixelOps::clamp8((p[1] * k + 2048) >> 12);
                    p[2] = PixelOps::clamp8((p[2] * k + 2048) >> 12);
                }
            }
        });
        return {};
    }

private:
    void buildGain(cv::Size size)
    {
        m_gain.create(size, CV_16UC1);
        const double cx = size.width / 2.0, cy = size.height / 2.0;
        const double lo = m_midpoint - m_feather / 2, hi = m_midpoint + m_feather / 2 + 1e-6;
        for (int y = 0; y < size.height; ++y) {
            auto *g = m_gain.ptr<uint16_t>(y);
            for (int x = 0; x < size.width; ++x) {
                const double dx = (x + 0.5 - cx) / cx, dy = (y + 0.5 - cy) / cy;
                const double d = std::sqrt((dx * dx + dy * dy) / 2); // 0 at the centre, 1 in a corner
                double t = std::clamp((d - lo) / (hi - lo), 0.0, 1.0);
                t = t * t * (3 - 2 * t);
                g[x] = uint16_t(std::lround(4096 * std::max(0.0, 1 - m_amount * t)));
            }
        }
    }

    double m_amount, m_midpoint, m_feather;
    cv::Mat m_gain;
};

uint64_t mix64(uint64_t z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Gaussian-like noise on a grid of `size` pixels (a hash of seed, frame and cell: the same frame
// index gives the same grain), upsampled bilinearly, added to luma weighted towards midtones.
class GrainInstance final : public FilterInstance
{
public:
    GrainInstance(double amount, double size, qint64 seed)
        : m_size(size)
        , m_seed(uint64_t(seed))
    {
        for (int v = 0; v < 256; ++v) {
            const double m = 2.0 * v / 255.0 - 1.0;
            m_weight[size_t(v)] = float(amount * 14.0 * (0.35 + 0.65 * (1 - m * m)));
        }
    }
    Result<void> apply(cv::Mat &bgr, const FilterContext &context) override
    {
        const double cell = std::max(1.0, PixelOps::atScale(m_size, context.scale));
        const int gw = std::max(2, int(std::ceil(bgr.cols / cell)) + 1);
        const int gh = std::max(2, int(std::ceil(bgr.rows / cell)) + 1);
        cv::Mat grid(gh, gw, CV_32FC1);
        const uint64_t frame = mix64(m_seed ^ mix64(uint64_t(context.frameIndex)));
        for (int y = 0; y < gh; ++y) {
            auto *g = grid.ptr<float>(y);
            for (int x = 0; x < gw; ++x) {
                const uint64_t h = mix64(frame ^ (uint64_t(y) << 32 | uint64_t(x)));
                const int sum = int(h & 0xffff) + int((h >> 16) & 0xffff) + int((h >> 32) & 0xffff)
                                + int((h >> 48) & 0xffff); // Irwin–Hall: close to normal
                g[x] = float((sum - 131070) / 37837.0);    // mean 0, standard deviation 1
            }
        }
        cv::resize(grid, m_noise, bgr.size(), 0, 0, cv::INTER_LINEAR);
        // Finer than a pixel (proxy of fine grain): one value per pixel, weaker by the area ratio.
        const float fine = float(std::min(1.0, PixelOps::atScale(m_size, context.scale)));
        const int cols = bgr.cols;
        PixelOps::forRows(bgr.rows, [&](int first, int end) {
            for (int y = first; y < end; ++y) {
                uint8_t *p = bgr.ptr<uint8_t>(y);
                const float *n = m_noise.ptr<float>(y);
                for (int x = 0; x < cols; ++x, p += 3) {
                    const int luma = (p[2] * 54 + p[1] * 183 + p[0] * 19 + 128) >> 8;
                    const int add = int(std::lround(n[x] * fine * m_weight[size_t(luma)]));
                    p[0] = PixelOps::clamp8(p[0] + add);
                    p[1] = PixelOps::clamp8(p[1] + add);
                    p[2] = PixelOps::clamp8(p[2] + add);
                }
            }
        });
        return {};
    }

private:
    double m_size;
    uint64_t m_seed;
    float m_weight[256];
    cv::Mat m_noise;
};

} // namespace

QList<FilterParam> SharpenFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("amount"), tr("Strength"), 0, 3, 0, 0.05),
            FilterParam::number(QStringLiteral("radius"), tr("Radius (pixels)"), 0.3, 5, 1, 0.1),
            FilterParam::number(QStringLiteral("threshold"), tr("Threshold"), 0, 50, 0, 1)};
}

bool SharpenFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "amount") == 0;
}

Result<std::unique_ptr<FilterInstance>> SharpenFilter::create(const QVariantMap &params) const
{
    return std::unique_ptr<FilterInstance>(std::make_unique<SharpenInstance>(
        num(params, "amount"), num(params, "radius"), num(params, "threshold")));
}

QList<FilterParam> BlurFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("radius"), tr("Radius (pixels)"), 0, 50, 0, 0.5)};
}

bool BlurFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "radius") == 0;
}

Result<std::unique_ptr<FilterInstance>> BlurFilter::create(const QVariantMap &params) const
{
    return std::unique_ptr<FilterInstance>(std::make_unique<BlurInstance>(num(params, "radius")));
}

QList<FilterParam> VignetteFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("amount"), tr("Strength"), -1, 1, 0, 0.01),
            FilterParam::number(QStringLiteral("midpoint"), tr("Midpoint"), 0, 1, 0.5, 0.01),
            FilterParam::number(QStringLiteral("feather"), tr("Feather"), 0, 1, 0.5, 0.01)};
}

bool VignetteFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "amount") == 0;
}

Result<std::unique_ptr<FilterInstance>> VignetteFilter::create(const QVariantMap &params) const
{
    return std::unique_ptr<FilterInstance>(std::make_unique<VignetteInstance>(
        num(params, "amount"), num(params, "midpoint"), num(params, "feather")));
}

QList<FilterParam> GrainFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("amount"), tr("Strength"), 0, 1, 0, 0.01),
            FilterParam::number(QStringLiteral("size"), tr("Grain size (pixels)"), 0.5, 4, 1.5, 0.1),
            FilterParam::number(QStringLiteral("seed"), tr("Seed"), 0, 1000000, 0, 1)};
}

bool GrainFilter::isIdentity(const QVariantMap &params) const
{
    return num(params, "amount") == 0;
}

Result<std::unique_ptr<FilterInstance>> GrainFilter::create(const QVariantMap &params) const
{
    return std::unique_ptr<FilterInstance>(std::make_unique<GrainInstance>(
        num(params, "amount"), num(params, "size"), qint64(num(params, "seed"))));
}

} // namespace montaj
