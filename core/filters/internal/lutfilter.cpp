#include "core/filters/internal/lutfilter.h"

#include "core/filters/internal/pixelops.h"

#include <opencv2/core.hpp>
#include <opencv2/core/hal/intrin.hpp>

#include <algorithm>
#include <vector>

namespace montaj {

namespace {

// Trilinear interpolation in a float table of size³ nodes, each (B, G, R, 0) on the 0..255 scale
// with the intensity mix folded in (trilinear reproduces the identity exactly, so mixing the nodes
// equals mixing the outputs). Per channel and 8-bit input value: the cell and the fraction.
class LutInstance final : public FilterInstance
{
public:
    LutInstance(const CubeLut &lut, double intensity)
        : m_size(lut.size())
    {
        const int n = m_size;
        m_nodes.resize(size_t(n) * size_t(n) * size_t(n) * 4);
        const auto &lo = lut.domainMin();
        const auto &hi = lut.domainMax();
        const auto k = float(intensity);
        for (int b = 0; b < n; ++b)
            for (int g = 0; g < n; ++g)
                for (int r = 0; r < n; ++r) {
                    const auto out = lut.at(r, g, b);
                    const float in[3] = {lo[0] + (hi[0] - lo[0]) * float(r) / float(n - 1),
                                         lo[1] + (hi[1] - lo[1]) * float(g) / float(n - 1),
                                         lo[2] + (hi[2] - lo[2]) * float(b) / float(n - 1)};
                    float *node = &m_nodes[((size_t(b) * size_t(n) + size_t(g)) * size_t(n) + size_t(r)) * 4];
                    for (int c = 0; c < 3; ++c) // node holds B, G, R
                        node[2 - c] = 255.0f * (in[c] + k * (out[size_t(c)] - in[c]));
                    node[3] = 0;
                }
        for (int c = 0; c < 3; ++c)
            for (int v = 0; v < 256; ++v) {
                float pos =
                    (float(v) / 255.0f - lo[size_t(c)]) / (hi[size_t(c)] - lo[size_t(c)]) * float(n - 1);
                pos = std::clamp(pos, 0.0f, float(n - 1));
                const int cell = std::min(int(pos), n - 2);
                const int stride = c == 0 ? 4 : (c == 1 ? n * 4 : n * n * 4); // R fastest
                m_offset[size_t(c)][size_t(v)] = cell * stride;
                m_frac[size_t(c)][size_t(v)] = pos - float(cell);
            }
    }

    // Curves before the LUT only change which cell and fraction an input value lands on.
    bool absorbCurves(const cv::Mat &curves) override
    {
        const uint8_t *t = curves.ptr<uint8_t>();
        int offset[3][256];
        float frac[3][256];
        for (int c = 0; c < 3; ++c) // LUT channel c (R, G, B) reads curve channel 2 − c (B, G, R order)
            for (int v = 0; v < 256; ++v) {
                const int mapped = t[v * 3 + 2 - c];
                offset[c][v] = m_offset[c][mapped];
                frac[c][v] = m_frac[c][mapped];
            }
        std::copy(&offset[0][0], &offset[0][0] + 3 * 256, &m_offset[0][0]);
        std::copy(&frac[0][0], &frac[0][0] + 3 * 256, &m_frac[0][0]);
        return true;
    }

    Result<void> apply(cv::Mat &bgr, const FilterContext &) override
    {
        const int cols = bgr.cols;
        const auto n = size_t(m_size);
        const size_t dg = n * 4, db = n * n * 4;
        const float *nodes = m_nodes.data();
        // Locals, so the byte stores below cannot make the compiler reload the tables' addresses.
        const int *offR = m_offset[0], *offG = m_offset[1], *offB = m_offset[2];
        const float *fracR = m_frac[0], *fracG = m_frac[1], *fracB = m_frac[2];
        PixelOps::forRows(bgr.rows, [=, &bgr](int first, int end) {
            int out[4];
            for (int y = first; y < end; ++y) {
                uint8_t *p = bgr.ptr<uint8_t>(y);
                for (int x = 0; x < cols; ++x, p += 3) {
                    const int b = p[0], g = p[1], r = p[2];
                    const float *c = nodes + (offR[r] + offG[g] + offB[b]);
                    const cv::v_float32x4 fr = cv::v_setall_f32(fracR[r]);
                    const cv::v_float32x4 fg = cv::v_setall_f32(fracG[g]);
                    const cv::v_float32x4 fb = cv::v_setall_f32(fracB[b]);
                    const cv::v_float32x4 c000 = cv::v_load(c), c100 = cv::v_load(c + 4);
                    const cv::v_float32x4 c010 = cv::v_load(c + dg), c110 = cv::v_load(c + dg + 4);
                    const cv::v_float32x4 c001 = cv::v_load(c + db), c101 = cv::v_load(c + db + 4);
                    const cv::v_float32x4 c011 = cv::v_load(c + db + dg), c111 = cv::v_load(c + db + dg + 4);
                    const cv::v_float32x4 c00 = c000 + (c100 - c000) * fr;
                    const cv::v_float32x4 c10 = c010 + (c110 - c010) * fr;
                    const cv::v_float32x4 c01 = c001 + (c101 - c001) * fr;
                    const cv::v_float32x4 c11 = c011 + (c111 - c011) * fr;
                    const cv::v_float32x4 c0 = c00 + (c10 - c00) * fg;
                    const cv::v_float32x4 c1 = c01 + (c11 - c01) * fg;
                    cv::v_store(out, cv::v_round(c0 + (c1 - c0) * fb));
                    p[0] = PixelOps::clamp8(out[0]);
                    p[1] = PixelOps::clamp8(out[1]);
                    p[2] = PixelOps::clamp8(out[2]);
                }
            }
        });
        return {};
    }

private:
    int m_size;
    std::vector<float> m_nodes;
    int m_offset[3][256]; // R, G, B: the cell's first node, in floats from the table's start
    float m_frac[3][256];
};

} // namespace

QList<FilterParam> LutFilter::parameters() const
{
    return {FilterParam::file(QStringLiteral("file"), tr("LUT file"), QStringLiteral("*.cube")),
            FilterParam::number(QStringLiteral("intensity"), tr("Intensity"), 0, 1, 1, 0.01)};
}

bool LutFilter::isIdentity(const QVariantMap &params) const
{
    return params.value(QStringLiteral("file")).toString().isEmpty()
           || params.value(QStringLiteral("intensity")).toDouble() == 0;
}

Result<std::unique_ptr<FilterInstance>> LutFilter::create(const QVariantMap &params) const
{
    auto lut = CubeLut::load(params.value(QStringLiteral("file")).toString());
    if (!lut)
        return Error(lut.error()).with(QStringLiteral("filter"), id());
    return instanceFor(*lut, params.value(QStringLiteral("intensity")).toDouble());
}

std::unique_ptr<FilterInstance> LutFilter::instanceFor(const CubeLut &lut, double intensity)
{
    return std::make_unique<LutInstance>(lut, intensity);
}

} // namespace montaj
