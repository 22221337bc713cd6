#include "core/filters/internal/yuvconvert.h"

#include "core/filters/internal/pixelops.h"

#include <array>
#include <cmath>

namespace montaj {

namespace {

// BT.709 limited range, Q16.
struct Tables
{
    std::array<int, 256> y, rv, gu, gv, bu;
    Tables()
    {
        for (int i = 0; i < 256; ++i) {
            y[size_t(i)] = int(std::lround(1.164383562 * (i - 16) * 65536)) + 32768; // + rounding
            rv[size_t(i)] = int(std::lround(1.792741071 * (i - 128) * 65536));
            gu[size_t(i)] = int(std::lround(-0.213248614 * (i - 128) * 65536));
            gv[size_t(i)] = int(std::lround(-0.532909329 * (i - 128) * 65536));
            bu[size_t(i)] = int(std::lround(2.112401786 * (i - 128) * 65536));
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

// RGB → Y'CbCr (BT.709 limited), Q16 coefficients.
constexpr int kYR = 11966, kYG = 40254, kYB = 4064;   // 0.182586, 0.614231, 0.062007
constexpr int kUR = -6596, kUG = -22189, kUB = 28784; // −0.100644, −0.338572, 0.439216
constexpr int kVR = 28784, kVG = -26145, kVB = -2639; // 0.439216, −0.398942, −0.040274

} // namespace

void YuvConvert::toBgr(const Planes &yuv, const cv::Rect &region, cv::Mat &bgr)
{
    bgr.create(region.height, region.width, CV_8UC3);
    const Tables &t = tables();
    PixelOps::forRows(region.height / 2, [&](int first, int end) {
        for (int pair = first; pair < end; ++pair) {
            const int cy = region.y / 2 + pair;
            const uint8_t *u = yuv.data[1] + size_t(cy) * size_t(yuv.linesize[1]) + region.x / 2;
            const uint8_t *v = yuv.data[2] + size_t(cy) * size_t(yuv.linesize[2]) + region.x / 2;
            for (int k = 0; k < 2; ++k) {
                const int row = pair * 2 + k;
                const uint8_t *y = yuv.data[0] + size_t(region.y + row) * size_t(yuv.linesize[0]) + region.x;
                uint8_t *out = bgr.ptr<uint8_t>(row);
                for (int x = 0; x < region.width; ++x, out += 3) {
                    const int l = t.y[y[x]];
                    const size_t cb = u[x / 2], cr = v[x / 2];
                    out[0] = PixelOps::clamp8((l + t.bu[cb]) >> 16);
                    out[1] = PixelOps::clamp8((l + t.gu[cb] + t.gv[cr]) >> 16);
                    out[2] = PixelOps::clamp8((l + t.rv[cr]) >> 16);
                }
            }
        }
    });
}

void YuvConvert::fromBgr(const cv::Mat &bgr, const Planes &yuv, const cv::Rect &region)
{
    PixelOps::forRows(region.height / 2, [&](int first, int end) {
        for (int pair = first; pair < end; ++pair) {
            const int cy = region.y / 2 + pair;
            uint8_t *u = yuv.data[1] + size_t(cy) * size_t(yuv.linesize[1]) + region.x / 2;
            uint8_t *v = yuv.data[2] + size_t(cy) * size_t(yuv.linesize[2]) + region.x / 2;
            const uint8_t *in0 = bgr.ptr<uint8_t>(pair * 2);
            const uint8_t *in1 = bgr.ptr<uint8_t>(pair * 2 + 1);
            uint8_t *y0 = yuv.data[0] + size_t(region.y + pair * 2) * size_t(yuv.linesize[0]) + region.x;
            uint8_t *y1 = y0 + yuv.linesize[0];
            for (int x = 0; x < region.width; x += 2) {
                int sb = 0, sg = 0, sr = 0;
                const uint8_t *px[4] = {in0 + x * 3, in0 + x * 3 + 3, in1 + x * 3, in1 + x * 3 + 3};
                uint8_t *py[4] = {y0 + x, y0 + x + 1, y1 + x, y1 + x + 1};
                for (int i = 0; i < 4; ++i) {
                    const int b = px[i][0], g = px[i][1], r = px[i][2];
                    *py[i] = PixelOps::clamp8((kYR * r + kYG * g + kYB * b + (16 << 16) + 32768) >> 16);
                    sb += b;
                    sg += g;
                    sr += r;
                }
                // Chroma of the 2×2 block's mean colour (sums are ×4: shift by 18).
                u[x / 2] = PixelOps::clamp8((kUR * sr + kUG * sg + kUB * sb + (128 << 18) + (1 << 17)) >> 18);
                v[x / 2] = PixelOps::clamp8((kVR * sr + kVG * sg + kVB * sb + (128 << 18) + (1 << 17)) >> 18);
            }
        }
    });
}

} // namespace montaj
